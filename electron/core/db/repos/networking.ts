import type {
  NetworkingFormat,
  NetworkingPhase,
  Participant,
  PlannedRound,
} from '../../../../shared/contract';
import type { Db } from '../open';
import { perDb } from './per-db';

/** A session row: the format, rules, run position and what the stored plan was made from. */
export interface SessionRecord {
  meetingId: string;
  format: NetworkingFormat;
  keepApart: [string, string][];
  phase: NetworkingPhase;
  /** The round on (or just ended, during a switch); 0 before the first. */
  round: number;
  /** Null until planned. */
  plan: PlanMeta | null;
  /** The raw `undo` JSON (written by the run handlers), or null. */
  undo: string | null;
  createdAt: number;
  updatedAt: number;
}

export interface PlanMeta {
  repeats: number;
  violations: number;
  plannedAt: number;
  /** What the plan was made from (see session.ts planKey). */
  key: string;
}

/** A participant with the meeting it belongs to and its place in the list. */
export interface ParticipantRecord extends Participant {
  meetingId: string;
  position: number;
}

/** One pair who shared a table at a finished event; keys as in the migration's comment. */
export interface ContactRow {
  meetingId: string;
  seriesId: string | null;
  aKey: string;
  bKey: string;
  round: number;
}

interface SessionRow {
  meeting_id: string;
  group_size: number;
  rounds: number;
  round_seconds: number;
  switch_seconds: number;
  auto_advance: number;
  separate_same_org: number;
  use_history: number;
  seed: number;
  keep_apart: string;
  phase: NetworkingPhase;
  round: number;
  plan_repeats: number | null;
  plan_violations: number | null;
  planned_at: number | null;
  plan_key: string | null;
  undo: string | null;
  created_at: number;
  updated_at: number;
}

interface ParticipantRow {
  id: string;
  meeting_id: string;
  person_id: string | null;
  organization_id: string | null;
  name: string;
  agency: string;
  host: number;
  present: number;
  from_round: number;
  left_after_round: number | null;
  position: number;
}

interface RoundRow {
  number: number;
  tables: string;
  sitting_out: string;
  held: number;
}

/** Stored JSON lists are the app's own; a hand-edited one reads as empty rather than crashing. */
function parseJson<T>(text: string, valid: (v: unknown) => v is T, fallback: T): T {
  try {
    const value: unknown = JSON.parse(text);
    return valid(value) ? value : fallback;
  } catch {
    return fallback;
  }
}

const isStringPairs = (v: unknown): v is [string, string][] =>
  Array.isArray(v) &&
  v.every(
    (p) =>
      Array.isArray(p) && p.length === 2 && typeof p[0] === 'string' && typeof p[1] === 'string',
  );
const isStrings = (v: unknown): v is string[] =>
  Array.isArray(v) && v.every((s) => typeof s === 'string');
const isTables = (v: unknown): v is string[][] => Array.isArray(v) && v.every(isStrings);

