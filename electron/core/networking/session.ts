/**
 * The speed-networking session service: what every networking handler builds on.
 *
 * Exports (signatures kept stable for the run and export handlers):
 * - DEFAULT_FORMAT                                    defaults of a new session (seed from the clock)
 * - sessionRecord(ctx, meetingId) → { meeting, session }   creates the session on first use;
 *       not_found for no meeting, invalid_input for a meeting of another kind
 * - readSession(ctx, meetingId) → NetworkingSession   the contract's view (advice, plan, run, undo…)
 * - participantsOf(ctx, meetingId) → ParticipantRecord[]    in list order
 * - isSeated(p)                                       present and not gone: who the plan seats
 * - orgKeys(participants) → Map<id, org key | undefined>    what same-agency separation compares
 * - contactKey(p) / contactPair(a, b)                 networking_contacts keys (`p:` / `n:`), a < b
 * - nextPlanRound(session, rounds) → number           the first round a re-plan may change
 * - planInput(ctx, meetingId, { fromRound }) → { input, key, fromRound }
 * - planKey(ctx, meetingId) → string                  the current inputs' key (staleness)
 * - storePlan(ctx, meetingId, { fromRound, plan, key })   replaces the unheld rounds from fromRound
 * - replan(ctx, meetingId, fromRound?)                planInput + planRotation + storePlan
 * - suggestedRounds(ctx, meetingId) / withSuggestedRounds(ctx, meetingId, change)
 * - assertSetup(session, message)                     conflict once the event has started
 * Callers run these inside their writer('networking') transaction; none of them emits.
 * Adding someone (setup, CSV, late arrival): ./participants.ts (resolveParticipant,
 * assertNotListed, assertRoomFor, insertParticipant).
 *
 * Rounds are "held" once they start: the run handlers mark a round held when it begins, and a
 * re-plan never changes a round numbered at or before `session.round` either way.
 *
 * Planning runs in the core, which is never on the UI thread: in the desktop app the core lives
 * in the Electron main process and the renderer (its own process) awaits it over IPC; in browser
 * mode it lives in the web host. A 60-person, 8-round plan in tables of 4 takes well under a
 * second; the search's effort is capped (rotation.ts SEARCH_BUDGET, about a quarter second), so
 * the main process is never busy long enough to delay the timer or window handling noticeably.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { NetworkingFormat, NetworkingSession, PlannedRound } from '../../../shared/contract';
import { adviseRounds } from '../../../shared/domain/rotation-advice';
import {
  planRotation,
  type RotationInput,
  type RotationPlan,
} from '../../../shared/domain/rotation';
import { nameKey } from '../../../shared/domain/search-text';
import { MAX_ROUNDS } from '../../../shared/contract/networking';
import { AppError } from '../../../shared/errors';
import type { CoreContext } from '../context';
import { meetingsRepo, type MeetingRecord } from '../db/repos/meetings';
import { networkingRepo, type ParticipantRecord, type SessionRecord } from '../db/repos/networking';
import { found } from '../handlers/require';

/**
 * A new session: pairs, 7-minute rounds with a one-minute switch, rules on. `rounds` starts at 1
 * and then follows the suggestion (see withSuggestedRounds) until the facilitator sets it.
 */
export const DEFAULT_FORMAT: Omit<NetworkingFormat, 'seed'> = {
  groupSize: 2,
  rounds: 1,
  roundSeconds: 7 * 60,
  switchSeconds: 60,
  autoAdvance: true,
  separateSameOrg: true,
  useHistory: true,
};

const SEED_RANGE = 2 ** 31 - 1;

export function sessionRecord(
  ctx: CoreContext,
  meetingId: string,
): { meeting: MeetingRecord; session: SessionRecord } {
  const meeting = found(meetingsRepo(ctx.db).get(meetingId), 'meeting', meetingId);
  if (meeting.kind !== 'speed_networking') {
    throw new AppError('invalid_input', 'This meeting is not a speed-networking session.', [
      { path: ['meetingId'], message: 'notNetworking' },
    ]);
  }
  const repo = networkingRepo(ctx.db);
  let session = repo.session(meetingId);
  if (!session) {
    // The clock gives each session its own seed (and tests, with a fake clock, a fixed one).
    const seed = Math.floor(ctx.clock.now() / 1000) % SEED_RANGE;
    repo.insertSession(meetingId, { ...DEFAULT_FORMAT, seed }, ctx.clock.now());
    session = found(repo.session(meetingId), 'networking session', meetingId);
  }
  return { meeting, session };
}

