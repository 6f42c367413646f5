/**
 * Folds text for accent-, case- and punctuation-insensitive matching: "Société" and "societe"
 * fold alike, so a French name is found however it is typed.
 */
const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss' };

export function foldForSearch(text: string): string {
  return (
    text
      .normalize('NFD')
      .replace(/\p{Diacritic}/gu, '')
      .toLocaleLowerCase('en')
      // Ligatures have no decomposition: "Œuvre" is typed "oeuvre" and sorts among the o's.
      .replace(/[œæß]/g, (c) => LIGATURES[c] ?? c)
      // "d'aide", "d’aide" and "d aide" are one search; so are "Saint-Jean" and "Saint Jean".
      .replace(/\p{P}+/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** Escapes `%`, `_` and the escape character for a SQL `LIKE … ESCAPE '\'` pattern. */
export function likeContains(text: string): string {
  return `%${foldForSearch(text).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * The identity of a name for duplicate checks: folded, so "Société X" and "SOCIETE X" are one,
 * but never empty, so names made only of punctuation stay distinct from each other.
 */
export function nameKey(name: string): string {
  return foldForSearch(name) || name.trim().toLocaleLowerCase('en');
}
