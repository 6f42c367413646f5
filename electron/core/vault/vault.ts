import type { VaultState, VaultStatus } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import type { Db } from '../db/open';
import { settingsRepo } from '../db/repos/settings';
import { currentSettings } from '../settings';
import type { Clock, KeyProtector, Logger, OsAuthenticator } from '../ports';
import { createBackupSync, prune } from '../storage/backups';
import type { StorageOptions } from '../storage/config';
import type { LiveDatabase } from '../storage/live';
import { inBackupFolder } from '../storage/service';
import { opensWith, rekeyDatabase } from '../db/open';
import {
  DEFAULT_SCRYPT,
  derive,
  deriveSync,
  newDataKey,
  newScryptParams,
  sameHash,
  seal,
  unseal,
  type ScryptCost,
  type ScryptParams,
} from './crypto';
import { classifyDatabase, encryptBackups, openData, standIn, type OpenedData } from './data-file';
import { KeyFileError, readKeyFile, writeKeyFile, type Display, type KeyFile } from './key-file';
import { Throttle } from './throttle';

/** What a host tells the core about keeping the data key (see `openCore`). */
export interface VaultHost {
  /** The OS secret store (the desktop app); none in browser mode. */
  keyProtector?: KeyProtector | null;
  /** OS authentication for the app lock (Touch ID), where the host has it. */
  osAuthenticator?: OsAuthenticator | null;
  /**
   * FOR TESTS ONLY (the e2e hosts): sets the vault up with this passphrase, or unlocks it, at
   * start, so that end-to-end tests do not each type it. A person's host never passes one.
   */
  passphrase?: string;
  /** For tests: a cheaper scrypt for passphrases set from now on (stored with each one). */
  scrypt?: ScryptCost;
}

interface VaultEnv extends VaultHost {
  storage: StorageOptions;
  clock: Clock;
  log: Logger;
}

export interface StartedVault {
  vault: Vault;
  /** The database, or an empty in-memory stand-in until the vault is set up or unlocked. */
  db: Db;
  /** The file could not be read: recovery mode (see createCore's `damaged`). */
  damaged: string[] | null;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

const wrongPassphrase = (field: string) =>
  new AppError('wrong_passphrase', 'This passphrase is not correct.', [
    { path: [field], message: 'wrongPassphrase' },
  ]);

const notNow = (message: string) => new AppError('conflict', message);

/**
 * The data key and the lock: which state the data is in (`setup`, `locked`, `open`), and every
 * change of how the key is kept. See shared/contract/vault.ts for the rules as the renderer sees
 * them, and key-file.ts and crypto.ts for what is stored and how.
 *
 * Two kinds of "locked": at start-up with a passphrase-protected key, the key is unknown and the
 * database closed (an in-memory stand-in serves the lock screen); the app lock (`lock()`) keeps
 * the database open, so meeting countdowns and their chimes carry on, and only the core's gate
 * refuses the data to every window until the passphrase is given again. The key leaves memory
 * when the app quits.
 */
export class Vault {
  state: VaultState;
  /** The data key, once known: null only while locked at start-up or in setup. */
  key: Buffer | null = null;
  /** Before the core exists: whether the real file was opened (not a stand-in). */
  private fileOpenAtStart: boolean;
  /** With a passphrase-protected key, the key that seals it: needed to re-seal after a rekey. */
  private kek: Buffer | null = null;
  private keyFile: KeyFile | null;
  private pendingConversion: boolean;
  /** There was a database but no key file: if it is unreadable, its key is probably lost. */
  private keyFileMissing = false;
  private live: LiveDatabase | null = null;
  private onOpened: () => void = () => undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly throttle: Throttle;

  private constructor(
    private readonly env: VaultEnv,
    init: { state: VaultState; keyFile: KeyFile | null; dataOpen: boolean; pending?: boolean },
  ) {
    this.state = init.state;
    this.keyFile = init.keyFile;
    this.fileOpenAtStart = init.dataOpen;
    this.pendingConversion = init.pending ?? false;
    this.throttle = new Throttle(env.clock);
  }

