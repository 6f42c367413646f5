import {
  Extension,
  type AnyExtension,
  type Editor,
  type JSONContent,
  type Range,
} from '@tiptap/core';
import { TaskItem, TaskList } from '@tiptap/extension-list';
import { Placeholder } from '@tiptap/extensions';
import StarterKit from '@tiptap/starter-kit';
import { Suggestion, type SuggestionOptions } from '@tiptap/suggestion';
import { PluginKey } from '@tiptap/pm/state';
import {
  BLOCK_NODES,
  HEADING_LEVELS,
  isSafeHref,
  MARKS,
  type RichDoc,
  type RichMark,
  type RichNode,
} from '../../../shared/domain/rich-text';
import type { CaptureKind } from './capture';
import { GlossaryHighlight } from './glossary-highlight';
import type { GlossaryHighlightOptions } from './glossary-plugin';
import { IdentifierHighlight } from './identifier-highlight';
import type { IdentifierWarningOptions } from './identifier-plugin';
import { cleanPastedHtml } from './paste-cleaning';

/**
 * The notes editor's tiptap configuration. Its schema is exactly what
 * shared/domain/rich-text.ts accepts (paragraphs, headings 3–4, bulleted, numbered and check
 * lists, quotes, line breaks; bold, italic and web links), so whatever is typed or pasted can
 * be stored, indexed and exported; `toStoredDoc` removes the attributes tiptap adds on top.
 */

export interface NotesExtensionOptions {
  placeholder: string;
  /** The accessible name of a checklist item's box. */
  checkboxLabel: (text: string, checked: boolean) => string;
  /** How screen readers describe glossary underlines (glossary-highlight.ts). */
  glossary?: GlossaryHighlightOptions;
  /** How screen readers describe identifier warnings (identifier-highlight.ts). */
  identifiers?: IdentifierWarningOptions;
}

export type SlashCommandId =
  'action' | 'decision' | 'heading' | 'checklist' | 'bulletList' | 'glossary';

export interface SlashItem {
  id: SlashCommandId;
  label: string;
}

type SlashRender = ReturnType<NonNullable<SuggestionOptions<SlashItem, SlashItem>['render']>>;

/**
 * What the capture shortcuts and the slash menu do, given by the React component once mounted
 * (and refreshed as it renders), so the editor's plugins, built once, always call the current ones.
 */
export interface NotesEditorHooks {
  /** A capture shortcut was pressed; true when it was used. */
  capture: (editor: Editor, kind: CaptureKind) => boolean;
  slashItems: (query: string) => SlashItem[];
  slashCommand: (editor: Editor, range: Range, item: SlashItem) => void;
  /** The menu's life: shown, updated, keys while open, closed. */
  slash: SlashRender;
}

declare module '@tiptap/core' {
  interface Storage {
    notesHooks: { hooks: NotesEditorHooks | null };
  }
}

export function setNotesHooks(editor: Editor, hooks: NotesEditorHooks): void {
  editor.storage.notesHooks.hooks = hooks;
}

/** Capture shortcuts, in tiptap's notation and as `aria-keyshortcuts` says them. */
export const CAPTURE_KEYS: Record<CaptureKind, string> = {
  action: 'Mod-Shift-a',
  decision: 'Mod-Shift-d',
};

export const slashPluginKey = new PluginKey('notesSlash');

/** Link schemes the minutes and exports accept (see isSafeHref). */
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

export function createNotesExtensions(options: NotesExtensionOptions): AnyExtension[] {
  return [
    StarterKit.configure({
      heading: { levels: [...HEADING_LEVELS] },
      code: false,
      codeBlock: false,
      strike: false,
      underline: false,
      horizontalRule: false,
      link: {
        openOnClick: false,
        autolink: true,
        linkOnPaste: true,
        defaultProtocol: 'https',
        // Words without a scheme ("cisss.ca") are fine: autolink gives them https://, and
        // toStoredDoc drops any other link. Other schemes (javascript:, file:, tel:) never link.
        isAllowedUri: (url, ctx) =>
          ctx.defaultValidate(url) && (!SCHEME.test(url.trim()) || isSafeHref(url)),
      },
    }),
    TaskList,
    TaskItem.configure({
      nested: true,
      a11y: { checkboxLabel: (node, checked) => options.checkboxLabel(node.textContent, checked) },
    }),
    Placeholder.configure({ placeholder: options.placeholder }),
    // Decorations only: nothing it shows reaches the stored document.
    options.glossary ? GlossaryHighlight.configure(options.glossary) : GlossaryHighlight,
    options.identifiers ? IdentifierHighlight.configure(options.identifiers) : IdentifierHighlight,
    Extension.create<Record<string, never>, { hooks: NotesEditorHooks | null }>({
      name: 'notesHooks',
      addStorage: () => ({ hooks: null }),
      transformPastedHTML: (html) => cleanPastedHtml(html),
      addKeyboardShortcuts() {
        const bindings: Record<string, () => boolean> = {};
        for (const kind of ['action', 'decision'] as const) {
          const run = () => this.storage.hooks?.capture(this.editor, kind) ?? false;
          // With Shift held the browser reports the capital letter; ProseMirror only maps it
          // back to the lower-case binding through keyCode, which not every event carries.
          bindings[CAPTURE_KEYS[kind]] = run;
          bindings[CAPTURE_KEYS[kind].replace(/.$/, (key) => key.toUpperCase())] = run;
        }
        return bindings;
      },
      addProseMirrorPlugins() {
        const hooks = () => this.storage.hooks;
        return [
          Suggestion<SlashItem, SlashItem>({
            pluginKey: slashPluginKey,
            editor: this.editor,
            char: '/',
            // At the start of a line or after a space: "1/2" and "and/or" stay text.
            allowedPrefixes: [' ', '\u00a0'],
            items: ({ query }) => hooks()?.slashItems(query) ?? [],
            command: ({ editor, range, props }) => hooks()?.slashCommand(editor, range, props),
            render: () => ({
              onStart: (props) => hooks()?.slash.onStart?.(props),
              onUpdate: (props) => hooks()?.slash.onUpdate?.(props),
              onKeyDown: (props) => hooks()?.slash.onKeyDown?.(props) ?? false,
              onExit: (props) => hooks()?.slash.onExit?.(props),
            }),
          }),
        ];
      },
    }),
  ];
}

