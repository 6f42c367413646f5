import { z } from 'zod';
import { Empty } from './common';

/*
 * Encryption at rest and the app lock (issue 7).
 *
 * The database file is encrypted with a random 256-bit data key. The key is never stored in the
 * clear: it is kept in `roundtable.key.json` beside the database, wrapped either by the operating
 * system's secure store (`protection: 'os'`, Electron's safeStorage) or by a passphrase
 * (`protection: 'passphrase'`, scrypt then AES-256-GCM). Browser mode has no OS store, so it
 * always uses a passphrase.
 *
 * The vault's `state` decides what the core serves:
 * - `setup`: no key yet and no OS store: the renderer asks for a new passphrase (`vault.setup`).
 *   An existing unencrypted database is converted then (a backup is made first).
 * - `locked`: the data is closed until `vault.unlock` (or `vault.unlockWithOs`). At start-up with
 *   a passphrase-wrapped key, and whenever the app lock is engaged (`vault.lock`, the idle timer
 *   or the shortcut). The lock screen must show nothing of the data: while locked, every call
 *   except `vault.*`, `app.info` and `settings.get` fails with the error code `locked`.
 * - `open`: everything is served.
 * Every change of state or protection is announced with the `vault.changed` event to every
 * window (so all of them show or leave the lock screen); unlocking also emits `data.changed`
 * with `['*']`. `settings.get` stays served while locked: before the first unlock it answers with
 * the language, theme and contrast last used (kept beside the key), so the lock screen matches.
 *
 * Passphrase errors: a wrong passphrase fails with code `wrong_passphrase` and an issue on the
 * field (`validation.wrongPassphrase`); after a few wrong attempts, further attempts fail with
 * `too_many_attempts` until `retryAfterMs` (in `vault.status`) has passed. A new passphrase
 * shorter than 8 characters fails validation with `validation.passphraseTooShort`.
 */

export const MIN_PASSPHRASE_LENGTH = 8;
export const MAX_PASSPHRASE_LENGTH = 1024;

/** A passphrase being chosen: at least 8 characters, kept exactly as typed (spaces count). */
export const NewPassphrase = z
  .string({ error: 'required' })
  .min(MIN_PASSPHRASE_LENGTH, { error: 'passphraseTooShort' })
  .max(MAX_PASSPHRASE_LENGTH, { error: 'tooLong' });

/** A passphrase being entered to prove who you are: any non-empty text (a short one is just wrong). */
export const EnteredPassphrase = z
  .string({ error: 'required' })
  .min(1, { error: 'required' })
  .max(MAX_PASSPHRASE_LENGTH, { error: 'tooLong' });

export const VaultState = z.enum(['setup', 'locked', 'open']);
export type VaultState = z.infer<typeof VaultState>;

/**
 * How the data key is kept: by the OS store, by a passphrase, or `none` when the database is not
 * encrypted at all (in-memory sessions such as component tests).
 */
export const KeyProtection = z.enum(['os', 'passphrase', 'none']);
export type KeyProtection = z.infer<typeof KeyProtection>;

export const VaultStatus = z.object({
  state: VaultState,
  /** The database file is encrypted (false only without a file, or before `vault.setup`). */
  encrypted: z.boolean(),
  protection: KeyProtection,
  /** This host offers an OS store (desktop app with a keychain): `vault.useOsProtection` works. */
  osStoreAvailable: z.boolean(),
  /**
   * In `setup`: an unencrypted database from an earlier version is waiting; `vault.setup`
   * backs it up and converts it (the screen should say so).
   */
  pendingConversion: z.boolean(),
  appLock: z.object({
    /**
     * `vault.lock` is possible: always with a passphrase-protected key (its passphrase unlocks);
     * with an OS-protected key only once a lock passphrase is set (`vault.setLockPassphrase`).
     * When enabled, the app also starts locked, so quitting and reopening does not get around it.
     */
    enabled: z.boolean(),
    /** A passphrase can unlock (the vault passphrase, or the lock passphrase in OS mode). */
    hasPassphrase: z.boolean(),
    /** The host can unlock with OS authentication (Touch ID on macOS): offer `vault.unlockWithOs`. */
    osUnlock: z.boolean(),
  }),
  /** Wait this long before the next passphrase attempt (0: try now). */
  retryAfterMs: z.number().int().nonnegative(),
});
export type VaultStatus = z.infer<typeof VaultStatus>;

