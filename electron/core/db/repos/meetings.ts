import {
  type Meeting,
  type MeetingKind,
  type MeetingStatus,
  type MeetingSummary,
} from '../../../../shared/contract';
import type { TimerState } from '../../../../shared/domain/timer';
import type { Db } from '../open';
import { perDb } from './per-db';
import { parseStoredDoc, storedDoc } from './stored-doc';
import type { RichDoc } from '../../../../shared/domain/rich-text';
import { parseTimer } from './running-meetings';

/** A meeting with its persisted run state (what run mode reads and writes). */
export interface MeetingRecord extends Meeting {
  currentItemId: string | null;
  /** The current item's countdown; null when not running or when the stored JSON is unreadable. */
  timer: TimerState | null;
}

/** What run mode writes when it starts, steps through or ends a meeting. */
export interface MeetingRunFields {
  status: MeetingStatus;
  startedAt: number | null;
  endedAt: number | null;
  currentItemId: string | null;
  timer: TimerState | null;
  updatedAt: number;
}

interface MeetingRow {
  id: string;
  series_id: string | null;
  occurrence_date: string | null;
  title: string;
  kind: MeetingKind;
  date: string;
  start_time: string;
  end_time: string;
  time_zone: string;
  starts_at: number;
  ends_at: number;
  location: string;
  goal: string;
  chair_id: string | null;
  note_taker_id: string | null;
  status: MeetingStatus;
  started_at: number | null;
  ended_at: number | null;
  current_item_id: string | null;
  timer: string | null;
  created_at: number;
  updated_at: number;
}

