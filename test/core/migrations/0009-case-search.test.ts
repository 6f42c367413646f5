import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/core/db/migrate';
import { migrations } from '../../../electron/core/db/migrations';

/* Migrate to 8 with a case review indexed under its typed title, migrate to 9, search again. */
describe('0009-case-search', () => {
  const at9 = () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, migrations, 8);
    db.exec(`
      INSERT INTO meetings (id, title, kind, date, start_time, end_time, time_zone, starts_at,
          ends_at, created_at, updated_at)
        VALUES ('m1', 'Case consultation', 'case_consultation', '2026-12-01', '09:30', '11:00',
          'America/Toronto', 1, 2, 0, 0);
      INSERT INTO cases (id, code, opened_on, created_at, updated_at)
        VALUES ('c1', 'CC-2026-014', '2026-11-01', 0, 0);
      INSERT INTO agenda_items (id, meeting_id, position, title, kind, planned_minutes,
          created_at, updated_at)
        VALUES ('i1', 'm1', 0, 'Review for Jane Tremblay', 'case_review', 25, 0, 0),
          ('i2', 'm1', 1, 'Tremblay Street closure', 'discussion', 10, 0, 0);
      INSERT INTO case_reviews (item_id, case_id, updated_at) VALUES ('i1', 'c1', 0);
    `);
    migrate(db, migrations, 9);
    return db;
  };
  const found = (db: Database.Database, words: string) =>
    db
      .prepare(
        `SELECT d.ref_id FROM search_fts JOIN search_docs d ON d.id = search_fts.rowid
         WHERE search_fts MATCH ? ORDER BY d.ref_id`,
      )
      .pluck()
      .all(words);

  it('indexes existing case reviews under their case code and kind, not their typed title', () => {
    const db = at9();
    expect(found(db, 'Tremblay')).toEqual(['i2']);
    expect(found(db, '"CC-2026-014"')).toEqual(['i1']);
    expect(found(db, '"discussion de cas"')).toEqual(['i1']);
    expect(db.prepare("SELECT title FROM search_docs WHERE ref_id = 'i1'").pluck().get()).toBe(
      'CC-2026-014 Case review Discussion de cas',
    );
  });

  it('follows the case code, the link and the kind', () => {
    const db = at9();
    db.exec(`UPDATE cases SET code = 'CC-2026-099' WHERE id = 'c1'`);
    expect(found(db, '"CC-2026-099"')).toEqual(['i1']);
    db.exec(`UPDATE cases SET deleted_at = 5 WHERE id = 'c1'`);
    expect(found(db, '"CC-2026-099"')).toEqual([]);
    db.exec(`UPDATE cases SET deleted_at = NULL WHERE id = 'c1'`);
    db.exec(`DELETE FROM case_reviews WHERE item_id = 'i1'`);
    expect(found(db, '"CC-2026-099"')).toEqual([]);
    db.exec(`INSERT INTO case_reviews (item_id, case_id, updated_at) VALUES ('i1', 'c1', 1)`);
    expect(found(db, '"CC-2026-099"')).toEqual(['i1']);
    db.exec(`UPDATE agenda_items SET kind = 'discussion' WHERE id = 'i1'`);
    expect(found(db, 'Jane')).toEqual(['i1']);
    db.exec(`UPDATE agenda_items SET kind = 'case_review', title = 'Jane again' WHERE id = 'i1'`);
    expect(found(db, 'Jane')).toEqual([]);
    db.exec(`INSERT INTO agenda_items (id, meeting_id, position, title, kind, planned_minutes,
        created_at, updated_at) VALUES ('i3', 'm1', 2, 'Jane Roe', 'case_review', 25, 0, 0)`);
    expect(found(db, 'Jane')).toEqual([]);
    expect(found(db, '"case review"')).toEqual(['i1', 'i3']);
  });
});
