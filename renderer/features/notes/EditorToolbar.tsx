import type { Editor } from '@tiptap/react';
import { useEditorState } from '@tiptap/react';
import { useRef, useState, type ReactElement, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Dialog,
  Form,
  Group,
  Heading,
  Popover,
  ToggleButton,
  Toolbar,
  Tooltip,
  TooltipTrigger,
} from 'react-aria-components';
import { Button } from '../../components/Button';
import { TextField } from '../../components/TextField';
import type { CaptureKind } from './capture';
import { linkHref } from './editor-extensions';
import { GLOSSARY_ADD_KEYS } from './glossary-highlight';

/**
 * The formatting toolbar above the notes: toggles that say whether they are on (aria-pressed),
 * reached with Tab and moved through with the arrow keys, each with its shortcut in a tooltip
 * (which is also its accessible description). The link button asks for the address in a small
 * dialog.
 */

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** "Mod-Shift-8" as people read it ("Ctrl+Shift+8", "⌘⇧8") and as aria-keyshortcuts says it. */
export function shortcutText(keys: string): { shown: string; aria: string } {
  const parts = keys.split('-');
  const last = parts.pop()!;
  // Letters as printed on the keys ("B"); named keys as they are called ("Enter").
  const key = last.length === 1 ? last.toUpperCase() : last;
  const mods = parts.map((mod) => (mod === 'Mod' ? (isMac ? 'Meta' : 'Control') : mod));
  const macSigns: Record<string, string> = { Meta: '⌘', Shift: '⇧', Alt: '⌥', Control: '⌃' };
  const names: Record<string, string> = { Control: 'Ctrl', Meta: 'Cmd' };
  return {
    shown: isMac
      ? mods.map((m) => macSigns[m] ?? m).join('') + key
      : [...mods.map((m) => names[m] ?? m), key].join('+'),
    aria: [...mods, key].join('+'),
  };
}

type ToggleId = 'heading' | 'bold' | 'italic' | 'bulletList' | 'orderedList' | 'taskList';

const TOGGLES: { id: ToggleId; icon: string; keys: string; run: (editor: Editor) => void }[] = [
  {
    id: 'heading',
    icon: 'H',
    keys: 'Mod-Alt-3',
    run: (e) => e.chain().focus().toggleHeading({ level: 3 }).run(),
  },
  { id: 'bold', icon: 'B', keys: 'Mod-b', run: (e) => e.chain().focus().toggleBold().run() },
  { id: 'italic', icon: 'I', keys: 'Mod-i', run: (e) => e.chain().focus().toggleItalic().run() },
  {
    id: 'bulletList',
    icon: '•',
    keys: 'Mod-Shift-8',
    run: (e) => e.chain().focus().toggleBulletList().run(),
  },
  {
    id: 'orderedList',
    icon: '1.',
    keys: 'Mod-Shift-7',
    run: (e) => e.chain().focus().toggleOrderedList().run(),
  },
  {
    id: 'taskList',
    icon: '☑',
    keys: 'Mod-Shift-9',
    run: (e) => e.chain().focus().toggleTaskList().run(),
  },
];

export interface EditorToolbarProps {
  editor: Editor;
  /** The editor's accessible name, so the toolbar says which notes it formats. */
  label: string;
  /** Present when the screen takes captures: adds the capture buttons. */
  onCapture?: (kind: CaptureKind) => void;
  captureKeys: Record<CaptureKind, string>;
  /** Present where the glossary can grow from the notes: "Add to glossary" with the selection. */
  onAddToGlossary?: () => void;
}

export function EditorToolbar({
  editor,
  label,
  onCapture,
  captureKeys,
  onAddToGlossary,
}: EditorToolbarProps) {
  const { t } = useTranslation();
  const active = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      heading: e.isActive('heading'),
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      bulletList: e.isActive('bulletList'),
      orderedList: e.isActive('orderedList'),
      taskList: e.isActive('taskList'),
      link: e.isActive('link'),
    }),
  });
  return (
    <Toolbar className="notes-toolbar" aria-label={t('notes.editor.toolbar.label', { label })}>
      <Group className="notes-toolbar__group" aria-label={t('notes.editor.toolbar.format')}>
        {TOGGLES.map((toggle) => (
          <ToolbarToggle
            key={toggle.id}
            icon={toggle.icon}
            label={t(`notes.editor.toolbar.${toggle.id}`)}
            keys={toggle.keys}
            isSelected={active[toggle.id]}
            onChange={() => toggle.run(editor)}
          />
        ))}
        <LinkButton editor={editor} isActive={active.link} />
      </Group>
      {/* The groups (each named) are set apart by a line drawn in CSS, not by separator
          elements: those could end a line when the toolbar wraps, dangling there. */}
      {onCapture && (
        <Group className="notes-toolbar__group" aria-label={t('notes.editor.toolbar.capture')}>
          {(['action', 'decision'] as const).map((kind) => (
            <WithTooltip
              key={kind}
              text={tooltip(t(`notes.editor.capture.${kind}`), captureKeys[kind])}
            >
              <Button variant="quiet" onPress={() => onCapture(kind)}>
                {t(`notes.editor.capture.${kind}`)}
              </Button>
            </WithTooltip>
          ))}
        </Group>
      )}
      {onAddToGlossary && (
        <Group className="notes-toolbar__group" aria-label={t('glossary.quickAdd.toolbarGroup')}>
          <WithTooltip text={tooltip(t('glossary.quickAdd.button'), GLOSSARY_ADD_KEYS)}>
            <Button
              variant="quiet"
              onPress={onAddToGlossary}
              aria-keyshortcuts={shortcutText(GLOSSARY_ADD_KEYS).aria}
            >
              <BookIcon />
              {t('glossary.quickAdd.button')}
            </Button>
          </WithTooltip>
        </Group>
      )}
    </Toolbar>
  );
}