const toMeeting = (r: MeetingRow): MeetingRecord => ({
  id: r.id,
  seriesId: r.series_id,
  occurrenceDate: r.occurrence_date,
  title: r.title,
  kind: r.kind,
  date: r.date,
  startTime: r.start_time,
  endTime: r.end_time,
  timeZone: r.time_zone,
  startsAt: r.starts_at,
  endsAt: r.ends_at,
  location: r.location,
  goal: r.goal,
  chairId: r.chair_id,
  noteTakerId: r.note_taker_id,
  status: r.status,
  startedAt: r.started_at,
  endedAt: r.ended_at,
  currentItemId: r.current_item_id,
  // A hand-edited or half-written timer must not take the meeting down with it.
  timer: r.timer === null ? null : parseTimer(r.timer),
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** Only the contract's fields: a record handed to `update` must not smuggle run state in. */
const meetingParams = (m: Meeting) => ({
  id: m.id,
  seriesId: m.seriesId,
  occurrenceDate: m.occurrenceDate,
  title: m.title,
  kind: m.kind,
  date: m.date,
  startTime: m.startTime,
  endTime: m.endTime,
  timeZone: m.timeZone,
  startsAt: m.startsAt,
  endsAt: m.endsAt,
  location: m.location,
  goal: m.goal,
  chairId: m.chairId,
  noteTakerId: m.noteTakerId,
  status: m.status,
  startedAt: m.startedAt,
  endedAt: m.endedAt,
  createdAt: m.createdAt,
  updatedAt: m.updatedAt,
});

const COLUMNS = `m.id, m.series_id, m.occurrence_date, m.title, m.kind, m.date, m.start_time,
  m.end_time, m.time_zone, m.starts_at, m.ends_at, m.location, m.goal, m.chair_id, m.note_taker_id,
  m.status, m.started_at, m.ended_at, m.current_item_id, m.timer, m.created_at, m.updated_at`;

export interface MeetingFilter {
  from?: string;
  to?: string;
  seriesId?: string;
}

export const meetingsRepo = perDb((db: Db) => {
  const byId = db.prepare<[string], MeetingRow>(`SELECT ${COLUMNS} FROM meetings m WHERE m.id = ?`);
  const byOccurrence = db.prepare<[string, string], MeetingRow>(
    `SELECT ${COLUMNS} FROM meetings m WHERE m.series_id = ? AND m.occurrence_date = ?`,
  );
  const ofSeries = db.prepare<[string], MeetingRow>(
    `SELECT ${COLUMNS} FROM meetings m WHERE m.series_id = ? ORDER BY m.occurrence_date`,
  );
  const previousInSeries = db.prepare<[string, string], MeetingRow>(
    `SELECT ${COLUMNS} FROM meetings m WHERE m.series_id = ? AND m.occurrence_date < ?
     ORDER BY m.occurrence_date DESC LIMIT 1`,
  );
  // Counts leave out deleted and deferred items: what the meeting will actually go through.
  const list = db.prepare<
    { from: string | null; to: string | null; seriesId: string | null },
    MeetingRow & { series_title: string | null; item_count: number; planned_minutes: number }
  >(`
    SELECT ${COLUMNS}, s.title AS series_title,
      (SELECT count(*) FROM agenda_items a
        WHERE a.meeting_id = m.id AND a.deleted_at IS NULL AND a.status <> 'deferred') AS item_count,
      (SELECT coalesce(sum(a.planned_minutes), 0) FROM agenda_items a
        WHERE a.meeting_id = m.id AND a.deleted_at IS NULL AND a.status <> 'deferred') AS planned_minutes
    FROM meetings m LEFT JOIN series s ON s.id = m.series_id
    WHERE (:from IS NULL OR m.date >= :from)
      AND (:to IS NULL OR m.date <= :to)
      AND (:seriesId IS NULL OR m.series_id = :seriesId)
    ORDER BY m.starts_at, m.created_at, m.id`);
  const labels = db.prepare<
    [string],
    { series_title: string | null; chair_name: string | null; note_taker_name: string | null }
  >(`
    SELECT s.title AS series_title, c.name AS chair_name, n.name AS note_taker_name
    FROM meetings m
      LEFT JOIN series s ON s.id = m.series_id
      LEFT JOIN people c ON c.id = m.chair_id
      LEFT JOIN people n ON n.id = m.note_taker_id
    WHERE m.id = ?`);
  const insert = db.prepare(`
    INSERT INTO meetings (id, series_id, occurrence_date, title, kind, date, start_time, end_time,
      time_zone, starts_at, ends_at, location, goal, chair_id, note_taker_id, status, started_at,
      ended_at, created_at, updated_at)
    VALUES (:id, :seriesId, :occurrenceDate, :title, :kind, :date, :startTime, :endTime,
      :timeZone, :startsAt, :endsAt, :location, :goal, :chairId, :noteTakerId, :status, :startedAt,
      :endedAt, :createdAt, :updatedAt)`);
  const update = db.prepare(`
    UPDATE meetings SET series_id = :seriesId, occurrence_date = :occurrenceDate, title = :title,
      kind = :kind, date = :date, start_time = :startTime, end_time = :endTime,
      time_zone = :timeZone, starts_at = :startsAt, ends_at = :endsAt, location = :location,
      goal = :goal, chair_id = :chairId, note_taker_id = :noteTakerId, status = :status,
      started_at = :startedAt, ended_at = :endedAt, updated_at = :updatedAt
    WHERE id = :id`);
  const setRun = db.prepare(`
    UPDATE meetings SET status = :status, started_at = :startedAt, ended_at = :endedAt,
      current_item_id = :currentItemId, timer = :timer, updated_at = :updatedAt
    WHERE id = :id`);
  const remove = db.prepare<[string]>('DELETE FROM meetings WHERE id = ?');
  const notes = db.prepare<[string], { notes: string }>('SELECT notes FROM meetings WHERE id = ?');
  // Notes are saved as the note-taker types: `updated_at` is the meeting's, not the notes'.
  const setNotes = db.prepare<{ id: string; notes: string; notesText: string }>(
    'UPDATE meetings SET notes = :notes, notes_text = :notesText WHERE id = :id',
  );

  const one = (row: MeetingRow | undefined) => (row ? toMeeting(row) : undefined);

  return {
    get: (id: string) => one(byId.get(id)),
    /** The meeting prepared for a series' occurrence (by its original date), if any. */
    byOccurrence: (seriesId: string, occurrenceDate: string) =>
      one(byOccurrence.get(seriesId, occurrenceDate)),
    ofSeries: (seriesId: string) => ofSeries.all(seriesId).map(toMeeting),
    /** The series' latest meeting before this occurrence: the one whose invitations carry over. */
    previousInSeries: (seriesId: string, occurrenceDate: string) =>
      one(previousInSeries.get(seriesId, occurrenceDate)),
    list: (filter: MeetingFilter): MeetingSummary[] =>
      list
        .all({
          from: filter.from ?? null,
          to: filter.to ?? null,
          seriesId: filter.seriesId ?? null,
        })
        .map((r) => ({
          ...toMeeting(r),
          seriesTitle: r.series_title,
          itemCount: r.item_count,
          plannedMinutes: r.planned_minutes,
        })),
    /** Display names for a meeting's series, chair and note-taker. */
    labels: (id: string) => {
      const row = labels.get(id);
      return {
        seriesTitle: row?.series_title ?? null,
        chairName: row?.chair_name ?? null,
        noteTakerName: row?.note_taker_name ?? null,
      };
    },
    insert: (m: Meeting) => insert.run(meetingParams(m)),
    /** Everything but the run state, which only `setRun` writes. */
    update: (m: Meeting) => update.run(meetingParams(m)),
    setRun: (id: string, run: MeetingRunFields) =>
      setRun.run({ id, ...run, timer: run.timer === null ? null : JSON.stringify(run.timer) }),
    remove: (id: string) => remove.run(id),
    /** The meeting's general notes. */
    notes: (id: string) => parseStoredDoc(notes.get(id)?.notes ?? ''),
    setNotes: (id: string, doc: RichDoc | null) => setNotes.run({ id, ...storedDoc(doc) }),
  };
});
