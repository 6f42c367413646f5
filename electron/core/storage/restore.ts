import { copyFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { opensWith } from '../db/open';
import { reencryptCopy } from './encrypted-files';
import { publish, removeSideFiles } from './files';

/**
 * Puts `backup` in place of the (closed) database `file`: copied to a temp file beside it, flushed,
 * then renamed over it, so a crash at any moment leaves either the old file or the restored one.
 * The old WAL and shared-memory files go first: replayed into the restored file they would
 * corrupt it.
 *
 * With the data `key`, a backup from before the database was encrypted is encrypted on the way
 * (the backup file itself is left as it is): the live file is never unencrypted again.
 */
export function replaceDatabaseFile(backup: string, file: string, key: Buffer | null = null): void {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.restoring`);
  try {
    if (key && !opensWith(backup, key, { readonly: true })) {
      reencryptCopy(backup, temp, null, key);
    } else {
      copyFileSync(backup, temp);
    }
    removeSideFiles(file);
    publish(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    removeSideFiles(temp);
    throw error;
  }
}
