import { copyFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { opensWith } from '../../../electron/core/db/open';
import { storagePaths, type StorageOptions } from '../../../electron/core/storage/config';
import { writeKeyFile } from '../../../electron/core/vault/key-file';
import { makeTestCore } from '../../helpers/core';
import { dumpDatabase } from '../../helpers/db-snapshot';
import { useTempDirs } from '../../helpers/temp-dirs';
import {
  PASSPHRASE,
  fakeKeychain,
  onDisk,
  osKeyOf,
  readKeyFile,
  startVaultCore,
  writeNote,
} from './vault-helpers';

const tempDir = useTempDirs('roundtable-vault-backups-');

const NOTE = 'Agreed to refer to the Cedar Lane day program';

const backupFiles = (storage: StorageOptions) =>
  readdirSync(storage.backupDir)
    .filter((n) => n.endsWith('.db'))
    .map((n) => path.join(storage.backupDir, n));

describe('backups of an encrypted database', () => {
  it('are encrypted with the same key, and restore', async () => {
    const storage = storagePaths(tempDir());
    const keychain = fakeKeychain();
    const v = startVaultCore(storage, { keyProtector: keychain });
    await writeNote(v, NOTE);
    const backup = await v.ok('backup.create', {});
    expect(backup).toMatchObject({ kind: 'manual', summary: { meetings: 1 } });
    const file = path.join(storage.backupDir, backup.id);
    expect(onDisk(file, NOTE)).toBe(false);
    expect(opensWith(file, null, { readonly: true })).toBe(false);
    expect(opensWith(file, osKeyOf(storage, keychain), { readonly: true })).toBe(true);
    const saved = dumpDatabase(v.core.db);

    v.clock.advance(60_000);
    await v.ok('meeting.delete', { id: (await v.ok('meeting.list', {}))[0]!.id });
    const restored = await v.ok('backup.restore', { id: backup.id });
    expect(restored.safetyCopy).toMatchObject({ kind: 'pre-restore', summary: { meetings: 0 } });
    const { access_log: _log, ...after } = dumpDatabase(v.core.db);
    const { access_log: _saved, ...expected } = saved;
    expect(after).toEqual(expected);
    v.core.close();
    expect(onDisk(storage.file, NOTE)).toBe(false);
    for (const f of backupFiles(storage)) expect(onDisk(f, NOTE), f).toBe(false);
  });

  it('restore a backup from before the encryption, encrypting it on the way in', async () => {
    const storage = storagePaths(tempDir());
    // An old, unencrypted backup copied back in by hand after the conversion.
    const old = makeTestCore({ storage: storagePaths(tempDir()) });
    await writeNote(old, NOTE);
    const oldBackup = await old.ok('backup.create', {});
    old.close();

    const keychain = fakeKeychain();
    const v = startVaultCore(storage, { keyProtector: keychain });
    await v.ok('org.create', { name: 'Shelter North' });
    await v.ok('backup.create', {});
    copyFileSync(
      path.join(oldBackup.folder, oldBackup.id),
      path.join(storage.backupDir, oldBackup.id),
    );
    const listed = await v.ok('backup.list', {});
    expect(listed.find((b) => b.id === oldBackup.id)).toMatchObject({ summary: { meetings: 1 } });

    await v.ok('backup.restore', { id: oldBackup.id });
    const [meeting] = await v.ok('meeting.list', {});
    expect(JSON.stringify(await v.ok('meeting.get', { id: meeting!.id }))).toContain(NOTE);
    v.core.close();
    // The live file stays encrypted.
    expect(onDisk(storage.file, NOTE)).toBe(false);
    expect(opensWith(storage.file, osKeyOf(storage, keychain))).toBe(true);
  });
});

describe('vault.rekey', () => {
  it('re-encrypts the database and its backups: data kept, the old key opens nothing', async () => {
    const storage = storagePaths(tempDir());
    const keychain = fakeKeychain();
    const v = startVaultCore(storage, { keyProtector: keychain });
    await writeNote(v, NOTE);
    await v.ok('backup.create', {});
    const before = dumpDatabase(v.core.db);
    const oldKey = osKeyOf(storage, keychain);

    const result = await v.ok('vault.rekey', {});
    // The manual backup, and the one made just before the rekey.
    expect(result).toEqual({ backupsReencrypted: 2, backupsLeft: [] });
    const newKey = osKeyOf(storage, keychain);
    expect(newKey.equals(oldKey)).toBe(false);
    expect(readKeyFile(storage).retiringKey).toBeUndefined();
    const { access_log: _a, ...after } = dumpDatabase(v.core.db);
    const { access_log: _b, ...expected } = before;
    expect(after).toEqual(expected);
    expect((await v.ok('accessLog.list', {}))[0]).toMatchObject({ action: 'rekey' });
    // Still working on the same open database, and backups keep working.
    await v.ok('org.create', { name: 'After the rekey' });
    await v.ok('backup.create', {});
    expect(v.core.db.pragma('journal_mode', { simple: true })).toBe('wal');
    v.core.close();

    expect(opensWith(storage.file, oldKey)).toBe(false);
    expect(opensWith(storage.file, newKey)).toBe(true);
    for (const file of backupFiles(storage)) {
      expect(opensWith(file, oldKey, { readonly: true }), file).toBe(false);
      expect(opensWith(file, newKey, { readonly: true }), file).toBe(true);
    }
    const again = startVaultCore(storage, { keyProtector: keychain });
    expect(await again.ok('org.list', {})).toHaveLength(1);
    again.core.close();
  });

  it('with a passphrase: the passphrase still unlocks after the rekey', async () => {
    const storage = storagePaths(tempDir());
    const v = startVaultCore(storage, {});
    await v.ok('vault.setup', { passphrase: PASSPHRASE });
    await writeNote(v, NOTE);
    await v.ok('vault.rekey', {});
    v.core.close();
    const again = startVaultCore(storage, {});
    await again.ok('vault.unlock', { passphrase: PASSPHRASE });
    expect(await again.ok('meeting.list', {})).toHaveLength(1);
    again.core.close();
  });

  it('a rekey interrupted before the file was rewritten is finished at the next start', async () => {
    const storage = storagePaths(tempDir());
    const keychain = fakeKeychain();
    const v = startVaultCore(storage, { keyProtector: keychain });
    await writeNote(v, NOTE);
    await v.ok('backup.create', {});
    v.core.close();
    const oldKey = osKeyOf(storage, keychain);
    const newKey = Buffer.alloc(32, 9);
    // The key file as the rekey writes it before touching the database: both keys.
    const keyFile = readKeyFile(storage);
    writeKeyFile(storage, {
      ...keyFile,
      key: keychain.wrap(newKey).toString('base64'),
      retiringKey: keyFile.key,
    });

    const again = startVaultCore(storage, { keyProtector: keychain });
    expect(await again.ok('meeting.list', {})).toHaveLength(1);
    again.core.close();
    expect(readKeyFile(storage).retiringKey).toBeUndefined();
    expect(opensWith(storage.file, newKey)).toBe(true);
    expect(opensWith(storage.file, oldKey)).toBe(false);
    for (const file of backupFiles(storage)) {
      expect(opensWith(file, newKey, { readonly: true }), file).toBe(true);
    }
  });
});
