import Database from 'better-sqlite3-multiple-ciphers';
import type { Db } from './database';
import { migrate, schemaVersion, type Migration } from './migrate';
import { migrations as allMigrations } from './migrations';

export type { Db } from './database';

/** SQLite's words for "this file is not what it should be" (extended codes included). */
export const isDamageCode = (code: string) =>
  code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT');

/**
 * better-sqlite3(-multiple-ciphers) 13 is a Node-API 10 addon: on an older Node (20 is on some PATHs) opening a
 * database segfaults with no message, so refuse with a readable one first.
 */
export function assertNodeApi(napi: string | undefined = process.versions.napi): void {
  if (!napi || Number(napi) < 10) {
    throw new Error(
      `Roundtable needs Node-API 10 (Node 22.14 or newer); this Node (${process.version}) has Node-API ${napi ?? 'none'}. ` +
        'Run it through the npm scripts or `npx node`, which use the project’s Node 22.',
    );
  }
}

/** The file exists but is not a readable SQLite database: the host offers to restore a backup. */
export class DatabaseDamagedError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(
      `The database file ${file} is damaged or is not a Roundtable database (${reason}). ` +
        'It has not been changed; restore a backup to continue.',
    );
    this.name = 'DatabaseDamagedError';
  }
}

export interface OpenOptions {
  /**
   * Called before pending migrations run on an existing file database (user_version > 0), e.g.
   * to make a backup. If it throws, nothing is migrated and the error propagates.
   */
  beforeMigrate?: (db: Db, from: number, to: number) => void;
  /** Tests pass a longer list to exercise a migration that has not shipped. */
  migrations?: readonly Migration[];
  /**
   * The 256-bit data key of an encrypted file (see core/vault). Without it the file is opened
   * unencrypted, as in-memory test databases are. A wrong key is reported like damage (SQLite
   * sees "not a database"): callers that may hold the wrong key check with `opensWith` first.
   */
  key?: Buffer | null;
}

/** SQLCipher 4's format, with the raw key: a random key needs no key derivation. */
const CIPHER = 'sqlcipher';

/**
 * Sets the key before any other statement (SQLite reads the file lazily, at the first one).
 * The key goes in as hex, so no byte of it can end the statement.
 */
export function useKey(db: Db, key: Buffer): void {
  if (key.length !== 32) throw new Error('A database key is 32 bytes.');
  db.pragma(`cipher = '${CIPHER}'`);
  db.pragma(`key = "x'${key.toString('hex')}'"`);
}

/**
 * Re-encrypts the open database `db` with `key` (or encrypts a plain one). SQLite3 Multiple
 * Ciphers cannot rekey in WAL mode, so the journal leaves WAL while it runs and returns after.
 */
export function rekeyDatabase(db: Db, key: Buffer): void {
  if (key.length !== 32) throw new Error('A database key is 32 bytes.');
  const mode = String(db.pragma('journal_mode', { simple: true }));
  db.pragma('journal_mode = DELETE');
  try {
    db.pragma(`cipher = '${CIPHER}'`);
    db.pragma(`rekey = "x'${key.toString('hex')}'"`);
  } finally {
    if (mode === 'wal') db.pragma('journal_mode = WAL');
  }
}

/** Opens a file as it is, with `key` if given: no pragmas, no migrations (backups, probes). */
export function openFile(
  file: string,
  options: { key?: Buffer | null; readonly?: boolean; fileMustExist?: boolean } = {},
): Db {
  assertNodeApi();
  const db = new Database(file, {
    readonly: options.readonly ?? false,
    fileMustExist: options.fileMustExist ?? false,
  });
  try {
    if (options.key) useKey(db, options.key);
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}

/**
 * Whether `file` can be read with `key` (null: as an unencrypted database). Read-only for
 * backups; the live file is opened read-write, since a read-only open of a WAL database may need
 * to create its shared-memory file (reading changes nothing either way).
 */
export function opensWith(file: string, key: Buffer | null, { readonly = false } = {}): boolean {
  let db: Db | undefined;
  try {
    db = openFile(file, { key, readonly, fileMustExist: true });
    db.prepare('SELECT count(*) FROM sqlite_schema').get();
    return true;
  } catch {
    return false;
  } finally {
    db?.close();
  }
}

/** Opens (creating if needed) and migrates the database at `file` (or `:memory:`). */
export function openDatabase(file: string, options: OpenOptions = {}): Db {
  assertNodeApi();
  const list = options.migrations ?? allMigrations;
  const db = new Database(file);
  try {
    if (options.key) useKey(db, options.key);
    applyPragmas(db);
    const from = schemaVersion(db);
    if (options.beforeMigrate && !db.memory && from > 0 && from < list.length) {
      options.beforeMigrate(db, from, list.length);
    }
    migrate(db, list);
  } catch (error) {
    db.close();
    // SQLite reads the file lazily: a file that is not a database fails at the first pragma.
    if (error instanceof Database.SqliteError && isDamageCode(error.code)) {
      throw new DatabaseDamagedError(file, error.message);
    }
    throw error;
  }
  return db;
}

export function applyPragmas(db: Db): void {
  db.pragma('journal_mode = WAL');
  // A meeting app writes little; FULL keeps the last commits through a power loss.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
}
