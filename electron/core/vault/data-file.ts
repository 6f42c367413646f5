import { existsSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import {
  DatabaseDamagedError,
  openDatabase,
  openFile,
  opensWith,
  rekeyDatabase,
  type Db,
} from '../db/open';
import { DatabaseTooNewError, schemaVersion } from '../db/migrate';
import { migrations } from '../db/migrations';
import type { Clock, Logger } from '../ports';
import { createBackupSync, prune, scanFolders, type BackupFile } from '../storage/backups';
import { backupFolders, type StorageOptions } from '../storage/config';
import { reencryptFile } from '../storage/encrypted-files';
import { publish, removeSideFiles } from '../storage/files';
import { checkIntegrity } from '../storage/integrity';
import { inBackupFolder, preMigrationBackup } from '../storage/service';

/** What the database file is, as far as the keys at hand can tell. */
export type FileState =
  /** No database yet: it will be created, encrypted. */
  | 'missing'
  /** Encrypted with the current key. */
  | 'current'
  /** Encrypted with the previous key: a rekey was interrupted before it rewrote the file. */
  | 'retiring'
  /** Not encrypted: from before encryption (or a conversion interrupted before the swap). */
  | 'plaintext'
  /** Damaged, or encrypted with a key that is lost. */
  | 'unreadable';

export function classifyDatabase(
  file: string,
  key: Buffer | null,
  retiring: Buffer | null = null,
): FileState {
  if (!existsSync(file)) return 'missing';
  const stat = statSync(file);
  if (!stat.isFile()) throw new Error(`${file} is not a file, so it cannot hold the database.`);
  // With WAL, a new database's first pages may still be in its -wal file only.
  if (stat.size === 0 && !existsSync(`${file}-wal`)) return 'missing';
  if (key && opensWith(file, key)) return 'current';
  if (retiring && opensWith(file, retiring)) return 'retiring';
  if (opensWith(file, null)) return 'plaintext';
  return 'unreadable';
}

/** Rows per table (SQLite's own aside): the conversion must keep every one. */
function rowCounts(db: Db): Record<string, number> {
  const tables = db
    .prepare<[], { name: string }>(
      "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    .all();
  return Object.fromEntries(
    tables.map(({ name }) => [
      name,
      (
        db.prepare(`SELECT count(*) AS n FROM "${name.replaceAll('"', '""')}"`).get() as {
          n: number;
        }
      ).n,
    ]),
  );
}

/**
 * Encrypts the unencrypted database `storage.file` with `key`:
 * 1. a backup of it as it is ('pre-migration'), before anything else; if it fails, nothing changes;
 * 2. a compact copy (`VACUUM INTO`), encrypted in place (`PRAGMA rekey`), beside the database;
 * 3. checked: it opens with the key, passes the quick check and has every row of every table;
 * 4. renamed over the database. A crash before this leaves the unencrypted file, converted again
 *    at the next start (the key file is written before this runs, see the vault).
 * Returns the backup, which the caller encrypts too once the conversion has succeeded.
 */
export function encryptDatabaseFile(
  storage: StorageOptions,
  key: Buffer,
  clock: Clock,
): BackupFile {
  const file = storage.file;
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.encrypting`);
  const discard = () => {
    rmSync(temp, { force: true });
    removeSideFiles(temp);
  };
  let backup: BackupFile;
  let counts: Record<string, number>;
  const plain = openFile(file, { fileMustExist: true });
  try {
    plain.pragma('busy_timeout = 5000');
    // A newer Roundtable's file is refused untouched, as `migrate` would refuse it.
    const found = schemaVersion(plain);
    if (found > migrations.length) throw new DatabaseTooNewError(found, migrations.length);
    try {
      backup = inBackupFolder(storage, 'pre-migration', (folder) => {
        const made = createBackupSync(plain, folder, 'pre-migration', clock.now());
        prune(folder, 'pre-migration');
        return made;
      });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(
        `Roundtable could not back up its database before encrypting it: ${reason}. Nothing was changed. ` +
          'Free some space or check the backup folder, then try again.',
        { cause: error },
      );
    }
    discard();
    plain.prepare('VACUUM INTO ?').run(temp);
    counts = rowCounts(plain);
  } finally {
    plain.close();
  }
  try {
    const copy = openFile(temp, { fileMustExist: true });
    try {
      rekeyDatabase(copy, key);
    } finally {
      copy.close();
    }
    const check = openFile(temp, { key, fileMustExist: true });
    try {
      const report = checkIntegrity(check);
      const after = rowCounts(check);
      if (report.status !== 'ok' || JSON.stringify(after) !== JSON.stringify(counts)) {
        throw new Error('The encrypted copy of the database does not match the original.');
      }
    } finally {
      check.close();
    }
    removeSideFiles(temp);
    removeSideFiles(file);
    publish(temp, file);
  } catch (error) {
    discard();
    throw error;
  }
  return backup;
}

export interface BackupsRekeyed {
  reencrypted: number;
  /** Names of backups that could not be rewritten (read-only folder): still under the old key. */
  left: string[];
}

/**
 * Brings every reachable backup under `key`: those under `previous` (a rekey) and unencrypted ones
 * (from before the encryption: they must not stay readable by anyone who copies the folder).
 * Backups that no key at hand reads (damaged ones kept for salvage) are left alone.
 */
export function encryptBackups(
  storage: StorageOptions,
  key: Buffer,
  previous: Buffer | null,
  log: Logger,
): BackupsRekeyed {
  const result: BackupsRekeyed = { reencrypted: 0, left: [] };
  for (const backup of scanFolders(backupFolders(storage))) {
    if (opensWith(backup.path, key, { readonly: true })) continue;
    let from: Buffer | null | undefined;
    if (previous && opensWith(backup.path, previous, { readonly: true })) from = previous;
    else if (opensWith(backup.path, null, { readonly: true })) from = null;
    if (from === undefined) continue;
    try {
      reencryptFile(backup.path, from, key);
      result.reencrypted++;
    } catch (error) {
      log(`Could not encrypt the backup ${backup.id} with the current key`, error);
      result.left.push(backup.id);
    }
  }
  return result;
}

export interface OpenedData {
  db: Db;
  /** Set when the file could not be read: `db` is then an empty in-memory stand-in. */
  damaged: string[] | null;
  /** An unencrypted database was converted now. */
  converted: boolean;
}

export const standIn = () => openDatabase(':memory:');

/**
 * Opens the database with `key`, whatever state a previous run left it in: converted first if it
 * is unencrypted, re-keyed if a rekey stopped half-way (`retiring`), migrated as usual (with its
 * pre-migration backup), or as a damaged stand-in if it cannot be read.
 */
export function openData(
  storage: StorageOptions,
  key: Buffer,
  retiring: Buffer | null,
  clock: Clock,
  log: Logger,
  unreadable = 'it is damaged, or it was encrypted with another key',
): OpenedData {
  const state = classifyDatabase(storage.file, key, retiring);
  let converted = false;
  if (state === 'unreadable') {
    return {
      db: standIn(),
      damaged: [`The database file could not be read: ${unreadable}.`],
      converted,
    };
  }
  if (state === 'plaintext') {
    // A damaged file is not converted (a copy would drop what cannot be read): recovery mode,
    // where restoring a backup brings it back encrypted.
    const plain = openFile(storage.file, { fileMustExist: true });
    let report;
    try {
      report = checkIntegrity(plain);
    } finally {
      plain.close();
    }
    if (report.status === 'damaged') {
      log('The unencrypted database is damaged; not converting it', report.problems);
      return { db: standIn(), damaged: report.problems, converted };
    }
    encryptDatabaseFile(storage, key, clock);
    encryptBackups(storage, key, null, log);
    converted = true;
  }
  if (state === 'retiring' && retiring) {
    const db = openFile(storage.file, { key: retiring, fileMustExist: true });
    try {
      rekeyDatabase(db, key);
    } finally {
      db.close();
    }
  }
  try {
    const db = openDatabase(storage.file, {
      key,
      beforeMigrate: preMigrationBackup(storage, clock, key),
    });
    return { db, damaged: null, converted };
  } catch (error) {
    if (!(error instanceof DatabaseDamagedError)) throw error;
    log('The database file is damaged; starting in recovery mode', error);
    return {
      db: standIn(),
      damaged: [`The database file could not be read (${error.reason}).`],
      converted,
    };
  }
}
