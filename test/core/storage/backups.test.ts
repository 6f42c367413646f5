import Database from 'better-sqlite3-multiple-ciphers';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BACKUP_NAME_PATTERN } from '../../../shared/contract';
import { migrations } from '../../../electron/core/db/migrations';
import { DAY_MS } from '../../../electron/core/storage/backups';
import { storagePaths } from '../../../electron/core/storage/config';
import { makeTestCore } from '../../helpers/core';
import { useTempDirs } from '../../helpers/temp-dirs';

const tempDir = useTempDirs('roundtable-backups-');

async function storedCore() {
  const dir = tempDir();
  const storage = storagePaths(dir);
  const core = makeTestCore({ storage });
  await core.ok('org.create', { name: 'Shelter North' });
  await core.ok('org.create', { name: 'Community Health' });
  await core.ok('person.create', { name: 'Ana' });
  return { core, storage, dir };
}

describe('backups', () => {
  it('are unavailable, with a clear message, on a core that keeps its data in memory', async () => {
    const core = makeTestCore();
    for (const method of ['backup.list', 'backup.create', 'backup.getConfig'] as const) {
      const error = await core.fails(method, {});
      expect(error).toMatchObject({
        code: 'unavailable',
        message: expect.stringMatching(/in memory/),
      });
    }
  });

  it('“Back up now” writes one complete, self-contained file and lists it with a summary', async () => {
    const { core, storage } = await storedCore();
    const events: unknown[] = [];
    core.onEvent((e) => events.push(e.payload));
    const info = await core.ok('backup.create', {});
    expect(info).toMatchObject({
      kind: 'manual',
      createdAt: core.clock.now(),
      folder: storage.backupDir,
      schemaVersion: migrations.length,
      summary: { organizations: 2, people: 1 },
    });
    expect(info.id).toMatch(BACKUP_NAME_PATTERN);
    expect(info.id).toBe('roundtable-20261123-140000-000-manual.db');
    // …and the access log records it.
    expect(events).toEqual([{ domains: ['backups'] }, { domains: ['accessLog'] }]);
    // No temp file, no WAL: the backup is one file that opens read-only anywhere.
    expect(readdirSync(storage.backupDir)).toEqual([info.id]);
    const copy = new Database(path.join(storage.backupDir, info.id), { readonly: true });
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    expect(copy.prepare('SELECT count(*) AS n FROM organizations').get()).toEqual({ n: 2 });
    copy.close();
    expect(await core.ok('backup.list', {})).toEqual([info]);
    core.close();
  });

  it('is a snapshot: later changes are not in it, and names never collide', async () => {
    const { core } = await storedCore();
    const first = await core.ok('backup.create', {});
    await core.ok('org.create', { name: 'Police Liaison' });
    const second = await core.ok('backup.create', {});
    expect(second.id).toBe(first.id.replace('-manual.db', '-manual-2.db'));
    core.clock.advance(60_000);
    const third = await core.ok('backup.create', {});
    const list = await core.ok('backup.list', {});
    expect(list.map((b) => b.id)).toEqual([third.id, second.id, first.id]);
    expect(list.map((b) => b.summary?.organizations)).toEqual([3, 3, 2]);
    core.close();
  });

  it('at start-up makes a weekly or daily backup only when due, and keeps 7 daily and 4 weekly', async () => {
    const { core } = await storedCore();
    const first = await core.autoBackupIfDue();
    expect(first).toMatchObject({ health: { status: 'ok' }, created: { kind: 'weekly' } });
    // Started again the same day: nothing to do.
    core.clock.advance(DAY_MS / 2);
    expect((await core.autoBackupIfDue()).created).toBeNull();
    for (let day = 1; day <= 40; day++) {
      core.clock.set(first.created!.createdAt + day * DAY_MS);
      await core.autoBackupIfDue();
    }
    const list = await core.ok('backup.list', {});
    const days = (kind: string) =>
      list
        .filter((b) => b.kind === kind)
        .map((b) => (b.createdAt - first.created!.createdAt) / DAY_MS);
    expect(days('weekly')).toEqual([35, 28, 21, 14]);
    expect(days('daily')).toEqual([40, 39, 38, 37, 36, 34, 33]);
    core.close();
  });

  it('keeps the last 5 manual backups', async () => {
    const { core } = await storedCore();
    const made = [];
    for (let i = 0; i < 7; i++) {
      made.push((await core.ok('backup.create', {})).id);
      core.clock.advance(1000);
    }
    expect((await core.ok('backup.list', {})).map((b) => b.id)).toEqual(made.slice(2).reverse());
    core.close();
  });

  it('lists a backup that cannot be read without details, and never a half-written one', async () => {
    const { core, storage } = await storedCore();
    mkdirSync(storage.backupDir, { recursive: true });
    writeFileSync(
      path.join(storage.backupDir, 'roundtable-20261101-090000-000-daily.db'),
      'garbage'.repeat(100),
    );
    writeFileSync(
      path.join(storage.backupDir, '.roundtable-20261122-090000-000-daily.db.partial'),
      '',
    );
    writeFileSync(path.join(storage.backupDir, 'notes.txt'), 'not a backup');
    expect(await core.ok('backup.list', {})).toEqual([
      expect.objectContaining({
        id: 'roundtable-20261101-090000-000-daily.db',
        summary: null,
        schemaVersion: null,
      }),
    ]);
    core.close();
  });

  it('rejects ids that are not backup names, so no path can get through', async () => {
    const { core } = await storedCore();
    for (const id of [
      '../roundtable.db',
      '/etc/passwd',
      'roundtable-20261101-090000-000-daily.db/../../x.db',
    ]) {
      expect((await core.fails('backup.restore', { id })).code).toBe('invalid_input');
    }
    expect(
      (await core.fails('backup.restore', { id: 'roundtable-20261101-090000-000-daily.db' })).code,
    ).toBe('not_found');
    core.close();
  });
});

