import { safeStorage, systemPreferences } from 'electron';
import type { KeyProtector, OsAuthenticator } from '../core/ports';

/** Linux back ends that are a real keyring; 'basic_text' is a hard-coded password, not protection. */
const LINUX_KEYRINGS = new Set(['gnome_libsecret', 'kwallet', 'kwallet5', 'kwallet6']);

/**
 * The data key wrapped by Electron's safeStorage (Keychain on macOS, DPAPI on Windows, libsecret
 * or KWallet on Linux). Where it would only obfuscate (Linux with no keyring), it says it is not
 * available, and the core asks for a passphrase instead. Call after `app` is ready: before that,
 * safeStorage cannot tell which back end it has.
 */
export function safeStorageProtector(platform: NodeJS.Platform = process.platform): KeyProtector {
  return {
    isAvailable() {
      if (!safeStorage.isEncryptionAvailable()) return false;
      return platform !== 'linux' || LINUX_KEYRINGS.has(safeStorage.getSelectedStorageBackend());
    },
    // safeStorage takes text: the key travels as base64, and nothing else ever sees it.
    wrap: (secret) => safeStorage.encryptString(secret.toString('base64')),
    unwrap: (wrapped) => Buffer.from(safeStorage.decryptString(wrapped), 'base64'),
  };
}

/** Touch ID for the app lock on macOS; nothing elsewhere (Electron offers no Windows Hello). */
export function touchIdAuthenticator(
  platform: NodeJS.Platform = process.platform,
): OsAuthenticator {
  return {
    canPrompt: () => platform === 'darwin' && systemPreferences.canPromptTouchID(),
    async prompt(reason) {
      try {
        await systemPreferences.promptTouchID(reason);
        return true;
      } catch {
        // Cancelled, failed, or locked out: the passphrase remains.
        return false;
      }
    },
  };
}