export const participantsOf = (ctx: CoreContext, meetingId: string): ParticipantRecord[] =>
  networkingRepo(ctx.db).participants(meetingId);

/** Who the plan seats: checked in and not gone. */
export const isSeated = (p: { present: boolean; leftAfterRound: number | null }) =>
  p.present && p.leftAfterRound === null;

/**
 * The agency same-agency separation compares: the directory organization when linked, else the
 * agency's name folded — and a typed name that folds like a linked participant's agency joins
 * that organization, so "CLSC Nord" typed by hand and picked from the directory are one agency.
 */
export function orgKeys(
  participants: readonly ParticipantRecord[],
): Map<string, string | undefined> {
  const byName = new Map<string, string>();
  for (const p of participants) {
    if (p.organizationId && p.agency.trim()) byName.set(nameKey(p.agency), `o:${p.organizationId}`);
  }
  return new Map(
    participants.map((p) => {
      if (p.organizationId) return [p.id, `o:${p.organizationId}`];
      if (!p.agency.trim()) return [p.id, undefined];
      const folded = nameKey(p.agency);
      return [p.id, byName.get(folded) ?? `a:${folded}`];
    }),
  );
}

/** A person's name across sessions (see migration 0005): the directory's id, else name + agency. */
export const contactKey = (p: { personId: string | null; name: string; agency: string }) =>
  p.personId ? `p:${p.personId}` : `n:${nameKey(p.name)}|${nameKey(p.agency)}`;

/**
 * A contact row's keys in SQLite's order: its CHECK (a_key < b_key) compares UTF-8 bytes, which
 * JavaScript's `<` (UTF-16 units) does not always agree with.
 */
export function contactPair(
  a: { personId: string | null; name: string; agency: string },
  b: { personId: string | null; name: string; agency: string },
): [string, string] {
  const x = contactKey(a);
  const y = contactKey(b);
  return Buffer.compare(Buffer.from(x), Buffer.from(y)) < 0 ? [x, y] : [y, x];
}

/** The first round a plan may change: after the round on now and after every held round. */
export function nextPlanRound(session: SessionRecord, rounds: readonly PlannedRound[]): number {
  const lastHeld = Math.max(0, ...rounds.filter((r) => r.held).map((r) => r.number));
  return Math.max(session.round, lastHeld) + 1;
}

function pairsAtTables(rounds: readonly PlannedRound[]): [string, string][] {
  const pairs: [string, string][] = [];
  for (const round of rounds) {
    for (const table of round.tables) {
      for (let i = 0; i < table.length; i++) {
        for (let j = i + 1; j < table.length; j++) pairs.push([table[i]!, table[j]!]);
      }
    }
  }
  return pairs;
}

/** Pairs from the series' earlier events, as pairs of this session's participant ids. */
function seriesHistory(
  ctx: CoreContext,
  meeting: MeetingRecord,
  participants: readonly ParticipantRecord[],
): [string, string][] {
  if (!meeting.seriesId) return [];
  const idsByKey = new Map<string, string[]>();
  for (const p of participants) {
    const key = contactKey(p);
    idsByKey.set(key, [...(idsByKey.get(key) ?? []), p.id]);
  }
  const pairs: [string, string][] = [];
  for (const [a, b] of networkingRepo(ctx.db).seriesContacts(meeting.seriesId, meeting.id)) {
    for (const x of idsByKey.get(a) ?? []) {
      for (const y of idsByKey.get(b) ?? []) pairs.push([x, y]);
    }
  }
  return pairs;
}

/** The inputs that decide a plan, bar history: a change to any of them makes the plan stale. */
function keyOf(
  format: NetworkingFormat,
  seated: readonly ParticipantRecord[],
  orgs: Map<string, string | undefined>,
  keepApart: readonly [string, string][],
): string {
  const fingerprint = JSON.stringify({
    people: seated.map((p) => [p.id, orgs.get(p.id) ?? null, p.host]),
    groupSize: format.groupSize,
    rounds: format.rounds,
    separateSameOrg: format.separateSameOrg,
    useHistory: format.useHistory,
    seed: format.seed,
    keepApart: keepApart.map(([a, b]) => (a < b ? `${a} ${b}` : `${b} ${a}`)).sort(),
  });
  return createHash('sha256').update(fingerprint).digest('hex').slice(0, 32);
}