const toSession = (r: SessionRow): SessionRecord => ({
  meetingId: r.meeting_id,
  format: {
    groupSize: r.group_size,
    rounds: r.rounds,
    roundSeconds: r.round_seconds,
    switchSeconds: r.switch_seconds,
    autoAdvance: r.auto_advance === 1,
    separateSameOrg: r.separate_same_org === 1,
    useHistory: r.use_history === 1,
    seed: r.seed,
  },
  keepApart: parseJson(r.keep_apart, isStringPairs, []),
  phase: r.phase,
  round: r.round,
  plan:
    r.planned_at === null
      ? null
      : {
          repeats: r.plan_repeats ?? 0,
          violations: r.plan_violations ?? 0,
          plannedAt: r.planned_at,
          key: r.plan_key ?? '',
        },
  undo: r.undo,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const toParticipant = (r: ParticipantRow): ParticipantRecord => ({
  id: r.id,
  meetingId: r.meeting_id,
  personId: r.person_id,
  name: r.name,
  organizationId: r.organization_id,
  agency: r.agency,
  host: r.host === 1,
  present: r.present === 1,
  fromRound: r.from_round,
  leftAfterRound: r.left_after_round,
  position: r.position,
});

const participantParams = (p: ParticipantRecord) => ({
  id: p.id,
  meetingId: p.meetingId,
  personId: p.personId,
  organizationId: p.organizationId,
  name: p.name,
  agency: p.agency,
  host: p.host ? 1 : 0,
  present: p.present ? 1 : 0,
  fromRound: p.fromRound,
  leftAfterRound: p.leftAfterRound,
  position: p.position,
});

const toRound = (r: RoundRow): PlannedRound => ({
  number: r.number,
  tables: parseJson(r.tables, isTables, []),
  sittingOut: parseJson(r.sitting_out, isStrings, []),
  held: r.held === 1,
});

const SESSION_COLUMNS = `meeting_id, group_size, rounds, round_seconds, switch_seconds, auto_advance,
  separate_same_org, use_history, seed, keep_apart, phase, round, plan_repeats, plan_violations,
  planned_at, plan_key, undo, created_at, updated_at`;
const PARTICIPANT_COLUMNS = `id, meeting_id, person_id, organization_id, name, agency, host, present,
  from_round, left_after_round, position`;

/** Statements for networking_sessions, _participants, _rounds and _contacts. No rules here. */
export const networkingRepo = perDb((db: Db) => {
  const sessionById = db.prepare<[string], SessionRow>(
    `SELECT ${SESSION_COLUMNS} FROM networking_sessions WHERE meeting_id = ?`,
  );
  const insertSession = db.prepare(`
    INSERT INTO networking_sessions (meeting_id, group_size, rounds, round_seconds, switch_seconds,
      auto_advance, separate_same_org, use_history, seed, created_at, updated_at)
    VALUES (:meetingId, :groupSize, :rounds, :roundSeconds, :switchSeconds, :autoAdvance,
      :separateSameOrg, :useHistory, :seed, :now, :now)`);
  const updateFormat = db.prepare(`
    UPDATE networking_sessions SET group_size = :groupSize, rounds = :rounds,
      round_seconds = :roundSeconds, switch_seconds = :switchSeconds, auto_advance = :autoAdvance,
      separate_same_org = :separateSameOrg, use_history = :useHistory, seed = :seed,
      updated_at = :now
    WHERE meeting_id = :meetingId`);
  const setKeepApart = db.prepare<{ meetingId: string; pairs: string; now: number }>(
    `UPDATE networking_sessions SET keep_apart = :pairs, updated_at = :now WHERE meeting_id = :meetingId`,
  );
  const setRun = db.prepare<{ meetingId: string; phase: string; round: number; now: number }>(
    `UPDATE networking_sessions SET phase = :phase, round = :round, updated_at = :now
     WHERE meeting_id = :meetingId`,
  );
  const setPlan = db.prepare<{
    meetingId: string;
    repeats: number | null;
    violations: number | null;
    plannedAt: number | null;
    key: string | null;
    now: number;
  }>(`
    UPDATE networking_sessions SET plan_repeats = :repeats, plan_violations = :violations,
      planned_at = :plannedAt, plan_key = :key, updated_at = :now
    WHERE meeting_id = :meetingId`);
  const setUndo = db.prepare<{ meetingId: string; undo: string | null }>(
    'UPDATE networking_sessions SET undo = :undo WHERE meeting_id = :meetingId',
  );
  const touch = db.prepare<{ meetingId: string; now: number }>(
    'UPDATE networking_sessions SET updated_at = :now WHERE meeting_id = :meetingId',
  );

  const participants = db.prepare<[string], ParticipantRow>(
    `SELECT ${PARTICIPANT_COLUMNS} FROM networking_participants WHERE meeting_id = ?
     ORDER BY position, created_at, id`,
  );
  const participantById = db.prepare<[string], ParticipantRow>(
    `SELECT ${PARTICIPANT_COLUMNS} FROM networking_participants WHERE id = ?`,
  );
  const nextPosition = db.prepare<[string], { next: number }>(
    `SELECT coalesce(max(position) + 1, 0) AS next FROM networking_participants WHERE meeting_id = ?`,
  );
  const insertParticipant = db.prepare(`
    INSERT INTO networking_participants (${PARTICIPANT_COLUMNS}, created_at)
    VALUES (:id, :meetingId, :personId, :organizationId, :name, :agency, :host, :present,
      :fromRound, :leftAfterRound, :position, :createdAt)`);
  const updateParticipant = db.prepare(`
    UPDATE networking_participants SET person_id = :personId, organization_id = :organizationId,
      name = :name, agency = :agency, host = :host, present = :present, from_round = :fromRound,
      left_after_round = :leftAfterRound, position = :position
    WHERE id = :id`);
  const removeParticipant = db.prepare<[string]>(
    'DELETE FROM networking_participants WHERE id = ?',
  );
  const removeParticipants = db.prepare<[string]>(
    'DELETE FROM networking_participants WHERE meeting_id = ?',
  );

  const rounds = db.prepare<[string], RoundRow>(
    `SELECT number, tables, sitting_out, held FROM networking_rounds WHERE meeting_id = ?
     ORDER BY number`,
  );
  const insertRound = db.prepare<{
    meetingId: string;
    number: number;
    tables: string;
    sittingOut: string;
    held: number;
  }>(`
    INSERT INTO networking_rounds (meeting_id, number, tables, sitting_out, held)
    VALUES (:meetingId, :number, :tables, :sittingOut, :held)`);
  const removeRoundsFrom = db.prepare<{ meetingId: string; from: number }>(
    'DELETE FROM networking_rounds WHERE meeting_id = :meetingId AND number >= :from AND held = 0',
  );
  const removeRounds = db.prepare<[string]>('DELETE FROM networking_rounds WHERE meeting_id = ?');
  const setHeld = db.prepare<{ meetingId: string; number: number; held: number }>(
    'UPDATE networking_rounds SET held = :held WHERE meeting_id = :meetingId AND number = :number',
  );

  // Earlier sessions only: a series' later event (planned ahead, or re-run) is not history yet.
  const seriesContacts = db.prepare<
    { seriesId: string; meetingId: string },
    { a_key: string; b_key: string }
  >(`
    SELECT DISTINCT c.a_key, c.b_key FROM networking_contacts c JOIN meetings m ON m.id = c.meeting_id
    WHERE c.series_id = :seriesId AND c.meeting_id <> :meetingId
      AND m.starts_at < (SELECT starts_at FROM meetings WHERE id = :meetingId)
    ORDER BY c.a_key, c.b_key`);
  const contactsOfMeeting = db.prepare<
    [string],
    { meeting_id: string; series_id: string | null; a_key: string; b_key: string; round: number }
  >(
    `SELECT meeting_id, series_id, a_key, b_key, round FROM networking_contacts WHERE meeting_id = ?
     ORDER BY round, a_key, b_key`,
  );
  const insertContact = db.prepare<ContactRow>(`
    INSERT INTO networking_contacts (meeting_id, series_id, a_key, b_key, round)
    VALUES (:meetingId, :seriesId, :aKey, :bKey, :round)
    ON CONFLICT (meeting_id, a_key, b_key) DO NOTHING`);
  const removeContacts = db.prepare<[string]>(
    'DELETE FROM networking_contacts WHERE meeting_id = ?',
  );

  return {
    session: (meetingId: string) => {
      const row = sessionById.get(meetingId);
      return row ? toSession(row) : undefined;
    },
    insertSession: (meetingId: string, format: NetworkingFormat, now: number) =>
      insertSession.run({
        meetingId,
        ...format,
        autoAdvance: format.autoAdvance ? 1 : 0,
        separateSameOrg: format.separateSameOrg ? 1 : 0,
        useHistory: format.useHistory ? 1 : 0,
        now,
      }),
    updateFormat: (meetingId: string, format: NetworkingFormat, now: number) =>
      updateFormat.run({
        meetingId,
        ...format,
        autoAdvance: format.autoAdvance ? 1 : 0,
        separateSameOrg: format.separateSameOrg ? 1 : 0,
        useHistory: format.useHistory ? 1 : 0,
        now,
      }),
    setKeepApart: (meetingId: string, pairs: [string, string][], now: number) =>
      setKeepApart.run({ meetingId, pairs: JSON.stringify(pairs), now }),
    setRun: (meetingId: string, run: { phase: NetworkingPhase; round: number }, now: number) =>
      setRun.run({ meetingId, ...run, now }),
    /** The plan's figures and key; null forgets the plan (its rounds are the caller's to remove). */
    setPlanMeta: (meetingId: string, plan: PlanMeta | null, now: number) =>
      setPlan.run({
        meetingId,
        repeats: plan?.repeats ?? null,
        violations: plan?.violations ?? null,
        plannedAt: plan?.plannedAt ?? null,
        key: plan?.key ?? null,
        now,
      }),
    /** Raw JSON (the run handlers own its shape; session.ts reads `kind` and `name`). */
    setUndo: (meetingId: string, undo: string | null) => setUndo.run({ meetingId, undo }),
    touch: (meetingId: string, now: number) => touch.run({ meetingId, now }),

    participants: (meetingId: string) => participants.all(meetingId).map(toParticipant),
    participant: (id: string) => {
      const row = participantById.get(id);
      return row ? toParticipant(row) : undefined;
    },
    nextPosition: (meetingId: string) => nextPosition.get(meetingId)?.next ?? 0,
    insertParticipant: (p: ParticipantRecord, createdAt: number) =>
      insertParticipant.run({ ...participantParams(p), createdAt }),
    updateParticipant: (p: ParticipantRecord) => updateParticipant.run(participantParams(p)),
    removeParticipant: (id: string) => removeParticipant.run(id),
    /** Every participant of the session (an undo restores the list as it was). */
    removeParticipants: (meetingId: string) => removeParticipants.run(meetingId),

    rounds: (meetingId: string) => rounds.all(meetingId).map(toRound),
    insertRound: (meetingId: string, round: PlannedRound) =>
      insertRound.run({
        meetingId,
        number: round.number,
        tables: JSON.stringify(round.tables),
        sittingOut: JSON.stringify(round.sittingOut),
        held: round.held ? 1 : 0,
      }),
    /** Rounds numbered `from` and later that were not held; held rounds stay. */
    removeUnheldRoundsFrom: (meetingId: string, from: number) =>
      removeRoundsFrom.run({ meetingId, from }),
    removeRounds: (meetingId: string) => removeRounds.run(meetingId),
    setHeld: (meetingId: string, number: number, held: boolean) =>
      setHeld.run({ meetingId, number, held: held ? 1 : 0 }),

    /** Pairs who met at the series' earlier events (not this meeting's own contacts). */
    seriesContacts: (seriesId: string, meetingId: string): [string, string][] =>
      seriesContacts.all({ seriesId, meetingId }).map((r) => [r.a_key, r.b_key]),
    contactsOfMeeting: (meetingId: string): ContactRow[] =>
      contactsOfMeeting.all(meetingId).map((r) => ({
        meetingId: r.meeting_id,
        seriesId: r.series_id,
        aKey: r.a_key,
        bKey: r.b_key,
        round: r.round,
      })),
    /** A pair once per meeting (the first round they met); `aKey < bKey` is the caller's. */
    insertContact: (c: ContactRow) => insertContact.run(c),
    removeContacts: (meetingId: string) => removeContacts.run(meetingId),
  };
});
