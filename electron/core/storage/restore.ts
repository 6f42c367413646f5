import { copyFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { publish, removeSideFiles } from './files';

/**
 * Puts `backup` in place of the (closed) database `file`: copied to a temp file beside it, flushed,
 * then renamed over it, so a crash at any moment leaves either the old file or the restored one.
 * The old WAL and shared-memory files go first: replayed into the restored file they would
 * corrupt it.
 */
export function replaceDatabaseFile(backup: string, file: string): void {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.restoring`);
  try {
    copyFileSync(backup, temp);
    removeSideFiles(file);
    publish(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