const tooltip = (label: string, keys: string) => `${label} (${shortcutText(keys).shown})`;

function WithTooltip({ text, children }: { text: string; children: ReactElement }) {
  return (
    <TooltipTrigger delay={600}>
      {children}
      <Tooltip className="notes-tooltip" placement="bottom">
        {text}
      </Tooltip>
    </TooltipTrigger>
  );
}

interface ToolbarToggleProps {
  icon: ReactNode;
  label: string;
  keys?: string;
  isSelected: boolean;
  onChange: () => void;
  buttonRef?: React.Ref<HTMLButtonElement>;
}

function ToolbarToggle({ icon, label, keys, isSelected, onChange, buttonRef }: ToolbarToggleProps) {
  const button = (
    <ToggleButton
      ref={buttonRef}
      className="notes-toolbar__toggle"
      aria-label={label}
      isSelected={isSelected}
      onChange={onChange}
    >
      {/* Drawn by CSS from the attribute: a glyph such as "1." or "B" is not the button's
          name ("Numbered list", "Gras"), and visible text that is not in the name fails WCAG
          2.5.3 (label in name) for speech users. */}
      {typeof icon === 'string' ? (
        <span aria-hidden="true" className="notes-toolbar__icon" data-icon={icon} />
      ) : (
        <span aria-hidden="true">{icon}</span>
      )}
    </ToggleButton>
  );
  return <WithTooltip text={keys ? tooltip(label, keys) : label}>{button}</WithTooltip>;
}

/** An open book, for the glossary; drawn, as the link icon is. */
function BookIcon() {
  return (
    <svg className="notes-toolbar__icon" viewBox="0 0 24 24" aria-hidden="true">
      <path
        d="M12 6.5C10 5 7 4.5 3 5v13c4-.5 7 0 9 1.5 2-1.5 5-2 9-1.5V5c-4-.5-7 0-9 1.5zm0 0v13"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinejoin="round"
      />
    </svg>
  );
}

/** Two chain links: an emoji would depend on the fonts installed. */
function LinkIcon() {
  return (
    <svg className="notes-toolbar__icon" viewBox="0 0 24 24" aria-hidden="true">
      <path
        d="M10 14a4.5 4.5 0 0 0 6.4 0l3.2-3.2a4.5 4.5 0 0 0-6.4-6.4L11.6 6M14 10a4.5 4.5 0 0 0-6.4 0l-3.2 3.2a4.5 4.5 0 0 0 6.4 6.4l1.6-1.6"
        fill="none"
        stroke="currentColor"
        strokeWidth="2.2"
        strokeLinecap="round"
      />
    </svg>
  );
}

/** The link toggle and the small dialog that asks for (or changes, or removes) the address. */
function LinkButton({ editor, isActive }: { editor: Editor; isActive: boolean }) {
  const { t } = useTranslation();
  const trigger = useRef<HTMLButtonElement>(null);
  const [isOpen, setOpen] = useState(false);
  const [address, setAddress] = useState('');
  const [error, setError] = useState<string | undefined>();
  const open = () => {
    const href: unknown = editor.getAttributes('link').href;
    setAddress(typeof href === 'string' ? href.replace(/^mailto:/i, '') : '');
    setError(undefined);
    setOpen(true);
  };
  const close = () => {
    setOpen(false);
    // The popover gives focus back to this button as it closes (a frame later); the note-taker
    // was typing, so the caret then goes back into the notes.
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        if (!editor.isDestroyed) editor.commands.focus();
      }),
    );
  };
  const apply = () => {
    if (address.trim() === '') {
      remove();
      return;
    }
    const href = linkHref(address);
    if (!href) {
      setError(t('notes.editor.link.invalid'));
      return;
    }
    const chain = editor.chain().focus().extendMarkRange('link');
    if (editor.state.selection.empty && !editor.isActive('link')) {
      // Nothing selected: the address itself becomes the linked text.
      chain
        .insertContent({
          type: 'text',
          text: address.trim(),
          marks: [{ type: 'link', attrs: { href } }],
        })
        .run();
    } else {
      chain.setLink({ href }).run();
    }
    close();
  };
  const remove = () => {
    editor.chain().focus().extendMarkRange('link').unsetLink().run();
    close();
  };

  return (
    <>
      <ToolbarToggle
        buttonRef={trigger}
        icon={<LinkIcon />}
        label={t('notes.editor.toolbar.link')}
        isSelected={isActive}
        onChange={open}
      />
      <Popover
        className="popover notes-link"
        triggerRef={trigger}
        isOpen={isOpen}
        onOpenChange={(next) => (next ? setOpen(true) : close())}
        placement="bottom start"
      >
        <Dialog className="notes-link__dialog">
          <Heading slot="title" className="notes-link__title">
            {t(isActive ? 'notes.editor.link.editTitle' : 'notes.editor.link.title')}
          </Heading>
          <Form
            className="notes-link__form"
            onSubmit={(event) => {
              event.preventDefault();
              apply();
            }}
          >
            <TextField
              label={t('notes.editor.link.address')}
              description={t('notes.editor.link.hint')}
              value={address}
              onChange={(value) => {
                setAddress(value);
                setError(undefined);
              }}
              errorMessage={error}
              autoFocus
            />
            <div className="notes-link__actions">
              <Button type="submit" variant="primary">
                {t('notes.editor.link.apply')}
              </Button>
              {isActive && (
                <Button variant="danger" onPress={remove}>
                  {t('notes.editor.link.remove')}
                </Button>
              )}
              <Button variant="quiet" onPress={close}>
                {t('common.cancel')}
              </Button>
            </div>
          </Form>
        </Dialog>
      </Popover>
    </>
  );
}
