import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { lockApp, lockWhenAway } from '../../electron/main/app-lock';
import { storagePaths } from '../../electron/core/storage/config';
import type { Envelope } from '../../shared/rpc';
import { makeTestCore } from '../helpers/core';
import { useTempDirs } from '../helpers/temp-dirs';
import { fakeKeychain, startVaultCore, type VaultCore } from '../core/vault/vault-helpers';
import { powerMonitor, resetFakeElectron } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

const tempDir = useTempDirs('roundtable-app-lock-');
const LOCK = 'lock screen passphrase';
const cores: VaultCore[] = [];

beforeEach(() => {
  resetFakeElectron();
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

afterEach(() => {
  for (const v of cores.splice(0)) v.core.close();
  vi.restoreAllMocks();
});

/** A desktop core on a real folder, its key kept by the keychain, with or without a lock passphrase. */
async function desktopCore(lockPassphrase: boolean): Promise<VaultCore> {
  const v = startVaultCore(storagePaths(tempDir()), { keyProtector: fakeKeychain() });
  cores.push(v);
  if (lockPassphrase) await v.ok('vault.setLockPassphrase', { passphrase: LOCK });
  return v;
}

const stateOf = async (v: VaultCore) => (await v.ok('vault.status', {})).state;

describe('lockWhenAway', () => {
  it.each(['lock-screen', 'suspend'])(
    'locks the app on %s when the app lock is set',
    async (event) => {
      const v = await desktopCore(true);
      lockWhenAway(v.core, powerMonitor);
      powerMonitor.emit(event);
      await vi.waitFor(async () => expect(await stateOf(v)).toBe('locked'));
      expect(await v.fails('org.list', {})).toMatchObject({ code: 'locked' });
      expect(v.events).toContainEqual({ event: 'vault.changed', payload: { state: 'locked' } });
      expect(console.error).not.toHaveBeenCalled();
    },
  );

  it('does nothing, quietly, when no app lock is set', async () => {
    const v = await desktopCore(false);
    const call = vi.spyOn(v.core, 'call');
    lockWhenAway(v.core, powerMonitor);
    powerMonitor.emit('lock-screen');
    powerMonitor.emit('suspend');
    await vi.waitFor(() => expect(call).toHaveBeenCalledTimes(2));
    expect(await stateOf(v)).toBe('open');
    expect(await v.ok('org.list', {})).toEqual([]);
    expect(console.error).not.toHaveBeenCalled();
  });

  it('locks explicitly, not as an idle lock, so a running countdown does not stop it', async () => {
    const call = vi.fn((_method: string, _input: unknown): Promise<Envelope<unknown>> =>
      Promise.resolve({ ok: true, value: {} }),
    );
    lockWhenAway({ call }, powerMonitor);
    powerMonitor.emit('suspend');
    expect(call).toHaveBeenCalledWith('vault.lock', {});
  });

  it('stops listening once disposed', async () => {
    const v = await desktopCore(true);
    const stop = lockWhenAway(v.core, powerMonitor);
    stop();
    expect(powerMonitor.listenerCount('lock-screen')).toBe(0);
    expect(powerMonitor.listenerCount('suspend')).toBe(0);
    powerMonitor.emit('lock-screen');
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(await stateOf(v)).toBe('open');
  });
});

describe('lockApp', () => {
  it('ignores a session with nothing to lock (in-memory, unencrypted)', async () => {
    const core = makeTestCore();
    await expect(lockApp(core)).resolves.toBeUndefined();
    expect(console.error).not.toHaveBeenCalled();
    core.close();
  });

  it('logs other failures and never rejects', async () => {
    const failing = {
      call: () =>
        Promise.resolve({ ok: false, error: { code: 'internal', message: 'disk gone' } } as const),
    };
    await expect(lockApp(failing)).resolves.toBeUndefined();
    const throwing = { call: () => Promise.reject(new Error('closed')) };
    await expect(lockApp(throwing)).resolves.toBeUndefined();
    expect(console.error).toHaveBeenCalledTimes(2);
  });
});
