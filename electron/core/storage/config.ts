import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/errors';
import { publish } from './files';

/** Where the hosts keep the database and its default backup folder. */
export interface StorageOptions {
  /** `<dataDir>/roundtable.db` */
  file: string;
  /** `<dataDir>/backups` */
  backupDir: string;
}

export const storagePaths = (dataDir: string): StorageOptions => ({
  file: path.join(dataDir, 'roundtable.db'),
  backupDir: path.join(dataDir, 'backups'),
});

interface StoredConfig {
  folder: string | null;
}

/**
 * The chosen backup folder lives in a small file beside the database, not in it: it belongs to
 * this computer (a network drive's path), it must be readable when the database is damaged, and
 * restoring an older backup must not silently move where the next backups go.
 */
const configFile = (storage: StorageOptions) =>
  path.join(path.dirname(storage.file), 'backup-settings.json');

export function readConfig(storage: StorageOptions): StoredConfig {
  try {
    const raw = JSON.parse(readFileSync(configFile(storage), 'utf8')) as { folder?: unknown };
    return { folder: typeof raw.folder === 'string' && raw.folder !== '' ? raw.folder : null };
  } catch {
    // Missing or hand-damaged: the default folder is always a safe answer.
    return { folder: null };
  }
}

export function writeConfig(storage: StorageOptions, config: StoredConfig): void {
  const file = configFile(storage);
  mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.partial`;
  writeFileSync(temp, `${JSON.stringify(config, null, 2)}\n`);
  publish(temp, file);
}

function isFolder(folder: string): boolean {
  try {
    return statSync(folder).isDirectory();
  } catch {
    return false;
  }
}

/** The chosen folder while it is reachable (a network drive may not be), else the default. */
export function activeFolder(storage: StorageOptions): string {
  const { folder } = readConfig(storage);
  return folder !== null && isFolder(folder) ? folder : storage.backupDir;
}

/** Every folder that may hold backups, the active one first. */
export function backupFolders(storage: StorageOptions): string[] {
  const { folder } = readConfig(storage);
  return [...new Set([activeFolder(storage), storage.backupDir, ...(folder ? [folder] : [])])];
}

const folderIssue = (message: string, text: string) =>
  new AppError('invalid_input', text, [{ path: ['folder'], message }]);

/**
 * A folder is accepted only if a file can really be written there: permission bits say little on
 * network drives, and nothing at all to an administrator account.
 */
export function assertUsableFolder(folder: string): string {
  if (!path.isAbsolute(folder)) {
    throw folderIssue(
      'folderNotAbsolute',
      'Choose a full folder path, such as one from the folder picker.',
    );
  }
  const resolved = path.resolve(folder);
  let stat;
  try {
    stat = statSync(resolved);
  } catch {
    throw folderIssue(
      'folderNotFound',
      `The folder ${resolved} does not exist or cannot be reached.`,
    );
  }
  if (!stat.isDirectory()) {
    throw folderIssue('notAFolder', `${resolved} is a file, not a folder.`);
  }
  const probe = path.join(resolved, `.roundtable-write-test-${randomUUID()}`);
  try {
    writeFileSync(probe, 'Roundtable checks that it can write its backups here.\n');
  } catch {
    throw folderIssue(
      'folderNotWritable',
      `Roundtable cannot write in ${resolved}. Choose another folder.`,
    );
  } finally {
    rmSync(probe, { force: true });
  }
  return resolved;
}
