import { copyFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { openFile, opensWith, rekeyDatabase } from '../db/open';
import { publish, removeSideFiles } from './files';

/*
 * Encrypting and re-keying closed database files (backups, and the copy a conversion or a restore
 * makes). Each is written as a temp file and renamed into place: a crash leaves the old file or
 * the new one, never a half-encrypted one.
 */

/**
 * Writes `dest` as a copy of the closed, self-contained file `source` (read with `fromKey`, null
 * for an unencrypted one), encrypted with `toKey`, and checks that `toKey` reads it.
 */
export function reencryptCopy(
  source: string,
  dest: string,
  fromKey: Buffer | null,
  toKey: Buffer,
): void {
  rmSync(dest, { force: true });
  removeSideFiles(dest);
  copyFileSync(source, dest);
  const db = openFile(dest, { key: fromKey, fileMustExist: true });
  try {
    // The first read proves `fromKey` before anything is rewritten.
    db.prepare('SELECT count(*) FROM sqlite_schema').get();
    rekeyDatabase(db, toKey);
  } finally {
    db.close();
  }
  removeSideFiles(dest);
  if (!opensWith(dest, toKey, { readonly: true })) {
    throw new Error(`The re-encrypted copy of ${path.basename(source)} could not be read back.`);
  }
}

/** Re-encrypts (or encrypts) the closed file `file` in place, atomically. */
export function reencryptFile(file: string, fromKey: Buffer | null, toKey: Buffer): void {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.rekeying`);
  try {
    reencryptCopy(file, temp, fromKey, toKey);
    publish(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    removeSideFiles(temp);
    throw error;
  }
}
