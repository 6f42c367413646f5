import { mkdirSync } from 'node:fs';
import path from 'node:path';
import {
  createCore,
  defaultLog,
  systemClock,
  type CoreOptions,
  type LocalCore,
} from './create-core';
import { DatabaseDamagedError, openDatabase } from './db/open';
import type { StorageOptions } from './storage/config';
import { preMigrationBackup } from './storage/service';

export { storagePaths, type StorageOptions } from './storage/config';

export type OpenCoreOptions = Omit<CoreOptions, 'db' | 'storage' | 'damaged'> & {
  storage: StorageOptions;
};

/**
 * How the hosts start the core on their data folder: opens the database (a 'pre-migration' backup
 * first if the code is newer than the file), and if the file is damaged, still starts, so the app
 * can say so and offer to restore a backup instead of failing to launch. Other failures (a
 * database from a newer version, a folder that cannot be created) are thrown with a readable
 * message for the host to show.
 *
 * Then call `core.autoBackupIfDue()` without awaiting it before serving the first window.
 */
export function openCore(options: OpenCoreOptions): LocalCore {
  const { storage, clock = systemClock, log = defaultLog } = options;
  mkdirSync(path.dirname(storage.file), { recursive: true });
  try {
    const db = openDatabase(storage.file, { beforeMigrate: preMigrationBackup(storage, clock) });
    return createCore({ ...options, db, storage });
  } catch (error) {
    if (!(error instanceof DatabaseDamagedError)) throw error;
    log('The database file is damaged; starting in recovery mode', error);
    return createCore({
      ...options,
      db: openDatabase(':memory:'),
      storage,
      damaged: [`The database file could not be read (${error.reason}).`],
    });
  }
}
