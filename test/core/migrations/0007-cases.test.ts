import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/core/db/migrate';
import { migrations } from '../../../electron/core/db/migrations';

/* Migrate to 6 with an agenda in place, migrate to 7, check the new tables and their rules. */
describe('0007-cases', () => {
  type Db = Database.Database;

  const at7 = () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, migrations, 6);
    db.exec(`
      INSERT INTO organizations (id, name, kind, name_key, created_at, updated_at)
        VALUES ('o1', 'Refuge', 'funded_program', 'refuge', 0, 0),
               ('o2', 'Santé', 'external_partner', 'sante', 0, 0);
      INSERT INTO meetings (id, title, kind, date, start_time, end_time, time_zone, starts_at,
          ends_at, created_at, updated_at)
        VALUES ('m1', 'Case consultation', 'case_consultation', '2026-12-01', '09:30', '11:00',
          'America/Toronto', 1, 2, 0, 0);
      INSERT INTO agenda_items (id, meeting_id, position, title, kind, planned_minutes,
          created_at, updated_at)
        VALUES ('i1', 'm1', 0, 'Case reviews', 'case_review', 25, 0, 0);
    `);
    migrate(db, migrations, 7);
    return db;
  };

  const addCase = (db: Db, id: string, code: string, extra = '') =>
    db.exec(`INSERT INTO cases (id, code, opened_on, created_at, updated_at${extra ? ', deleted_at' : ''})
      VALUES ('${id}', '${code}', '2026-11-01', 0, 0${extra ? `, ${extra}` : ''})`);

  it('keeps the agenda as it was and starts with no cases', () => {
    const db = at7();
    expect(db.prepare('SELECT id, kind FROM agenda_items').all()).toEqual([
      { id: 'i1', kind: 'case_review' },
    ]);
    for (const table of ['cases', 'case_agencies', 'case_reviews', 'case_code_counters']) {
      expect(db.prepare(`SELECT count(*) AS n FROM ${table}`).get()).toEqual({ n: 0 });
    }
  });

  it('keeps codes unique among live cases, whatever their case, but not among deleted ones', () => {
    const db = at7();
    addCase(db, 'c1', 'CC-2026-001');
    expect(() => addCase(db, 'c2', 'cc-2026-001')).toThrow(/UNIQUE/);
    addCase(db, 'c3', 'CC-2026-001', '5');
    db.exec(`UPDATE cases SET deleted_at = 6 WHERE id = 'c1'`);
    addCase(db, 'c4', 'CC-2026-001');
    expect(() => db.exec(`UPDATE cases SET deleted_at = NULL WHERE id = 'c1'`)).toThrow(/UNIQUE/);
  });

  it('ties a closing date to the closed status', () => {
    const db = at7();
    addCase(db, 'c1', 'A-1');
    expect(() => db.exec(`UPDATE cases SET status = 'closed' WHERE id = 'c1'`)).toThrow(/CHECK/);
    db.exec(`UPDATE cases SET status = 'closed', closed_on = '2026-11-20' WHERE id = 'c1'`);
    expect(() => db.exec(`UPDATE cases SET status = 'open' WHERE id = 'c1'`)).toThrow(/CHECK/);
    expect(() => addCase(db, 'c2', '')).toThrow(/CHECK/);
  });

  it('keeps consent per agency, unknown by default, and only known states', () => {
    const db = at7();
    addCase(db, 'c1', 'A-1');
    db.exec(`INSERT INTO case_agencies (case_id, organization_id) VALUES ('c1', 'o1')`);
    expect(db.prepare('SELECT consent, form_reference FROM case_agencies').get()).toEqual({
      consent: 'unknown',
      form_reference: '',
    });
    expect(() =>
      db.exec(`INSERT INTO case_agencies (case_id, organization_id) VALUES ('c1', 'o1')`),
    ).toThrow(/UNIQUE|PRIMARY/);
    expect(() =>
      db.exec(
        `INSERT INTO case_agencies (case_id, organization_id, consent) VALUES ('c1', 'o2', 'maybe')`,
      ),
    ).toThrow(/CHECK/);
  });

  it('keeps a review with its item: removed with it, unlinked when its case goes', () => {
    const db = at7();
    addCase(db, 'c1', 'A-1');
    db.exec(`INSERT INTO case_reviews (item_id, case_id, situation, updated_at)
      VALUES ('i1', 'c1', 'Housing lost', 0)`);
    expect(db.prepare('SELECT offers, case_id FROM case_reviews').get()).toEqual({
      offers: '[]',
      case_id: 'c1',
    });
    db.exec(`DELETE FROM cases WHERE id = 'c1'`);
    expect(db.prepare('SELECT case_id FROM case_reviews').get()).toEqual({ case_id: null });
    db.exec(`DELETE FROM agenda_items WHERE id = 'i1'`);
    expect(db.prepare('SELECT count(*) AS n FROM case_reviews').get()).toEqual({ n: 0 });
  });
});
