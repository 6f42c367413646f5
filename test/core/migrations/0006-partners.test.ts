import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/core/db/migrate';
import { migrations } from '../../../electron/core/db/migrations';

describe('0006-partners', () => {
  const at6 = () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, migrations, 5);
    db.exec(`
      INSERT INTO organizations (id, name, kind, created_at, updated_at, name_key)
      VALUES ('o1', 'Shelter North', 'funded_program', 0, 0, 'shelter north'),
             ('o2', 'Community Health', 'external_partner', 0, 0, 'community health');
      INSERT INTO people (id, name, created_at, updated_at, name_key)
      VALUES ('p1', 'Ana Tremblay', 0, 0, 'ana tremblay');
    `);
    migrate(db, migrations, 6);
    return db;
  };
  const count = (db: Database.Database, table: string) =>
    (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

  it('keeps organizations as they were, with no profile until one is set, and fills defaults', () => {
    const db = at6();
    expect(count(db, 'organizations')).toBe(2);
    expect(count(db, 'partner_profiles')).toBe(0);
    db.exec(
      `INSERT INTO partner_profiles (organization_id, created_at, updated_at) VALUES ('o1', 0, 0)`,
    );
    expect(db.prepare('SELECT network_status, cadence FROM partner_profiles').get()).toEqual({
      network_status: 'member',
      cadence: 'monthly',
    });
  });

  it('removes an organization’s partner records with it, and a person’s name from contacts', () => {
    const db = at6();
    db.exec(`
      INSERT INTO partner_profiles (organization_id, created_at, updated_at) VALUES ('o2', 0, 0);
      INSERT INTO partner_contacts (id, organization_id, person_id, date, channel, created_at, updated_at)
        VALUES ('c1', 'o2', 'p1', '2026-11-02', 'call', 0, 0),
               ('c2', 'o1', 'p1', '2026-11-03', 'email', 0, 0);
      INSERT INTO significant_changes (id, title, organization_id, created_at, updated_at)
        VALUES ('s1', 'Intake criteria', 'o2', 0, 0), ('s2', 'New program', NULL, 0, 0);
      INSERT INTO change_notices (change_id, organization_id, created_at)
        VALUES ('s1', 'o1', 0), ('s2', 'o2', 0), ('s2', 'o1', 0);
      INSERT INTO org_connections (id, from_id, to_id, kind, created_at, updated_at)
        VALUES ('k1', 'o1', 'o2', 'refers_to', 0, 0), ('k2', 'o2', 'o1', 'funds', 0, 0);
    `);
    db.exec(`DELETE FROM organizations WHERE id = 'o2'`);
    expect(count(db, 'partner_profiles')).toBe(0);
    expect(db.prepare('SELECT id FROM partner_contacts').all()).toEqual([{ id: 'c2' }]);
    // Its own change goes, and it leaves the checklist of the others.
    expect(db.prepare('SELECT id FROM significant_changes').all()).toEqual([{ id: 's2' }]);
    expect(db.prepare('SELECT change_id, organization_id FROM change_notices').all()).toEqual([
      { change_id: 's2', organization_id: 'o1' },
    ]);
    expect(count(db, 'org_connections')).toBe(0);

    db.exec(`DELETE FROM people WHERE id = 'p1'`);
    expect(db.prepare('SELECT id, person_id FROM partner_contacts').all()).toEqual([
      { id: 'c2', person_id: null },
    ]);
  });

  it('refuses a connection to itself, the same live connection twice, and unknown values', () => {
    const db = at6();
    const connect = (id: string, deleted: number | null = null) =>
      db
        .prepare(
          `INSERT INTO org_connections (id, from_id, to_id, kind, deleted_at, created_at, updated_at)
           VALUES (?, 'o1', 'o2', 'partners_with', ?, 0, 0)`,
        )
        .run(id, deleted);
    expect(() =>
      db.exec(`INSERT INTO org_connections (id, from_id, to_id, kind, created_at, updated_at)
               VALUES ('k0', 'o1', 'o1', 'funds', 0, 0)`),
    ).toThrow(/CHECK/);
    connect('k1', 5);
    connect('k2');
    expect(() => connect('k3')).toThrow(/UNIQUE/);
    expect(() =>
      db.exec(`INSERT INTO partner_contacts (id, organization_id, date, channel, created_at, updated_at)
               VALUES ('c1', 'o1', '2026-11-02', 'fax', 0, 0)`),
    ).toThrow(/CHECK/);
    expect(() =>
      db.exec(`INSERT INTO partner_profiles (organization_id, cadence, created_at, updated_at)
               VALUES ('o1', 'daily', 0, 0)`),
    ).toThrow(/CHECK/);
  });

  it('derives who was present at meetings held, from attendance already there and as it changes', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, migrations, 5);
    db.exec(`
      INSERT INTO organizations (id, name, kind, created_at, updated_at, name_key)
      VALUES ('o1', 'Shelter North', 'funded_program', 0, 0, 'shelter north'),
             ('o2', 'Community Health', 'external_partner', 0, 0, 'community health');
      INSERT INTO meetings (id, title, kind, date, start_time, end_time, time_zone, starts_at,
        ends_at, status, created_at, updated_at)
      VALUES ('m1', 'Held', 'committee', '2026-11-03', '09:30', '11:00', 'America/Toronto', 1, 2,
                'ended', 0, 0),
             ('m2', 'Planned', 'committee', '2026-12-01', '09:30', '11:00', 'America/Toronto', 3,
                4, 'planned', 0, 0);
      INSERT INTO attendance (id, meeting_id, organization_id, status, position, created_at)
      VALUES ('a1', 'm1', 'o1', 'present', 0, 0), ('a2', 'm1', 'o2', 'absent', 1, 0),
             ('a3', 'm2', 'o2', 'present', 0, 0);
    `);
    migrate(db, migrations, 6);
    const presence = () =>
      db
        .prepare('SELECT organization_id, meeting_id, date FROM org_presence ORDER BY 1, 2')
        .all()
        .map((r) => Object.values(r as object).join(' '));
    // Only a meeting held counts: the planned one's "present" is not an attendance yet.
    expect(presence()).toEqual(['o1 m1 2026-11-03']);

    db.exec(`UPDATE attendance SET status = 'present' WHERE id = 'a2'`);
    db.exec(`INSERT INTO attendance (id, meeting_id, organization_id, status, position, created_at)
             VALUES ('a4', 'm1', 'o1', 'present', 2, 0)`);
    expect(presence()).toEqual(['o1 m1 2026-11-03', 'o2 m1 2026-11-03']);
    // Someone else from the shelter is still there.
    db.exec(`DELETE FROM attendance WHERE id = 'a1'`);
    expect(presence()).toEqual(['o1 m1 2026-11-03', 'o2 m1 2026-11-03']);
    db.exec(`UPDATE attendance SET status = 'regrets' WHERE id = 'a4'`);
    expect(presence()).toEqual(['o2 m1 2026-11-03']);

    db.exec(`UPDATE meetings SET status = 'in_progress' WHERE id = 'm2'`);
    expect(presence()).toEqual(['o2 m1 2026-11-03', 'o2 m2 2026-12-01']);
    db.exec(`UPDATE meetings SET date = '2026-12-02' WHERE id = 'm2'`);
    expect(presence()).toEqual(['o2 m1 2026-11-03', 'o2 m2 2026-12-02']);
    db.exec(`UPDATE meetings SET status = 'cancelled' WHERE id = 'm2'`);
    expect(presence()).toEqual(['o2 m1 2026-11-03']);
    db.exec(`UPDATE attendance SET organization_id = 'o1' WHERE id = 'a2'`);
    expect(presence()).toEqual(['o1 m1 2026-11-03']);
    db.exec(`DELETE FROM meetings WHERE id = 'm1'`);
    expect(presence()).toEqual([]);
  });
});
