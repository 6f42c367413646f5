import type { MeetingKind, Series } from '../../../../shared/contract';
import type { SeriesException } from '../../../../shared/domain/recurrence';
import type { Db } from '../open';
import { perDb } from './per-db';

interface SeriesRow {
  id: string;
  title: string;
  kind: MeetingKind;
  rrule: string;
  start_date: string;
  start_time: string;
  end_time: string;
  time_zone: string;
  location: string;
  goal: string;
  chair_id: string | null;
  note_taker_id: string | null;
  created_at: number;
  updated_at: number;
}

interface ExceptionRow {
  original_date: string;
  kind: 'cancelled' | 'moved';
  moved_date: string | null;
  moved_time: string | null;
}

const toSeries = (r: SeriesRow): Series => ({
  id: r.id,
  title: r.title,
  kind: r.kind,
  rrule: r.rrule,
  startDate: r.start_date,
  startTime: r.start_time,
  endTime: r.end_time,
  timeZone: r.time_zone,
  location: r.location,
  goal: r.goal,
  chairId: r.chair_id,
  noteTakerId: r.note_taker_id,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const toException = (r: ExceptionRow): SeriesException =>
  r.kind === 'moved'
    ? {
        date: r.original_date,
        kind: 'moved',
        movedTo: { date: r.moved_date ?? r.original_date, time: r.moved_time ?? '00:00' },
      }
    : { date: r.original_date, kind: 'cancelled' };

const seriesParams = (s: Series) => ({
  id: s.id,
  title: s.title,
  kind: s.kind,
  rrule: s.rrule,
  startDate: s.startDate,
  startTime: s.startTime,
  endTime: s.endTime,
  timeZone: s.timeZone,
  location: s.location,
  goal: s.goal,
  chairId: s.chairId,
  noteTakerId: s.noteTakerId,
  createdAt: s.createdAt,
  updatedAt: s.updatedAt,
});

const COLUMNS = `id, title, kind, rrule, start_date, start_time, end_time, time_zone, location, goal,
  chair_id, note_taker_id, created_at, updated_at`;

export const seriesRepo = perDb((db: Db) => {
  const byId = db.prepare<[string], SeriesRow>(`SELECT ${COLUMNS} FROM series WHERE id = ?`);
  const all = db.prepare<[], SeriesRow & { parked_count: number }>(`
    SELECT ${COLUMNS},
      (SELECT count(*) FROM agenda_items a
        WHERE a.series_id = s.id AND a.meeting_id IS NULL AND a.deleted_at IS NULL) AS parked_count
    FROM series s ORDER BY title COLLATE NOCASE, created_at, id`);
  const insert = db.prepare(`
    INSERT INTO series (${COLUMNS})
    VALUES (:id, :title, :kind, :rrule, :startDate, :startTime, :endTime, :timeZone, :location,
      :goal, :chairId, :noteTakerId, :createdAt, :updatedAt)`);
  const update = db.prepare(`
    UPDATE series SET title = :title, kind = :kind, rrule = :rrule, start_date = :startDate,
      start_time = :startTime, end_time = :endTime, time_zone = :timeZone, location = :location,
      goal = :goal, chair_id = :chairId, note_taker_id = :noteTakerId, updated_at = :updatedAt
    WHERE id = :id`);
  const remove = db.prepare<[string]>('DELETE FROM series WHERE id = ?');

  const exceptions = db.prepare<[string], ExceptionRow>(
    `SELECT original_date, kind, moved_date, moved_time FROM series_exceptions
     WHERE series_id = ? ORDER BY original_date`,
  );
  const putException = db.prepare(`
    INSERT INTO series_exceptions (series_id, original_date, kind, moved_date, moved_time)
    VALUES (:seriesId, :originalDate, :kind, :movedDate, :movedTime)
    ON CONFLICT (series_id, original_date) DO UPDATE SET
      kind = excluded.kind, moved_date = excluded.moved_date, moved_time = excluded.moved_time`);
  const removeException = db.prepare<[string, string]>(
    'DELETE FROM series_exceptions WHERE series_id = ? AND original_date = ?',
  );

  return {
    get: (id: string) => {
      const row = byId.get(id);
      return row ? toSeries(row) : undefined;
    },
    /** Every series by title, with the number of items waiting in its parking lot. */
    list: () => all.all().map((r) => ({ series: toSeries(r), parkedCount: r.parked_count })),
    insert: (s: Series) => insert.run(seriesParams(s)),
    update: (s: Series) => update.run(seriesParams(s)),
    remove: (id: string) => remove.run(id),

    exceptions: (seriesId: string) => exceptions.all(seriesId).map(toException),
    /** Records a move or a cancellation, replacing whatever was recorded for that date. */
    putException: (seriesId: string, exception: SeriesException) =>
      putException.run({
        seriesId,
        originalDate: exception.date,
        kind: exception.kind,
        movedDate: exception.kind === 'moved' ? exception.movedTo.date : null,
        movedTime: exception.kind === 'moved' ? exception.movedTo.time : null,
      }),
    removeException: (seriesId: string, originalDate: string) =>
      removeException.run(seriesId, originalDate),
  };
});