  /**
   * Start-up, before the core exists: reads the key file and opens what can be opened.
   * - key file, OS-protected: unwrapped by the OS store, database opened (locked first if an
   *   app-lock passphrase is set, so that restarting does not get around the lock);
   * - key file, passphrase-protected: `locked` on a stand-in until `unlock`;
   * - no key file, the OS store available: a new key, and the database created or converted;
   * - no key file and no OS store: `setup` on a stand-in until `setup` gives a passphrase.
   * Throws `KeyFileError` with a readable message when the key exists but cannot be used.
   */
  static start(env: VaultEnv): StartedVault {
    const { storage } = env;
    const keyFile = readKeyFile(storage);
    if (keyFile?.protection === 'os') return Vault.startOs(env, keyFile);
    if (keyFile) {
      const vault = new Vault(env, { state: 'locked', keyFile, dataOpen: false });
      if (env.passphrase === undefined) return vault.standIn();
      const kek = deriveSync(env.passphrase, vault.kdf());
      const key = unseal(keyFile.key, kek);
      if (!key) {
        throw new KeyFileError('The passphrase given at start does not unlock this data folder.');
      }
      vault.kek = kek;
      vault.state = 'open';
      return vault.openAtStart(key);
    }
    const found = classifyDatabase(storage.file, null);
    const vault = new Vault(env, {
      state: 'setup',
      keyFile: null,
      dataOpen: false,
      pending: found === 'plaintext',
    });
    vault.keyFileMissing = found === 'unreadable';
    if (vault.osStoreAvailable()) {
      const key = newDataKey();
      // The key file comes first: a crash during a conversion then leaves a file that is still
      // unencrypted and a key to convert it with at the next start.
      vault.writeKeyFile(vault.osKeyFile(key));
      vault.state = 'open';
      return vault.openAtStart(key);
    }
    if (env.passphrase !== undefined) {
      const params = newScryptParams(env.scrypt ?? DEFAULT_SCRYPT);
      const kek = deriveSync(env.passphrase, params);
      const key = newDataKey();
      vault.writeKeyFile(vault.passphraseKeyFile(key, kek, params));
      vault.kek = kek;
      vault.state = 'open';
      return vault.openAtStart(key);
    }
    return vault.standIn();
  }

  private static startOs(env: VaultEnv, keyFile: KeyFile): StartedVault {
    const protector = env.keyProtector;
    if (!protector) {
      throw new KeyFileError(
        'This data folder’s key is kept by the system keychain of the Roundtable desktop app, which browser mode cannot use. ' +
          'Open it with the desktop app, or set a passphrase there (Settings, Security) to use it in browser mode.',
      );
    }
    const vault = new Vault(env, {
      state: keyFile.lock ? 'locked' : 'open',
      keyFile,
      dataOpen: false,
    });
    let key: Buffer;
    try {
      key = vault.unwrapOs(keyFile.key);
    } catch (error) {
      throw new KeyFileError(
        `The system keychain could not unlock Roundtable’s data key (${messageOf(error)}). ` +
          'This happens when the data folder was copied from another computer or account, or the keychain was reset. ' +
          'Nothing was changed: sign in to the account that created the data, or restore the keychain.',
      );
    }
    return vault.openAtStart(key);
  }

  private standIn(): StartedVault {
    const db = standIn();
    // The lock screen speaks the person's language and keeps their contrast: the last known
    // display settings, from the key file.
    const display = this.keyFile?.display;
    if (display) {
      const repo = settingsRepo(db);
      for (const [name, value] of Object.entries(display)) repo.write(name, value);
    }
    return { vault: this, db, damaged: null };
  }

  /** The real database file is open (not the stand-in, and not damaged). */
  get dataOpen(): boolean {
    return this.live ? this.live.fileOpen : this.fileOpenAtStart;
  }

  private openAtStart(key: Buffer): StartedVault {
    const opened = this.openDataFile(key);
    return { vault: this, db: opened.db, damaged: opened.damaged };
  }

  /** Opens the file with `key` (converting or finishing a rekey as needed); sets key and flags. */
  private openDataFile(key: Buffer): OpenedData {
    const { storage, clock, log } = this.env;
    const retiring = this.keyFile?.retiringKey ? this.unwrap(this.keyFile.retiringKey) : null;
    const unreadable = this.keyFileMissing
      ? 'it is damaged, or it is encrypted and its key file (roundtable.key.json) is missing'
      : 'it is damaged, or it was encrypted with another key';
    const opened = openData(storage, key, retiring, clock, log, unreadable);
    this.key = key;
    this.fileOpenAtStart = !opened.damaged;
    this.pendingConversion = false;
    // An interrupted rekey: the file is under the new key now; the backups follow.
    if (retiring && !opened.damaged) this.finishRekey(key, retiring);
    return opened;
  }

  /** From createCore: the live database to swap into, and what to do once the data is open. */
  attach(live: LiveDatabase, onOpened: () => void): void {
    this.live = live;
    live.key = this.key;
    this.onOpened = onOpened;
    if (this.dataOpen) this.saveDisplay();
  }