function seatedKeepApart(session: SessionRecord, seatedIds: ReadonlySet<string>) {
  return session.keepApart.filter(([a, b]) => seatedIds.has(a) && seatedIds.has(b));
}

export function planKey(ctx: CoreContext, meetingId: string): string {
  const { session } = sessionRecord(ctx, meetingId);
  const all = participantsOf(ctx, meetingId);
  const seated = all.filter(isSeated);
  const ids = new Set(seated.map((p) => p.id));
  return keyOf(session.format, seated, orgKeys(all), seatedKeepApart(session, ids));
}

/**
 * The planner's input for rounds `fromRound`..format.rounds: the seated participants (hosts
 * included), their agencies, kept-apart pairs, and as history the pairs already seated in earlier
 * rounds of this event plus, with `useHistory`, those who met at the series' earlier events.
 */
export function planInput(
  ctx: CoreContext,
  meetingId: string,
  options: { fromRound: number },
): { input: RotationInput; key: string; fromRound: number } {
  const { meeting, session } = sessionRecord(ctx, meetingId);
  const { format } = session;
  const all = participantsOf(ctx, meetingId);
  const seated = all.filter(isSeated);
  const ids = new Set(seated.map((p) => p.id));
  const orgs = orgKeys(all);
  const keepApart = seatedKeepApart(session, ids);
  const earlier = networkingRepo(ctx.db)
    .rounds(meetingId)
    .filter((r) => r.number < options.fromRound);
  const history = [
    ...pairsAtTables(earlier),
    ...(format.useHistory ? seriesHistory(ctx, meeting, seated) : []),
  ].filter(([a, b]) => ids.has(a) && ids.has(b));
  const seen = new Set<string>();
  const uniqueHistory = history.filter(([a, b]) => {
    const k = a < b ? `${a} ${b}` : `${b} ${a}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  const input: RotationInput = {
    participants: seated.map((p) => {
      const org = orgs.get(p.id);
      return { id: p.id, ...(org ? { org } : {}), ...(p.host ? { host: true } : {}) };
    }),
    groupSize: format.groupSize,
    rounds: Math.max(0, format.rounds - options.fromRound + 1),
    separateSameOrg: format.separateSameOrg,
    keepApart,
    history: uniqueHistory,
    seed: format.seed,
  };
  return { input, key: keyOf(format, seated, orgs, keepApart), fromRound: options.fromRound };
}

/** Replaces the rounds from `fromRound` on (held ones stay) and records the plan's figures. */
export function storePlan(
  ctx: CoreContext,
  meetingId: string,
  planned: { fromRound: number; plan: RotationPlan; key: string },
): void {
  const repo = networkingRepo(ctx.db);
  const now = ctx.clock.now();
  repo.removeUnheldRoundsFrom(meetingId, planned.fromRound);
  planned.plan.rounds.forEach((round, i) =>
    repo.insertRound(meetingId, {
      number: planned.fromRound + i,
      tables: round.tables,
      sittingOut: round.sittingOut,
      held: false,
    }),
  );
  repo.setPlanMeta(
    meetingId,
    {
      repeats: planned.plan.repeats,
      violations: planned.plan.violations,
      plannedAt: now,
      key: planned.key,
    },
    now,
  );
}

/** Plans every round from `fromRound` (default: the first not yet held) and stores it. */
export function replan(ctx: CoreContext, meetingId: string, fromRound?: number): void {
  const { session } = sessionRecord(ctx, meetingId);
  const from = fromRound ?? nextPlanRound(session, networkingRepo(ctx.db).rounds(meetingId));
  const { input, key } = planInput(ctx, meetingId, { fromRound: from });
  storePlan(ctx, meetingId, { fromRound: from, plan: planRotation(input), key });
}

function adviceOf(format: NetworkingFormat, participants: readonly ParticipantRecord[]) {
  const seated = participants.filter(isSeated);
  const orgs = orgKeys(participants);
  const sizes = new Map<string, number>();
  for (const p of seated) {
    const org = orgs.get(p.id);
    if (org) sizes.set(org, (sizes.get(org) ?? 0) + 1);
  }
  return adviseRounds({
    people: seated.length,
    groupSize: format.groupSize,
    agencySizes: [...sizes.values()],
    separateSameOrg: format.separateSameOrg,
  });
}

/**
 * The number of rounds a new session offers: the most without anyone meeting twice (the advice),
 * but no more than fit in the meeting's scheduled time — 59 rounds for 60 people in pairs is the
 * truth, not a plan — and at least 1.
 */
export function suggestedRounds(ctx: CoreContext, meetingId: string): number {
  const { meeting, session } = sessionRecord(ctx, meetingId);
  const { format } = session;
  const advice = adviceOf(format, participantsOf(ctx, meetingId));
  const seconds = (meeting.endsAt - meeting.startsAt) / 1000;
  const fit =
    seconds > 0
      ? Math.floor((seconds + format.switchSeconds) / (format.roundSeconds + format.switchSeconds))
      : MAX_ROUNDS;
  return Math.min(MAX_ROUNDS, Math.max(1, Math.min(advice.rounds, fit)));
}

/**
 * Runs a setup change; if the rounds were left at the suggestion, they follow the new one. Setting
 * the rounds by hand to anything else stops that — the database keeps no separate flag, so a
 * number the facilitator typed that happens to equal the suggestion keeps following it.
 */
export function withSuggestedRounds<T>(ctx: CoreContext, meetingId: string, change: () => T): T {
  const before = sessionRecord(ctx, meetingId).session;
  const suggestedBefore = suggestedRounds(ctx, meetingId);
  const result = change();
  const after = sessionRecord(ctx, meetingId).session;
  if (
    after.phase === 'setup' &&
    after.format.rounds === before.format.rounds &&
    before.format.rounds === suggestedBefore
  ) {
    const suggested = suggestedRounds(ctx, meetingId);
    if (suggested !== after.format.rounds) {
      networkingRepo(ctx.db).updateFormat(
        meetingId,
        { ...after.format, rounds: suggested },
        ctx.clock.now(),
      );
    }
  }
  return result;
}

/** Refuses a setup-only change once the event has started. */
export function assertSetup(session: SessionRecord, message: string): void {
  if (session.phase !== 'setup') {
    throw new AppError('conflict', message, [{ path: ['meetingId'], message: 'eventStarted' }]);
  }
}

const UndoSummary = z.object({ kind: z.enum(['arrival', 'departure']), name: z.string() });

export function readSession(ctx: CoreContext, meetingId: string): NetworkingSession {
  const { meeting, session } = sessionRecord(ctx, meetingId);
  const repo = networkingRepo(ctx.db);
  const all = participantsOf(ctx, meetingId);
  const seated = all.filter(isSeated);
  const ids = new Set(seated.map((p) => p.id));
  const currentKey = keyOf(session.format, seated, orgKeys(all), seatedKeepApart(session, ids));
  let undo: NetworkingSession['undo'] = null;
  if (session.undo !== null) {
    try {
      const parsed = UndoSummary.safeParse(JSON.parse(session.undo));
      undo = parsed.success ? { kind: parsed.data.kind, name: parsed.data.name } : null;
    } catch {
      undo = null;
    }
  }
  // Counted whether or not `useHistory` is on, so the setup screen can say what it would avoid.
  const history = new Set(
    seriesHistory(ctx, meeting, seated).map(([a, b]) => (a < b ? `${a} ${b}` : `${b} ${a}`)),
  );
  return {
    meetingId,
    meetingTitle: meeting.title,
    seriesId: meeting.seriesId,
    format: session.format,
    advice: adviceOf(session.format, all),
    participants: all.map((p) => ({
      id: p.id,
      personId: p.personId,
      name: p.name,
      organizationId: p.organizationId,
      agency: p.agency,
      host: p.host,
      present: p.present,
      fromRound: p.fromRound,
      leftAfterRound: p.leftAfterRound,
    })),
    keepApart: session.keepApart,
    plan: session.plan
      ? {
          rounds: repo.rounds(meetingId),
          repeats: session.plan.repeats,
          violations: session.plan.violations,
          plannedAt: session.plan.plannedAt,
        }
      : null,
    planStale: session.plan !== null && session.plan.key !== currentKey,
    run: {
      phase: session.phase,
      round: session.round,
      timer: meeting.status === 'in_progress' ? meeting.timer : null,
    },
    undo,
    historyPairs: history.size,
  };
}