describe('the backup folder', () => {
  it('accepts only an absolute, existing, writable folder, with a message key for each problem', async () => {
    const { core, dir } = await storedCore();
    const issue = async (folder: string) =>
      (await core.fails('backup.setFolder', { folder })).issues;
    expect(await issue('backups')).toEqual([{ path: ['folder'], message: 'folderNotAbsolute' }]);
    expect(await issue(path.join(dir, 'missing'))).toEqual([
      { path: ['folder'], message: 'folderNotFound' },
    ]);
    writeFileSync(path.join(dir, 'a-file'), '');
    expect(await issue(path.join(dir, 'a-file'))).toEqual([
      { path: ['folder'], message: 'notAFolder' },
    ]);
    if (process.platform === 'linux') {
      // /proc refuses new files even to an administrator: an honest unwritable folder.
      expect(await issue('/proc')).toEqual([{ path: ['folder'], message: 'folderNotWritable' }]);
    }
    expect((await core.ok('backup.getConfig', {})).folder).toBeNull();
    core.close();
  });

  it('sends backups to the chosen folder, lists both folders, and falls back when it is unreachable', async () => {
    const { core, storage } = await storedCore();
    const old = await core.ok('backup.create', {});
    const chosen = tempDir();
    const config = await core.ok('backup.setFolder', { folder: chosen });
    expect(config).toMatchObject({
      folder: chosen,
      activeFolder: chosen,
      defaultFolder: storage.backupDir,
    });
    expect(readdirSync(chosen)).toEqual([]); // the write test left nothing behind
    core.clock.advance(1000);
    const there = await core.ok('backup.create', {});
    expect(there.folder).toBe(chosen);
    expect((await core.ok('backup.list', {})).map((b) => b.id)).toEqual([there.id, old.id]);

    // The network drive goes away: the automatic backup still happens, in the default folder.
    const gone = path.join(chosen, 'drive');
    mkdirSync(gone);
    await core.ok('backup.setFolder', { folder: gone });
    await import('node:fs').then((fs) => fs.rmSync(gone, { recursive: true }));
    expect((await core.ok('backup.getConfig', {})).activeFolder).toBe(storage.backupDir);
    core.clock.advance(8 * DAY_MS);
    const auto = await core.autoBackupIfDue();
    expect(auto.created?.folder).toBe(storage.backupDir);

    expect((await core.ok('backup.setFolder', { folder: null })).folder).toBeNull();
    expect(existsSync(path.join(path.dirname(storage.file), 'backup-settings.json'))).toBe(true);
    core.close();
  });
});
