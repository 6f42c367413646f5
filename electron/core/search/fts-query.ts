/** A word as people type it, apostrophes inside included ("d'accueil", "aujourd’hui"). */
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:['’][\p{L}\p{N}][\p{L}\p{N}\p{M}]*)*/gu;

/** French elisions that are words of their own only in front of an apostrophe ("qu'il"). */
const ELIDED = new Set(['qu', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu']);

/**
 * The index splits "d'accueil" into "d" and "accueil": looking for "d" too would miss a note that
 * says only "accueil", so an elided article ("l'", "d'", "qu'") or an "'s" is dropped, and the
 * word's other parts are looked for.
 */
function partsOf(word: string): string[] {
  const parts = word.split(/['’]/);
  if (parts.length === 1) return parts;
  const kept = parts.filter((part) => [...part].length > 1 && !ELIDED.has(part.toLowerCase()));
  // "jusqu'à": nothing long enough is left; the word after the apostrophe is the one meant.
  return kept.length > 0 ? kept : parts.slice(-1);
}

/**
 * Turns what a person typed into an FTS5 query: every word must appear, each as a prefix
 * ("réun" finds "réunion", and "reunion" finds it too, since the index folds accents). Words are
 * quoted, so nothing typed is read as FTS5 syntax (AND, NEAR, quotes, column filters…).
 * A one-letter word is looked for as a whole word: as a prefix it would merge the posting lists
 * of every word starting with that letter (the prefix indexes start at two letters).
 * Null when there is no word to look for.
 */
export function toFtsQuery(text: string, maxWords = 12): string | null {
  const words = (text.normalize('NFC').match(WORD) ?? []).flatMap(partsOf).slice(0, maxWords);
  if (words.length === 0) return null;
  return words.map((word) => ([...word].length > 1 ? `"${word}"*` : `"${word}"`)).join(' ');
}

/**
 * True when no word typed has more than two letters: such a query matches a large part of the
 * index, so it is answered by recency rather than ranked (see search-index.ts).
 */
export function isShortQuery(text: string): boolean {
  const words = text.normalize('NFC').match(WORD) ?? [];
  return words.length > 0 && words.every((word) => [...word].length <= 2);
}
