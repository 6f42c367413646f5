/**
 * Live changes during an event: a late arrival, a departure, and undoing the last of them. Each
 * re-plans the rounds not yet held (held ones are history the planner works around), after keeping
 * in the session's `undo` exactly what it changes: the participant's seating as it was (or no row),
 * the unheld rounds and the plan's figures. Callers run these inside their write.
 */
import { z } from 'zod';
import { Participant, type ParticipantDraft, PlannedRound } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import type { CoreContext } from '../context';
import { networkingRepo, type ParticipantRecord, type SessionRecord } from '../db/repos/networking';
import {
  alreadyListed,
  assertRoomFor,
  insertParticipant,
  resolveParticipant,
} from './participants';
import { isSeated, nextPlanRound, planKey, replan, sessionRecord } from './session';

const Snapshot = z.object({
  kind: z.enum(['arrival', 'departure']),
  name: z.string(),
  /** The first round the change re-planned: once it starts, the change is history. */
  fromRound: z.number().int(),
  participantId: z.string(),
  /** The row as it was (only its seating is put back); null when the change added it. */
  before: Participant.extend({ meetingId: z.string(), position: z.number().int() }).nullable(),
  rounds: z.array(PlannedRound),
  plan: z
    .object({
      repeats: z.number().int(),
      violations: z.number().int(),
      plannedAt: z.number(),
      key: z.string(),
    })
    .nullable(),
  /** The plan's inputs right after the change: anything else changing them since forbids undo. */
  keyAfter: z.string(),
});
type Snapshot = z.infer<typeof Snapshot>;

type Draft = z.output<typeof ParticipantDraft>;

function assertLive(session: SessionRecord, what: 'arrive' | 'leave'): void {
  if (session.phase === 'done') {
    throw new AppError('conflict', 'All rounds are over: nobody can join or leave the plan now.', [
      { path: ['meetingId'], message: 'eventOver' },
    ]);
  }
  if (session.phase === 'setup' && what === 'leave') {
    throw new AppError(
      'conflict',
      'The event has not started: uncheck them at check-in, or remove them from the list.',
      [{ path: ['id'], message: 'eventNotStarted' }],
    );
  }
}

/** Runs a change that re-plans from the next unheld round, keeping what it needs to undo. */
function change(
  ctx: CoreContext,
  meetingId: string,
  describe: { kind: Snapshot['kind']; name: string },
  apply: (fromRound: number) => { participantId: string; before: ParticipantRecord | null },
): void {
  const repo = networkingRepo(ctx.db);
  const { session } = sessionRecord(ctx, meetingId);
  const rounds = repo.rounds(meetingId);
  const fromRound = nextPlanRound(session, rounds);
  const kept = {
    rounds: rounds.filter((r) => r.number >= fromRound && !r.held),
    plan: session.plan,
  };
  const { participantId, before } = apply(fromRound);
  // Before the first plan there is nothing to re-plan: the setup screen plans when asked.
  if (session.plan !== null) replan(ctx, meetingId, fromRound);
  const snapshot: Snapshot = {
    ...describe,
    fromRound,
    participantId,
    before,
    ...kept,
    keyAfter: planKey(ctx, meetingId),
  };
  repo.setUndo(meetingId, JSON.stringify(snapshot));
}

/**
 * A late arrival, seated from the next round. Someone already on the list who was not seated
 * (absent at check-in, or gone and back) is seated again rather than listed twice.
 */
export function arrive(ctx: CoreContext, meetingId: string, draft: Draft): void {
  const { session } = sessionRecord(ctx, meetingId);
  assertLive(session, 'arrive');
  const resolved = { ...resolveParticipant(ctx, draft), present: true };
  const listed = alreadyListed(networkingRepo(ctx.db).participants(meetingId), resolved);
  if (listed && isSeated(listed)) {
    throw new AppError('conflict', `${listed.name} is already seated in the coming rounds.`, [
      { path: ['participant', 'name'], message: 'alreadyParticipant' },
    ]);
  }
  // In the last round there is no round left to seat them in: accepting them would seat nobody.
  if (nextPlanRound(session, networkingRepo(ctx.db).rounds(meetingId)) > session.format.rounds) {
    throw new AppError('conflict', 'This is the last round: no round is left to seat them in.', [
      { path: ['participant'], message: 'noRoundLeft' },
    ]);
  }
  if (!listed) assertRoomFor(ctx, meetingId, 1);
  change(ctx, meetingId, { kind: 'arrival', name: listed?.name ?? resolved.name }, (fromRound) => {
    if (!listed) {
      const added = insertParticipant(ctx, meetingId, resolved, { fromRound });
      return { participantId: added.id, before: null };
    }
    networkingRepo(ctx.db).updateParticipant({
      ...listed,
      present: true,
      // Back after leaving: they took part from where they did; absent at check-in: from now.
      fromRound: listed.leftAfterRound === null ? fromRound : listed.fromRound,
      leftAfterRound: null,
    });
    return { participantId: listed.id, before: listed };
  });
}

