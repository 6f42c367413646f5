import { describe, expect, it } from 'vitest';
import { storagePaths, type StorageOptions } from '../../../electron/core/storage/config';
import { useTempDirs } from '../../helpers/temp-dirs';
import { PASSPHRASE, onDisk, readKeyFile, startVaultCore, writeNote } from './vault-helpers';

const tempDir = useTempDirs('roundtable-passphrase-');

const NOTE = 'Second visit planned with the outreach nurse';

/** A folder set up with PASSPHRASE, holding one note, in French with high contrast. */
async function passphraseFolder(): Promise<StorageOptions> {
  const storage = storagePaths(tempDir());
  const v = startVaultCore(storage, {});
  await v.ok('vault.setup', { passphrase: PASSPHRASE });
  await writeNote(v, NOTE);
  await v.ok('settings.update', { language: 'fr', highContrast: true });
  v.core.close();
  return storage;
}

describe('a passphrase-protected key (browser mode, or no keychain)', () => {
  it('keeps no key and no passphrase on disk: only scrypt parameters and the sealed key', async () => {
    const storage = await passphraseFolder();
    const keyFile = readKeyFile(storage);
    expect(keyFile).toMatchObject({
      protection: 'passphrase',
      kdf: { name: 'scrypt', N: 2 ** 12, r: 8, p: 1 },
    });
    expect(JSON.stringify(keyFile)).not.toContain(PASSPHRASE);
    expect(onDisk(storage.file, NOTE)).toBe(false);
  });

  it('starts locked: serves only the lock screen, in the language and contrast last used', async () => {
    const storage = await passphraseFolder();
    const v = startVaultCore(storage, {});
    expect(await v.ok('vault.status', {})).toMatchObject({
      state: 'locked',
      encrypted: true,
      protection: 'passphrase',
      appLock: { enabled: true, hasPassphrase: true, osUnlock: false },
      retryAfterMs: 0,
    });
    expect(await v.ok('settings.get', {})).toMatchObject({ language: 'fr', highContrast: true });
    expect(await v.ok('app.info', {})).toMatchObject({ version: '0.0.0' });
    for (const method of [
      'meeting.list',
      'org.list',
      'backup.list',
      'data.exportArchive',
    ] as const) {
      expect(await v.fails(method, {}), method).toMatchObject({
        code: 'locked',
        message: expect.stringMatching(/locked/) as string,
      });
    }
    expect(await v.fails('settings.update', { language: 'en' })).toMatchObject({ code: 'locked' });
    expect(await v.fails('vault.rekey', {})).toMatchObject({ code: 'locked' });
    v.core.close();
  });

  it('a wrong passphrase fails clearly; after three, each attempt waits longer', async () => {
    const storage = await passphraseFolder();
    const v = startVaultCore(storage, {});
    for (let i = 0; i < 3; i++) {
      expect(await v.fails('vault.unlock', { passphrase: 'wrong horse battery' })).toMatchObject({
        code: 'wrong_passphrase',
        issues: [{ path: ['passphrase'], message: 'wrongPassphrase' }],
      });
    }
    expect((await v.ok('vault.status', {})).retryAfterMs).toBe(1_000);
    // Even the right one waits its turn.
    expect(await v.fails('vault.unlock', { passphrase: PASSPHRASE })).toMatchObject({
      code: 'too_many_attempts',
    });
    v.clock.advance(1_000);
    expect(await v.fails('vault.unlock', { passphrase: 'still wrong' })).toMatchObject({
      code: 'wrong_passphrase',
    });
    expect((await v.ok('vault.status', {})).retryAfterMs).toBe(2_000);
    v.clock.advance(2_000);
    expect(await v.fails('vault.unlock', { passphrase: '' })).toMatchObject({
      code: 'invalid_input',
    });
    expect(await v.ok('vault.unlock', { passphrase: PASSPHRASE })).toMatchObject({
      state: 'open',
      retryAfterMs: 0,
    });
    v.core.close();
  });

  it('unlocks: the data opens, every window hears it, and the unlock is in the access log', async () => {
    const storage = await passphraseFolder();
    const v = startVaultCore(storage, {});
    expect(await v.ok('vault.unlock', { passphrase: PASSPHRASE })).toMatchObject({ state: 'open' });
    expect(v.events).toContainEqual({ event: 'vault.changed', payload: { state: 'open' } });
    expect(v.events).toContainEqual({ event: 'data.changed', payload: { domains: ['*'] } });
    const [meeting] = await v.ok('meeting.list', {});
    expect(JSON.stringify(await v.ok('meeting.get', { id: meeting!.id }))).toContain(NOTE);
    const log = await v.ok('accessLog.list', {});
    expect(log[0]).toMatchObject({
      action: 'unlock',
      what: 'Données déverrouillées avec la phrase de passe',
    });
    // Unlocking again is harmless.
    expect(await v.ok('vault.unlock', { passphrase: 'anything' })).toMatchObject({ state: 'open' });
    v.core.close();
  });

  it('an idle lock waits while a countdown runs; the shortcut still locks', async () => {
    const storage = await passphraseFolder();
    const v = startVaultCore(storage, {});
    await v.ok('vault.unlock', { passphrase: PASSPHRASE });
    const [meeting] = await v.ok('meeting.list', {});
    await v.ok('agenda.add', { meetingId: meeting!.id, item: { title: 'Updates' } });
    await v.ok('run.start', { meetingId: meeting!.id });
    // The chair is presenting, not away: the projector keeps its countdown.
    expect(await v.ok('vault.lock', { idle: true })).toMatchObject({ state: 'open' });
    await v.ok('run.pause', { meetingId: meeting!.id });
    expect(await v.ok('vault.lock', { idle: true })).toMatchObject({ state: 'locked' });
    await v.ok('vault.unlock', { passphrase: PASSPHRASE });
    await v.ok('run.resume', { meetingId: meeting!.id });
    expect(await v.ok('vault.lock', {})).toMatchObject({ state: 'locked' });
    v.core.close();
  });

  it('the app lock refuses the data to every window until the passphrase is given again', async () => {
    const storage = await passphraseFolder();
    const v = startVaultCore(storage, {});
    await v.ok('vault.unlock', { passphrase: PASSPHRASE });
    v.events.length = 0;
    expect(await v.ok('vault.lock', {})).toMatchObject({ state: 'locked' });
    expect(v.events).toEqual([{ event: 'vault.changed', payload: { state: 'locked' } }]);
    expect(await v.fails('meeting.list', {})).toMatchObject({ code: 'locked' });
    expect(await v.ok('vault.lock', {})).toMatchObject({ state: 'locked' });
    expect(await v.fails('vault.unlock', { passphrase: 'nope nope nope' })).toMatchObject({
      code: 'wrong_passphrase',
    });
    await v.ok('vault.unlock', { passphrase: PASSPHRASE });
    expect(await v.ok('meeting.list', {})).toHaveLength(1);
    v.core.close();
  });

  it('changes the passphrase: the old one no longer unlocks, the new one does, nothing re-encrypted', async () => {
    const storage = await passphraseFolder();
    const v = startVaultCore(storage, {});
    await v.ok('vault.unlock', { passphrase: PASSPHRASE });
    const before = readKeyFile(storage);
    expect(
      await v.fails('vault.changePassphrase', {
        current: 'not it at all',
        next: 'a new passphrase',
      }),
    ).toMatchObject({ code: 'wrong_passphrase', issues: [{ path: ['current'] }] });
    expect(
      await v.fails('vault.changePassphrase', { current: PASSPHRASE, next: 'short' }),
    ).toMatchObject({ code: 'invalid_input', issues: [{ message: 'passphraseTooShort' }] });
    await v.ok('vault.changePassphrase', { current: PASSPHRASE, next: 'a new passphrase' });
    const after = readKeyFile(storage);
    expect(after.kdf?.salt).not.toBe(before.kdf?.salt);
    expect(after.key).not.toBe(before.key);
    v.core.close();

    const again = startVaultCore(storage, {});
    expect(await again.fails('vault.unlock', { passphrase: PASSPHRASE })).toMatchObject({
      code: 'wrong_passphrase',
    });
    await again.ok('vault.unlock', { passphrase: 'a new passphrase' });
    expect(await again.ok('meeting.list', {})).toHaveLength(1);
    again.core.close();
  });

  it('the tests’ start-up passphrase sets up, then unlocks, with no screen', async () => {
    const storage = storagePaths(tempDir());
    const first = startVaultCore(storage, { passphrase: PASSPHRASE });
    expect(await first.ok('vault.status', {})).toMatchObject({
      state: 'open',
      protection: 'passphrase',
    });
    await first.ok('org.create', { name: 'Shelter North' });
    first.core.close();
    const second = startVaultCore(storage, { passphrase: PASSPHRASE });
    expect(await second.ok('org.list', {})).toHaveLength(1);
    second.core.close();
    expect(() => startVaultCore(storage, { passphrase: 'another one entirely' })).toThrow(
      /does not unlock/,
    );
  });

  it('setup is refused once a passphrase exists', async () => {
    const storage = await passphraseFolder();
    const v = startVaultCore(storage, {});
    expect(await v.fails('vault.setup', { passphrase: 'another passphrase' })).toMatchObject({
      code: 'conflict',
    });
    v.core.close();
  });
});
