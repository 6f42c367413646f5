import type { IndexedConcept, MethodOutput, ParsedInput } from '../../../shared/contract';
import { foldForSearch } from '../../../shared/domain/search-text';
import type { CoreContext } from '../context';
import { glossaryRepo, LETTERS, type ConceptFilter, type Match } from '../db/repos/glossary';
import { isShortQuery, toFtsQuery } from '../search/fts-query';
import { toConcepts } from './concepts';

/**
 * A French elided article or pronoun in front of what was typed: "l’itinérance" is looking for
 * the term "itinérance", so that term counts as an exact match (the search itself drops it too,
 * see toFtsQuery).
 */
const ELISION = /^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu)['’]\s*/iu;

/** The query's only letter or digit, folded, when it has just one ("h", "É."); else null. */
function initialOf(typed: string): string | null {
  const characters = typed.match(/[\p{L}\p{N}]/gu) ?? [];
  return characters.length === 1 ? foldForSearch(characters[0]!) || null : null;
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Ranks matches: an exact acronym first (ignoring case), then an exact term, then the score
 * (see glossaryRepo.matches), then alphabetically.
 */
const ranked = (matches: Match[]): Match[] =>
  matches.sort(
    (a, b) =>
      a.tier - b.tier ||
      a.score - b.score ||
      compare(a.key, b.key) ||
      compare(a.otherKey, b.otherKey) ||
      a.num - b.num,
  );

/**
 * The glossary list: alphabetical in the app's language with a letter index, or, with a query,
 * best match first. `letters` are those with concepts under every other filter.
 */
export function listConcepts(
  ctx: CoreContext,
  input: ParsedInput<'glossary.list'>,
): MethodOutput<'glossary.list'> {
  const repo = glossaryRepo(ctx.db);
  const filter: ConceptFilter = {
    subject: input.subject,
    organizationId: input.organizationId,
    status: input.status,
    missingFrench: input.missingFrench,
    language: input.language,
  };
  const page = { limit: input.limit, offset: input.offset };
  // No word to look for (blank, or only punctuation) is no query.
  const match = input.query === undefined ? null : toFtsQuery(input.query);
  if (match === null) {
    const { nums, total, letters } = repo.browse(filter, input.letter, page);
    return { items: toConcepts(ctx, repo.byNums(nums)), total, letters };
  }
  /*
   * One letter is the first key typed: the concepts whose term (in the list's language) or
   * acronym starts with it, as the letter index would list them, the exact ones first.
   * A query of one- and two-letter words matches most definitions through dozens of words, which
   * neither helps nor fits in a keystroke's 10 ms: it looks only at terms, acronyms and synonyms,
   * and lists them alphabetically after the exact matches.
   */
  const typed = (input.query ?? '').trim();
  const bare = typed.replace(ELISION, '');
  const initial = initialOf(bare) ?? initialOf(typed);
  const matches =
    initial !== null
      ? repo.startingWith(initial, filter)
      : isShortQuery(typed)
        ? repo.matches(`{en_terms fr_terms} : (${match})`, filter, {
            typed: [typed, bare],
            ranked: false,
          })
        : repo.matches(match, filter, { typed: [typed, bare], ranked: true });
  const found = new Set(matches.map((m) => m.letter));
  const letters = LETTERS.filter((l) => found.has(l));
  const inLetter =
    input.letter === undefined ? matches : matches.filter((m) => m.letter === input.letter);
  const nums = ranked(inLetter)
    .slice(page.offset, page.offset + page.limit)
    .map((m) => m.num);
  return { items: toConcepts(ctx, repo.byNums(nums)), total: inLetter.length, letters };
}

/** Every surface form of every live concept, for the notes editor's matcher. */
export function glossaryIndex(ctx: CoreContext): MethodOutput<'glossary.index'> {
  const repo = glossaryRepo(ctx.db);
  const forms = (side: { term: string; synonyms: string[] }) =>
    [side.term, ...side.synonyms].filter((form) => form !== '');
  const concepts = repo.live().map((c): IndexedConcept => ({
    id: c.id,
    status: c.status,
    preferredId: c.preferredId,
    en: forms(c.en),
    fr: forms(c.fr),
    abbreviations: [...new Set([...c.en.abbreviations, ...c.fr.abbreviations])],
  }));
  return { concepts, ignoredAcronyms: repo.ignoredAcronyms() };
}