/** Someone leaves: they are in the rounds held so far, and in none to come. */
export function depart(ctx: CoreContext, participant: ParticipantRecord): void {
  const { meetingId } = participant;
  const { session } = sessionRecord(ctx, meetingId);
  assertLive(session, 'leave');
  if (!isSeated(participant)) {
    const why = participant.present ? 'has already left' : 'was not checked in';
    throw new AppError('conflict', `${participant.name} ${why}: nothing to change.`, [
      { path: ['id'], message: 'notSeated' },
    ]);
  }
  change(ctx, meetingId, { kind: 'departure', name: participant.name }, (fromRound) => {
    networkingRepo(ctx.db).updateParticipant({ ...participant, leftAfterRound: fromRound - 1 });
    return { participantId: participant.id, before: participant };
  });
}

/**
 * Puts the participant's seating (checked in, first and last round; or no row, for someone the
 * arrival added) and the unheld rounds back as they were. Only while the rounds it re-planned are
 * still to come, and nothing else changed the plan since. A rename, agency or pairs kept apart
 * edited since stay as they are now: the change did not make them.
 */
export function undoChange(ctx: CoreContext, meetingId: string): void {
  const repo = networkingRepo(ctx.db);
  const { session } = sessionRecord(ctx, meetingId);
  const snapshot = parseSnapshot(session.undo);
  if (!snapshot) {
    throw new AppError(
      'conflict',
      'There is no arrival or departure to undo (a change can be undone until the next round starts).',
      [{ path: ['meetingId'], message: 'nothingToUndo' }],
    );
  }
  const who = snapshot.name;
  const what = snapshot.kind === 'arrival' ? `${who}’s arrival` : `${who}’s departure`;
  if (nextPlanRound(session, repo.rounds(meetingId)) !== snapshot.fromRound) {
    throw new AppError(
      'conflict',
      `Round ${snapshot.fromRound} has started since ${what}, and was seated with it: it can no longer be undone. ` +
        (snapshot.kind === 'arrival'
          ? `Use “Leaves” for ${who}.`
          : `Add ${who} again if they are back.`),
      [{ path: ['meetingId'], message: 'undoRoundStarted' }],
    );
  }
  if (planKey(ctx, meetingId) !== snapshot.keyAfter) {
    throw new AppError(
      'conflict',
      `The participants, rules or format changed after ${what}: undoing it now would lose that. ` +
        (snapshot.kind === 'arrival'
          ? `Use “Leaves” for ${who}.`
          : `Add ${who} again if they are back.`),
      [{ path: ['meetingId'], message: 'undoChangedSince' }],
    );
  }
  const now = ctx.clock.now();
  const { before, participantId } = snapshot;
  const current = repo.participant(participantId);
  if (before && current) {
    const { present, fromRound, leftAfterRound } = before;
    repo.updateParticipant({ ...current, present, fromRound, leftAfterRound });
  } else if (!before) {
    repo.removeParticipant(participantId);
    const left = session.keepApart.filter((pair) => !pair.includes(participantId));
    if (left.length !== session.keepApart.length) repo.setKeepApart(meetingId, left, now);
  }
  repo.removeUnheldRoundsFrom(meetingId, snapshot.fromRound);
  for (const round of snapshot.rounds) repo.insertRound(meetingId, round);
  repo.setPlanMeta(meetingId, snapshot.plan, now);
  repo.setUndo(meetingId, null);
}

function parseSnapshot(json: string | null): Snapshot | null {
  if (json === null) return null;
  try {
    const parsed = Snapshot.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
