import { foldForSearch } from './search-text';

/**
 * Finds glossary terms and acronyms in text: the notes editor underlines them, the minutes list
 * the ones a meeting used. One matcher for both, so what the editor shows is what the minutes say.
 *
 * - Text is read as words (runs of letters and digits). A form matches a run of whole words, so
 *   "OW" is found in "OW intake" but never inside "BOWL", and "case management" spans a line's
 *   words however they are spaced, hyphenated ("case-management") or joined by "&" or "/".
 * - Forms that look like acronyms (no lower-case letter, two or more capitals: "CMSM", "L&BS")
 *   match only with their case, so the acronym "CAS" is not the French word "cas". Every other form
 *   matches ignoring case and accents: "Reunion" finds "réunion".
 * - Where forms overlap, the longest wins: "Ontario Works" over "Ontario".
 */

export interface TermEntry {
  id: string;
  /** Terms and synonyms in any language. */
  forms: readonly string[];
}

export interface TermMatch {
  /** Offsets in the text (UTF-16, as `String.slice` takes them). */
  from: number;
  to: number;
  /** The text matched, as written. */
  text: string;
  /** Every concept with this form: usually one. */
  ids: string[];
}

export interface UnknownAcronym {
  from: number;
  to: number;
  acronym: string;
}

export interface TermMatcher {
  /** Matches in the order they occur, never overlapping. */
  find(text: string): TermMatch[];
  /** All-capital words of 2–6 letters that no concept has as a form, minus the ignored ones. */
  unknownAcronyms(text: string, ignored?: ReadonlySet<string>): UnknownAcronym[];
  /** The concepts found anywhere in these texts, in order of first appearance. */
  conceptsIn(texts: Iterable<string>): string[];
  /**
   * `find` and `unknownAcronyms` in one reading of the text: the notes editor re-reads a line on
   * every keystroke and the whole note when the glossary changes.
   */
  analyse(
    text: string,
    ignored?: ReadonlySet<string>,
  ): { terms: TermMatch[]; unknown: UnknownAcronym[] };
}

interface Word {
  from: number;
  to: number;
  text: string;
  folded: string;
}

interface Form {
  /** The form's words: exact for acronym-like forms, folded otherwise. */
  words: string[];
  exact: boolean;
  ids: string[];
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu;
/**
 * What may stand between two words of one term: spaces, or a hyphen, apostrophe, "&" or "/" — but
 * never a line break, so a term does not run from one paragraph or line into the next (the editor
 * reads each paragraph alone; the minutes join them with line breaks).
 */
const JOINER = /^(?:[^\S\n]+|[^\S\n]*[-‐‑'’&/][^\S\n]*)$/u;
const ACRONYM = /^\p{Lu}{2,6}$/u;
/**
 * All-capital words everyone knows: flagging them would teach people to ignore the underline.
 * English and French.
 */
const COMMON_CAPITALS = new Set([
  'OK',
  'AM',
  'PM',
  'TV',
  'FYI',
  'ASAP',
  'TBD',
  'TBC',
  'ETA',
  'RSVP',
  'FAQ',
  'AKA',
  'NB',
  'PS',
  'CC',
  'BCC',
  'ID',
  'PDF',
  'URL',
  'SVP',
  'HT',
  'TTC',
]);

/** No lower-case letter and two capitals or more ("CMSM", "L&BS"): matched with its case. */
export const looksLikeAcronym = (form: string) =>
  !/\p{Ll}/u.test(form) && /\p{Lu}.*\p{Lu}/u.test(form);

function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  for (const m of text.matchAll(WORD)) {
    words.push({
      from: m.index,
      to: m.index + m[0].length,
      text: m[0],
      folded: foldForSearch(m[0]),
    });
  }
  return words;
}

/** All-capital words of 2–6 letters not covered by a match, minus the ignored and common ones. */
function unknownIn(
  words: Word[],
  covered: ReadonlySet<number>,
  ignored: ReadonlySet<string>,
): UnknownAcronym[] {
  const capital = words.map((w) => ACRONYM.test(w.text) || /^\p{Lu}{7,}$/u.test(w.text));
  const out: UnknownAcronym[] = [];
  words.forEach((word, i) => {
    if (covered.has(i) || !ACRONYM.test(word.text)) return;
    if (ignored.has(word.text) || COMMON_CAPITALS.has(word.text)) return;
    // Three capital words in a row are a shouted sentence or a heading, not acronyms.
    const run =
      (capital[i - 2] && capital[i - 1]) ||
      (capital[i - 1] && capital[i + 1]) ||
      (capital[i + 1] && capital[i + 2]);
    if (run) return;
    out.push({ from: word.from, to: word.to, acronym: word.text });
  });
  return out;
}

export function buildTermMatcher(entries: readonly TermEntry[]): TermMatcher {
  // Forms by the folded first word, longest first, so the longest match is tried first.
  const byFirst = new Map<string, Form[]>();
  const formsByKey = new Map<string, Form>();
  for (const entry of entries) {
    for (const raw of entry.forms) {
      const form = raw.normalize('NFC').trim();
      const exact = looksLikeAcronym(form);
      const words = (form.match(WORD) ?? []).map((w) => (exact ? w : foldForSearch(w)));
      const first = words[0];
      if (first === undefined) continue;
      const key = `${exact ? 'x' : 'f'}:${words.join(' ')}`;
      const existing = formsByKey.get(key);
      if (existing) {
        if (!existing.ids.includes(entry.id)) existing.ids.push(entry.id);
        continue;
      }
      const created: Form = { words, exact, ids: [entry.id] };
      formsByKey.set(key, created);
      const firstKey = exact ? foldForSearch(first) : first;
      const list = byFirst.get(firstKey) ?? [];
      list.push(created);
      byFirst.set(firstKey, list);
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);

  const matchesAt = (text: string, words: Word[], i: number, form: Form): boolean => {
    if (i + form.words.length > words.length) return false;
    for (let k = 0; k < form.words.length; k++) {
      const word = words[i + k]!;
      if ((form.exact ? word.text : word.folded) !== form.words[k]) return false;
      if (k > 0 && !JOINER.test(text.slice(words[i + k - 1]!.to, word.from))) return false;
    }
    return true;
  };

  const scan = (text: string, words: Word[]) => {
    const found: TermMatch[] = [];
    const covered = new Set<number>();
    for (let i = 0; i < words.length;) {
      const candidates = byFirst.get(words[i]!.folded);
      const form = candidates?.find((f) => matchesAt(text, words, i, f));
      if (!form) {
        i++;
        continue;
      }
      const from = words[i]!.from;
      const to = words[i + form.words.length - 1]!.to;
      found.push({ from, to, text: text.slice(from, to), ids: [...form.ids] });
      for (let k = 0; k < form.words.length; k++) covered.add(i + k);
      i += form.words.length;
    }
    return { found, covered };
  };

  return {
    find(text) {
      return scan(text, wordsOf(text)).found;
    },

    unknownAcronyms(text, ignored = new Set()) {
      const words = wordsOf(text);
      return unknownIn(words, scan(text, words).covered, ignored);
    },

    analyse(text, ignored = new Set()) {
      const words = wordsOf(text);
      const { found, covered } = scan(text, words);
      return { terms: found, unknown: unknownIn(words, covered, ignored) };
    },

    conceptsIn(texts) {
      const seen = new Set<string>();
      for (const text of texts)
        for (const match of scan(text, wordsOf(text)).found)
          for (const id of match.ids) seen.add(id);
      return [...seen];
    },
  };
}
