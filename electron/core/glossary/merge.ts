import { z } from 'zod';
import type { Concept, TermSide } from '../../../shared/contract';
import { foldForSearch } from '../../../shared/domain/search-text';
import { AppError } from '../../../shared/errors';
import type { CoreContext } from '../context';
import { glossaryRepo, type StoredConcept } from '../db/repos/glossary';
import { found } from '../handlers/require';
import {
  draftOf,
  liveRecord,
  readConcept,
  tidyDraft,
  toConcepts,
  type ConceptDraftValue,
} from './concepts';

/** The contract's limits (TermSide, ConceptDraft): a merge never makes a concept the form refuses. */
const MAX = { abbreviations: 10, synonyms: 20, meanings: 50, seeAlso: 30 };

const union = <T>(
  kept: readonly T[],
  other: readonly T[],
  max: number,
  key: (value: T) => unknown = (value) => value,
) => {
  const seen = new Set(kept.map(key));
  const out = [...kept];
  for (const value of other) {
    if (!seen.has(key(value))) out.push(value);
    seen.add(key(value));
  }
  return out.slice(0, max);
};

const fill = (kept: string, other: string) => (kept === '' ? other : kept);

function mergeSides(kept: TermSide, other: TermSide): TermSide {
  const term = fill(kept.term, other.term);
  // The duplicate's own term, when it differs, stays recognisable as a synonym.
  const otherForms =
    other.term !== '' && foldForSearch(other.term) !== foldForSearch(term)
      ? [other.term, ...other.synonyms]
      : other.synonyms;
  return {
    term,
    abbreviations: union(kept.abbreviations, other.abbreviations, MAX.abbreviations),
    synonyms: union(kept.synonyms, otherForms, MAX.synonyms, (s) => foldForSearch(s) || s),
    definition: fill(kept.definition, other.definition),
    note: fill(kept.note, other.note),
  };
}

/**
 * Merges a duplicate's draft into the kept one's: the kept concept's non-empty fields win, empty
 * ones (terms, definitions, notes, agency, review date, a 'general' subject) are filled from the
 * other; acronyms, synonyms (the other's term included when it differs), meanings and see-also
 * links are unioned without duplicates, within the contract's limits. Status and redirect are
 * the kept concept's. Pure: the caller drops links to either concept itself.
 */
export function mergeDrafts(kept: ConceptDraftValue, other: ConceptDraftValue): ConceptDraftValue {
  const otherMeanings = new Map(other.meanings.map((m) => [m.organizationId, m]));
  const meanings = union(
    kept.meanings.map((m) => {
      const theirs = otherMeanings.get(m.organizationId);
      return theirs ? { ...m, en: fill(m.en, theirs.en), fr: fill(m.fr, theirs.fr) } : m;
    }),
    other.meanings,
    MAX.meanings,
    (m) => m.organizationId,
  );
  return tidyDraft({
    en: mergeSides(kept.en, other.en),
    fr: mergeSides(kept.fr, other.fr),
    subject: kept.subject === 'general' ? other.subject : kept.subject,
    status: kept.status,
    preferredId: kept.preferredId,
    organizationId: kept.organizationId ?? other.organizationId,
    meanings,
    seeAlso: union(kept.seeAlso, other.seeAlso, MAX.seeAlso),
    reviewedOn: kept.reviewedOn ?? other.reviewedOn,
  });
}

/** What a merge changed, kept on the merged concept so the merge can be undone exactly. */
const MergeUndo = z.object({
  /** The kept concept's row and meanings before the merge. */
  kept: z.custom<StoredConcept>(),
  meanings: z.array(z.object({ organizationId: z.string(), en: z.string(), fr: z.string() })),
  /** Links the merge added to the kept concept. */
  addedLinks: z.array(z.string()),
  /** Concepts whose redirect moved from the merged concept to the kept one. */
  redirected: z.array(z.string()),
  /** The kept concept's row and meanings right after the merge: a later edit forbids the undo. */
  after: z.string(),
});
type MergeUndo = z.infer<typeof MergeUndo>;

/** The concept's own content, to tell whether it changed since. */
const stateOf = (ctx: CoreContext, id: string) => {
  const repo = glossaryRepo(ctx.db);
  const {
    num: _num,
    organizationName: _o,
    preferred: _p,
    ...row
  } = found(repo.get(id), 'concept', id);
  return JSON.stringify({ row, meanings: repo.storedMeanings(id) });
};

