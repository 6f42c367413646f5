import { ConceptDraft, type StarterStatus } from '../../../shared/contract';
import type { CoreContext } from '../context';
import { glossaryRepo } from '../db/repos/glossary';
import { settingsRepo } from '../db/repos/settings';
import { createConcept, findDuplicates, getConcept } from './concepts';
import { STARTER_TERMS, type StarterTerm } from './starter-terms';

/*
 * The starter glossary, offered on first run. Its concepts carry their entry's key
 * (`starter_key`), which makes adding idempotent; a concept whose `updatedAt` still equals its
 * `createdAt` is one nobody edited (concepts.ts keeps that true), so removing the starter
 * glossary takes exactly those and leaves the edited ones as the user's own.
 */

/** Settings row remembering that the offer was turned down. */
export const STARTER_DECLINED = 'glossary.starterDeclined';

const KEYS = new Set(STARTER_TERMS.map((t) => t.key));

/** The starter glossary's own concepts still in the glossary (deleted ones aside). */
const liveStarters = (ctx: CoreContext) =>
  glossaryRepo(ctx.db)
    .starters()
    .filter((c) => c.deletedAt === null && c.starterKey !== null && KEYS.has(c.starterKey));

export function starterStatus(ctx: CoreContext): StarterStatus {
  return {
    available: STARTER_TERMS.length,
    installed: liveStarters(ctx).length,
    declined: settingsRepo(ctx.db).readAll()[STARTER_DECLINED] === true,
  };
}

export function declineStarter(ctx: CoreContext): void {
  settingsRepo(ctx.db).write(STARTER_DECLINED, true);
}

/** See-also links as a symmetric map, so each pair is made when its second concept is added. */
function relatedKeys(): Map<string, Set<string>> {
  const related = new Map<string, Set<string>>(STARTER_TERMS.map((t) => [t.key, new Set()]));
  for (const term of STARTER_TERMS) {
    for (const other of term.seeAlso ?? []) {
      related.get(term.key)?.add(other);
      related.get(other)?.add(term.key);
    }
  }
  return related;
}

const starterDraft = (term: StarterTerm, preferredId: string | null, seeAlso: string[]) =>
  ConceptDraft.parse({
    en: term.en,
    fr: term.fr,
    subject: term.subject,
    status: term.status ?? 'preferred',
    preferredId,
    seeAlso,
  });

/**
 * Adds the entries not in the glossary yet. An entry added before is never added again, even if
 * it was deleted since (that deletion was someone's choice); an entry whose term or acronym the
 * glossary already has is left out, so nothing is doubled.
 */
export function addStarter(ctx: CoreContext): number {
  const repo = glossaryRepo(ctx.db);
  const seen = new Set(repo.starters().map((c) => c.starterKey));
  /** Concepts standing for each entry: its own, or the user's concept with its term. */
  const idOf = new Map(liveStarters(ctx).map((c) => [c.starterKey!, c.id]));
  const own = new Set(idOf.values());
  const related = relatedKeys();
  // Preferred entries first: a deprecated one points to a concept that must exist already.
  const ordered = [
    ...STARTER_TERMS.filter((t) => t.status !== 'deprecated'),
    ...STARTER_TERMS.filter((t) => t.status === 'deprecated'),
  ];
  let added = 0;
  for (const term of ordered) {
    if (seen.has(term.key)) continue;
    const probe = {
      en: { term: term.en.term, abbreviations: term.en.abbreviations ?? [] },
      fr: { term: term.fr.term, abbreviations: term.fr.abbreviations ?? [] },
    };
    const existing = findDuplicates(ctx, probe)[0];
    if (existing) {
      idOf.set(term.key, existing.id);
      continue;
    }
    let preferredId: string | null = null;
    if (term.preferred) {
      preferredId = idOf.get(term.preferred) ?? null;
      // Its replacement is gone or itself deprecated: a redirect to it would be refused.
      if (preferredId === null || getConcept(ctx, preferredId).status === 'deprecated') continue;
    }
    // Links only between the starter's own concepts: adding it never edits the user's.
    const seeAlso = [...(related.get(term.key) ?? [])]
      .map((key) => idOf.get(key))
      .filter((id): id is string => id !== undefined && own.has(id));
    const concept = createConcept(
      ctx,
      starterDraft(term, preferredId, seeAlso),
      'starter',
      term.key,
    );
    idOf.set(term.key, concept.id);
    own.add(concept.id);
    added++;
  }
  return added;
}

/**
 * Removes the starter concepts nobody edited, erasing them (so adding the starter glossary again
 * brings them back). Kept, and counted as kept, whatever erasing would silently damage: an edited
 * one (it is the user's own now), and an unedited one that another concept staying in the
 * glossary — live or deleted, since undeleting brings it back as it was — names as its preferred
 * term (the redirect would point to nothing) or, for the user's own or imported concepts, lists
 * under "see also" (the link would vanish). Links between the starter's own concepts are its own
 * to take.
 *
 * Removing it also turns the first-run offer down: the glossary would otherwise offer it again
 * at once, as to a new user. Adding it back stays one menu command away.
 */
export function removeStarter(ctx: CoreContext): { removed: number; kept: number } {
  const repo = glossaryRepo(ctx.db);
  const starters = liveStarters(ctx);
  const removable = new Set(starters.filter((c) => c.updatedAt === c.createdAt).map((c) => c.id));
  const origin = (id: string) => repo.get(id)?.origin;
  const stays = (id: string) => !removable.has(id);
  const needed = (id: string) =>
    repo.redirecting(id).some(stays) ||
    repo.linkedIds(id).some((other) => stays(other) && origin(other) !== 'starter');
  // Keeping one may make it need others (it redirects or links to them): until nothing moves.
  for (let changed = true; changed;) {
    changed = false;
    for (const id of removable) {
      if (needed(id)) {
        removable.delete(id);
        changed = true;
      }
    }
  }
  for (const id of removable) repo.remove(id);
  declineStarter(ctx);
  return { removed: removable.size, kept: starters.length - removable.size };
}
