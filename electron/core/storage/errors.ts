import Database from 'better-sqlite3-multiple-ciphers';
import { AppError } from '../../../shared/errors';
import { isDamageCode } from '../db/open';

/**
 * What the disk can refuse, from SQLite or from the file system. These are not bugs: the person
 * can act on them (free space, pick another folder, close the other copy, restore a backup), so
 * they cross the boundary as `storage` with a plain message, never as `internal`.
 */
export type StorageProblem = 'damaged' | 'busy' | 'unwritable';

const UNWRITABLE_FS = new Set(['ENOSPC', 'EROFS', 'EACCES', 'EPERM', 'EIO', 'EDQUOT', 'EBUSY']);

export function storageProblemOf(error: unknown): StorageProblem | undefined {
  if (error instanceof Database.SqliteError) {
    const code = error.code;
    if (isDamageCode(code)) return 'damaged';
    if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return 'busy';
    if (
      code.startsWith('SQLITE_READONLY') ||
      code.startsWith('SQLITE_FULL') ||
      code.startsWith('SQLITE_IOERR') ||
      code.startsWith('SQLITE_CANTOPEN')
    ) {
      return 'unwritable';
    }
    return undefined;
  }
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (typeof code === 'string' && UNWRITABLE_FS.has(code)) return 'unwritable';
  return undefined;
}

export const STORAGE_MESSAGES: Record<StorageProblem, string> = {
  unwritable:
    'Roundtable could not save: the data folder is read-only or the disk is full. ' +
    'Your text is still on screen; free some space or choose another folder and try again.',
  busy:
    'Roundtable could not save because its database is in use by another program ' +
    '(perhaps a second copy of Roundtable). Your text is still on screen; close the other copy and try again.',
  damaged:
    'Roundtable found damage in its database file and stopped so that nothing gets worse. ' +
    'Your text is still on screen; restore the latest good backup from Settings, Backups.',
};

/** The boundary's form of a storage failure, or undefined if `error` is something else. */
export function toStorageError(error: unknown): AppError | undefined {
  const problem = storageProblemOf(error);
  return problem ? new AppError('storage', STORAGE_MESSAGES[problem]) : undefined;
}

/** For file operations on backups, where "the data folder" would point at the wrong place. */
export function backupWriteError(error: unknown, folder: string): AppError | undefined {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  // A folder that vanished (a network drive, a path now taken by a file) is unreachable too.
  const unreachable = code === 'ENOENT' || code === 'ENOTDIR';
  if (!unreachable && storageProblemOf(error) !== 'unwritable') return undefined;
  return new AppError(
    'storage',
    `Roundtable could not write a backup in ${folder}: the folder is read-only, unreachable or full. ` +
      'Your data is unchanged; free some space or choose another backup folder and try again.',
  );
}
