import type { ResolvedPos } from '@tiptap/pm/model';
import type { EditorState, Transaction } from '@tiptap/pm/state';

/**
 * Capturing a line of the notes as an action item or a decision: what text is taken and what is
 * removed from the note. The note-taker types "Marie to call the landlord", presses the shortcut
 * (or picks "Action item" in the slash menu), and the line leaves the notes for the action form.
 */

export type CaptureKind = 'action' | 'decision';

export interface Captured {
  /** The captured words on one line, spaces tidied. Empty when the line was blank. */
  text: string;
  /** Removes the captured text from the note; null when nothing is removed. */
  tr: Transaction | null;
}

const tidy = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The selection when there is one, otherwise the whole current line (paragraph, list item or
 * heading). Blocks left empty are removed with it: a captured list item leaves no empty bullet.
 */
export function captureFromState(state: EditorState): Captured {
  const { selection } = state;
  if (!selection.empty) {
    const text = tidy(state.doc.textBetween(selection.from, selection.to, ' ', ' '));
    if (text === '') return { text, tr: null };
    const tr = state.tr.deleteSelection();
    const $at = tr.doc.resolve(tr.selection.from);
    if ($at.parent.isTextblock && $at.parent.content.size === 0) removeLine(tr, $at);
    return { text, tr };
  }
  const $from = selection.$from;
  if (!$from.parent.isTextblock) return { text: '', tr: null };
  const text = tidy($from.parent.textBetween(0, $from.parent.content.size, ' ', ' '));
  if (text === '') return { text, tr: null };
  const tr = state.tr;
  removeLine(tr, $from);
  return { text, tr };
}

/**
 * Removes the textblock at `$pos` and any ancestor it leaves empty (a list item, a one-item list,
 * a quote). When the schema needs something there — the first paragraph of a list item that has
 * a sub-list, or the only block of the note — the text is cleared instead.
 */
function removeLine(tr: Transaction, $pos: ResolvedPos): void {
  let depth = $pos.depth;
  while (depth > 1 && $pos.node(depth - 1).childCount === 1) depth--;
  const parent = $pos.node(depth - 1);
  const index = $pos.index(depth - 1);
  if (parent.canReplace(index, index + 1)) {
    tr.delete($pos.before(depth), $pos.after(depth));
  } else if (depth < $pos.depth) {
    const paragraph = tr.doc.type.schema.nodes.paragraph;
    if (paragraph) tr.replaceWith($pos.before(depth), $pos.after(depth), paragraph.create());
  } else {
    tr.delete($pos.start(), $pos.end());
  }
}
