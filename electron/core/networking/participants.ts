/**
 * Adding people to a session, whether at setup, from a CSV file or as a late arrival (the run
 * handlers' `arrive` uses the same three steps):
 * - resolveParticipant(ctx, draft) → ResolvedParticipant   directory name and agency filled in
 * - assertNotListed(ctx, meetingId, resolved, exceptId?)   conflict for the same person twice
 * - insertParticipant(ctx, meetingId, resolved, { fromRound }) → ParticipantRecord
 * - assertRoomFor(ctx, meetingId, count)                   at most MAX_PARTICIPANTS
 */
import type { z } from 'zod';
import { MAX_PARTICIPANTS, type ParticipantDraft } from '../../../shared/contract/networking';
import { nameKey } from '../../../shared/domain/search-text';
import { AppError } from '../../../shared/errors';
import type { CoreContext } from '../context';
import { networkingRepo, type ParticipantRecord } from '../db/repos/networking';
import { organizationsRepo } from '../db/repos/organizations';
import { peopleRepo } from '../db/repos/people';
import { found } from '../handlers/require';

export interface ResolvedParticipant {
  personId: string | null;
  name: string;
  organizationId: string | null;
  agency: string;
  host: boolean;
  present: boolean;
}

type Draft = z.output<typeof ParticipantDraft>;

/** The directory's current organization of a person (their most recent open job), if any. */
function currentOrganization(ctx: CoreContext, personId: string) {
  const job = peopleRepo(ctx.db)
    .membershipsOfPerson(personId)
    .find((m) => m.endDate === null);
  return job ? organizationsRepo(ctx.db).get(job.organizationId) : undefined;
}

/**
 * Someone typed in whose name and agency match exactly one person currently working at that
 * directory organization is that person: their history then follows them from session to session.
 */
function directoryPersonAt(ctx: CoreContext, name: string, organizationId: string) {
  const key = nameKey(name);
  const matches = peopleRepo(ctx.db)
    .membershipsOfOrganization(organizationId)
    .filter((m) => m.endDate === null && nameKey(m.personName) === key);
  const ids = new Set(matches.map((m) => m.personId));
  return ids.size === 1 ? [...ids][0]! : null;
}

/**
 * Fills in a draft: a directory person gives the name and (unless another is chosen) the agency
 * of their current job; an organization id gives the agency's name; an agency typed that matches
 * a directory organization (name or short name, accents and case aside) is linked to it.
 */
export function resolveParticipant(ctx: CoreContext, draft: Draft): ResolvedParticipant {
  const orgs = organizationsRepo(ctx.db);
  let { personId, organizationId } = draft;
  let name = draft.name.trim();
  let agency = draft.agency.trim();
  if (personId) {
    const person = found(peopleRepo(ctx.db).get(personId), 'person', personId);
    if (!name) name = person.name;
    if (!organizationId && !agency)
      organizationId = currentOrganization(ctx, person.id)?.id ?? null;
  }
  if (organizationId) {
    const org = found(orgs.get(organizationId), 'organization', organizationId);
    if (!agency) agency = org.name;
  } else if (agency) {
    const org = orgs.findByNameOrShortName(agency);
    if (org) {
      organizationId = org.id;
      agency = org.name;
    }
  }
  if (!name) {
    throw new AppError(
      'invalid_input',
      'Enter the participant’s name or pick them from the directory.',
      [{ path: ['participant', 'name'], message: 'required' }],
    );
  }
  if (!personId && organizationId) personId = directoryPersonAt(ctx, name, organizationId);
  return { personId, name, organizationId, agency, host: draft.host, present: draft.present };
}

/** The identity of a participant for duplicate checks: their directory id, else name + agency. */
export const listedKeys = (p: { personId: string | null; name: string; agency: string }) => ({
  person: p.personId,
  nameAgency: `${nameKey(p.name)}|${nameKey(p.agency)}`,
});

/** The participant already on the list who is this one, if any. */
export function alreadyListed(
  participants: readonly ParticipantRecord[],
  p: { personId: string | null; name: string; agency: string },
  exceptId?: string,
): ParticipantRecord | undefined {
  const keys = listedKeys(p);
  return participants.find(
    (other) =>
      other.id !== exceptId &&
      ((keys.person !== null && other.personId === keys.person) ||
        listedKeys(other).nameAgency === keys.nameAgency),
  );
}

export function assertNotListed(
  ctx: CoreContext,
  meetingId: string,
  p: { personId: string | null; name: string; agency: string },
  exceptId?: string,
): void {
  const clash = alreadyListed(networkingRepo(ctx.db).participants(meetingId), p, exceptId);
  if (clash) {
    throw new AppError('conflict', `${clash.name} is already on the participant list.`, [
      { path: ['participant', 'name'], message: 'alreadyParticipant' },
    ]);
  }
}

export function assertRoomFor(ctx: CoreContext, meetingId: string, count: number): void {
  if (networkingRepo(ctx.db).participants(meetingId).length + count > MAX_PARTICIPANTS) {
    throw new AppError(
      'invalid_input',
      `A session can have at most ${MAX_PARTICIPANTS} participants.`,
      [{ path: ['participant'], message: 'tooManyParticipants' }],
    );
  }
}

/** Appends to the list; `fromRound` is 1 at setup, the next round for a late arrival. */
export function insertParticipant(
  ctx: CoreContext,
  meetingId: string,
  p: ResolvedParticipant,
  options: { fromRound: number },
): ParticipantRecord {
  const repo = networkingRepo(ctx.db);
  const record: ParticipantRecord = {
    id: ctx.newId(),
    meetingId,
    ...p,
    fromRound: options.fromRound,
    leftAfterRound: null,
    position: repo.nextPosition(meetingId),
  };
  repo.insertParticipant(record, ctx.clock.now());
  return record;
}
