import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/core/db/migrate';
import { migrations } from '../../../electron/core/db/migrations';

/* Migrate to 7 with a meeting in place, migrate to 8, check the new tables and their rules. */
describe('0008-privacy-log', () => {
  const at8 = () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, migrations, 7);
    db.exec(`
      INSERT INTO meetings (id, title, kind, date, start_time, end_time, time_zone, starts_at,
          ends_at, created_at, updated_at)
        VALUES ('m1', 'Case consultation', 'case_consultation', '2026-12-01', '09:30', '11:00',
          'America/Toronto', 1, 2, 0, 0);
    `);
    migrate(db, migrations, 8);
    return db;
  };
  const count = (db: Database.Database, table: string) =>
    (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

  it('keeps what was there and starts with an empty log and no issues', () => {
    const db = at8();
    expect(db.prepare('SELECT id, title FROM meetings').all()).toEqual([
      { id: 'm1', title: 'Case consultation' },
    ]);
    for (const table of ['access_log', 'system_issues', 'system_issue_tags', 'system_issue_raises'])
      expect(count(db, table)).toBe(0);
  });

  it('logs only the actions it knows', () => {
    const db = at8();
    db.exec(`INSERT INTO access_log (id, at, action, what, os_user)
      VALUES ('a1', 1, 'export', 'Minutes exported (PDF)', 'ana')`);
    expect(() =>
      db.exec(`INSERT INTO access_log (id, at, action, what, os_user)
        VALUES ('a2', 1, 'peek', 'Something', 'ana')`),
    ).toThrow(/CHECK/);
  });

  it('keeps a raise when its meeting goes, and removes tags and raises with their issue', () => {
    const db = at8();
    db.exec(`
      INSERT INTO system_issues (id, title, category, created_at, updated_at)
        VALUES ('s1', 'No detox beds on weekends', 'difficulty', 0, 0);
      INSERT INTO system_issue_tags (issue_id, tag, key, position)
        VALUES ('s1', 'Addictions', 'addictions', 0);
      INSERT INTO system_issue_raises (id, issue_id, meeting_id, raised_on, created_at)
        VALUES ('r1', 's1', 'm1', '2026-12-01', 0), ('r2', 's1', NULL, '2026-12-09', 0);
    `);
    // One tag per key: the same tag in other capitals is the same tag.
    expect(() =>
      db.exec(`INSERT INTO system_issue_tags (issue_id, tag, key, position)
        VALUES ('s1', 'ADDICTIONS', 'addictions', 1)`),
    ).toThrow(/UNIQUE/);
    expect(() => db.exec(`UPDATE system_issues SET status = 'forgotten' WHERE id = 's1'`)).toThrow(
      /CHECK/,
    );

    db.exec(`DELETE FROM meetings WHERE id = 'm1'`);
    expect(db.prepare('SELECT id, meeting_id FROM system_issue_raises ORDER BY id').all()).toEqual([
      { id: 'r1', meeting_id: null },
      { id: 'r2', meeting_id: null },
    ]);
    db.exec(`DELETE FROM system_issues WHERE id = 's1'`);
    expect(count(db, 'system_issue_tags')).toBe(0);
    expect(count(db, 'system_issue_raises')).toBe(0);
  });

  it('finds issues by tag through an index', () => {
    const db = at8();
    const plan = db
      .prepare(
        `EXPLAIN QUERY PLAN SELECT issue_id FROM system_issue_tags WHERE key = 'housing supply'`,
      )
      .all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/USING (COVERING )?INDEX/);
  });
});