  /** Vault operations run one at a time: two unlocks at once must not open the file twice. */
  private exclusive<T>(run: () => Promise<T> | T): Promise<T> {
    const next = this.queue.then(run, run);
    this.queue = next.catch(() => undefined);
    return next;
  }

  status(): VaultStatus {
    const lockEnabled = this.lockEnabled();
    return {
      state: this.state,
      encrypted: this.keyFile !== null,
      protection: this.keyFile?.protection ?? 'none',
      osStoreAvailable: this.osStoreAvailable(),
      pendingConversion: this.state === 'setup' && this.pendingConversion,
      appLock: {
        enabled: lockEnabled,
        hasPassphrase: lockEnabled,
        osUnlock: lockEnabled && this.key !== null && this.osCanPrompt(),
      },
      retryAfterMs: this.throttle.retryAfterMs(),
    };
  }

  private lockEnabled(): boolean {
    return this.keyFile?.protection === 'passphrase' || this.keyFile?.lock !== undefined;
  }

  private osStoreAvailable(): boolean {
    try {
      return this.env.keyProtector?.isAvailable() ?? false;
    } catch (error) {
      this.env.log('The system keychain could not be queried', error);
      return false;
    }
  }

  private osCanPrompt(): boolean {
    try {
      return this.env.osAuthenticator?.canPrompt() ?? false;
    } catch {
      return false;
    }
  }

  // ——— Operations (the handlers call these; each resolves once the key file is written) ———

  /** First passphrase (state `setup`), or a switch from OS protection to a passphrase. */
  setup(passphrase: string): Promise<{ opened: boolean }> {
    return this.exclusive(async () => {
      const params = newScryptParams(this.env.scrypt ?? DEFAULT_SCRYPT);
      if (this.state === 'setup') {
        const kek = await derive(passphrase, params);
        const key = newDataKey();
        this.writeKeyFile(this.passphraseKeyFile(key, kek, params));
        this.kek = kek;
        try {
          this.swapIn(key);
        } catch (error) {
          // The key file exists now and the file may already be under its key: a second setup
          // would make another key. The same passphrase unlocks and tries again.
          this.state = 'locked';
          throw error;
        }
        return { opened: true };
      }
      if (this.state === 'open' && this.keyFile?.protection === 'os' && this.key) {
        const kek = await derive(passphrase, params);
        this.writeKeyFile(this.passphraseKeyFile(this.key, kek, params));
        this.kek = kek;
        return { opened: false };
      }
      throw notNow('A passphrase is already set: change it instead.');
    });
  }

  unlock(passphrase: string): Promise<{ opened: boolean }> {
    return this.exclusive(async () => {
      if (this.state === 'open') return { opened: false };
      if (this.state === 'setup' || !this.keyFile) {
        throw notNow('Roundtable has no passphrase yet: set one first.');
      }
      this.throttle.assertMayTry();
      const keyFile = this.keyFile;
      if (keyFile.protection === 'passphrase') {
        const kek = await derive(passphrase, this.kdf());
        const key = unseal(keyFile.key, kek);
        if (!key) this.failed('passphrase');
        this.throttle.succeeded();
        this.kek = kek;
        if (this.key === null) this.swapIn(key);
        else this.state = 'open';
        return { opened: true };
      }
      if (!keyFile.lock) throw notNow('Roundtable is not locked.');
      if (!sameHash(await derive(passphrase, keyFile.lock), keyFile.lock.hash)) {
        this.failed('passphrase');
      }
      this.throttle.succeeded();
      this.state = 'open';
      return { opened: true };
    });
  }

  unlockWithOs(): Promise<{ opened: boolean }> {
    return this.exclusive(async () => {
      if (this.state === 'open') return { opened: false };
      const auth = this.env.osAuthenticator;
      if (this.state !== 'locked' || this.key === null || !auth || !this.osCanPrompt()) {
        throw new AppError(
          'unavailable',
          'Unlocking with the system is not possible here: enter the passphrase.',
        );
      }
      this.throttle.assertMayTry();
      if (!(await auth.prompt('unlock Roundtable'))) {
        throw new AppError('wrong_passphrase', 'The system did not confirm who you are.');
      }
      this.throttle.succeeded();
      this.state = 'open';
      return { opened: true };
    });
  }

  lock(): Promise<{ changed: boolean }> {
    return this.exclusive(() => {
      if (this.state === 'locked') return { changed: false };
      if (this.state !== 'open' || !this.lockEnabled()) {
        throw new AppError(
          'unavailable',
          'The app lock needs a passphrase to unlock with: set one in Settings, Security.',
        );
      }
      this.saveDisplay();
      this.state = 'locked';
      return { changed: true };
    });
  }

