import Database from 'better-sqlite3-multiple-ciphers';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DatabaseTooNewError,
  migrate,
  schemaVersion,
  type Migration,
} from '../../../electron/core/db/migrate';
import { migrations } from '../../../electron/core/db/migrations';
import { assertNodeApi, openDatabase } from '../../../electron/core/db/open';
import { schemaSql } from '../../helpers/db-snapshot';

const table = (name: string, version: number): Migration => ({
  version,
  name: `${version}-${name}`,
  up: (db) => db.exec(`CREATE TABLE ${name} (id INTEGER PRIMARY KEY) STRICT`),
});

describe('migrate', () => {
  it('runs pending migrations in order and records user_version', () => {
    const db = new Database(':memory:');
    expect(migrate(db, [table('a', 1), table('b', 2)], 1)).toEqual([1]);
    expect(schemaVersion(db)).toBe(1);
    expect(migrate(db, [table('a', 1), table('b', 2)])).toEqual([2]);
    expect(migrate(db, [table('a', 1), table('b', 2)])).toEqual([]);
    expect(schemaVersion(db)).toBe(2);
  });

  it('applies all pending migrations in one transaction: a failure leaves the file untouched', () => {
    const db = new Database(':memory:');
    const broken: Migration = {
      version: 2,
      name: '2-broken',
      up: () => {
        throw new Error('boom');
      },
    };
    expect(() => migrate(db, [table('a', 1), broken])).toThrow('boom');
    expect(schemaVersion(db)).toBe(0);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name = 'a'").get()).toEqual({
      n: 0,
    });
  });

  it('refuses a database written by a newer version, with a clear message, and does not touch it', () => {
    const db = new Database(':memory:');
    db.pragma('user_version = 99');
    expect(() => migrate(db, [table('a', 1)])).toThrow(DatabaseTooNewError);
    expect(() => migrate(db, [table('a', 1)])).toThrow(
      /newer version of Roundtable.*Update Roundtable/,
    );
    expect(schemaVersion(db)).toBe(99);
  });

  it('refuses a list whose versions are out of order', () => {
    expect(() => migrate(new Database(':memory:'), [table('a', 2)])).toThrow(/out of order/);
  });

  it('lists the shipped migrations contiguously from 1', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
    for (const m of migrations)
      expect(m.name).toMatch(new RegExp(`^${String(m.version).padStart(4, '0')}-[a-z-]+$`));
  });
});

describe('openDatabase', () => {
  it('sets WAL, synchronous=FULL, foreign keys and a busy timeout on a file database', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rt-open-'));
    try {
      const db = openDatabase(join(dir, 'roundtable.db'));
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('synchronous', { simple: true })).toBe(2);
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
      expect(schemaVersion(db)).toBe(migrations.length);
      db.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses to run on a Node without Node-API 10, with a readable message instead of a crash', () => {
    expect(() => assertNodeApi('9')).toThrow(/Node-API 10 \(Node 22\.14 or newer\)/);
    expect(() => assertNodeApi('')).toThrow(/Node-API 10/);
    expect(() => assertNodeApi('10')).not.toThrow();
  });

  it('matches the reviewed schema snapshot (update it on purpose with `vitest -u` when adding a migration)', async () => {
    const db = openDatabase(':memory:');
    await expect(schemaSql(db)).toMatchFileSnapshot('./__snapshots__/schema.sql');
  });
});
