import type { Editor } from '@tiptap/core';
import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect, useId, useRef, useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { RichDoc } from '../../../shared/domain/rich-text';
import { useDraft } from '../../app/useDraft';
import { useFormDialog } from '../../app/useFormDialog';
import { useSettings } from '../../app/useSettings';
import { localeOf } from '../../i18n';
import { QuickAddTerm } from '../glossary/QuickAddTerm';
import type { CaptureKind } from './capture';
import { captureWords, type CapturedWords } from './captured-words';
import { EditorToolbar, shortcutText } from './EditorToolbar';
import {
  CAPTURE_KEYS,
  createNotesExtensions,
  setNotesHooks,
  toStoredDoc,
  type SlashItem,
} from './editor-extensions';
import { GLOSSARY_ACTIONS_KEYS, GLOSSARY_ADD_KEYS, setGlossaryHooks } from './glossary-highlight';
import { glossaryPrefill } from './glossary-plugin';
import { GlossaryTermPopover, useGlossaryLexicon } from './GlossaryTermPopover';
import { IdentifierWarning } from './IdentifierWarning';
import { filterSlashItems, SlashMenu, slashItems, slashOptionId } from './SlashMenu';
import { useNoteAutosave, type SaveStatus } from './useNoteAutosave';
import './notes-editor.css';

export interface NotesEditorProps {
  /** Where the note belongs: autosave target and local-backup key. */
  meetingId: string;
  /** null = the meeting's general notes. */
  itemId: string | null;
  /** The document as the core last returned it (null = empty). Read once per (meetingId,itemId). */
  initial: RichDoc | null;
  /** Accessible name of the editing area, e.g. "Notes: Round of agency updates". */
  label: string;
  /** Capture from the editor: the words of the current line (paragraph, list item, heading) or
   *  of the selection. They stay in the note until the caller commits them (once what they
   *  became is saved), and can be put back after that. */
  onCapture?: (words: CapturedWords) => void;
  readOnly?: boolean;
  /** The case of a case review item: identifier warnings offer it as the replacement. */
  caseCode?: string | null;
}

/**
 * The rich-text notes of an agenda item or of a whole meeting, saved as they are typed. Each note
 * gets its own editor instance (keyed by its place), so changing item saves the one left and
 * opens the next from its own document.
 */
export function NotesEditor(props: NotesEditorProps): JSX.Element {
  return <NoteEditor key={`${props.meetingId}/${props.itemId ?? ''}`} {...props} />;
}

const keyshortcuts = (keys: readonly string[]) => keys.map((k) => shortcutText(k).aria).join(' ');
const CAPTURE_SHORTCUTS = [CAPTURE_KEYS.action, CAPTURE_KEYS.decision];
const GLOSSARY_SHORTCUTS = [GLOSSARY_ADD_KEYS, GLOSSARY_ACTIONS_KEYS];

interface SlashState {
  items: SlashItem[];
  active: number;
  pick: (item: SlashItem) => void;
}

