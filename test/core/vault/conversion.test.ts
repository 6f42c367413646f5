import { existsSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase, opensWith } from '../../../electron/core/db/open';
import { storagePaths, type StorageOptions } from '../../../electron/core/storage/config';
import { newDataKey } from '../../../electron/core/vault/crypto';
import { writeKeyFile } from '../../../electron/core/vault/key-file';
import { makeTestCore } from '../../helpers/core';
import { damageOrganizationsPage } from '../../helpers/damage';
import { dumpDatabase } from '../../helpers/db-snapshot';
import { seriesWithPartners } from '../../helpers/meetings';
import { useTempDirs } from '../../helpers/temp-dirs';
import {
  PASSPHRASE,
  fakeKeychain,
  onDisk,
  osKeyOf,
  startVaultCore,
  writeNote,
} from './vault-helpers';

const tempDir = useTempDirs('roundtable-convert-');

const NOTE = 'Discussed the Birch Avenue placement with the youth worker';

/** A database from before encryption, with a bit of everything, and one older plain backup. */
async function unencryptedFolder(): Promise<{
  storage: StorageOptions;
  before: Record<string, unknown[]>;
}> {
  const storage = storagePaths(tempDir());
  const core = makeTestCore({ storage });
  await seriesWithPartners(core);
  await writeNote(core, NOTE);
  await core.ok('settings.update', { language: 'fr', highContrast: true });
  await core.ok('backup.create', {});
  const before = dumpDatabase(core.db);
  core.close();
  expect(onDisk(storage.file, NOTE)).toBe(true);
  return { storage, before };
}

const backupsIn = (folder: string) => readdirSync(folder).filter((n) => n.endsWith('.db'));

