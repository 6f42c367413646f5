import { existsSync } from 'node:fs';
import type { BackupConfig, BackupInfo, BackupKind, Health } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import type { Clock, Logger } from '../ports';
import { migrations } from '../db/migrations';
import { openDatabase, type Db } from '../db/open';
import {
  RETENTION,
  copyClosedDatabase,
  createBackup,
  createBackupSync,
  describeBackup,
  dueKind,
  prune,
  scanFolders,
  type BackupFile,
} from './backups';
import {
  activeFolder,
  assertUsableFolder,
  backupFolders,
  readConfig,
  writeConfig,
  type StorageOptions,
} from './config';
import { backupWriteError, storageProblemOf, toStorageError } from './errors';
import { checkBackupFile, checkIntegrity, type IntegrityReport } from './integrity';
import type { LiveDatabase } from './live';
import { replaceDatabaseFile } from './restore';

export interface AutoBackupResult {
  health: IntegrityReport;
  /** The backup made now, or null if none was due (or the database is damaged). */
  created: BackupInfo | null;
  /** Set when a backup was due but could not be made; also logged. */
  error?: string;
}

const NO_STORAGE = () =>
  new AppError(
    'unavailable',
    'Backups need a database file; this session keeps its data in memory only.',
  );

const BUSY = () =>
  new AppError('unavailable', 'Roundtable is restoring a backup. Try again in a moment.');

const DAMAGED_BACKUP_REFUSED = () =>
  new AppError(
    'unavailable',
    'The database is damaged, so Roundtable does not back it up: a damaged copy would push good backups out. Restore the latest good backup instead.',
  );

const AUTOMATIC: readonly BackupKind[] = ['daily', 'weekly', 'pre-migration', 'pre-restore'];

/** Runs `write` in the active backup folder; an automatic backup falls back to the default one. */
export function inBackupFolder<T>(
  storage: StorageOptions,
  kind: BackupKind,
  write: (folder: string) => T,
): T {
  const folder = activeFolder(storage);
  try {
    return write(folder);
  } catch (error) {
    // A network drive can vanish mid-way: an automatic backup then lands in the default folder.
    if (folder !== storage.backupDir && AUTOMATIC.includes(kind)) return write(storage.backupDir);
    throw backupWriteError(error, folder) ?? error;
  }
}

async function inBackupFolderAsync<T>(
  storage: StorageOptions,
  kind: BackupKind,
  write: (folder: string) => Promise<T>,
): Promise<T> {
  const folder = activeFolder(storage);
  try {
    return await write(folder);
  } catch (error) {
    if (folder !== storage.backupDir && AUTOMATIC.includes(kind)) {
      try {
        return await write(storage.backupDir);
      } catch (fallbackError) {
        throw backupWriteError(fallbackError, storage.backupDir) ?? fallbackError;
      }
    }
    throw backupWriteError(error, folder) ?? error;
  }
}

/**
 * The `beforeMigrate` hook for `openDatabase`: a 'pre-migration' backup, made synchronously because
 * nothing else runs yet at start-up (encrypted with `key`, like the database). If it fails, the
 * migration does not run.
 */
export function preMigrationBackup(
  storage: StorageOptions,
  clock: Clock,
  key: Buffer | null = null,
) {
  return (db: Db, from: number, to: number): void => {
    try {
      inBackupFolder(storage, 'pre-migration', (folder) => {
        createBackupSync(db, folder, 'pre-migration', clock.now(), key);
        prune(folder, 'pre-migration');
      });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(
        `Roundtable could not back up its database before updating it (schema ${from} to ${to}): ${reason}. ` +
          'Nothing was changed. Free some space or check the backup folder, then start Roundtable again.',
        { cause: error },
      );
    }
  };
}

/** Backups, restore and the integrity check, for one core and its storage (if it has a file). */
export class DataSafety {
  /** Online backups in progress: a restore must not close the database under them. */
  private backingUp = 0;

  constructor(
    private readonly live: LiveDatabase,
    private readonly storage: StorageOptions | null,
    private readonly clock: Clock,
    private readonly log: Logger,
  ) {}

  private need(): StorageOptions {
    if (!this.storage) throw NO_STORAGE();
    return this.storage;
  }

  list(): BackupInfo[] {
    return scanFolders(backupFolders(this.need())).map((file) =>
      describeBackup(file, this.live.key),
    );
  }

  config(): BackupConfig {
    const storage = this.need();
    return {
      defaultFolder: storage.backupDir,
      folder: readConfig(storage).folder,
      activeFolder: activeFolder(storage),
      retention: { ...RETENTION },
    };
  }

  setFolder(folder: string | null): BackupConfig {
    const storage = this.need();
    const chosen = folder === null ? null : assertUsableFolder(folder);
    try {
      writeConfig(storage, { folder: chosen });
    } catch (error) {
      throw toStorageError(error) ?? error;
    }
    return this.config();
  }

  async create(kind: BackupKind): Promise<BackupInfo> {
    const storage = this.need();
    if (this.live.busy) throw BUSY();
    if (this.live.damaged) throw DAMAGED_BACKUP_REFUSED();
    const { db, key } = this.live;
    this.backingUp++;
    let file: BackupFile;
    try {
      file = await inBackupFolderAsync(storage, kind, (folder) =>
        createBackup(db, folder, kind, this.clock.now(), key),
      );
    } finally {
      this.backingUp--;
    }
    const info = describeBackup(file, key);
    prune(file.folder, kind);
    return info;
  }