/**
 * What a typed link address becomes: web and mail addresses as they are, a bare domain with
 * https:// in front, an email address as mailto:; null when it cannot be a link.
 */
export function linkHref(typed: string): string | null {
  const text = typed.trim();
  if (text === '' || /\s/.test(text)) return null;
  if (/^mailto:[^@\s]+@[^@\s]+\.[^@\s]+$/i.test(text)) return text;
  if (/^[^@\s/:]+@[^@\s/:]+\.[^@\s/:]+$/.test(text)) return `mailto:${text}`;
  const web = /^https?:\/\//i.test(text) ? text : SCHEME.test(text) ? null : `https://${text}`;
  if (web === null) return null;
  try {
    const url = new URL(web);
    // A host with a dot ("cisss.ca") or localhost-like names are not what a note links to.
    if (!url.hostname.includes('.') || url.hostname.startsWith('.')) return null;
    return isSafeHref(web) ? web : null;
  } catch {
    return null;
  }
}

const nodeAttrs = BLOCK_NODES as Record<string, readonly string[]>;
const markAttrs = MARKS as Record<string, readonly string[]>;

/**
 * The editor's JSON as the core stores it: only the attributes rich-text.ts allows, without
 * tiptap's empty (null) ones, links only to web and mail addresses, and no marks on line breaks.
 */
export function toStoredDoc(json: JSONContent): RichDoc {
  const content = storedChildren(json.content, false);
  // The editor keeps an empty line after a final list or heading to type below it; the minutes
  // have no use for it (a note of nothing but empty lines keeps one).
  while (content.length > 1 && isEmptyParagraph(content.at(-1)!)) content.pop();
  return content.length > 0 ? { type: 'doc', content } : { type: 'doc' };
}

const isEmptyParagraph = (node: RichNode) => node.type === 'paragraph' && !node.content;

function storedChildren(children: JSONContent[] | undefined, inline: boolean): RichNode[] {
  const out: RichNode[] = [];
  for (const child of children ?? []) {
    const node = inline ? storedInline(child) : storedBlock(child);
    if (node) out.push(node);
  }
  return out;
}

function storedInline(node: JSONContent): RichNode | null {
  if (node.type === 'hardBreak') return { type: 'hardBreak' };
  if (node.type !== 'text' || !node.text) return null;
  const marks = (node.marks ?? []).flatMap((mark): RichMark[] => {
    const allowed = markAttrs[mark.type];
    if (!allowed) return [];
    if (mark.type === 'link' && !isSafeHref(mark.attrs?.href)) return [];
    const attrs = pickAttrs(mark.attrs, allowed);
    return [attrs ? { type: mark.type, attrs } : { type: mark.type }];
  });
  return marks.length > 0
    ? { type: 'text', text: node.text, marks }
    : { type: 'text', text: node.text };
}

function storedBlock(node: JSONContent): RichNode | null {
  const type = node.type ?? '';
  const allowed = nodeAttrs[type];
  if (!allowed) return null;
  let attrs = pickAttrs(node.attrs, allowed);
  if (type === 'heading') {
    const level = Number(attrs?.level);
    attrs = {
      level: (HEADING_LEVELS as readonly number[]).includes(level) ? level : HEADING_LEVELS[0],
    };
  }
  if (type === 'taskItem') attrs = { checked: attrs?.checked === true };
  if (type === 'orderedList' && attrs) {
    // Numbering from 1 is the default: stored only when it starts elsewhere.
    if (attrs.start === 1 || typeof attrs.start !== 'number') delete attrs.start;
    if (typeof attrs.type !== 'string') delete attrs.type;
    if (Object.keys(attrs).length === 0) attrs = undefined;
  }
  const content = storedChildren(node.content, type === 'paragraph' || type === 'heading');
  const stored: RichNode = { type };
  if (attrs) stored.attrs = attrs;
  if (content.length > 0) stored.content = content;
  return stored;
}

/** The allowed, non-empty attributes; undefined when none is left. */
function pickAttrs(
  attrs: Record<string, unknown> | undefined,
  allowed: readonly string[],
): Record<string, unknown> | undefined {
  if (!attrs) return undefined;
  const picked: Record<string, unknown> = {};
  for (const key of allowed) {
    const value = attrs[key];
    if (value !== null && value !== undefined) picked[key] = value;
  }
  return Object.keys(picked).length > 0 ? picked : undefined;
}
