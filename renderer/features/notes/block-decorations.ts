import type { Node as PmNode } from '@tiptap/pm/model';
import { Plugin, type EditorState, type PluginKey, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet, type DecorationAttrs } from '@tiptap/pm/view';

/**
 * Decorations found in the text of each textblock (paragraph, heading, a list item's paragraph),
 * shared by the glossary's underlining (glossary-plugin.ts) and the identifier warnings
 * (identifier-plugin.ts). Only decorations: nothing is added to the document.
 *
 * A block's text has one character per position of its content: every inline node that is not
 * text (a line break) counts as one character that no match spans, so an offset in that text plus
 * the block's start is a document position. What finds the ranges (a "source": a glossary's
 * matcher, an identifier scanner) comes with a plugin meta transaction, which re-reads every
 * block; an edit only re-reads the textblocks it touched, and the other decorations are mapped.
 */

export interface BlockDecorationsState<S> {
  /** What finds the ranges; null: nothing is decorated. */
  source: S | null;
  decorations: DecorationSet;
}

/** Adds a decoration over [from, to) of the block's text. */
export type MarkRange = (
  from: number,
  to: number,
  attrs: DecorationAttrs,
  spec: Record<string, unknown>,
) => void;

/** Finds the ranges to decorate in one block's (non-blank) text, and marks each. */
export type FindRanges<S> = (text: string, source: S, mark: MarkRange) => void;

/** Stands for an inline node that is not text: not a letter, not a space, so no match spans it. */
const LEAF = '\ufffc';

/** A textblock's text with one character per position of its content. */
export function textblockText(block: PmNode): string {
  let text = '';
  block.forEach((child) => {
    text += child.isText ? child.text! : LEAF.repeat(child.nodeSize);
  });
  return text;
}

function blockDecorations<S>(
  block: PmNode,
  pos: number,
  source: S,
  find: FindRanges<S>,
  out: Decoration[],
): void {
  const text = textblockText(block);
  if (text.trim() === '') return;
  const start = pos + 1;
  find(text, source, (from, to, attrs, spec) => {
    out.push(Decoration.inline(start + from, start + to, attrs, spec));
  });
}

function buildAll<S>(doc: PmNode, source: S | null, find: FindRanges<S>): DecorationSet {
  if (!source) return DecorationSet.empty;
  const decorations: Decoration[] = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    blockDecorations(node, pos, source, find, decorations);
    return false;
  });
  return DecorationSet.create(doc, decorations);
}

/** The ranges of the new document that the transaction replaced or inserted. */
function changedRanges(tr: Transaction): [number, number][] {
  const ranges: [number, number][] = [];
  tr.mapping.maps.forEach((map, index) => {
    map.forEach((_oldFrom, _oldTo, newFrom, newTo) => {
      const later = tr.mapping.slice(index + 1);
      ranges.push([later.map(newFrom, -1), later.map(newTo, 1)]);
    });
  });
  return ranges;
}

/** Re-reads only the textblocks the transaction touched; every other decoration is mapped. */
function update<S>(
  tr: Transaction,
  previous: DecorationSet,
  source: S,
  find: FindRanges<S>,
): DecorationSet {
  const doc = tr.doc;
  let set = previous.map(tr.mapping, doc);
  const blocks = new Map<number, PmNode>();
  for (const [from, to] of changedRanges(tr)) {
    // One position either side: a change at a block's edge (a split, a join) touches the block.
    doc.nodesBetween(Math.max(0, from - 1), Math.min(doc.content.size, to + 1), (node, pos) => {
      if (!node.isTextblock) return true;
      blocks.set(pos, node);
      return false;
    });
  }
  if (blocks.size === 0) return set;
  const stale: Decoration[] = [];
  const fresh: Decoration[] = [];
  for (const [pos, block] of blocks) {
    stale.push(...set.find(pos + 1, pos + block.nodeSize - 1));
    blockDecorations(block, pos, source, find, fresh);
  }
  if (stale.length > 0) set = set.remove(stale);
  return fresh.length > 0 ? set.add(doc, fresh) : set;
}

/** The plugin drawing what `find` marks, its source given by `withSource(key, …)`. */
export function blockDecorationsPlugin<S>(
  key: PluginKey<BlockDecorationsState<S>>,
  find: FindRanges<S>,
): Plugin<BlockDecorationsState<S>> {
  return new Plugin<BlockDecorationsState<S>>({
    key,
    state: {
      init: () => ({ source: null, decorations: DecorationSet.empty }),
      apply(tr, value, _old, state) {
        const meta = tr.getMeta(key) as { source: S | null } | undefined;
        if (meta) {
          return { source: meta.source, decorations: buildAll(state.doc, meta.source, find) };
        }
        if (!tr.docChanged || !value.source) return value;
        return {
          source: value.source,
          decorations: update(tr, value.decorations, value.source, find),
        };
      },
    },
    props: {
      decorations: (state) => key.getState(state)?.decorations,
    },
  });
}

/** A transaction giving the plugin a new source (or none): every block is read again. */
export function withSource<S>(
  key: PluginKey<BlockDecorationsState<S>>,
  tr: Transaction,
  source: S | null,
): Transaction {
  // Not an edit: undo must not stop at it, and autosave sees no change of the document.
  return tr.setMeta(key, { source }).setMeta('addToHistory', false);
}

/** Every decoration of the plugin, in document order. */
export function decorationsInOrder<S>(
  key: PluginKey<BlockDecorationsState<S>>,
  state: EditorState,
): Decoration[] {
  const set = key.getState(state)?.decorations;
  return set ? set.find().sort((a, b) => a.from - b.from) : [];
}
