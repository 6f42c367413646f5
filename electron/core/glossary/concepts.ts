import type { z } from 'zod';
import type { Concept, ConceptDraft, TermOrigin, TermSide } from '../../../shared/contract';
import { foldForSearch } from '../../../shared/domain/search-text';
import { AppError, type ErrorIssue } from '../../../shared/errors';
import type { CoreContext } from '../context';
import { glossaryRepo, type ConceptRecord, type StoredConcept } from '../db/repos/glossary';
import { organizationsRepo } from '../db/repos/organizations';
import { found } from '../handlers/require';

/*
 * The glossary's service: what the handlers and the import, export and starter glossary share.
 * None of these opens a transaction: callers wrap them in `writer('glossary')`.
 *
 * `updatedAt` is when the concept's own content last changed (add, update, a merge into it, an
 * unmerge restoring it). Deleting, restoring, or another concept's edit adding or removing a
 * see-also link to it, or a merge moving its redirect, leave it alone: so a starter concept with
 * `updatedAt === createdAt` is one nobody edited.
 */

/** A draft as zod hands it over: every default filled in, text trimmed. */
export type ConceptDraftValue = z.output<typeof ConceptDraft>;

/** Both sides' terms and acronyms, for duplicate checks. */
export interface DuplicateProbe {
  en: { term: string; abbreviations: readonly string[] };
  fr: { term: string; abbreviations: readonly string[] };
}

/** Hydrates records into the contract's concepts: meanings and live see-also links joined. */
export function toConcepts(ctx: CoreContext, records: readonly ConceptRecord[]): Concept[] {
  const repo = glossaryRepo(ctx.db);
  const ids = records.map((r) => r.id);
  const meanings = repo.meanings(ids);
  const links = repo.links(ids);
  return records.map((r) => ({
    id: r.id,
    en: r.en,
    fr: r.fr,
    subject: r.subject,
    status: r.status,
    preferred: r.preferred,
    organization:
      r.organizationId === null ? null : { id: r.organizationId, name: r.organizationName ?? '' },
    meanings: meanings.get(r.id) ?? [],
    seeAlso: links.get(r.id) ?? [],
    reviewedOn: r.reviewedOn,
    origin: r.origin,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  }));
}

/** Any concept, deleted or merged ones included. */
export function readConcept(ctx: CoreContext, id: string): Concept {
  const record = found(glossaryRepo(ctx.db).get(id), 'concept', id);
  return toConcepts(ctx, [record])[0]!;
}

/** A concept that exists and has not been deleted (nor merged into another). */
export function liveRecord(ctx: CoreContext, id: string): ConceptRecord {
  const record = glossaryRepo(ctx.db).get(id);
  return found(record?.deletedAt === null ? record : undefined, 'concept', id);
}

/** A live concept; `not_found` for a deleted one (only undelete reaches it). */
export function getConcept(ctx: CoreContext, id: string): Concept {
  return toConcepts(ctx, [liveRecord(ctx, id)])[0]!;
}

/** Every live concept, by English term (or French, for one with none), then French. */
export function liveConcepts(ctx: CoreContext): Concept[] {
  return toConcepts(ctx, glossaryRepo(ctx.db).live());
}

/** The concept as a draft, e.g. to merge an imported row into it or to compare an edit. */
export function draftOf(concept: Concept): ConceptDraftValue {
  const side = (s: Concept['en']): TermSide => ({
    term: s.term,
    abbreviations: [...s.abbreviations],
    synonyms: [...s.synonyms],
    definition: s.definition,
    note: s.note,
  });
  return {
    en: side(concept.en),
    fr: side(concept.fr),
    subject: concept.subject,
    status: concept.status,
    preferredId: concept.preferred?.id ?? null,
    organizationId: concept.organization?.id ?? null,
    meanings: concept.meanings.map(({ organizationId, en, fr }) => ({ organizationId, en, fr })),
    seeAlso: concept.seeAlso.map((ref) => ref.id),
    reviewedOn: concept.reviewedOn,
  };
}

/**
 * Live concepts the probe would double: the same folded term in the same language, or one of
 * its acronyms (exactly, case included) in either language.
 */
