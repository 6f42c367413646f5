import { existsSync, mkdirSync } from 'node:fs';
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
import { KeyFileError, keyFilePath } from './vault/key-file';
import { Vault, type VaultHost } from './vault/vault';

export { storagePaths, type StorageOptions } from './storage/config';
export { KeyFileError } from './vault/key-file';
export type { VaultHost } from './vault/vault';

export type OpenCoreOptions = Omit<CoreOptions, 'db' | 'storage' | 'damaged' | 'vault'> & {
  storage: StorageOptions;
  /**
   * How the data key is kept (core/vault): both hosts pass one, so the database is encrypted.
   * Without it the file is opened unencrypted, as before encryption existed: only for tests of
   * the storage layer. A data folder that already holds a key file is then refused.
   */
  vault?: VaultHost;
};

/**
 * How the hosts start the core on their data folder: reads the key file and opens the database
 * (converting an unencrypted one, a 'pre-migration' backup first if the code is newer than the
 * file). If the file is damaged, it still starts, so the app can say so and offer to restore a
 * backup instead of failing to launch. With a passphrase-protected key (or none yet, and no OS
 * store) it starts locked, or in setup, until the renderer gives the passphrase. Other failures
 * (a database from a newer version, a folder that cannot be created, a key the OS store cannot
 * unwrap) are thrown with a readable message for the host to show.
 *
 * Then call `core.autoBackupIfDue()` without awaiting it before serving the first window.
 */
export function openCore(options: OpenCoreOptions): LocalCore {
  const { storage, clock = systemClock, log = defaultLog, vault: host, ...rest } = options;
  mkdirSync(path.dirname(storage.file), { recursive: true });
  if (host) {
    const { vault, db, damaged } = Vault.start({ ...host, storage, clock, log });
    if (damaged) log('The database file could not be read; starting in recovery mode', damaged);
    return createCore({
      ...rest,
      clock,
      log,
      db,
      storage,
      vault,
      ...(damaged ? { damaged } : {}),
    });
  }
  if (existsSync(keyFilePath(storage))) {
    throw new KeyFileError(
      `The data folder ${path.dirname(storage.file)} is encrypted; this program cannot open it without its key.`,
    );
  }
  try {
    const db = openDatabase(storage.file, { beforeMigrate: preMigrationBackup(storage, clock) });
    return createCore({ ...rest, clock, log, db, storage });
  } catch (error) {
    if (!(error instanceof DatabaseDamagedError)) throw error;
    log('The database file is damaged; starting in recovery mode', error);
    return createCore({
      ...rest,
      clock,
      log,
      db: openDatabase(':memory:'),
      storage,
      damaged: [`The database file could not be read (${error.reason}).`],
    });
  }
}
