import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/core/db/migrate';
import { migrations } from '../../../electron/core/db/migrations';

describe('0005-networking', () => {
  const at5 = () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, migrations, 4);
    db.exec(`
      INSERT INTO meetings (id, series_id, occurrence_date, title, kind, date, start_time,
        end_time, time_zone, starts_at, ends_at, created_at, updated_at)
      VALUES ('m1', NULL, NULL, 'Speed networking', 'speed_networking', '2026-12-01', '09:30',
        '11:00', 'America/Toronto', 1, 2, 0, 0);
    `);
    migrate(db, migrations, 5);
    return db;
  };

  it('keeps a session, its participants and rounds with their meeting, and removes them with it', () => {
    const db = at5();
    db.exec(`
      INSERT INTO networking_sessions (meeting_id, created_at, updated_at) VALUES ('m1', 0, 0);
      INSERT INTO networking_participants (id, meeting_id, name, position, created_at)
        VALUES ('p1', 'm1', 'Ana', 0, 0), ('p2', 'm1', 'Ben', 1, 0);
      INSERT INTO networking_rounds (meeting_id, number, tables) VALUES ('m1', 1, '[["p1","p2"]]');
      INSERT INTO networking_contacts (meeting_id, a_key, b_key, round)
        VALUES ('m1', 'n:ana|', 'n:ben|', 1);
    `);
    const session = db.prepare('SELECT * FROM networking_sessions').get() as Record<
      string,
      unknown
    >;
    expect(session).toMatchObject({
      group_size: 2,
      phase: 'setup',
      round: 0,
      separate_same_org: 1,
    });
    db.exec(`DELETE FROM meetings WHERE id = 'm1'`);
    for (const table of [
      'networking_sessions',
      'networking_participants',
      'networking_rounds',
      'networking_contacts',
    ])
      expect(db.prepare(`SELECT count(*) AS n FROM ${table}`).get()).toEqual({ n: 0 });
  });

  it('refuses tables outside 2–8 and a contact pair out of order', () => {
    const db = at5();
    expect(() =>
      db.exec(
        `INSERT INTO networking_sessions (meeting_id, group_size, created_at, updated_at) VALUES ('m1', 9, 0, 0)`,
      ),
    ).toThrow(/CHECK/);
    expect(() =>
      db.exec(
        `INSERT INTO networking_contacts (meeting_id, a_key, b_key, round) VALUES ('m1', 'n:b|', 'n:a|', 1)`,
      ),
    ).toThrow(/CHECK/);
  });
});
