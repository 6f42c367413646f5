import { PluginKey, type EditorState, type Plugin, type Transaction } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import type { IndexedConcept } from '../../../shared/contract';
import { buildTermMatcher, type TermMatcher } from '../../../shared/domain/glossary-match';
import {
  blockDecorationsPlugin,
  decorationsInOrder,
  textblockText,
  withSource,
  type BlockDecorationsState,
} from './block-decorations';

export { textblockText };

/**
 * Underlines the glossary's terms and acronyms in the notes, and the all-capital words that look
 * like acronyms nobody has defined yet. Only decorations: nothing is added to the document, so
 * what is saved, searched and exported is exactly what was typed.
 *
 * Matching runs per textblock on its text (block-decorations.ts): a change of the document only
 * re-reads the textblocks it touched; a new glossary (a plugin meta transaction carrying a new
 * lexicon) re-reads every block.
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

type HighlightState = BlockDecorationsState<GlossaryLexicon>;

export const glossaryHighlightKey = new PluginKey<HighlightState>('glossaryHighlight');

/** Classes of the decorations, styled in notes-editor.css (a dotted and a dashed underline). */
export const TERM_CLASS = 'glossary-term';
export const UNKNOWN_CLASS = 'glossary-unknown';

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

/** Text in these words becomes an accessible description on the decorations (see options). */
export interface GlossaryHighlightOptions {
  /** Said by screen readers that read descriptions: "glossary term", "unknown acronym". */
  describeTerm: string;
  describeUnknown: string;
}

/** The ProseMirror plugin itself (the bench and the tests build an EditorState with it). */
export function glossaryHighlightPlugin(options: GlossaryHighlightOptions): Plugin<HighlightState> {
  return blockDecorationsPlugin<GlossaryLexicon>(glossaryHighlightKey, (text, lexicon, mark) => {
    const { terms, unknown } = lexicon.matcher.analyse(text, lexicon.ignored);
    for (const match of terms) {
      mark(
        match.from,
        match.to,
        {
          class: TERM_CLASS,
          'data-concepts': match.ids.join(' '),
          'aria-description': options.describeTerm,
        },
        { glossary: { kind: 'term', ids: match.ids } satisfies HitSpec },
      );
    }
    for (const found of unknown) {
      mark(
        found.from,
        found.to,
        {
          class: UNKNOWN_CLASS,
          'data-acronym': found.acronym,
          'aria-description': options.describeUnknown,
        },
        { glossary: { kind: 'unknown', acronym: found.acronym } satisfies HitSpec },
      );
    }
  });
}

/** A transaction that gives the editor a new glossary (or none): every block is read again. */
export function withLexicon(tr: Transaction, lexicon: GlossaryLexicon | null): Transaction {
  return withSource(glossaryHighlightKey, tr, lexicon);
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
  return decorationsInOrder(glossaryHighlightKey, state)
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
