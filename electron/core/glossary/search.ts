import type { IndexedConcept, MethodOutput, ParsedInput } from '../../../shared/contract';
import type { CoreContext } from '../context';
import { glossaryRepo, LETTERS, type ConceptFilter, type Match } from '../db/repos/glossary';
import { isShortQuery, toFtsQuery } from '../search/fts-query';
import { toConcepts } from './concepts';

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
   * A query of one- and two-letter words (the first keys typed) matches most definitions through
   * dozens of words, which neither helps nor fits in a keystroke's 10 ms: it looks only at terms,
   * acronyms and synonyms, and lists them alphabetically after the exact matches.
   */
  const typed = (input.query ?? '').trim();
  const matches = isShortQuery(typed)
    ? repo.matches(`{en_terms fr_terms} : (${match})`, filter, { typed, ranked: false })
    : repo.matches(match, filter, { typed, ranked: true });
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