  /** The export reads the live file: with only the stand-in open, it would be a misleading empty one. */
  assertReadable(): void {
    if (!this.live.fileOpen) {
      throw new AppError(
        'unavailable',
        'The database file could not be read, so there is nothing to export. Restore a backup instead.',
      );
    }
  }

  /** Runs the check and remembers damage, so that only recovery calls are served until a restore. */
  check(): IntegrityReport {
    if (!this.live.fileOpen && this.live.damaged) {
      return { status: 'damaged', problems: this.live.damaged };
    }
    const report = checkIntegrity(this.live.db);
    const problems = [...new Set([...(this.live.damaged ?? []), ...report.problems])];
    if (problems.length === 0) return report;
    this.live.damaged = problems;
    return { status: 'damaged', problems };
  }

  health(): Health {
    const report = this.check();
    return {
      ...report,
      checkedAt: this.clock.now(),
      latestGoodBackup: report.status === 'damaged' && this.storage ? this.latestGood() : null,
    };
  }

  /** The newest backup that would be accepted for a restore. */
  private latestGood(): BackupInfo | null {
    for (const file of scanFolders(backupFolders(this.need()))) {
      if (checkBackupFile(file.path, migrations.length, this.live.key).ok) {
        return describeBackup(file, this.live.key);
      }
    }
    return null;
  }

  async restore(id: string): Promise<{ restored: BackupInfo; safetyCopy: BackupInfo | null }> {
    const storage = this.need();
    if (this.live.busy) throw BUSY();
    if (this.backingUp > 0) {
      throw new AppError('unavailable', 'Roundtable is making a backup. Try again in a moment.');
    }
    const source = scanFolders(backupFolders(storage)).find((f) => f.id === id);
    if (!source) throw new AppError('not_found', `No backup named ${id}.`);
    const verdict = checkBackupFile(source.path, migrations.length, this.live.key);
    if (!verdict.ok) {
      throw new AppError(
        verdict.reason === 'too-new' ? 'conflict' : 'unavailable',
        `This backup cannot be restored. ${verdict.problems.join(' ')}`,
      );
    }
    this.live.busy = true;
    try {
      return await this.swap(storage, source);
    } finally {
      this.live.busy = false;
    }
  }

  private async swap(storage: StorageOptions, source: BackupFile) {
    const live = this.live;
    // 1. The safety copy, made from the open database with the online backup.
    let safety: BackupFile | null = null;
    if (live.fileOpen) {
      try {
        safety = await inBackupFolderAsync(storage, 'pre-restore', (folder) =>
          createBackup(live.db, folder, 'pre-restore', this.clock.now(), live.key),
        );
      } catch (error) {
        // A database SQLite cannot read is copied as raw bytes below, once closed.
        if (storageProblemOf(error) !== 'damaged') throw error;
      }
    }
    live.db.close();
    try {
      if (!safety && existsSync(storage.file)) {
        safety = inBackupFolder(storage, 'pre-restore', (folder) =>
          copyClosedDatabase(storage.file, folder, 'pre-restore', this.clock.now()),
        );
      }
      // 2. The swap: temp file, fsync, rename over, stale side files removed.
      replaceDatabaseFile(source.path, storage.file, live.key);
    } catch (error) {
      this.reopen(storage);
      throw toStorageError(error) ?? error;
    }
    // 3. Reopen, migrating a backup from an older version (the backup file itself is the
    //    pre-migration copy, so no second one is made).
    try {
      live.db = openDatabase(storage.file, { key: live.key });
    } catch (error) {
      this.log(
        'The restored backup could not be opened; putting the previous database back',
        error,
      );
      if (safety) replaceDatabaseFile(safety.path, storage.file, live.key);
      this.reopen(storage);
      throw new AppError(
        'storage',
        'The backup could not be opened, so Roundtable put your data back as it was before the restore.',
      );
    }
    live.fileOpen = true;
    live.damaged = null;
    const restored = describeBackup(source, live.key);
    const safetyCopy = safety ? describeBackup(safety, live.key) : null;
    if (safety) prune(safety.folder, 'pre-restore');
    return { restored, safetyCopy };
  }

  /** After a failed swap: the previous database again, or a stand-in if it could not be opened. */
  private reopen(storage: StorageOptions): void {
    try {
      this.live.db = openDatabase(storage.file, { key: this.live.key });
      this.live.fileOpen = true;
    } catch (error) {
      this.log('The database could not be reopened', error);
      this.live.db = openDatabase(':memory:');
      this.live.fileOpen = false;
      this.live.damaged ??= [
        `The database file could not be opened: ${error instanceof Error ? error.message : String(error)}`,
      ];
    }
  }

  /**
   * For the hosts at start-up: the integrity check, then a backup if one is due. Never throws: a
   * failed backup must not stop the app, it is logged and reported.
   */
  async autoBackupIfDue(): Promise<AutoBackupResult> {
    const health = this.check();
    if (!this.storage || health.status === 'damaged') return { health, created: null };
    try {
      const kind = dueKind(scanFolders(backupFolders(this.storage)), this.clock.now());
      return { health, created: kind ? await this.create(kind) : null };
    } catch (error) {
      this.log('The automatic backup failed', error);
      return {
        health,
        created: null,
        error: error instanceof AppError ? error.message : 'The automatic backup failed.',
      };
    }
  }
}
