import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/core/db/migrate';
import { migrations } from '../../../electron/core/db/migrations';

/*
 * The per-migration pattern: migrate to N-1, insert what existed then, migrate to N, check.
 * 0001 is the first, so N-1 is the empty database.
 */
describe('0001-directory', () => {
  const at1 = () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, migrations, 0);
    migrate(db, migrations, 1);
    return db;
  };
  const org = (db: Database.Database, id: string, name: string, kind = 'other') =>
    db
      .prepare(
        'INSERT INTO organizations (id, name, name_key, kind, created_at, updated_at) VALUES (?, ?, ?, ?, 0, 0)',
      )
      .run(id, name, name.toLowerCase(), kind);

  it('creates the directory tables with their constraints', () => {
    const db = at1();
    org(db, 'o1', 'Shelter');
    expect(() => org(db, 'o2', 'SHELTER')).toThrow(/UNIQUE/); // same name_key
    expect(() => org(db, 'o3', 'X', 'agency')).toThrow(/CHECK/);
    // STRICT: a number is not silently stored where text belongs.
    expect(() =>
      db
        .prepare(
          "INSERT INTO organizations (id, name, name_key, kind, created_at, updated_at) VALUES ('o4', 'Y', 'y', 'other', 'soon', 0)",
        )
        .run(),
    ).toThrow(/cannot store TEXT value in INTEGER column/);

    db.prepare(
      "INSERT INTO people (id, name, name_key, created_at, updated_at) VALUES ('p1', 'Ana', 'ana', 0, 0)",
    ).run();
    db.prepare(
      "INSERT INTO memberships (id, person_id, organization_id, start_date, created_at) VALUES ('m1', 'p1', 'o1', '2026-01-01', 0)",
    ).run();
    expect(() =>
      db.prepare("UPDATE memberships SET end_date = '2025-01-01' WHERE id = 'm1'").run(),
    ).toThrow(/CHECK/);
    // An organization with people on record cannot be deleted; a person's memberships go with them.
    expect(() => db.prepare("DELETE FROM organizations WHERE id = 'o1'").run()).toThrow(
      /FOREIGN KEY/,
    );
    db.prepare("DELETE FROM people WHERE id = 'p1'").run();
    expect(db.prepare('SELECT count(*) AS n FROM memberships').get()).toEqual({ n: 0 });
  });
});
