import { PluginKey, type EditorState, type Plugin, type Transaction } from '@tiptap/pm/state';
import type { Decoration, EditorView } from '@tiptap/pm/view';
import type {
  IdentifierKind,
  IdentifierMatch,
  IdentifierScanner,
} from '../../../shared/domain/identifiers';
import {
  blockDecorationsPlugin,
  decorationsInOrder,
  withSource,
  type BlockDecorationsState,
} from './block-decorations';

/**
 * Marks text that looks like a personal identifier (shared/domain/identifiers.ts) in the notes:
 * a phone number, an email address, a date of birth, a health or social insurance number, a
 * street address. Only decorations, never blocking: nothing is added to the document, and the
 * person decides (IdentifierWarning.tsx offers to replace the text or to ignore it).
 *
 * As the glossary's underlining does, it reads one textblock at a time (block-decorations.ts): an
 * edit re-reads only the textblocks it touched, and a new scanner (the directory's phone lines
 * arrived, an Ignore, a new day) re-reads them all.
 */

/** What the caret or the pointer is on. */
export type IdentifierHit = IdentifierMatch;

type WarningState = BlockDecorationsState<IdentifierScanner>;

export const identifierWarningKey = new PluginKey<WarningState>('identifierWarning');

/** The decorations' class, styled in notes-editor.css (a dashed underline and a "⚠"). */
export const IDENTIFIER_CLASS = 'identifier-warning';

export interface IdentifierWarningOptions {
  /** Said by screen readers that read descriptions: "possible phone number"… */
  describe: Record<IdentifierKind, string>;
}

/** The ProseMirror plugin itself (the bench and the tests build an EditorState with it). */
export function identifierWarningPlugin(options: IdentifierWarningOptions): Plugin<WarningState> {
  return blockDecorationsPlugin<IdentifierScanner>(identifierWarningKey, (text, scan, mark) => {
    for (const found of scan(text)) {
      mark(
        found.from,
        found.to,
        {
          class: IDENTIFIER_CLASS,
          'data-identifier': found.kind,
          'aria-description': options.describe[found.kind],
        },
        { identifier: found.kind },
      );
    }
  });
}

/** A transaction giving the editor a new scanner (or none): every block is read again. */
export function withIdentifierScanner(
  tr: Transaction,
  scanner: IdentifierScanner | null,
): Transaction {
  return withSource(identifierWarningKey, tr, scanner);
}

export function setIdentifierScanner(view: EditorView, scanner: IdentifierScanner | null): void {
  view.dispatch(withIdentifierScanner(view.state.tr, scanner));
}

function hitOf(state: EditorState, decoration: Decoration): IdentifierHit | null {
  const kind = (decoration.spec as { identifier?: IdentifierKind }).identifier;
  if (!kind) return null;
  const { from, to } = decoration;
  return { kind, from, to, text: state.doc.textBetween(from, to) };
}

/**
 * The identifier at `pos`. With `end`, the position just after it counts too: the caret stands
 * there right after typing the number, which is when the warning matters.
 */
export function identifierHitAt(
  state: EditorState,
  pos: number,
  { end = false }: { end?: boolean } = {},
): IdentifierHit | null {
  const set = identifierWarningKey.getState(state)?.decorations;
  if (!set) return null;
  for (const decoration of set.find(pos, pos)) {
    if (pos < decoration.from || pos > decoration.to || (!end && pos === decoration.to)) continue;
    const hit = hitOf(state, decoration);
    if (hit) return hit;
  }
  return null;
}

/** What the caret is in (or just after), when nothing is selected. */
export function identifierHitAtCaret(state: EditorState): IdentifierHit | null {
  const { selection } = state;
  return selection.empty ? identifierHitAt(state, selection.head, { end: true }) : null;
}

/** Every identifier marked, in document order (for tests and the bench). */
export function identifierHits(state: EditorState): IdentifierHit[] {
  return decorationsInOrder(identifierWarningKey, state)
    .map((decoration) => hitOf(state, decoration))
    .filter((hit): hit is IdentifierHit => hit !== null);
}

/** A transaction replacing an identifier with `text`, if it is still what the hit says. */
export function replaceIdentifier(
  state: EditorState,
  hit: IdentifierHit,
  text: string,
): Transaction | null {
  const { from, to } = hit;
  if (to > state.doc.content.size || state.doc.textBetween(from, to) !== hit.text) return null;
  return state.tr.insertText(text, from, to);
}