const nameOf = (c: { en: { term: string }; fr: { term: string } }) => c.en.term || c.fr.term;

/**
 * Merges a duplicate into the concept kept (see `glossary.merge`): the duplicate is deleted with
 * what undoes the merge; concepts redirecting to it redirect to the kept one. The duplicate's
 * own links stay with it, hidden while it is deleted.
 */
export function mergeConcepts(ctx: CoreContext, keepId: string, mergeId: string): Concept {
  if (keepId === mergeId) {
    throw new AppError('invalid_input', 'A concept cannot be merged into itself.', [
      { path: ['mergeId'], message: 'sameConcept' },
    ]);
  }
  const repo = glossaryRepo(ctx.db);
  const keep = liveRecord(ctx, keepId);
  const duplicate = liveRecord(ctx, mergeId);
  const redirected = repo.redirecting(mergeId);
  if (keep.preferredId === mergeId) {
    throw new AppError(
      'conflict',
      `“${nameOf(keep)}” is deprecated in favour of “${nameOf(duplicate)}”: keep “${nameOf(duplicate)}” instead.`,
    );
  }
  if (keep.status === 'deprecated' && repo.liveRedirecting(mergeId).length > 0) {
    throw new AppError(
      'conflict',
      `Other concepts redirect to “${nameOf(duplicate)}”, and “${nameOf(keep)}” is deprecated: keep a concept that is not deprecated.`,
    );
  }

  const [kept, other] = toConcepts(ctx, [keep, duplicate]);
  const merged = mergeDrafts(draftOf(kept!), draftOf(other!));
  const seeAlso = merged.seeAlso.filter((id) => id !== keepId && id !== mergeId);
  const linkedBefore = repo.linkedIds(keepId);
  const before = {
    kept: (({ num: _n, organizationName: _o, preferred: _p, ...row }) => row)(keep),
    meanings: repo.storedMeanings(keepId),
  };

  const now = ctx.clock.now();
  repo.update({
    ...keep,
    subject: merged.subject,
    organizationId: merged.organizationId,
    en: merged.en,
    fr: merged.fr,
    reviewedOn: merged.reviewedOn,
    updatedAt: now,
  });
  repo.syncMeanings(keepId, merged.meanings);
  const addedLinks = seeAlso.filter((id) => !linkedBefore.includes(id));
  repo.syncLinks(keepId, [...linkedBefore, ...addedLinks]);
  for (const id of redirected) repo.setPreferred(id, keepId);

  const undo: MergeUndo = { ...before, addedLinks, redirected, after: stateOf(ctx, keepId) };
  repo.update({
    ...duplicate,
    mergedInto: keepId,
    mergeUndo: JSON.stringify(undo),
    deletedAt: now,
  });
  return readConcept(ctx, keepId);
}

/**
 * Undoes a merge exactly: the kept concept's row, meanings and links as they were, the duplicate
 * back, and the redirects that moved moved back. Refused once the kept concept was edited (or
 * deleted, or merged again) since: its later changes would be lost.
 */
export function unmergeConcept(ctx: CoreContext, mergeId: string): Concept {
  const repo = glossaryRepo(ctx.db);
  const duplicate = found(repo.get(mergeId), 'concept', mergeId);
  if (duplicate.mergedInto === null || duplicate.mergeUndo === null) {
    throw new AppError('conflict', `“${nameOf(duplicate)}” was not merged into another concept.`);
  }
  const undo = MergeUndo.parse(JSON.parse(duplicate.mergeUndo));
  const keepId = duplicate.mergedInto;
  const keep = repo.get(keepId);
  if (keep?.deletedAt !== null || stateOf(ctx, keepId) !== undo.after) {
    throw new AppError(
      'conflict',
      `“${keep ? nameOf(keep) : keepId}” has changed since “${nameOf(duplicate)}” was merged into it: the merge can no longer be undone.`,
    );
  }
  repo.update(undo.kept);
  repo.syncMeanings(keepId, undo.meanings);
  const added = new Set(undo.addedLinks);
  repo.syncLinks(
    keepId,
    repo.linkedIds(keepId).filter((id) => !added.has(id)),
  );
  for (const id of undo.redirected)
    if (repo.get(id)?.preferredId === keepId) repo.setPreferred(id, mergeId);
  repo.update({ ...duplicate, mergedInto: null, mergeUndo: null, deletedAt: null });
  return readConcept(ctx, mergeId);
}
