import type { Db } from '../db/open';
import { openBackup } from './backups';

export interface IntegrityReport {
  status: 'ok' | 'damaged';
  /** Plain sentences first, then a few of SQLite's own lines for whoever investigates. */
  problems: string[];
}

const MAX_DETAILS = 5;

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * `quick_check` reads every page and checks its structure (minutes of meetings are a few MB: it
 * takes milliseconds); `full` adds the index-content checks of `integrity_check`, used before a
 * backup is trusted for a restore. `foreign_key_check` finds rows pointing at rows that are gone.
 */
export function checkIntegrity(db: Db, { full = false } = {}): IntegrityReport {
  const problems: string[] = [];
  try {
    const lines = db
      .prepare<[], Record<string, string>>(
        full ? 'PRAGMA integrity_check(100)' : 'PRAGMA quick_check(100)',
      )
      .all()
      .flatMap((row) => String(Object.values(row)[0]).split('\n'))
      // SQLite prefixes its findings with the name of the attached database it checked.
      .filter((line) => line !== '' && !line.startsWith('*** in database'));
    if (!(lines.length === 1 && lines[0] === 'ok')) {
      const many = lines.length >= 100;
      problems.push(
        `The database file is damaged: its integrity check found ${many ? '100 or more' : lines.length} problem${lines.length === 1 ? '' : 's'}.`,
        ...lines.slice(0, MAX_DETAILS).map((line) => `Detail: ${line.replace(/\s+/g, ' ').trim()}`),
      );
    }
  } catch (error) {
    return {
      status: 'damaged',
      problems: [`The database file could not be read: ${messageOf(error)}.`],
    };
  }
  try {
    const orphans = db
      .prepare<[], { table: string; parent: string }>('PRAGMA foreign_key_check')
      .all();
    const grouped = Map.groupBy(orphans, (o) => `${o.table}\u0000${o.parent}`);
    for (const [key, rows] of grouped) {
      const [table, parent] = key.split('\u0000');
      problems.push(
        `${rows.length} row${rows.length === 1 ? '' : 's'} in ${table} refer${rows.length === 1 ? 's' : ''} to missing rows in ${parent}.`,
      );
    }
  } catch (error) {
    problems.push(`The links between records could not be checked: ${messageOf(error)}.`);
  }
  return { status: problems.length === 0 ? 'ok' : 'damaged', problems };
}

export type BackupCheck =
  | { ok: true; schemaVersion: number }
  | { ok: false; reason: 'damaged' | 'too-new' | 'not-roundtable'; problems: string[] };

/**
 * May this file replace the live database? Opened read-only: checking never changes it. With the
 * data key, both encrypted backups and unencrypted ones (from before the encryption) are read.
 */
export function checkBackupFile(
  file: string,
  supportedVersion: number,
  key: Buffer | null = null,
): BackupCheck {
  let db: Db | undefined;
  try {
    db = openBackup(file, key);
    const report = checkIntegrity(db, { full: true });
    if (report.status === 'damaged')
      return { ok: false, reason: 'damaged', problems: report.problems };
    const schemaVersion = db.pragma('user_version', { simple: true }) as number;
    if (schemaVersion > supportedVersion) {
      return {
        ok: false,
        reason: 'too-new',
        problems: [
          `This backup was made by a newer version of Roundtable (schema ${schemaVersion}; this version knows up to ${supportedVersion}).`,
        ],
      };
    }
    if (schemaVersion < 1) {
      return {
        ok: false,
        reason: 'not-roundtable',
        problems: ['This file is not a Roundtable backup.'],
      };
    }
    return { ok: true, schemaVersion };
  } catch (error) {
    return {
      ok: false,
      reason: 'damaged',
      problems: [`The backup file could not be read: ${messageOf(error)}.`],
    };
  } finally {
    db?.close();
  }
}
