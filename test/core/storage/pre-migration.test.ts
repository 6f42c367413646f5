import Database from 'better-sqlite3-multiple-ciphers';
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { schemaVersion, type Migration } from '../../../electron/core/db/migrate';
import { migrations } from '../../../electron/core/db/migrations';
import { openDatabase } from '../../../electron/core/db/open';
import { openCore } from '../../../electron/core/open-core';
import { storagePaths } from '../../../electron/core/storage/config';
import { preMigrationBackup } from '../../../electron/core/storage/service';
import { useTempDirs } from '../../helpers/temp-dirs';

const tempDir = useTempDirs('roundtable-pre-migration-');
const clock = { now: () => Date.UTC(2026, 10, 23, 14, 0) };

/** A migration that has not shipped, so that today's schema is "older than the code". */
const today = migrations.length;
const unshipped: Migration = {
  version: today + 1,
  name: `${String(today + 1).padStart(4, '0')}-test-agendas`,
  up: (db) => db.exec('CREATE TABLE test_agendas (id TEXT PRIMARY KEY) STRICT'),
};
const future = [...migrations, unshipped];

function databaseAtToday() {
  const storage = storagePaths(tempDir());
  const db = openDatabase(storage.file);
  db.prepare(
    "INSERT INTO organizations (id, name, name_key, kind, created_at, updated_at) VALUES ('o1', 'Shelter', 'shelter', 'other', 0, 0)",
  ).run();
  db.close();
  return storage;
}

const backupsIn = (dir: string) => {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
};

describe('the backup before a migration', () => {
  it('is made from the old schema, then the migration runs', () => {
    const storage = databaseAtToday();
    const db = openDatabase(storage.file, {
      migrations: future,
      beforeMigrate: preMigrationBackup(storage, clock),
    });
    expect(schemaVersion(db)).toBe(today + 1);
    db.close();
    expect(backupsIn(storage.backupDir)).toEqual([
      'roundtable-20261123-140000-000-pre-migration.db',
    ]);
    const backup = new Database(
      path.join(storage.backupDir, 'roundtable-20261123-140000-000-pre-migration.db'),
      {
        readonly: true,
      },
    );
    expect(schemaVersion(backup)).toBe(today);
    expect(backup.prepare('SELECT name FROM organizations').all()).toEqual([{ name: 'Shelter' }]);
    expect(backup.pragma('journal_mode', { simple: true })).toBe('delete');
    backup.close();

    // Opened again: nothing pending, no new backup.
    openDatabase(storage.file, {
      migrations: future,
      beforeMigrate: preMigrationBackup(storage, clock),
    }).close();
    expect(backupsIn(storage.backupDir)).toHaveLength(1);
  });

  it('is not made for a new, empty database or when nothing is pending', () => {
    const storage = storagePaths(tempDir());
    openCore({ storage, clock }).close();
    openCore({ storage, clock }).close();
    expect(backupsIn(storage.backupDir)).toEqual([]);
  });

  it('stops the migration, with a readable message, when it cannot be made', () => {
    const storage = databaseAtToday();
    writeFileSync(storage.backupDir, 'a file where the backup folder should be');
    expect(() =>
      openDatabase(storage.file, {
        migrations: future,
        beforeMigrate: preMigrationBackup(storage, clock),
      }),
    ).toThrow(
      new RegExp(
        `could not back up its database before updating it \\(schema ${today} to ${today + 1}\\).*Nothing was changed`,
        's',
      ),
    );
    const db = new Database(storage.file, { readonly: true });
    expect(schemaVersion(db)).toBe(today);
    db.close();
  });
});