export function findDuplicates(ctx: CoreContext, probe: DuplicateProbe): Concept[] {
  const acronyms = [...new Set([...probe.en.abbreviations, ...probe.fr.abbreviations])];
  return toConcepts(
    ctx,
    glossaryRepo(ctx.db).duplicates(
      foldForSearch(probe.en.term),
      foldForSearch(probe.fr.term),
      acronyms,
    ),
  );
}

/** The directory's agency by name or short name, ignoring case and accents (as CSV files name them). */
export function organizationByName(
  ctx: CoreContext,
  name: string,
): { id: string; name: string } | undefined {
  const organization = organizationsRepo(ctx.db).findByNameOrShortName(name);
  return organization && { id: organization.id, name: organization.name };
}

/** Each form once: acronyms exactly, synonyms folded, and no synonym repeating the term. */
function tidySide(side: TermSide): TermSide {
  const seen = new Set([foldForSearch(side.term)]);
  const synonyms = side.synonyms.filter((s) => {
    const key = foldForSearch(s) || s;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { ...side, abbreviations: [...new Set(side.abbreviations)], synonyms };
}

export function tidyDraft(draft: ConceptDraftValue): ConceptDraftValue {
  return {
    ...draft,
    en: tidySide(draft.en),
    fr: tidySide(draft.fr),
    seeAlso: [...new Set(draft.seeAlso)],
  };
}

/** What each reference problem means, for the error's message (the form shows the key). */
const EXPLAINED: Record<string, string> = {
  unknownConcept: 'refers to a concept that is not in the glossary',
  preferredSelf: 'names the concept itself as its preferred term',
  preferredDeprecated: 'names a deprecated concept as the preferred one',
  redirectedTo: 'is the preferred term of other concepts, so it cannot be deprecated',
  unknownOrganization: 'refers to an agency that is not in the directory',
  duplicateOrganization: 'gives one agency two meanings',
  seeAlsoSelf: 'links the concept to itself',
};

/**
 * What zod cannot check: the concepts and agencies the draft refers to exist, a deprecated term
 * points to a live concept that is not deprecated itself (no chains of redirects), and a concept
 * other terms point to stays undeprecated.
 */
function assertReferences(ctx: CoreContext, draft: ConceptDraftValue, selfId: string | null) {
  const repo = glossaryRepo(ctx.db);
  const organizations = organizationsRepo(ctx.db);
  const issues: ErrorIssue[] = [];
  const isLive = (id: string) => repo.get(id)?.deletedAt === null;

  if (draft.preferredId !== null) {
    const preferred = repo.get(draft.preferredId);
    const message =
      draft.preferredId === selfId
        ? 'preferredSelf'
        : preferred?.deletedAt !== null || preferred === undefined
          ? 'unknownConcept'
          : preferred.status === 'deprecated'
            ? 'preferredDeprecated'
            : null;
    if (message !== null) issues.push({ path: ['preferredId'], message });
  }
  if (selfId !== null && draft.status === 'deprecated' && repo.liveRedirecting(selfId).length > 0) {
    issues.push({ path: ['status'], message: 'redirectedTo' });
  }
  if (draft.organizationId !== null && !organizations.get(draft.organizationId)) {
    issues.push({ path: ['organizationId'], message: 'unknownOrganization' });
  }
  const agencies = new Set<string>();
  draft.meanings.forEach(({ organizationId }, index) => {
    const path = ['meanings', index, 'organizationId'];
    if (!organizations.get(organizationId)) issues.push({ path, message: 'unknownOrganization' });
    else if (agencies.has(organizationId)) issues.push({ path, message: 'duplicateOrganization' });
    agencies.add(organizationId);
  });
  draft.seeAlso.forEach((id, index) => {
    if (id === selfId) issues.push({ path: ['seeAlso', index], message: 'seeAlsoSelf' });
    else if (!isLive(id)) issues.push({ path: ['seeAlso', index], message: 'unknownConcept' });
  });

  if (issues.length > 0) {
    const [first] = issues;
    throw new AppError(
      'invalid_input',
      `The concept ${EXPLAINED[first!.message] ?? 'is not valid'} (${first!.path.join('.')}).`,
      issues,
    );
  }
}

const stored = (
  base: Omit<StoredConcept, keyof ConceptDraftValue | 'updatedAt'>,
  draft: ConceptDraftValue,
  updatedAt: number,
): StoredConcept => ({
  ...base,
  subject: draft.subject,
  status: draft.status,
  preferredId: draft.preferredId,
  organizationId: draft.organizationId,
  en: draft.en,
  fr: draft.fr,
  reviewedOn: draft.reviewedOn,
  updatedAt,
});

/** The links a concept keeps to deleted concepts: hidden, but back if the other is restored. */
const hiddenLinks = (ctx: CoreContext, id: string) => {
  const repo = glossaryRepo(ctx.db);
  return repo.linkedIds(id).filter((other) => repo.get(other)?.deletedAt !== null);
};

/** Adds a concept (checked; no transaction of its own). */
export function createConcept(
  ctx: CoreContext,
  draft: ConceptDraftValue,
  origin: TermOrigin,
  starterKey?: string,
): Concept {
  const tidy = tidyDraft(draft);
  assertReferences(ctx, tidy, null);
  const repo = glossaryRepo(ctx.db);
  const now = ctx.clock.now();
  const id = ctx.newId();
  repo.insert(
    stored(
      {
        id,
        origin,
        starterKey: starterKey ?? null,
        mergedInto: null,
        mergeUndo: null,
        deletedAt: null,
        createdAt: now,
      },
      tidy,
      now,
    ),
  );
  repo.syncMeanings(id, tidy.meanings);
  repo.syncLinks(id, tidy.seeAlso);
  return readConcept(ctx, id);
}

/** Sorted where the order is not the user's, so two drafts saying the same thing compare equal. */
const canonical = (draft: ConceptDraftValue) =>
  JSON.stringify({
    ...draft,
    meanings: [...draft.meanings].sort((a, b) => a.organizationId.localeCompare(b.organizationId)),
    seeAlso: [...draft.seeAlso].sort(),
  });

/**
 * Replaces a live concept's fields with the draft (checked; no transaction of its own). A draft
 * identical to the concept changes nothing, not even `updatedAt`.
 */
export function replaceConcept(ctx: CoreContext, id: string, draft: ConceptDraftValue): Concept {
  const current = liveRecord(ctx, id);
  const tidy = tidyDraft(draft);
  assertReferences(ctx, tidy, id);
  const before = toConcepts(ctx, [current])[0]!;
  if (canonical(draftOf(before)) === canonical(tidy)) return before;
  const repo = glossaryRepo(ctx.db);
  repo.update(stored(current, tidy, ctx.clock.now()));
  repo.syncMeanings(id, tidy.meanings);
  repo.syncLinks(id, [...tidy.seeAlso, ...hiddenLinks(ctx, id)]);
  return readConcept(ctx, id);
}

const termsOf = (refs: readonly { en: string; fr: string }[]) =>
  refs.map((r) => `“${r.en || r.fr}”`).join(', ');

/**
 * Deletes a live concept (soft: undelete restores it). Refused while live concepts redirect to
 * it: they would point to nothing; they must be changed or deleted first.
 */
export function deleteConcept(ctx: CoreContext, id: string): void {
  const current = liveRecord(ctx, id);
  const redirecting = glossaryRepo(ctx.db).liveRedirecting(id);
  if (redirecting.length > 0) {
    throw new AppError(
      'conflict',
      `“${current.en.term || current.fr.term}” is the preferred term of ${termsOf(redirecting)}: point them to another concept or delete them first.`,
    );
  }
  glossaryRepo(ctx.db).update({ ...current, deletedAt: ctx.clock.now() });
}

/** Restores a deleted concept; a live one is returned as it is. */
export function undeleteConcept(ctx: CoreContext, id: string): Concept {
  const repo = glossaryRepo(ctx.db);
  const current = found(repo.get(id), 'concept', id);
  if (current.deletedAt === null) return readConcept(ctx, id);
  if (current.mergedInto !== null) {
    throw new AppError(
      'conflict',
      'This concept was merged into another: undo the merge to bring it back.',
    );
  }
  if (current.preferredId !== null) {
    const preferred = repo.get(current.preferredId);
    if (preferred?.deletedAt !== null || preferred.status === 'deprecated') {
      throw new AppError(
        'conflict',
        `The preferred term of “${current.en.term || current.fr.term}” is deleted or deprecated now: restore it first.`,
      );
    }
  }
  repo.update({ ...current, deletedAt: null });
  return readConcept(ctx, id);
}
