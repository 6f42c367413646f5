import type { Node as PmNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view';
import type { IndexedConcept } from '../../../shared/contract';
import { buildTermMatcher, type TermMatcher } from '../../../shared/domain/glossary-match';

/**
 * Underlines the glossary's terms and acronyms in the notes, and the all-capital words that look
 * like acronyms nobody has defined yet. Only decorations: nothing is added to the document, so
 * what is saved, searched and exported is exactly what was typed.
 *
 * Matching runs per textblock (paragraph, heading, a list item's paragraph) on its text, where
 * every inline node that is not text (a line break) counts as one character that no term spans,
 * so an offset in that text plus the block's start is a document position. A change of the
 * document only re-reads the textblocks it touched; the rest of the decorations are mapped. A new
 * glossary (a plugin meta transaction carrying a new lexicon) re-reads every block.
 */

export interface GlossaryLexicon {
  matcher: TermMatcher;
  /** Acronyms people marked "not a term": never flagged as unknown. */
  ignored: ReadonlySet<string>;
}

/** What the caret or the pointer is on: a glossary term, or an acronym the glossary lacks. */
export type GlossaryHit =
  | { kind: 'term'; from: number; to: number; text: string; ids: readonly string[] }
  | { kind: 'unknown'; from: number; to: number; text: string; acronym: string };

type HitSpec = { kind: 'term'; ids: readonly string[] } | { kind: 'unknown'; acronym: string };

interface HighlightState {
  lexicon: GlossaryLexicon | null;
  decorations: DecorationSet;
}

export const glossaryHighlightKey = new PluginKey<HighlightState>('glossaryHighlight');

/** Classes of the decorations, styled in notes-editor.css (a dotted and a dashed underline). */
export const TERM_CLASS = 'glossary-term';
export const UNKNOWN_CLASS = 'glossary-unknown';

/** Stands for an inline node that is not text: not a letter, not a space, so no term spans it. */
const LEAF = '\ufffc';

/** The lexicon the editor matches with, from `glossary.index`. */
export function lexiconOf(index: {
  concepts: readonly IndexedConcept[];
  ignoredAcronyms: readonly string[];
}): GlossaryLexicon {
  return {
    matcher: buildTermMatcher(
      index.concepts.map((concept) => ({
        id: concept.id,
        forms: [...concept.en, ...concept.fr, ...concept.abbreviations],
      })),
    ),
    ignored: new Set(index.ignoredAcronyms),
  };
}

/** A textblock's text with one character per position of its content. */
export function textblockText(block: PmNode): string {
  let text = '';
  block.forEach((child) => {
    text += child.isText ? child.text! : LEAF.repeat(child.nodeSize);
  });
  return text;
}

/** Text in these words becomes an accessible description on the decorations (see options). */
export interface GlossaryHighlightOptions {
  /** Said by screen readers that read descriptions: "glossary term", "unknown acronym". */
  describeTerm: string;
  describeUnknown: string;
}

function blockDecorations(
  block: PmNode,
  pos: number,
  lexicon: GlossaryLexicon,
  options: GlossaryHighlightOptions,
  out: Decoration[],
): void {
  const text = textblockText(block);
  if (text.trim() === '') return;
  const start = pos + 1;
  const { terms, unknown } = lexicon.matcher.analyse(text, lexicon.ignored);
  for (const match of terms) {
    out.push(
      Decoration.inline(
        start + match.from,
        start + match.to,
        {
          class: TERM_CLASS,
          'data-concepts': match.ids.join(' '),
          'aria-description': options.describeTerm,
        },
        { glossary: { kind: 'term', ids: match.ids } satisfies HitSpec },
      ),
    );
  }
  for (const found of unknown) {
    out.push(
      Decoration.inline(
        start + found.from,
        start + found.to,
        {
          class: UNKNOWN_CLASS,
          'data-acronym': found.acronym,
          'aria-description': options.describeUnknown,
        },
        { glossary: { kind: 'unknown', acronym: found.acronym } satisfies HitSpec },
      ),
    );
  }
}

function buildAll(
  doc: PmNode,
  lexicon: GlossaryLexicon | null,
  options: GlossaryHighlightOptions,
): DecorationSet {
  if (!lexicon) return DecorationSet.empty;
  const decorations: Decoration[] = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    blockDecorations(node, pos, lexicon, options, decorations);
    return false;
  });
  return DecorationSet.create(doc, decorations);
}

