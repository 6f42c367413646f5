import { Slice, type Node as ProseNode, type ResolvedPos } from '@tiptap/pm/model';
import type { EditorState, Selection, Transaction } from '@tiptap/pm/state';
import { ReplaceStep, type Step, type Transform } from '@tiptap/pm/transform';

/**
 * Capturing a line of the notes as an action item or a decision: what text is taken and how it is
 * removed from the note, and put back. The note-taker types "Marie to call the landlord", presses
 * the shortcut (or picks "Action item" in the slash menu), and the line becomes an action; it
 * leaves the notes only once the action is saved (see captured-words.ts).
 */

export type CaptureKind = 'action' | 'decision';

/** Where captured words are: the selection (from < to), or the whole line at `from` (from = to). */
export interface Spot {
  from: number;
  to: number;
}

export interface Captured {
  /** The captured words on one line, spaces tidied. Empty when the line was blank. */
  text: string;
  /** Removes the captured text from the note; null when nothing is removed. */
  tr: Transaction | null;
}

export const tidy = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The selection when there is one, otherwise the line the caret is on. */
export const spotOf = (selection: Selection): Spot => ({ from: selection.from, to: selection.to });

/** The words at `spot`, tidied; empty when there are none (a blank line, a non-text node). */
export function capturedText(doc: ProseNode, spot: Spot): string {
  if (spot.from !== spot.to) return tidy(doc.textBetween(spot.from, spot.to, ' ', ' '));
  const $from = doc.resolve(spot.from);
  if (!$from.parent.isTextblock) return '';
  return tidy($from.parent.textBetween(0, $from.parent.content.size, ' ', ' '));
}

/**
 * Removes the words at `spot`. Blocks left empty go with them: a captured list item leaves no
 * empty bullet.
 */
export function removeSpot(tr: Transform, spot: Spot): void {
  if (spot.from === spot.to) {
    removeLine(tr, tr.doc.resolve(spot.from));
    return;
  }
  const start = tr.steps.length;
  tr.replaceRange(spot.from, spot.to, Slice.empty);
  const $at = tr.doc.resolve(tr.mapping.slice(start).map(spot.from, -1));
  if ($at.parent.isTextblock && $at.parent.content.size === 0) removeLine(tr, $at);
}

/**
 * The selection when there is one, otherwise the whole current line (paragraph, list item or
 * heading), and the transaction that would remove it.
 */
export function captureFromState(state: EditorState): Captured {
  const spot = spotOf(state.selection);
  const text = capturedText(state.doc, spot);
  if (text === '') return { text, tr: null };
  const tr = state.tr;
  removeSpot(tr, spot);
  return { text, tr };
}

/** The first line (textblock) that holds exactly `text`, tidied; null when there is none. */
export function findLine(doc: ProseNode, text: string): Spot | null {
  let found: Spot | null = null;
  doc.descendants((node, pos) => {
    if (found) return false;
    if (!node.isTextblock) return true;
    if (tidy(node.textBetween(0, node.content.size, ' ', ' ')) === text) {
      found = { from: pos + 1, to: pos + 1 };
    }
    return false;
  });
  return found;
}

/** How many times `text` appears in the note, reading lines as joined by spaces. */
export function occurrences(doc: ProseNode, text: string): number {
  if (text === '') return 0;
  const all = tidy(doc.textBetween(0, doc.content.size, ' ', ' '));
  return all.split(text).length - 1;
}

/**
 * One step that turns the document after `tr` back into the one before it: the words a capture
 * removed, ready to be put back where they were (mapped through later changes first).
 */
export function undoStep(tr: Transform): Step | null {
  const before = tr.before;
  const after = tr.doc;
  const start = before.content.findDiffStart(after.content);
  if (start === null) return null;
  const end = before.content.findDiffEnd(after.content);
  if (!end) return null;
  let { a: endBefore, b: endAfter } = end;
  // Repeated content at the edges lets the two ends pass the start; move them back to it.
  const overlap = start - Math.min(endBefore, endAfter);
  if (overlap > 0) {
    endBefore += overlap;
    endAfter += overlap;
  }
  return new ReplaceStep(start, endAfter, before.slice(start, endBefore));
}

/**
 * Puts `text` back as a paragraph at the end of the note, where the place it came from cannot be
 * found any more. A trailing empty line (the editor keeps one after a list) takes it.
 */
export function appendParagraph(tr: Transform, text: string): void {
  const schema = tr.doc.type.schema;
  const paragraph = schema.nodes.paragraph!.create(null, schema.text(text));
  const last = tr.doc.lastChild;
  const end = tr.doc.content.size;
  if (last && last.type === schema.nodes.paragraph && last.content.size === 0) {
    tr.replaceWith(end - last.nodeSize, end, paragraph);
  } else {
    tr.insert(end, paragraph);
  }
}

/**
 * Removes the textblock at `$pos` and any ancestor it leaves empty (a list item, a one-item list,
 * a quote). When the schema needs something there — the first paragraph of a list item that has
 * a sub-list, or the only block of the note — the text is cleared instead.
 */
function removeLine(tr: Transform, $pos: ResolvedPos): void {
  if (!$pos.parent.isTextblock) return;
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