  changePassphrase(current: string, next: string): Promise<void> {
    return this.exclusive(async () => {
      const keyFile = this.openKeyFile();
      if (keyFile.protection === 'passphrase') {
        await this.proveVaultPassphrase(current, 'current');
        const params = newScryptParams(this.env.scrypt ?? DEFAULT_SCRYPT);
        const kek = await derive(next, params);
        this.writeKeyFile(this.passphraseKeyFile(this.needKey(), kek, params));
        this.kek = kek;
        return;
      }
      if (!keyFile.lock) {
        throw notNow('No lock passphrase is set yet: set one instead of changing it.');
      }
      await this.proveLockPassphrase(current, keyFile.lock);
      this.writeKeyFile({ ...keyFile, lock: await this.lockHash(next) });
    });
  }

  setLockPassphrase(passphrase: string): Promise<void> {
    return this.exclusive(async () => {
      const keyFile = this.openKeyFile();
      if (keyFile.protection !== 'os') {
        throw notNow('The vault passphrase already locks Roundtable: change it instead.');
      }
      if (keyFile.lock) throw notNow('A lock passphrase is already set: change it instead.');
      this.writeKeyFile({ ...keyFile, lock: await this.lockHash(passphrase) });
    });
  }

  clearLockPassphrase(current: string): Promise<void> {
    return this.exclusive(async () => {
      const keyFile = this.openKeyFile();
      if (keyFile.protection !== 'os' || !keyFile.lock) {
        throw notNow('There is no separate lock passphrase to remove.');
      }
      await this.proveLockPassphrase(current, keyFile.lock);
      const { lock: _removed, ...rest } = keyFile;
      this.writeKeyFile(rest);
    });
  }

  useOsProtection(current: string): Promise<void> {
    return this.exclusive(async () => {
      const keyFile = this.openKeyFile();
      if (keyFile.protection !== 'passphrase')
        throw notNow('The system keychain already keeps the key.');
      if (!this.osStoreAvailable()) {
        throw new AppError(
          'unavailable',
          'This computer offers no system keychain to keep the key.',
        );
      }
      await this.proveVaultPassphrase(current, 'current');
      this.writeKeyFile(this.osKeyFile(this.needKey()));
      this.kek = null;
    });
  }

  /**
   * A new data key for the database and every backup it can reach (see the contract). The key
   * file holds both keys while it runs, so a crash at any point leaves everything readable and
   * the next start finishes the job.
   */
  rekey(): Promise<{ reencrypted: number; left: string[] }> {
    return this.exclusive(() => {
      const live = this.live;
      const keyFile = this.openKeyFile();
      if (!live || live.damaged || !live.fileOpen) {
        throw new AppError(
          'unavailable',
          'The database is not open, so it cannot be re-encrypted.',
        );
      }
      const { storage, clock } = this.env;
      const old = this.needKey();
      inBackupFolder(storage, 'pre-migration', (folder) => {
        createBackupSync(live.db, folder, 'pre-migration', clock.now(), old);
        prune(folder, 'pre-migration');
      });
      const key = newDataKey();
      this.writeKeyFile({ ...keyFile, key: this.wrap(key), retiringKey: this.wrap(old) });
      try {
        rekeyDatabase(live.db, key);
        if (!opensWith(storage.file, key))
          throw new Error('The re-encrypted database does not open with its new key.');
      } catch (error) {
        // Whatever the file holds now, it opens with one of the two keys: put the old one first.
        this.writeKeyFile({ ...keyFile, key: this.wrap(old), retiringKey: this.wrap(key) });
        throw error;
      }
      this.key = key;
      live.key = key;
      return this.finishRekey(key, old);
    });
  }

  /** Backups under the new key, then the old key forgotten. */
  private finishRekey(key: Buffer, old: Buffer): { reencrypted: number; left: string[] } {
    const result = encryptBackups(this.env.storage, key, old, this.env.log);
    if (!this.keyFile) throw new Error('No key file.');
    const { retiringKey: _old, ...rest } = this.keyFile;
    this.writeKeyFile({ ...rest, key: this.wrap(key) });
    return result;
  }

  /** Before the core closes: the lock screen's language and contrast for the next start. */
  close(): void {
    this.saveDisplay();
  }

  // ——— Helpers ———

