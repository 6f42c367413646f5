import type { TFunction } from 'i18next';
import type { SlashCommandId, SlashItem } from './editor-extensions';

/**
 * The menu "/" opens in the notes: capture the line as an action item or a decision, turn it
 * into a heading or a list, or add the word before it to the glossary. Focus stays in the editor
 * while it is open (the editor points at the highlighted option with aria-activedescendant);
 * arrows move, Enter picks, Escape closes.
 */

export const SLASH_COMMANDS: readonly SlashCommandId[] = [
  'action',
  'decision',
  'heading',
  'checklist',
  'bulletList',
  'glossary',
];

const CAPTURES: readonly SlashCommandId[] = ['action', 'decision'];

export function slashItems(t: TFunction, withCaptures: boolean): SlashItem[] {
  return SLASH_COMMANDS.filter((id) => withCaptures || !CAPTURES.includes(id)).map((id) => ({
    id,
    label: id === 'glossary' ? t('glossary.quickAdd.slash') : t(`notes.editor.slash.${id}`),
  }));
}

/** Lower case without accents: "décision" is found by typing "deci". */
const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

/** The items whose label has a word starting with what was typed after the slash. */
export function filterSlashItems(items: readonly SlashItem[], query: string): SlashItem[] {
  const typed = fold(query.trim());
  if (typed === '') return [...items];
  return items.filter((item) => {
    const label = fold(item.label);
    return label.startsWith(typed) || label.split(/[\s-]+/).some((word) => word.startsWith(typed));
  });
}

export interface SlashMenuProps {
  id: string;
  items: readonly SlashItem[];
  active: number;
  label: string;
  emptyText: string;
  onPick: (item: SlashItem) => void;
  onHover: (index: number) => void;
}

export const slashOptionId = (menuId: string, index: number) => `${menuId}-option-${index}`;

export function SlashMenu({
  id,
  items,
  active,
  label,
  emptyText,
  onPick,
  onHover,
}: SlashMenuProps) {
  if (items.length === 0) {
    return (
      <div className="slash-menu slash-menu--empty" id={id}>
        {emptyText}
      </div>
    );
  }
  return (
    <ul className="slash-menu" id={id} role="listbox" aria-label={label}>
      {items.map((item, index) => (
        // Options are picked by keyboard from the editor; the pointer works too, without ever
        // taking focus from the editor (mousedown is cancelled).
        <li
          key={item.id}
          id={slashOptionId(id, index)}
          role="option"
          aria-selected={index === active}
          className="slash-menu__option"
          onMouseDown={(event) => event.preventDefault()}
          onMouseEnter={() => onHover(index)}
          onClick={() => onPick(item)}
        >
          <span aria-hidden="true" className="slash-menu__icon">
            {SLASH_ICONS[item.id]}
          </span>
          {item.label}
        </li>
      ))}
    </ul>
  );
}

const SLASH_ICONS: Record<SlashCommandId, string> = {
  action: '☐→',
  decision: '⚖',
  heading: 'H',
  checklist: '☑',
  bulletList: '•',
  glossary: 'Aa',
};
