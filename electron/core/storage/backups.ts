import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import {
  BACKUP_NAME_PATTERN,
  type BackupInfo,
  type BackupKind,
  type BackupSummary,
} from '../../../shared/contract';
import { openFile, opensWith, type Db } from '../db/open';
import { copyAtomically, publish, removeSideFiles } from './files';

export const DAY_MS = 86_400_000;

/** Copies kept per kind; older ones are deleted after each new backup of that kind. */
export const RETENTION: Record<BackupKind, number> = {
  daily: 7,
  weekly: 4,
  manual: 5,
  'pre-migration': 5,
  'pre-restore': 5,
};

/** A backup on disk. `id` is the file name: unique across folders because it carries the time. */
export interface BackupFile {
  id: string;
  path: string;
  folder: string;
  createdAt: number;
  kind: BackupKind;
  sizeBytes: number;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function backupName(createdAt: number, kind: BackupKind, attempt = 1): string {
  const d = new Date(createdAt);
  const day = `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}`;
  const time = `${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}`;
  const suffix = attempt > 1 ? `-${attempt}` : '';
  return `roundtable-${day}-${time}-${pad(d.getUTCMilliseconds(), 3)}-${kind}${suffix}.db`;
}

/** The time and kind a backup's name records, or null for any other file. */
export function parseBackupName(name: string): { createdAt: number; kind: BackupKind } | null {
  const m = BACKUP_NAME_PATTERN.exec(name);
  if (!m) return null;
  const [, day = '', time = '', ms = '', kind] = m;
  const createdAt = Date.UTC(
    Number(day.slice(0, 4)),
    Number(day.slice(4, 6)) - 1,
    Number(day.slice(6, 8)),
    Number(time.slice(0, 2)),
    Number(time.slice(2, 4)),
    Number(time.slice(4, 6)),
    Number(ms),
  );
  return Number.isNaN(createdAt) ? null : { createdAt, kind: kind as BackupKind };
}

/** Two backups in the same millisecond are told apart by their `-2`, `-3`… suffix. */
const attemptOf = (id: string) => Number(BACKUP_NAME_PATTERN.exec(id)?.[5] ?? 1);
const newestFirst = (a: BackupFile, b: BackupFile) =>
  b.createdAt - a.createdAt || attemptOf(b.id) - attemptOf(a.id);

/** Backups in one folder; a folder that is missing or unreachable simply has none. */
export function scanFolder(folder: string): BackupFile[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  const files: BackupFile[] = [];
  for (const id of names) {
    const parsed = parseBackupName(id);
    if (!parsed) continue;
    const file = path.join(folder, id);
    try {
      const stat = statSync(file);
      if (stat.isFile()) files.push({ id, path: file, folder, ...parsed, sizeBytes: stat.size });
    } catch {
      // Deleted between readdir and stat (retention in another call): not a backup any more.
    }
  }
  return files;
}

/** Newest first. A name seen in two folders (the same file through two paths) is listed once. */
export function scanFolders(folders: readonly string[]): BackupFile[] {
  const seen = new Set<string>();
  return folders
    .flatMap(scanFolder)
    .filter((f) => !seen.has(f.id) && seen.add(f.id))
    .sort(newestFirst);
}

const SUMMARY_TABLES = ['organizations', 'people', 'meetings', 'actions', 'terms'] as const;

/** Counts the tables this database has (later schema versions add meetings, actions, terms). */
export function summarize(db: Db): BackupSummary {
  const present = new Set(
    db
      .prepare<[], { name: string }>("SELECT name FROM sqlite_schema WHERE type = 'table'")
      .all()
      .map((r) => r.name),
  );
  const counts: Partial<Record<(typeof SUMMARY_TABLES)[number], number>> = {};
  for (const table of SUMMARY_TABLES) {
    if (!present.has(table)) continue;
    // `table` comes from the constant list above, never from input.
    counts[table] = (db.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n;
  }
  return { organizations: 0, people: 0, ...counts };
}

/**
 * Opens a backup read-only: with the data key, or unencrypted (a backup from before the database
 * was encrypted); whichever reads. Throws if neither does (damaged, or another key).
 */
export function openBackup(file: string, key: Buffer | null): Db {
  const usable = key && opensWith(file, key, { readonly: true }) ? key : null;
  const db = openFile(file, { key: usable, readonly: true, fileMustExist: true });
  try {
    db.prepare('SELECT count(*) FROM sqlite_schema').get();
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}

/** What the Backups list shows; a file that cannot be read is listed with null details. */
export function describeBackup(file: BackupFile, key: Buffer | null = null): BackupInfo {
  const base = {
    id: file.id,
    createdAt: file.createdAt,
    kind: file.kind,
    sizeBytes: file.sizeBytes,
    folder: file.folder,
  };
  let db: Db | undefined;
  try {
    db = openBackup(file.path, key);
    const schemaVersion = db.pragma('user_version', { simple: true }) as number;
    return { ...base, schemaVersion, summary: summarize(db) };
  } catch {
    return { ...base, schemaVersion: null, summary: null };
  } finally {
    db?.close();
  }
}

/** Leftovers of a backup interrupted by a crash; recent ones may belong to a backup in progress. */
function removeStalePartials(folder: string, now: number): void {
  for (const name of readdirSync(folder)) {
    if (!name.startsWith('.roundtable-') || !name.endsWith('.partial')) continue;
    const file = path.join(folder, name);
    try {
      if (now - statSync(file).mtimeMs > DAY_MS / 24) {
        rmSync(file, { force: true });
        removeSideFiles(file);
      }
    } catch {
      // Already gone.
    }
  }
}

function reserve(folder: string, createdAt: number, kind: BackupKind) {
  mkdirSync(folder, { recursive: true });
  removeStalePartials(folder, Date.now());
  const taken = new Set(readdirSync(folder));
  let attempt = 1;
  while (taken.has(backupName(createdAt, kind, attempt))) attempt++;
  const id = backupName(createdAt, kind, attempt);
  // A dot name that does not match the pattern: never listed, never restored, until renamed.
  return { id, final: path.join(folder, id), temp: path.join(folder, `.${id}.partial`) };
}

/**
 * A backup is one self-contained file: the online backup copies the live database's WAL flag,
 * and a WAL file would need its side files (and a writable folder) to be read.
 */
function makeSelfContained(temp: string, key: Buffer | null): void {
  const copy = openFile(temp, { key, fileMustExist: true });
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
  removeSideFiles(temp);
}

function finish(
  reserved: { id: string; final: string; temp: string },
  folder: string,
  createdAt: number,
  kind: BackupKind,
  key: Buffer | null,
) {
  makeSelfContained(reserved.temp, key);
  publish(reserved.temp, reserved.final);
  const sizeBytes = statSync(reserved.final).size;
  return { id: reserved.id, path: reserved.final, folder, createdAt, kind, sizeBytes };
}

function discard(temp: string): void {
  rmSync(temp, { force: true });
  removeSideFiles(temp);
}

/**
 * Online backup of the live database: SQLite copies it page by page between other work, without a
 * long transaction, and restarts by itself if the source changes mid-way. Never a file copy of a
 * live database, which could catch it between a write and its WAL.
 *
 * An encrypted database (`key` given) cannot use the online backup, which refuses to copy between
 * databases with different keys: it is copied with `VACUUM INTO`, which writes the copy encrypted
 * with the same key, in one read transaction (milliseconds for a meeting app's few megabytes).
 */
export async function createBackup(
  db: Db,
  folder: string,
  kind: BackupKind,
  createdAt: number,
  key: Buffer | null = null,
): Promise<BackupFile> {
  if (key) return createBackupSync(db, folder, kind, createdAt, key);
  const reserved = reserve(folder, createdAt, kind);
  try {
    await db.backup(reserved.temp);
    return finish(reserved, folder, createdAt, kind, null);
  } catch (error) {
    discard(reserved.temp);
    throw error;
  }
}

/**
 * The synchronous variant, for the start-up path before migrations, where nothing else runs yet.
 * `VACUUM INTO` writes a compact, consistent copy (and works on an encrypted database too).
 */
export function createBackupSync(
  db: Db,
  folder: string,
  kind: BackupKind,
  createdAt: number,
  key: Buffer | null = null,
): BackupFile {
  const reserved = reserve(folder, createdAt, kind);
  try {
    db.prepare('VACUUM INTO ?').run(reserved.temp);
    return finish(reserved, folder, createdAt, kind, key);
  } catch (error) {
    discard(reserved.temp);
    throw error;
  }
}

/**
 * The safety copy of a database SQLite cannot read, so the online backup cannot copy it: the raw
 * file, with its WAL beside it under the matching name so that SQLite would read them together.
 * Only ever done on a closed file. It is listed like any backup and kept for whoever tries to
 * salvage it, but a restore accepts it only if it passes the integrity check.
 */
export function copyClosedDatabase(
  file: string,
  folder: string,
  kind: BackupKind,
  createdAt: number,
): BackupFile {
  const reserved = reserve(folder, createdAt, kind);
  if (existsSync(`${file}-wal`)) copyAtomically(`${file}-wal`, `${reserved.final}-wal`);
  copyAtomically(file, reserved.final);
  const sizeBytes = statSync(reserved.final).size;
  return { id: reserved.id, path: reserved.final, folder, createdAt, kind, sizeBytes };
}

/** Deletes the oldest copies of `kind` in `folder` beyond its retention; returns their names. */
export function prune(folder: string, kind: BackupKind): string[] {
  const old = scanFolder(folder)
    .filter((f) => f.kind === kind)
    .sort(newestFirst)
    .slice(RETENTION[kind]);
  for (const file of old) {
    rmSync(file.path, { force: true });
    removeSideFiles(file.path);
  }
  return old.map((f) => f.id);
}

/**
 * The automatic backup due at start, if any: a weekly one when the newest weekly copy is a week
 * old, else a daily one when the newest backup of any kind is a day old.
 */
export function dueKind(files: readonly BackupFile[], now: number): BackupKind | null {
  const newest = (kinds: readonly BackupKind[]) =>
    Math.max(-Infinity, ...files.filter((f) => kinds.includes(f.kind)).map((f) => f.createdAt));
  if (now - newest(['weekly']) >= 7 * DAY_MS) return 'weekly';
  if (now - newest(['daily', 'weekly', 'manual', 'pre-migration', 'pre-restore']) >= DAY_MS) {
    return 'daily';
  }
  return null;
}
