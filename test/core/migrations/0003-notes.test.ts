import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/core/db/migrate';
import { migrations } from '../../../electron/core/db/migrations';

/* The per-migration pattern: migrate to 2, insert what existed then, migrate to 3, check. */
describe('0003-notes', () => {
  type Db = Database.Database;

  const meeting = (db: Db, id: string, title = 'Meeting') =>
    db
      .prepare(
        `INSERT INTO meetings (id, series_id, occurrence_date, title, kind, date, start_time,
           end_time, time_zone, starts_at, ends_at, created_at, updated_at)
         VALUES (?, NULL, NULL, ?, 'committee', '2026-12-01', '09:30', '11:00',
           'America/Toronto', 1, 2, 0, 0)`,
      )
      .run(id, title);
  const item = (
    db: Db,
    id: string,
    meetingId: string | null,
    title: string,
    extra: { seriesId?: string; notes?: string; deletedAt?: number } = {},
  ) =>
    db
      .prepare(
        `INSERT INTO agenda_items (id, meeting_id, series_id, position, title, kind,
           planned_minutes, notes, deleted_at, created_at, updated_at)
         VALUES (?, ?, ?, 0, ?, 'discussion', 10, ?, ?, 0, 0)`,
      )
      .run(
        id,
        meetingId,
        extra.seriesId ?? null,
        title,
        extra.notes ?? '',
        extra.deletedAt ?? null,
      );

  /** A database as it was at version 2, with plain-text notes, migrated to 3. */
  const at3 = () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, migrations, 2);
    db.exec(`
      INSERT INTO series (id, title, kind, rrule, start_date, start_time, end_time, time_zone,
        created_at, updated_at)
      VALUES ('s1', 'Case consultation', 'case_consultation', 'FREQ=WEEKLY;INTERVAL=2',
        '2026-12-01', '09:30', '11:00', 'America/Toronto', 0, 0);
    `);
    meeting(db, 'm1', 'Comité logement');
    item(db, 'i1', 'm1', 'Shelter beds', {
      notes: 'Prochaine réunion au refuge\n\n   Twenty beds  \r\nCall the city',
    });
    item(db, 'i2', 'm1', 'Budget');
    item(db, 'parked', null, 'Parked topic', { seriesId: 's1', notes: 'Waiting on the police' });
    item(db, 'gone', 'm1', 'Deleted topic', { notes: 'Old words', deletedAt: 5 });
    migrate(db, migrations, 3);
    return db;
  };

  const row = (db: Db, sql: string, ...params: unknown[]) => db.prepare(sql).get(...params);
  const search = (db: Db, query: string) =>
    (
      db
        .prepare(
          `SELECT s.kind || ':' || s.ref_id AS hit FROM search_fts f
             JOIN search_docs s ON s.id = f.rowid
           WHERE search_fts MATCH ? ORDER BY s.kind, s.ref_id`,
        )
        .all(query) as { hit: string }[]
    ).map((r) => r.hit);
  const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });

  it('turns plain-text notes into documents with their plain text, one paragraph per line', () => {
    const db = at3();
    const notes = row(
      db,
      "SELECT notes, notes_text, confidentiality FROM agenda_items WHERE id = 'i1'",
    ) as {
      notes: string;
      notes_text: string;
      confidentiality: string;
    };
    expect(JSON.parse(notes.notes)).toEqual({
      type: 'doc',
      content: [
        paragraph('Prochaine réunion au refuge'),
        paragraph('Twenty beds'),
        paragraph('Call the city'),
      ],
    });
    expect(notes.notes_text).toBe('Prochaine réunion au refuge\nTwenty beds\nCall the city');
    expect(notes.confidentiality).toBe('shareable');
    expect(row(db, "SELECT notes, notes_text FROM agenda_items WHERE id = 'i2'")).toEqual({
      notes: '',
      notes_text: '',
    });
    expect(row(db, "SELECT notes_text FROM agenda_items WHERE id = 'parked'")).toEqual({
      notes_text: 'Waiting on the police',
    });
    expect(row(db, "SELECT notes, notes_text FROM meetings WHERE id = 'm1'")).toEqual({
      notes: '',
      notes_text: '',
    });
    for (const table of ['decisions', 'actions', 'action_reviews']) {
      expect(row(db, `SELECT count(*) AS n FROM ${table}`)).toEqual({ n: 0 });
    }
  });

  it('makes what existed searchable, accents or not, but not parked or deleted items', () => {
    const db = at3();
    expect(
      db
        .prepare('SELECT kind, ref_id, meeting_id, title FROM search_docs ORDER BY kind, ref_id')
        .all(),
    ).toEqual([
      { kind: 'item', ref_id: 'i1', meeting_id: 'm1', title: 'Shelter beds' },
      { kind: 'item', ref_id: 'i2', meeting_id: 'm1', title: 'Budget' },
      { kind: 'meeting', ref_id: 'm1', meeting_id: 'm1', title: 'Comité logement' },
    ]);
    expect(search(db, 'reunion')).toEqual(['item:i1']);
    expect(search(db, 'réunion')).toEqual(['item:i1']);
    expect(search(db, 'REUN*')).toEqual(['item:i1']);
    expect(search(db, 'comite')).toEqual(['meeting:m1']);
    expect(search(db, 'police')).toEqual([]);
    expect(search(db, 'old')).toEqual([]);
    // The index agrees with search_docs (FTS5 checks it row by row).
    expect(() =>
      db.prepare("INSERT INTO search_fts (search_fts) VALUES ('integrity-check')").run(),
    ).not.toThrow();
  });

  it('keeps the index following meetings and agenda items', () => {
    const db = at3();
    meeting(db, 'm2', 'Table de concertation');
    db.prepare(
      "UPDATE meetings SET notes = '{}', notes_text = 'Adopté à l''unanimité' WHERE id = 'm2'",
    ).run();
    expect(search(db, 'adopte')).toEqual(['meeting:m2']);
    db.prepare("UPDATE meetings SET title = 'Table régionale' WHERE id = 'm2'").run();
    expect(search(db, 'regionale')).toEqual(['meeting:m2']);
    expect(search(db, 'concertation')).toEqual([]);

    item(db, 'i3', 'm2', 'Transport', { notes: '' });
    db.prepare("UPDATE agenda_items SET notes_text = 'Bus passes' WHERE id = 'i3'").run();
    expect(search(db, 'bus')).toEqual(['item:i3']);
    // Deleted: out of the index; restored: back in.
    db.prepare("UPDATE agenda_items SET deleted_at = 9 WHERE id = 'i3'").run();
    expect(search(db, 'bus')).toEqual([]);
    db.prepare("UPDATE agenda_items SET deleted_at = NULL WHERE id = 'i3'").run();
    expect(search(db, 'bus')).toEqual(['item:i3']);
    // Parked: out; pulled into a meeting: in, under that meeting.
    db.prepare("UPDATE agenda_items SET meeting_id = NULL, series_id = 's1' WHERE id = 'i3'").run();
    expect(search(db, 'bus')).toEqual([]);
    db.prepare("UPDATE agenda_items SET meeting_id = 'm1' WHERE id = 'parked'").run();
    expect(search(db, 'police')).toEqual(['item:parked']);
    expect(row(db, "SELECT meeting_id FROM search_docs WHERE ref_id = 'parked'")).toEqual({
      meeting_id: 'm1',
    });
    db.prepare("DELETE FROM agenda_items WHERE id = 'parked'").run();
    expect(search(db, 'police')).toEqual([]);

    // A meeting deleted takes its items, and everything found in it, along.
    db.prepare("DELETE FROM meetings WHERE id = 'm1'").run();
    expect(db.prepare('SELECT kind, ref_id FROM search_docs ORDER BY ref_id').all()).toEqual([
      { kind: 'meeting', ref_id: 'm2' },
    ]);
  });

  it('keeps the index following decisions and actions, deleted ones left out', () => {
    const db = at3();
    db.exec(`
      INSERT INTO decisions (id, meeting_id, item_id, text, created_at, updated_at)
        VALUES ('d1', 'm1', 'i1', 'Ouvrir vingt lits', 0, 0);
      INSERT INTO actions (id, meeting_id, item_id, description, person_name, created_at, updated_at)
        VALUES ('a1', 'm1', NULL, 'Appeler la ville', 'Zoé Martin', 0, 0);
    `);
    expect(search(db, 'lits')).toEqual(['decision:d1']);
    expect(search(db, 'zoe')).toEqual(['action:a1']);
    db.prepare("UPDATE decisions SET text = 'Ouvrir trente places' WHERE id = 'd1'").run();
    expect(search(db, 'lits')).toEqual([]);
    expect(search(db, 'trente')).toEqual(['decision:d1']);
    db.prepare(
      "UPDATE actions SET description = 'Écrire au maire', person_name = '' WHERE id = 'a1'",
    ).run();
    expect(search(db, 'ecrire')).toEqual(['action:a1']);
    expect(search(db, 'zoe')).toEqual([]);

    db.prepare("UPDATE decisions SET deleted_at = 1 WHERE id = 'd1'").run();
    db.prepare("UPDATE actions SET deleted_at = 1 WHERE id = 'a1'").run();
    expect(search(db, 'trente OR ecrire')).toEqual([]);
    db.prepare("UPDATE decisions SET deleted_at = NULL WHERE id = 'd1'").run();
    db.prepare("UPDATE actions SET deleted_at = NULL WHERE id = 'a1'").run();
    expect(search(db, 'trente OR ecrire')).toEqual(['action:a1', 'decision:d1']);

    // An item removed for good (its deletion made final) takes what was recorded under it along.
    db.prepare("UPDATE actions SET item_id = 'i1' WHERE id = 'a1'").run();
    db.prepare("DELETE FROM agenda_items WHERE id = 'i1'").run();
    expect(row(db, 'SELECT count(*) AS n FROM decisions')).toEqual({ n: 0 });
    expect(row(db, 'SELECT count(*) AS n FROM actions')).toEqual({ n: 0 });
    expect(search(db, 'trente OR ecrire')).toEqual([]);
    db.exec(`
      INSERT INTO actions (id, meeting_id, description, created_at, updated_at)
        VALUES ('a2', 'm1', 'Écrire encore', 0, 0);
    `);
    db.prepare("DELETE FROM meetings WHERE id = 'm1'").run();
    expect(row(db, 'SELECT count(*) AS n FROM actions')).toEqual({ n: 0 });
    expect(row(db, 'SELECT count(*) AS n FROM search_docs')).toEqual({ n: 0 });
  });

  it('refuses statuses, outcomes and levels that do not exist', () => {
    const db = at3();
    db.exec(`
      INSERT INTO actions (id, meeting_id, description, created_at, updated_at)
        VALUES ('a1', 'm1', 'Call', 0, 0);
    `);
    expect(row(db, "SELECT status FROM actions WHERE id = 'a1'")).toEqual({ status: 'open' });
    expect(() => db.prepare("UPDATE actions SET status = 'closed' WHERE id = 'a1'").run()).toThrow(
      /CHECK/,
    );
    expect(() =>
      db.prepare("UPDATE agenda_items SET confidentiality = 'secret' WHERE id = 'i1'").run(),
    ).toThrow(/CHECK/);
    expect(() =>
      db
        .prepare(
          "INSERT INTO action_reviews (action_id, meeting_id, outcome, reviewed_at) VALUES ('a1', 'm1', 'maybe', 0)",
        )
        .run(),
    ).toThrow(/CHECK/);
    expect(() =>
      db
        .prepare(
          "INSERT INTO action_reviews (action_id, meeting_id, outcome, reviewed_at) VALUES ('nope', 'm1', 'done', 0)",
        )
        .run(),
    ).toThrow(/FOREIGN KEY/);
    expect(() =>
      db
        .prepare(
          "INSERT INTO actions (id, meeting_id, description, organization_id, created_at, updated_at) VALUES ('a2', 'm1', 'x', 'nope', 0, 0)",
        )
        .run(),
    ).toThrow(/FOREIGN KEY/);
    // STRICT: a date is not silently stored where an instant belongs.
    expect(() =>
      db.prepare("UPDATE actions SET closed_at = '2026-12-01' WHERE id = 'a1'").run(),
    ).toThrow(/cannot store TEXT value in INTEGER column/);
  });
});
