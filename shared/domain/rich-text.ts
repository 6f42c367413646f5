/**
 * Rich-text notes as the editor (tiptap) stores them: a JSON tree of nodes with marks. Only the
 * nodes and marks the notes editor offers are accepted, so what is stored is exactly what the
 * editor, the minutes and the search understand, and nothing pasted from elsewhere gets through.
 *
 * This module has no DOM: the core validates, indexes and exports documents with it.
 */

export interface RichMark {
  type: string;
  attrs?: Record<string, unknown>;
}

export interface RichNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: RichNode[];
  text?: string;
  marks?: RichMark[];
}

export interface RichDoc {
  type: 'doc';
  content?: RichNode[];
}

/** Block nodes the notes editor offers, with the attributes each may carry. */
export const BLOCK_NODES = {
  paragraph: [],
  heading: ['level'],
  bulletList: [],
  orderedList: ['start', 'type'],
  listItem: [],
  taskList: [],
  taskItem: ['checked'],
  blockquote: [],
} as const satisfies Record<string, readonly string[]>;

export const INLINE_NODES = { text: [], hardBreak: [] } as const;

export const MARKS = {
  bold: [],
  italic: [],
  link: ['href', 'target', 'rel', 'class', 'title'],
} as const satisfies Record<string, readonly string[]>;

/** Heading levels the editor offers: the minutes use h1 for the title and h2 per agenda item. */
export const HEADING_LEVELS = [3, 4] as const;

/** Limits that keep one document (one agenda item's notes) a sane size. */
export const MAX_DOC_CHARS = 500_000;
/** Each list level is two nodes deep (list, item): this allows lists nested 30 levels. */
export const MAX_DOC_DEPTH = 64;
export const MAX_DOC_NODES = 50_000;

const SAFE_LINK = /^(https?:\/\/|mailto:)/i;

/** Whether a link may be stored and exported: web and mail links only (no `javascript:`). */
export function isSafeHref(href: unknown): href is string {
  return typeof href === 'string' && href.length <= 2000 && SAFE_LINK.test(href.trim());
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function attrsAllowed(attrs: unknown, allowed: readonly string[]): boolean {
  if (attrs === undefined) return true;
  if (!isRecord(attrs)) return false;
  return Object.keys(attrs).every((key) => allowed.includes(key));
}

/**
 * Why `value` is not a notes document, as a validation key; null when it is one. Walks the tree
 * without recursion, so a maliciously deep document is refused, not a stack overflow.
 */
export function richDocProblem(value: unknown): string | null {
  if (!isRecord(value) || value.type !== 'doc') return 'invalidDocument';
  if (value.content !== undefined && !Array.isArray(value.content)) return 'invalidDocument';
  let nodes = 0;
  let chars = 0;
  const stack: { node: unknown; depth: number; inline: boolean }[] = (
    (value.content as unknown[] | undefined) ?? []
  ).map((node) => ({ node, depth: 1, inline: false }));
  while (stack.length > 0) {
    const { node, depth, inline } = stack.pop()!;
    if (++nodes > MAX_DOC_NODES) return 'documentTooLarge';
    if (depth > MAX_DOC_DEPTH) return 'documentTooDeep';
    if (!isRecord(node) || typeof node.type !== 'string') return 'invalidDocument';
    const allowed = inline
      ? (INLINE_NODES as Record<string, readonly string[]>)[node.type]
      : (BLOCK_NODES as Record<string, readonly string[]>)[node.type];
    if (!allowed || !attrsAllowed(node.attrs, allowed)) return 'invalidDocument';
    if (node.type === 'heading') {
      const level = (node.attrs as { level?: unknown } | undefined)?.level;
      if (!(HEADING_LEVELS as readonly unknown[]).includes(level)) return 'invalidDocument';
    }
    if (node.type === 'text') {
      if (typeof node.text !== 'string' || node.text === '') return 'invalidDocument';
      chars += node.text.length;
      if (chars > MAX_DOC_CHARS) return 'documentTooLarge';
      if (node.marks !== undefined) {
        if (!Array.isArray(node.marks) || node.marks.length > 8) return 'invalidDocument';
        for (const mark of node.marks) {
          if (!isRecord(mark) || typeof mark.type !== 'string') return 'invalidDocument';
          const markAttrs = (MARKS as Record<string, readonly string[]>)[mark.type];
          if (!markAttrs || !attrsAllowed(mark.attrs, markAttrs)) return 'invalidDocument';
          if (mark.type === 'link' && !isSafeHref((mark.attrs as { href?: unknown })?.href)) {
            return 'unsafeLink';
          }
        }
      }
    } else if (node.text !== undefined || node.marks !== undefined) {
      return 'invalidDocument';
    }
    if (node.content !== undefined) {
      if (!Array.isArray(node.content)) return 'invalidDocument';
      // Paragraphs and headings hold inline nodes; every other block holds blocks.
      const childInline = node.type === 'paragraph' || node.type === 'heading';
      if (inline) return 'invalidDocument';
      for (const child of node.content as unknown[]) {
        stack.push({ node: child, depth: depth + 1, inline: childInline });
      }
    }
  }
  return null;
}

export function isRichDoc(value: unknown): value is RichDoc {
  return richDocProblem(value) === null;
}

/** A document of plain paragraphs, one per line of `text` (blank lines dropped). */
export function docFromText(text: string): RichDoc {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  return {
    type: 'doc',
    content: lines.map((line) => ({ type: 'paragraph', content: [{ type: 'text', text: line }] })),
  };
}

const BLOCK_SEPARATED = new Set(Object.keys(BLOCK_NODES));

/**
 * The words of a document, one line per block, for search and previews. Checklist items keep
 * their state as "[x]"/"[ ]" so the plain text still says what was done.
 */
export function plainText(doc: RichDoc | null): string {
  if (!doc) return '';
  const lines: string[] = [];
  let line = '';
  // A checklist item's box goes in front of its first line of text.
  let box = '';
  const flush = () => {
    if (line.trim() !== '') lines.push(line.trim());
    line = '';
  };
  const walk = (nodes: readonly RichNode[] | undefined) => {
    for (const node of nodes ?? []) {
      if (node.type === 'text') {
        line += box + (node.text ?? '');
        box = '';
      } else if (node.type === 'hardBreak') flush();
      else {
        if (BLOCK_SEPARATED.has(node.type)) flush();
        if (node.type === 'taskItem') box = node.attrs?.checked ? '[x] ' : '[ ] ';
        walk(node.content);
        if (BLOCK_SEPARATED.has(node.type)) flush();
      }
    }
  };
  walk(doc.content);
  flush();
  return lines.join('\n');
}

/** True when a document has no words in it (an empty editor saves a doc with one empty paragraph). */
export function isEmptyDoc(doc: RichDoc | null): boolean {
  return plainText(doc) === '';
}
