import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/core/db/migrate';
import { migrations } from '../../../electron/core/db/migrations';

/* The per-migration pattern: migrate to 1, insert what existed then, migrate to 2, check. */
describe('0002-meetings', () => {
  const at2 = () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, migrations, 1);
    db.exec(`
      INSERT INTO organizations (id, name, name_key, kind, created_at, updated_at)
        VALUES ('o1', 'Shelter', 'shelter', 'other', 0, 0);
      INSERT INTO people (id, name, name_key, created_at, updated_at) VALUES ('p1', 'Ana', 'ana', 0, 0);
      INSERT INTO memberships (id, person_id, organization_id, created_at) VALUES ('m1', 'p1', 'o1', 0);
    `);
    migrate(db, migrations, 2);
    return db;
  };
  const count = (db: Database.Database, table: string) =>
    (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

  const series = (db: Database.Database, id = 's1') =>
    db
      .prepare(
        `INSERT INTO series (id, title, kind, rrule, start_date, start_time, end_time, time_zone,
           chair_id, created_at, updated_at)
         VALUES (?, 'Case consultation', 'case_consultation', 'FREQ=WEEKLY;INTERVAL=2', '2026-12-01',
           '09:30', '11:00', 'America/Toronto', 'p1', 0, 0)`,
      )
      .run(id);
  const meeting = (db: Database.Database, id: string, seriesId: string | null, date: string) =>
    db
      .prepare(
        `INSERT INTO meetings (id, series_id, occurrence_date, title, kind, date, start_time,
           end_time, time_zone, starts_at, ends_at, created_at, updated_at)
         VALUES (?, ?, ?, 'Meeting', 'committee', ?, '09:30', '11:00', 'America/Toronto', 1, 2, 0, 0)`,
      )
      .run(id, seriesId, seriesId ? date : null, date);
  const item = (
    db: Database.Database,
    id: string,
    meetingId: string | null,
    seriesId: string | null,
  ) =>
    db
      .prepare(
        `INSERT INTO agenda_items (id, meeting_id, series_id, position, title, kind,
           planned_minutes, created_at, updated_at)
         VALUES (?, ?, ?, 0, 'Item', 'discussion', 10, 0, 0)`,
      )
      .run(id, meetingId, seriesId);

  it('keeps the directory and adds the meeting tables, empty', () => {
    const db = at2();
    expect(db.prepare('SELECT name FROM organizations').all()).toEqual([{ name: 'Shelter' }]);
    expect(count(db, 'memberships')).toBe(1);
    for (const table of ['series', 'series_exceptions', 'meetings', 'agenda_items', 'attendance']) {
      expect(count(db, table)).toBe(0);
    }
    expect(count(db, 'templates')).toBe(0);
  });

  it('holds one meeting per occurrence of a series, and refuses what makes no sense', () => {
    const db = at2();
    series(db);
    meeting(db, 'a', 's1', '2026-12-01');
    expect(() => meeting(db, 'b', 's1', '2026-12-01')).toThrow(/UNIQUE/);
    // One-off meetings have no occurrence: any number on a day.
    meeting(db, 'c', null, '2026-12-01');
    meeting(db, 'd', null, '2026-12-01');
    expect(() =>
      db
        .prepare(
          "INSERT INTO series_exceptions (series_id, original_date, kind) VALUES ('s1', '2026-12-15', 'moved')",
        )
        .run(),
    ).toThrow(/CHECK/);
    expect(() => item(db, 'i0', null, null)).toThrow(/CHECK/);
    expect(() =>
      db.prepare("UPDATE meetings SET status = 'postponed' WHERE id = 'a'").run(),
    ).toThrow(/CHECK/);
    expect(() =>
      db
        .prepare("INSERT INTO templates (kind, language, items) VALUES ('committee', 'de', '[]')")
        .run(),
    ).toThrow(/CHECK/);
    // STRICT: a time is not silently stored where an instant belongs.
    expect(() =>
      db.prepare("UPDATE meetings SET starts_at = '09:30' WHERE id = 'a'").run(),
    ).toThrow(/cannot store TEXT value in INTEGER column/);
  });

  it('deletes a meeting with its agenda and attendance, and a series with its parking lot only', () => {
    const db = at2();
    series(db);
    meeting(db, 'a', 's1', '2026-12-01');
    item(db, 'i1', 'a', null);
    item(db, 'parked', null, 's1');
    db.prepare(
      "INSERT INTO attendance (id, meeting_id, organization_id, position, created_at) VALUES ('t1', 'a', 'o1', 0, 0)",
    ).run();

    db.prepare("DELETE FROM series WHERE id = 's1'").run();
    expect(db.prepare("SELECT series_id FROM meetings WHERE id = 'a'").get()).toEqual({
      series_id: null,
    });
    expect(db.prepare('SELECT id FROM agenda_items').all()).toEqual([{ id: 'i1' }]);

    db.prepare("DELETE FROM meetings WHERE id = 'a'").run();
    expect(count(db, 'agenda_items')).toBe(0);
    expect(count(db, 'attendance')).toBe(0);
  });

  it('forgets a deleted person or agency on meetings and lists, without losing the rows', () => {
    const db = at2();
    series(db);
    meeting(db, 'a', 's1', '2026-12-01');
    db.prepare("UPDATE meetings SET chair_id = 'p1' WHERE id = 'a'").run();
    db.prepare(
      "INSERT INTO attendance (id, meeting_id, person_id, position, created_at) VALUES ('t1', 'a', 'p1', 0, 0)",
    ).run();
    db.prepare("DELETE FROM people WHERE id = 'p1'").run();
    expect(db.prepare('SELECT chair_id FROM meetings').get()).toEqual({ chair_id: null });
    expect(db.prepare('SELECT chair_id FROM series').get()).toEqual({ chair_id: null });
    expect(db.prepare('SELECT person_id FROM attendance').get()).toEqual({ person_id: null });
  });
});
