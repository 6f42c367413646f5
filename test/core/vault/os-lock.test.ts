import { describe, expect, it } from 'vitest';
import { storagePaths } from '../../../electron/core/storage/config';
import { useTempDirs } from '../../helpers/temp-dirs';
import {
  PASSPHRASE,
  fakeKeychain,
  fakeTouchId,
  onDisk,
  readKeyFile,
  startVaultCore,
  writeNote,
} from './vault-helpers';

const tempDir = useTempDirs('roundtable-os-lock-');

const LOCK = 'lock screen passphrase';

describe('the app lock with an OS-protected key', () => {
  it('needs a lock passphrase, kept only as an scrypt hash', async () => {
    const storage = storagePaths(tempDir());
    const v = startVaultCore(storage, { keyProtector: fakeKeychain() });
    expect(await v.fails('vault.lock', {})).toMatchObject({ code: 'unavailable' });
    expect(await v.fails('vault.setLockPassphrase', { passphrase: 'short' })).toMatchObject({
      code: 'invalid_input',
      issues: [{ message: 'passphraseTooShort' }],
    });
    expect(await v.ok('vault.setLockPassphrase', { passphrase: LOCK })).toMatchObject({
      protection: 'os',
      appLock: { enabled: true, hasPassphrase: true, osUnlock: false },
    });
    expect(await v.fails('vault.setLockPassphrase', { passphrase: LOCK })).toMatchObject({
      code: 'conflict',
    });
    const keyFile = readKeyFile(storage);
    expect(keyFile.lock).toMatchObject({ name: 'scrypt', hash: expect.any(String) as string });
    expect(JSON.stringify(keyFile)).not.toContain(LOCK);

    await v.ok('vault.lock', {});
    expect(await v.fails('org.list', {})).toMatchObject({ code: 'locked' });
    expect(await v.fails('vault.unlock', { passphrase: 'not the lock one' })).toMatchObject({
      code: 'wrong_passphrase',
    });
    await v.ok('vault.unlock', { passphrase: LOCK });
    expect(await v.ok('org.list', {})).toEqual([]);
    v.core.close();
  });

  it('starts locked once a lock passphrase is set, so quitting does not get around it', async () => {
    const storage = storagePaths(tempDir());
    const keychain = fakeKeychain();
    const v = startVaultCore(storage, { keyProtector: keychain });
    await writeNote(v, 'Visit on Friday');
    await v.ok('vault.setLockPassphrase', { passphrase: LOCK });
    v.core.close();

    const again = startVaultCore(storage, { keyProtector: keychain });
    expect(await again.ok('vault.status', {})).toMatchObject({ state: 'locked' });
    expect(await again.fails('meeting.list', {})).toMatchObject({ code: 'locked' });
    await again.ok('vault.unlock', { passphrase: LOCK });
    expect(await again.ok('meeting.list', {})).toHaveLength(1);

    await again.ok('vault.changePassphrase', { current: LOCK, next: 'another lock phrase' });
    await again.ok('vault.clearLockPassphrase', { current: 'another lock phrase' });
    expect(await again.ok('vault.status', {})).toMatchObject({ appLock: { enabled: false } });
    expect(readKeyFile(storage).lock).toBeUndefined();
    again.core.close();
  });

  it('unlocks with Touch ID where the host offers it, and not when it is refused', async () => {
    const storage = storagePaths(tempDir());
    const touchId = fakeTouchId(true);
    const v = startVaultCore(storage, { keyProtector: fakeKeychain(), osAuthenticator: touchId });
    // Nothing to unlock yet: no prompt.
    expect(await v.ok('vault.unlockWithOs', {})).toMatchObject({ state: 'open' });
    expect(touchId.prompts).toEqual([]);
    await v.ok('vault.setLockPassphrase', { passphrase: LOCK });
    expect(await v.ok('vault.lock', {})).toMatchObject({ appLock: { osUnlock: true } });
    expect(await v.ok('vault.unlockWithOs', {})).toMatchObject({ state: 'open' });
    expect(touchId.prompts).toEqual(['unlock Roundtable']);
    v.core.close();

    const refused = startVaultCore(storage, {
      keyProtector: fakeKeychain(),
      osAuthenticator: fakeTouchId(false),
    });
    expect(await refused.fails('vault.unlockWithOs', {})).toMatchObject({
      code: 'wrong_passphrase',
    });
    expect(await refused.ok('vault.status', {})).toMatchObject({ state: 'locked' });
    refused.core.close();
  });

  it('switches to a passphrase and back to the keychain without re-encrypting the data', async () => {
    const storage = storagePaths(tempDir());
    const keychain = fakeKeychain();
    const v = startVaultCore(storage, { keyProtector: keychain });
    await writeNote(v, 'Follow-up with the landlord');
    await v.ok('vault.setLockPassphrase', { passphrase: LOCK });
    const { size } = await import('node:fs').then((fs) => fs.statSync(storage.file));
    expect(await v.ok('vault.setup', { passphrase: PASSPHRASE })).toMatchObject({
      state: 'open',
      protection: 'passphrase',
      appLock: { enabled: true },
    });
    expect(readKeyFile(storage).lock).toBeUndefined();
    v.core.close();

    // Now the passphrase is needed at start, keychain or not.
    const locked = startVaultCore(storage, { keyProtector: keychain });
    expect(await locked.ok('vault.status', {})).toMatchObject({ state: 'locked' });
    await locked.ok('vault.unlock', { passphrase: PASSPHRASE });
    expect(
      await locked.fails('vault.useOsProtection', { current: 'wrong wrong wrong' }),
    ).toMatchObject({ code: 'wrong_passphrase' });
    expect(await locked.ok('vault.useOsProtection', { current: PASSPHRASE })).toMatchObject({
      protection: 'os',
      appLock: { enabled: false },
    });
    locked.core.close();

    const open = startVaultCore(storage, { keyProtector: keychain });
    expect(await open.ok('vault.status', {})).toMatchObject({ state: 'open', protection: 'os' });
    expect(await open.ok('meeting.list', {})).toHaveLength(1);
    open.core.close();
    expect(size).toBeGreaterThan(0);
    expect(onDisk(storage.file, 'landlord')).toBe(false);
  });
});
