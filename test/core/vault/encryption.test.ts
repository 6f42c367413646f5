import Database from 'better-sqlite3-multiple-ciphers';
import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DatabaseDamagedError, openDatabase, opensWith } from '../../../electron/core/db/open';
import { KeyFileError, openCore } from '../../../electron/core/open-core';
import { storagePaths } from '../../../electron/core/storage/config';
import { keyFilePath } from '../../../electron/core/vault/key-file';
import { useTempDirs } from '../../helpers/temp-dirs';
import {
  fakeKeychain,
  onDisk,
  osKeyOf,
  readKeyFile,
  startVaultCore,
  writeNote,
} from './vault-helpers';

const tempDir = useTempDirs('roundtable-vault-');

const NOTE = 'Client J.D. moved to the Elm Street shelter on Tuesday';

describe('encryption at rest, with the key kept by the OS keychain', () => {
  it('creates an encrypted database at first start: no note text on disk, in the file or its WAL', async () => {
    const storage = storagePaths(tempDir());
    const keychain = fakeKeychain();
    const v = startVaultCore(storage, { keyProtector: keychain });
    expect(await v.ok('vault.status', {})).toMatchObject({
      state: 'open',
      encrypted: true,
      protection: 'os',
      osStoreAvailable: true,
      appLock: { enabled: false },
    });
    await writeNote(v, NOTE);
    // While open, the text is in the WAL if anywhere: it must not be readable there either.
    expect(onDisk(storage.file, NOTE)).toBe(false);
    expect(onDisk(storage.file, 'Elm Street')).toBe(false);
    v.core.close();
    expect(onDisk(storage.file, NOTE)).toBe(false);
    expect(onDisk(storage.file, 'Case review')).toBe(false);
    // Not even SQLite's signature: the whole file is ciphertext.
    expect(readFileSync(storage.file).subarray(0, 16).toString('latin1')).not.toBe(
      'SQLite format 3\0',
    );

    // The key file holds the key wrapped by the keychain only: never the key itself.
    const key = osKeyOf(storage, keychain);
    const keyFile = readFileSync(keyFilePath(storage), 'utf8');
    expect(keyFile).not.toContain(key.toString('hex'));
    expect(keyFile).not.toContain(key.toString('base64'));
    expect(readKeyFile(storage)).toMatchObject({ format: 'roundtable-key', protection: 'os' });
    if (process.platform !== 'win32') {
      expect(statSync(keyFilePath(storage)).mode & 0o077).toBe(0);
    }

    // With the key it all reads back.
    const again = startVaultCore(storage, { keyProtector: keychain });
    const [meeting] = await again.ok('meeting.list', {});
    expect(meeting).toBeDefined();
    const detail = await again.ok('meeting.get', { id: meeting!.id });
    expect(JSON.stringify(detail)).toContain(NOTE);
    again.core.close();
  });

  it('cannot be opened without the key, and says so clearly', async () => {
    const storage = storagePaths(tempDir());
    const keychain = fakeKeychain();
    const v = startVaultCore(storage, { keyProtector: keychain });
    await writeNote(v, NOTE);
    v.core.close();

    // SQLite itself: not a database.
    const raw = new Database(storage.file);
    expect(() => raw.prepare('SELECT count(*) FROM sqlite_schema').get()).toThrow(
      /file is not a database/,
    );
    raw.close();
    expect(opensWith(storage.file, null)).toBe(false);
    expect(opensWith(storage.file, Buffer.alloc(32, 7))).toBe(false);
    expect(opensWith(storage.file, osKeyOf(storage, keychain))).toBe(true);
    expect(() => openDatabase(storage.file)).toThrow(DatabaseDamagedError);

    // A program that does not know about the key file refuses the folder instead of damaging it.
    expect(() => openCore({ storage })).toThrow(KeyFileError);
    expect(() => openCore({ storage })).toThrow(/is encrypted/);
    // Browser mode has no keychain: it says which program can open it.
    expect(() => startVaultCore(storage, {})).toThrow(
      /system keychain of the Roundtable desktop app/,
    );
    // Another computer's (or a reset) keychain cannot unwrap the key: a readable refusal.
    expect(() => startVaultCore(storage, { keyProtector: fakeKeychain(2) })).toThrow(
      /system keychain could not unlock Roundtable’s data key/,
    );
    // Nothing was changed by those attempts.
    const again = startVaultCore(storage, { keyProtector: keychain });
    expect(await again.ok('meeting.list', {})).toHaveLength(1);
    again.core.close();
  });

  it('asks for a passphrase instead when the keychain only obfuscates (no real keyring)', async () => {
    const storage = storagePaths(tempDir());
    const keychain = fakeKeychain();
    keychain.available = false;
    const v = startVaultCore(storage, { keyProtector: keychain });
    expect(await v.ok('vault.status', {})).toMatchObject({
      state: 'setup',
      encrypted: false,
      protection: 'none',
      osStoreAvailable: false,
    });
    v.core.close();
  });

  it('a core in memory (component tests) is simply unencrypted, with no vault to lock', async () => {
    const { makeTestCore } = await import('../../helpers/core');
    const core = makeTestCore();
    expect(await core.ok('vault.status', {})).toMatchObject({
      state: 'open',
      encrypted: false,
      protection: 'none',
    });
    expect(await core.fails('vault.lock', {})).toMatchObject({ code: 'unavailable' });
    core.close();
  });
});
