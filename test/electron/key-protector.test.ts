import { beforeEach, describe, expect, it, vi } from 'vitest';
import { safeStorageProtector, touchIdAuthenticator } from '../../electron/main/key-protector';
import { resetFakeElectron, safeStorage, systemPreferences } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

beforeEach(() => resetFakeElectron());

describe('the data key kept by safeStorage', () => {
  it('wraps and unwraps the key through encryptString, never handing it out as is', () => {
    const protector = safeStorageProtector('darwin');
    const key = Buffer.alloc(32, 0xab);
    const wrapped = protector.wrap(key);
    expect(safeStorage.encryptString).toHaveBeenCalledWith(key.toString('base64'));
    expect(wrapped.includes(key)).toBe(false);
    expect(protector.unwrap(wrapped).equals(key)).toBe(true);
  });

  it('fails to unwrap what another keychain wrapped', () => {
    const protector = safeStorageProtector('win32');
    const wrapped = protector.wrap(Buffer.alloc(32, 1));
    safeStorage.machine = 2;
    expect(() => protector.unwrap(wrapped)).toThrow(/decrypting/);
  });

  it('is available where safeStorage encrypts for real', () => {
    expect(safeStorageProtector('darwin').isAvailable()).toBe(true);
    expect(safeStorageProtector('win32').isAvailable()).toBe(true);
    safeStorage.available = false;
    expect(safeStorageProtector('darwin').isAvailable()).toBe(false);
  });

  it('on Linux, only with a real keyring: the basic_text fallback is no protection', () => {
    for (const backend of ['gnome_libsecret', 'kwallet', 'kwallet5', 'kwallet6']) {
      safeStorage.backend = backend;
      expect(safeStorageProtector('linux').isAvailable(), backend).toBe(true);
    }
    for (const backend of ['basic_text', 'unknown']) {
      safeStorage.backend = backend;
      expect(safeStorageProtector('linux').isAvailable(), backend).toBe(false);
    }
  });
});

describe('Touch ID for the app lock', () => {
  it('is offered on macOS when the Mac can prompt, and nowhere else', () => {
    systemPreferences.touchId = true;
    expect(touchIdAuthenticator('darwin').canPrompt()).toBe(true);
    expect(touchIdAuthenticator('win32').canPrompt()).toBe(false);
    expect(touchIdAuthenticator('linux').canPrompt()).toBe(false);
    systemPreferences.touchId = false;
    expect(touchIdAuthenticator('darwin').canPrompt()).toBe(false);
  });

  it('answers true once confirmed, false when cancelled or failed', async () => {
    const auth = touchIdAuthenticator('darwin');
    expect(await auth.prompt('unlock Roundtable')).toBe(true);
    expect(systemPreferences.promptTouchID).toHaveBeenCalledWith('unlock Roundtable');
    systemPreferences.promptTouchID.mockImplementation(() =>
      Promise.reject(new Error('cancelled')),
    );
    expect(await auth.prompt('unlock Roundtable')).toBe(false);
  });
});