function NoteEditor({
  meetingId,
  itemId,
  initial,
  label,
  onCapture,
  readOnly = false,
  caseCode = null,
}: NotesEditorProps) {
  const { t } = useTranslation();
  const autosave = useNoteAutosave(meetingId, itemId, initial);
  const menuId = useId();
  const slashHost = useRef<HTMLDivElement>(null);

  const slashRef = useRef<SlashState | null>(null);
  const slashUnmount = useRef<(() => void) | null>(null);
  const [slash, setSlashState] = useState<SlashState | null>(null);
  const setSlash = (next: SlashState | null) => {
    slashRef.current = next;
    setSlashState(next);
  };

  const [extensions] = useState(() =>
    createNotesExtensions({
      placeholder: t('notes.editor.placeholder'),
      checkboxLabel: (text, checked) =>
        t(checked ? 'notes.editor.checkbox.done' : 'notes.editor.checkbox.open', {
          text: text || t('notes.editor.checkbox.empty'),
        }),
      glossary: {
        describeTerm: t('glossary.highlight.describeTerm'),
        describeUnknown: t('glossary.highlight.describeUnknown'),
      },
      identifiers: {
        describe: {
          phone: t('identifiers.describe.phone'),
          email: t('identifiers.describe.email'),
          dob: t('identifiers.describe.dob'),
          health_card: t('identifiers.describe.health_card'),
          sin: t('identifiers.describe.sin'),
          address: t('identifiers.describe.address'),
        },
      },
    }),
  );

  const editor = useEditor({
    immediatelyRender: true,
    shouldRerenderOnTransaction: false,
    // The app's Content-Security-Policy refuses injected <style> elements: tiptap's few base
    // rules are in notes-editor.css instead.
    injectCSS: false,
    editable: !readOnly,
    extensions,
    content: autosave.start.doc ?? '',
    editorProps: {
      attributes: {
        role: 'textbox',
        'aria-label': label,
        'aria-multiline': 'true',
        'aria-readonly': String(readOnly),
        'aria-keyshortcuts': keyshortcuts([
          ...(onCapture && !readOnly ? CAPTURE_SHORTCUTS : []),
          ...GLOSSARY_SHORTCUTS,
        ]),
        class: 'notes-editor__content',
        ...(slash && slash.items.length > 0
          ? {
              'aria-controls': menuId,
              'aria-activedescendant': slashOptionId(menuId, slash.active),
            }
          : {}),
      },
    },
    onUpdate: ({ editor: e }) => autosave.change(toStoredDoc(e.getJSON())),
    onBlur: () => autosave.flush(),
  });

  const { attach } = autosave;
  useEffect(() => attach(editor), [attach, editor]);

  // The glossary: underlines from its index, and "Add to glossary" from the selection.
  useGlossaryLexicon(editor);
  const quickAdd = useFormDialog(`glossary:quickAdd:${meetingId}/${itemId ?? ''}`);
  const [prefill, setPrefill] = useDraft(`${quickAdd.key}:prefill`, () => '');
  const addToGlossary = (text = glossaryPrefill(editor.state)) => {
    // Focus is in the notes when the dialog opens, so it goes back there when it closes (at
    // once: tiptap's focus command waits a frame, and would take it from the dialog).
    editor.view.focus();
    setPrefill(text);
    quickAdd.open();
  };

  useEffect(() => {
    // Without an update event: locking the notes is not a change to save.
    if (editor.isEditable === readOnly) editor.setEditable(!readOnly, false);
  }, [editor, readOnly]);

  useEffect(() => {
    const capture = (target: Editor, kind: CaptureKind): boolean => {
      if (!onCapture || !target.isEditable) return false;
      onCapture(captureWords(target, autosave.note, kind));
      return true;
    };
    setNotesHooks(editor, {
      capture,
      slashItems: (query) => filterSlashItems(slashItems(t, Boolean(onCapture)), query),
      slashCommand: (target, range, item) => {
        target.chain().focus().deleteRange(range).run();
        if (item.id === 'action' || item.id === 'decision') capture(target, item.id);
        else if (item.id === 'heading') target.chain().focus().setHeading({ level: 3 }).run();
        else if (item.id === 'checklist') target.chain().focus().toggleTaskList().run();
        else if (item.id === 'glossary') addToGlossary();
        else target.chain().focus().toggleBulletList().run();
      },
      slash: {
        onStart: (props) => {
          if (slashHost.current) slashUnmount.current = props.mount(slashHost.current);
          setSlash({ items: props.items, active: 0, pick: props.command });
        },
        onUpdate: (props) => {
          const before = slashRef.current;
          const ids = (items: readonly SlashItem[]) => items.map((item) => item.id).join();
          const same = before !== null && ids(before.items) === ids(props.items);
          setSlash({ items: props.items, active: same ? before.active : 0, pick: props.command });
        },
        onKeyDown: ({ event }) => {
          const current = slashRef.current;
          if (!current) return false;
          const count = current.items.length;
          if (event.key === 'Escape') return true;
          if (count === 0) return false;
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            const step = event.key === 'ArrowDown' ? 1 : -1;
            setSlash({ ...current, active: (current.active + step + count) % count });
            return true;
          }
          if (event.key === 'Enter' || event.key === 'Tab') {
            current.pick(current.items[current.active]!);
            return true;
          }
          return false;
        },
        onExit: () => {
          slashUnmount.current?.();
          slashUnmount.current = null;
          setSlash(null);
        },
      },
    });
    setGlossaryHooks(editor, {
      addToGlossary: () => {
        addToGlossary();
        return true;
      },
    });
  });

  return (
    <div className="notes-editor" data-readonly={readOnly || undefined}>
      <div className="notes-editor__bar">
        {!readOnly && (
          <EditorToolbar
            editor={editor}
            label={label}
            captureKeys={CAPTURE_KEYS}
            onAddToGlossary={() => addToGlossary()}
            onCapture={
              onCapture &&
              ((kind) => {
                editor.commands.focus();
                onCapture(captureWords(editor, autosave.note, kind));
              })
            }
          />
        )}
        <SaveStatusLine status={autosave.status} />
      </div>
      <EditorContent editor={editor} className="notes-editor__area" />
      <GlossaryTermPopover editor={editor} onAddDefinition={(acronym) => addToGlossary(acronym)} />
      <IdentifierWarning editor={editor} caseCode={caseCode} />
      <QuickAddTerm dialog={quickAdd} prefill={prefill} />
      <div ref={slashHost} className="slash-menu-host" hidden={!slash}>
        {slash && (
          <SlashMenu
            id={menuId}
            items={slash.items}
            active={slash.active}
            label={t('notes.editor.slash.label')}
            emptyText={t('notes.editor.slash.none')}
            onPick={(item) => slash.pick(item)}
            onHover={(index) => setSlash({ ...slash, active: index })}
          />
        )}
      </div>
    </div>
  );
}

const STATUS_ICONS: Record<SaveStatus['state'], string> = {
  idle: '',
  saving: '↻',
  saved: '✓',
  retrying: '⚠',
  invalid: '⚠',
  gone: '⚠',
};

/** Whether the notes are saved, in words and an icon (never by colour alone); polite live region. */
export function SaveStatusLine({ status }: { status: SaveStatus }) {
  const { t } = useTranslation();
  const { settings } = useSettings();
  const text = (() => {
    switch (status.state) {
      case 'idle':
        return '';
      case 'saving':
        return t('notes.editor.status.saving');
      case 'saved':
        return t('notes.editor.status.saved', {
          time: new Intl.DateTimeFormat(localeOf(settings.language), {
            timeStyle: 'short',
          }).format(status.at),
        });
      case 'retrying':
        return t('notes.editor.status.retrying');
      case 'gone':
        return t('notes.editor.status.gone');
      case 'invalid':
        return t('notes.editor.status.invalid', {
          reason: t(`validation.${status.reason}`, {
            defaultValue: t('validation.invalidDocument'),
          }),
        });
    }
  })();
  return (
    <p role="status" className={`notes-status notes-status--${status.state}`}>
      {text && (
        <span aria-hidden="true" className="notes-status__icon">
          {STATUS_ICONS[status.state]}
        </span>
      )}
      {text}
    </p>
  );
}
