import { closeSync, copyFileSync, fsyncSync, openSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';

/** Flushes a file's data to the disk, so a rename that follows never exposes a half-written file. */
export function fsyncFile(file: string): void {
  const fd = openSync(file, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Makes a rename durable. Windows cannot open a folder this way and does not need it. */
export function fsyncDir(dir: string): void {
  let fd: number;
  try {
    fd = openSync(dir, 'r');
  } catch {
    return;
  }
  try {
    fsyncSync(fd);
  } catch {
    // Some file systems (network drives) refuse fsync on a folder; the rename itself is atomic.
  } finally {
    closeSync(fd);
  }
}

/** Moves a complete, flushed `temp` file to `final` in one step: readers see the old or the new. */
export function publish(temp: string, final: string): void {
  fsyncFile(temp);
  renameSync(temp, final);
  fsyncDir(path.dirname(final));
}

/** Copies `source` to `dest` through a temp file beside `dest`, so `dest` is never half-written. */
export function copyAtomically(source: string, dest: string): void {
  const temp = `${dest}.partial`;
  try {
    copyFileSync(source, temp);
    publish(temp, dest);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/** SQLite's side files: a stale WAL beside a replaced database would be replayed into it. */
export function removeSideFiles(dbFile: string): void {
  for (const suffix of ['-wal', '-shm', '-journal']) rmSync(`${dbFile}${suffix}`, { force: true });
}