  /** Opens the real file with `key` in place of the stand-in. */
  private swapIn(key: Buffer): void {
    const live = this.live;
    if (!live) throw new Error('The vault is not attached to a core.');
    let opened: OpenedData;
    try {
      opened = this.openDataFile(key);
    } catch (error) {
      if (error instanceof AppError) throw error;
      this.env.log('The database could not be opened after unlocking', error);
      throw new AppError('storage', `Roundtable could not open its data: ${messageOf(error)}`);
    }
    live.db.close();
    live.db = opened.db;
    live.key = key;
    live.fileOpen = opened.damaged === null;
    live.damaged = opened.damaged;
    this.state = 'open';
    this.saveDisplay();
    this.onOpened();
  }

  private failed(field: string): never {
    this.throttle.failed();
    throw wrongPassphrase(field);
  }

  private kdf(): ScryptParams {
    const kdf = this.keyFile?.kdf;
    if (!kdf) throw new Error('The key file has no passphrase parameters.');
    return kdf;
  }

  private openKeyFile(): KeyFile {
    if (this.state !== 'open' || !this.keyFile) {
      throw new AppError('locked', 'Unlock Roundtable first.');
    }
    return this.keyFile;
  }

  private needKey(): Buffer {
    if (!this.key) throw new AppError('locked', 'Unlock Roundtable first.');
    return this.key;
  }

  private async proveVaultPassphrase(passphrase: string, field: string): Promise<void> {
    this.throttle.assertMayTry();
    const key = unseal(this.openKeyFile().key, await derive(passphrase, this.kdf()));
    if (!key || !this.key || !key.equals(this.key)) this.failed(field);
    this.throttle.succeeded();
  }

  private async proveLockPassphrase(
    passphrase: string,
    lock: NonNullable<KeyFile['lock']>,
  ): Promise<void> {
    this.throttle.assertMayTry();
    if (!sameHash(await derive(passphrase, lock), lock.hash)) this.failed('current');
    this.throttle.succeeded();
  }

  private async lockHash(passphrase: string): Promise<NonNullable<KeyFile['lock']>> {
    const params = newScryptParams(this.env.scrypt ?? DEFAULT_SCRYPT);
    return { ...params, hash: (await derive(passphrase, params)).toString('base64') };
  }

  private passphraseKeyFile(key: Buffer, kek: Buffer, kdf: ScryptParams): KeyFile {
    return { ...this.base(), protection: 'passphrase', kdf, key: seal(key, kek) };
  }

  private osKeyFile(key: Buffer): KeyFile {
    return { ...this.base(), protection: 'os', key: this.wrapOs(key) };
  }

  private base() {
    const display = this.keyFile?.display;
    return {
      format: 'roundtable-key' as const,
      version: 1 as const,
      ...(display ? { display } : {}),
    };
  }

  private wrapOs(key: Buffer): string {
    const protector = this.env.keyProtector;
    if (!protector) throw new Error('No system keychain.');
    return protector.wrap(key).toString('base64');
  }

  private unwrapOs(wrapped: string): Buffer {
    const protector = this.env.keyProtector;
    if (!protector) throw new Error('No system keychain.');
    const key = protector.unwrap(Buffer.from(wrapped, 'base64'));
    if (key.length !== 32) throw new Error('the unwrapped key has the wrong length');
    return key;
  }

  /** Wraps a key the way the key file's protection says. */
  private wrap(key: Buffer): string {
    if (this.keyFile?.protection === 'os') return this.wrapOs(key);
    if (!this.kek) throw new AppError('locked', 'Unlock Roundtable first.');
    return seal(key, this.kek);
  }

  private unwrap(wrapped: string): Buffer {
    if (this.keyFile?.protection === 'os') return this.unwrapOs(wrapped);
    const key = this.kek ? unseal(wrapped, this.kek) : null;
    if (!key) throw new KeyFileError('The key file’s previous key cannot be read.');
    return key;
  }

  private writeKeyFile(keyFile: KeyFile): void {
    writeKeyFile(this.env.storage, keyFile);
    this.keyFile = keyFile;
  }

  /** Keeps the display settings in the key file current (written only when they changed). */
  private saveDisplay(): void {
    const live = this.live;
    if (!live || !this.keyFile || !live.fileOpen) return;
    try {
      const { language, theme, highContrast } = currentSettings(live.db);
      const display: Display = { language, theme, highContrast };
      if (JSON.stringify(display) === JSON.stringify(this.keyFile.display)) return;
      this.writeKeyFile({ ...this.keyFile, display });
    } catch (error) {
      this.env.log('Could not keep the display settings for the lock screen', error);
    }
  }
}
