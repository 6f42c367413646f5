import { useTranslation } from 'react-i18next';
import { ToggleButton, ToggleButtonGroup } from 'react-aria-components';
import { INDEX_LETTERS } from './glossary-view';

export interface LetterBarProps {
  /** The letter chosen, or '' for all. */
  value: string;
  /** Letters with concepts under the other filters; the others are shown but cannot be chosen. */
  available: readonly string[] | undefined;
  onChange: (letter: string) => void;
}

const ALL = 'all';

/**
 * The alphabetical index, as in a printed glossary. One group of toggle buttons: Tab reaches it,
 * the arrow keys move between letters, Space or Enter chooses; the chosen one is ticked.
 */
export function LetterBar({ value, available, onChange }: LetterBarProps) {
  const { t } = useTranslation();
  const has = (letter: string) => !available || available.includes(letter) || letter === value;
  return (
    <ToggleButtonGroup
      className="letter-bar"
      aria-label={t('glossary.index.label')}
      selectionMode="single"
      disallowEmptySelection
      selectedKeys={[value || ALL]}
      onSelectionChange={(keys) => {
        const [key] = [...keys];
        if (key !== undefined) onChange(key === ALL ? '' : String(key));
      }}
    >
      <ToggleButton id={ALL} className="letter-bar__button letter-bar__button--all">
        {t('glossary.index.all')}
      </ToggleButton>
      {INDEX_LETTERS.map((letter) => (
        <ToggleButton
          key={letter}
          id={letter}
          className="letter-bar__button"
          isDisabled={!has(letter)}
          aria-label={letter === '#' ? t('glossary.index.other') : undefined}
        >
          {letter}
        </ToggleButton>
      ))}
    </ToggleButtonGroup>
  );
}