/** What the rekey did, for a confirmation message. */
export const RekeyResult = z.object({
  /** Backups re-encrypted with the new key (the old key opens none of them any more). */
  backupsReencrypted: z.number().int().nonnegative(),
  /**
   * Backups that could not be re-encrypted (a folder that is unreachable or read-only): they
   * stay encrypted with the old key, which is forgotten, so they can no longer be restored.
   */
  backupsLeft: z.array(z.string()),
});
export type RekeyResult = z.infer<typeof RekeyResult>;

export const vaultContract = {
  /** Always served, in every state: the renderer picks the setup, lock or normal screens from it. */
  'vault.status': { input: Empty, output: VaultStatus },
  /**
   * In `setup`: creates the data key wrapped by this passphrase and opens (or converts) the
   * database. When `open` with an OS-protected key: switches to passphrase protection instead
   * (the key is re-wrapped; the data is not re-encrypted; any lock passphrase is dropped, since
   * this passphrase now locks). Else `conflict`.
   */
  'vault.setup': {
    input: z.strictObject({ passphrase: NewPassphrase }),
    output: VaultStatus,
  },
  /**
   * In `locked`: with a passphrase-protected key, its passphrase; with an OS-protected key, the
   * lock passphrase. Opens the data and emits `vault.changed` and `data.changed ['*']`; the
   * unlock is written to the access log. When already `open`, it does nothing (no check).
   */
  'vault.unlock': {
    input: z.strictObject({ passphrase: EnteredPassphrase }),
    output: VaultStatus,
  },
  /**
   * In `locked`, when `appLock.osUnlock`: asks the OS (Touch ID) and opens if it agrees; a refusal
   * or cancellation fails with `wrong_passphrase`. Only possible while the key is already known
   * (the app lock), never to open a passphrase-protected key at start-up.
   */
  'vault.unlockWithOs': { input: Empty, output: VaultStatus },
  /**
   * Engages the app lock (idle timer, shortcut, menu). `unavailable` when `appLock.enabled` is false.
   * An `idle` lock does nothing while a meeting's countdown runs: the chair is presenting, not
   * away, and a lock screen must not replace the countdown on the projector. The shortcut always locks.
   */
  'vault.lock': {
    input: z.strictObject({ idle: z.boolean().default(false) }),
    output: VaultStatus,
  },
  /**
   * Changes the passphrase that unlocks: the vault passphrase (the key is re-wrapped; nothing is
   * re-encrypted) or, with an OS-protected key, the lock passphrase. A wrong `current` fails
   * with `wrong_passphrase` (issue on `current`).
   */
  'vault.changePassphrase': {
    input: z.strictObject({ current: EnteredPassphrase, next: NewPassphrase }),
    output: VaultStatus,
  },
  /**
   * OS-protected key only: sets the app-lock passphrase (stored only as an scrypt hash) when none
   * is set yet (else `conflict`: use `vault.changePassphrase`).
   */
  'vault.setLockPassphrase': {
    input: z.strictObject({ passphrase: NewPassphrase }),
    output: VaultStatus,
  },
  /** OS-protected key only: removes the app-lock passphrase (the app lock is then off). */
  'vault.clearLockPassphrase': {
    input: z.strictObject({ current: EnteredPassphrase }),
    output: VaultStatus,
  },
  /**
   * Passphrase-protected key, when the host has an OS store: wraps the key with the OS store
   * instead (proved by the current passphrase). The app lock is then off until a lock
   * passphrase is set.
   */
  'vault.useOsProtection': {
    input: z.strictObject({ current: EnteredPassphrase }),
    output: VaultStatus,
  },
  /**
   * A new data key: backs up first, re-encrypts the database and every backup it can reach,
   * then forgets the old key. For when the key file or passphrase may have been copied.
   */
  'vault.rekey': { input: Empty, output: RekeyResult },
};