describe('converting an unencrypted database', () => {
  it('at the first start with a keychain: backs up first, keeps every row, leaves nothing readable', async () => {
    const { storage, before } = await unencryptedFolder();
    const keychain = fakeKeychain();

    const v = startVaultCore(storage, { keyProtector: keychain });

    expect(dumpDatabase(v.core.db)).toEqual(before);
    expect(await v.ok('vault.status', {})).toMatchObject({ state: 'open', protection: 'os' });
    const backups = await v.ok('backup.list', {});
    expect(backups.map((b) => b.kind).sort()).toEqual(['manual', 'pre-migration']);
    // The backup made first holds the same data, readable with the key.
    expect(backups.find((b) => b.kind === 'pre-migration')).toMatchObject({
      summary: { organizations: 2, people: 1, meetings: 2 },
    });
    v.core.close();

    const key = osKeyOf(storage, keychain);
    expect(onDisk(storage.file, NOTE)).toBe(false);
    expect(opensWith(storage.file, null)).toBe(false);
    // The older backups are encrypted too: client notes must not stay readable in backups/.
    for (const name of backupsIn(storage.backupDir)) {
      const file = path.join(storage.backupDir, name);
      expect(onDisk(file, NOTE), name).toBe(false);
      expect(opensWith(file, key, { readonly: true }), name).toBe(true);
    }
    // No temp file left beside the database.
    expect(readdirSync(path.dirname(storage.file)).filter((n) => n.startsWith('.'))).toEqual([]);
  });

  it('without a keychain: waits in setup (serving no data), then converts when a passphrase is set', async () => {
    const { storage, before } = await unencryptedFolder();
    const v = startVaultCore(storage, {});
    expect(await v.ok('vault.status', {})).toMatchObject({
      state: 'setup',
      encrypted: false,
      pendingConversion: true,
    });
    expect(await v.fails('org.list', {})).toMatchObject({ code: 'locked' });
    expect(await v.fails('backup.list', {})).toMatchObject({ code: 'locked' });
    // Nothing is touched before the person chooses a passphrase.
    expect(onDisk(storage.file, NOTE)).toBe(true);
    expect(await v.core.autoBackupIfDue()).toMatchObject({ created: null });

    expect(await v.fails('vault.setup', { passphrase: 'short' })).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: ['passphrase'], message: 'passphraseTooShort' }],
    });
    const status = await v.ok('vault.setup', { passphrase: PASSPHRASE });
    expect(status).toMatchObject({ state: 'open', encrypted: true, protection: 'passphrase' });
    expect(v.events.map((e) => e.event)).toEqual(
      expect.arrayContaining(['vault.changed', 'data.changed']),
    );
    expect(v.events).toContainEqual({ event: 'data.changed', payload: { domains: ['*'] } });
    expect(dumpDatabase(v.core.db)).toEqual(before);
    expect(await v.ok('org.list', {})).toHaveLength(2);
    // The start-up backup that was due waits for the data, then runs.
    await expect
      .poll(async () => (await v.ok('backup.list', {})).map((b) => b.kind))
      .toContain('weekly');
    v.core.close();
    expect(onDisk(storage.file, NOTE)).toBe(false);
    for (const name of backupsIn(storage.backupDir)) {
      expect(onDisk(path.join(storage.backupDir, name), NOTE), name).toBe(false);
    }
  });

  it('when the backup before converting fails: nothing changes, and the same passphrase retries', async () => {
    const { storage, before } = await unencryptedFolder();
    const backups = `${storage.backupDir}-aside`;
    renameSync(storage.backupDir, backups);
    writeFileSync(storage.backupDir, 'a file where the backup folder should be');
    const v = startVaultCore(storage, {});
    expect(await v.fails('vault.setup', { passphrase: PASSPHRASE })).toMatchObject({
      code: 'storage',
      message: expect.stringMatching(
        /could not back up its database before encrypting it/,
      ) as string,
    });
    expect(await v.ok('vault.status', {})).toMatchObject({
      state: 'locked',
      protection: 'passphrase',
    });
    expect(onDisk(storage.file, NOTE)).toBe(true);

    rmSync(storage.backupDir);
    renameSync(backups, storage.backupDir);
    await v.ok('vault.unlock', { passphrase: PASSPHRASE });
    // Every row kept; the access log has gained the unlock.
    const { access_log: log, ...after } = dumpDatabase(v.core.db);
    const { access_log: logBefore, ...expected } = before;
    expect(after).toEqual(expected);
    expect(log).toHaveLength((logBefore?.length ?? 0) + 1);
    v.core.close();
    expect(onDisk(storage.file, NOTE)).toBe(false);
  });

  it('finishes a conversion interrupted after the key was written (the file still unencrypted)', async () => {
    const { storage, before } = await unencryptedFolder();
    const keychain = fakeKeychain();
    const key = newDataKey();
    writeKeyFile(storage, {
      format: 'roundtable-key',
      version: 1,
      protection: 'os',
      key: keychain.wrap(key).toString('base64'),
    });
    const v = startVaultCore(storage, { keyProtector: keychain });
    expect(dumpDatabase(v.core.db)).toEqual(before);
    v.core.close();
    expect(opensWith(storage.file, key)).toBe(true);
    expect(onDisk(storage.file, NOTE)).toBe(false);
  });

  it('refuses a database from a newer Roundtable without converting or changing it', async () => {
    const storage = storagePaths(tempDir());
    const newer = openDatabase(storage.file);
    newer.pragma('user_version = 999');
    newer.close();
    expect(() => startVaultCore(storage, { keyProtector: fakeKeychain() })).toThrow(
      /newer version of Roundtable/,
    );
    expect(opensWith(storage.file, null)).toBe(true);
    expect(existsSync(storage.backupDir) ? backupsIn(storage.backupDir) : []).toEqual([]);
  });

  it('does not convert a damaged file: recovery mode, and the restored backup comes back encrypted', async () => {
    const storage = storagePaths(tempDir());
    const core = makeTestCore({ storage });
    for (let i = 1; i <= 40; i++) {
      await core.ok('org.create', { name: `Agency ${i}`, notes: `Notes ${i} `.repeat(200) });
    }
    const good = await core.ok('backup.create', {});
    core.close();
    damageOrganizationsPage(storage.file);
    const keychain = fakeKeychain();

    const v = startVaultCore(storage, { keyProtector: keychain });
    expect(await v.ok('data.health', {})).toMatchObject({
      status: 'damaged',
      latestGoodBackup: { id: good.id },
    });
    // The damaged file was left as it was, for salvage.
    expect(opensWith(storage.file, null)).toBe(true);
    await v.ok('backup.restore', { id: good.id });
    expect(await v.ok('org.list', {})).toHaveLength(40);
    v.core.close();
    expect(opensWith(storage.file, osKeyOf(storage, keychain))).toBe(true);
    expect(onDisk(storage.file, 'Agency 1')).toBe(false);
  });

  it('starts in recovery mode when the file is unreadable and its key file is gone', async () => {
    const storage = storagePaths(tempDir());
    const keychain = fakeKeychain();
    const first = startVaultCore(storage, { keyProtector: keychain });
    await first.ok('org.create', { name: 'Shelter North' });
    first.core.close();
    rmSync(path.join(path.dirname(storage.file), 'roundtable.key.json'));

    const v = startVaultCore(storage, { keyProtector: keychain });
    expect(await v.ok('data.health', {})).toMatchObject({
      status: 'damaged',
      problems: [expect.stringMatching(/its key file \(roundtable.key.json\) is missing/)],
    });
    expect(await v.fails('org.list', {})).toMatchObject({ code: 'storage' });
    v.core.close();
  });
});