/** The ranges of the new document that the transaction replaced or inserted. */
function changedRanges(tr: Transaction): [number, number][] {
  const ranges: [number, number][] = [];
  const maps = tr.mapping.maps;
  maps.forEach((map, index) => {
    map.forEach((_oldFrom, _oldTo, newFrom, newTo) => {
      const later = tr.mapping.slice(index + 1);
      ranges.push([later.map(newFrom, -1), later.map(newTo, 1)]);
    });
  });
  return ranges;
}

/** Re-reads only the textblocks the transaction touched; every other decoration is mapped. */
function update(
  tr: Transaction,
  previous: DecorationSet,
  lexicon: GlossaryLexicon,
  options: GlossaryHighlightOptions,
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
    blockDecorations(block, pos, lexicon, options, fresh);
  }
  if (stale.length > 0) set = set.remove(stale);
  return fresh.length > 0 ? set.add(doc, fresh) : set;
}

/** The ProseMirror plugin itself (the bench and the tests build an EditorState with it). */
export function glossaryHighlightPlugin(options: GlossaryHighlightOptions): Plugin<HighlightState> {
  return new Plugin<HighlightState>({
    key: glossaryHighlightKey,
    state: {
      init: () => ({ lexicon: null, decorations: DecorationSet.empty }),
      apply(tr, value, _old, state) {
        const meta = tr.getMeta(glossaryHighlightKey) as
          { lexicon: GlossaryLexicon | null } | undefined;
        if (meta) {
          return { lexicon: meta.lexicon, decorations: buildAll(state.doc, meta.lexicon, options) };
        }
        if (!tr.docChanged || !value.lexicon) return value;
        return {
          lexicon: value.lexicon,
          decorations: update(tr, value.decorations, value.lexicon, options),
        };
      },
    },
    props: {
      decorations: (state) => glossaryHighlightKey.getState(state)?.decorations,
    },
  });
}

/** A transaction that gives the editor a new glossary (or none): every block is read again. */
export function withLexicon(tr: Transaction, lexicon: GlossaryLexicon | null): Transaction {
  // Not an edit: undo must not stop at it, and autosave sees no change of the document.
  return tr.setMeta(glossaryHighlightKey, { lexicon }).setMeta('addToHistory', false);
}

export function setGlossaryLexicon(view: EditorView, lexicon: GlossaryLexicon | null): void {
  view.dispatch(withLexicon(view.state.tr, lexicon));
}

/** The term or unknown acronym at `pos` (from its first character up to, not after, its last). */
export function glossaryHitAt(state: EditorState, pos: number): GlossaryHit | null {
  const set = glossaryHighlightKey.getState(state)?.decorations;
  if (!set) return null;
  for (const decoration of set.find(pos, pos)) {
    if (pos < decoration.from || pos >= decoration.to) continue;
    const spec = (decoration.spec as { glossary?: HitSpec }).glossary;
    if (!spec) continue;
    const { from, to } = decoration;
    const text = state.doc.textBetween(from, to);
    return spec.kind === 'term'
      ? { kind: 'term', from, to, text, ids: spec.ids }
      : { kind: 'unknown', from, to, text, acronym: spec.acronym };
  }
  return null;
}

/** What the caret is on, when nothing is selected. */
export function glossaryHitAtCaret(state: EditorState): GlossaryHit | null {
  const { selection } = state;
  return selection.empty ? glossaryHitAt(state, selection.head) : null;
}

/** Every recognised term and unknown acronym, in document order (for tests and the bench). */
export function glossaryHits(state: EditorState): GlossaryHit[] {
  const set = glossaryHighlightKey.getState(state)?.decorations;
  if (!set) return [];
  return set
    .find()
    .sort((a, b) => a.from - b.from)
    .map((decoration) => glossaryHitAt(state, decoration.from))
    .filter((hit): hit is GlossaryHit => hit !== null);
}

/**
 * The text "Add to glossary" starts from: the selection; else the term or acronym at the caret;
 * else the word just before it (so typing "CMSM /glossary" offers CMSM).
 */
export function glossaryPrefill(state: EditorState): string {
  const { selection } = state;
  if (!selection.empty) {
    return state.doc
      .textBetween(selection.from, selection.to, ' ', ' ')
      .replace(/\s+/g, ' ')
      .trim();
  }
  const hit = glossaryHitAt(state, selection.head) ?? glossaryHitAt(state, selection.head - 1);
  if (hit) return hit.text;
  const { $head } = selection;
  const before = textblockText($head.parent).slice(0, $head.parentOffset);
  return /([\p{L}\p{N}][\p{L}\p{N}\p{M}&'’-]*)\s?$/u.exec(before)?.[1] ?? '';
}
