import type { Language, VaultStatus, vaultContract } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import type { CoreContext, HandlersFor } from '../context';
import type { Db } from '../db/open';
import { currentSettings } from '../settings';
import type { Logger } from '../ports';
import { recordAccess } from '../privacy/access-log';
import type { Vault } from './vault';

/** A core without a vault: an in-memory session (component tests), nothing to encrypt or lock. */
const UNENCRYPTED: VaultStatus = {
  state: 'open',
  encrypted: false,
  protection: 'none',
  osStoreAvailable: false,
  pendingConversion: false,
  appLock: { enabled: false, hasPassphrase: false, osUnlock: false },
  retryAfterMs: 0,
};

const NO_VAULT = () =>
  new AppError(
    'unavailable',
    'This session keeps its data in memory, unencrypted: there is no key to set or lock.',
  );

/** The access log's words for the vault (written in the app's language at the time). */
const WORDS: Record<
  Language,
  { unlock: string; unlockOs: string; rekey: (backups: number) => string }
> = {
  en: {
    unlock: 'Data unlocked with the passphrase',
    unlockOs: 'Data unlocked with the system’s authentication',
    rekey: (n) =>
      `Encryption key replaced; ${n} ${n === 1 ? 'backup' : 'backups'} re-encrypted with the new key`,
  },
  fr: {
    unlock: 'Données déverrouillées avec la phrase de passe',
    unlockOs: 'Données déverrouillées par l’authentification du système',
    rekey: (n) =>
      `Clé de chiffrement remplacée; ${n} ${n > 1 ? 'copies de sauvegarde rechiffrées' : 'copie de sauvegarde rechiffrée'} avec la nouvelle clé`,
  },
};

/**
 * The `vault.*` handlers. `currentDb` is the core's live database (the stand-in is swapped for
 * the real file by an unlock, so the call's `ctx.db` may already be stale).
 */
export function vaultHandlers(
  vault: Vault | null,
  currentDb: () => Db,
  log: Logger,
  /** Whether some meeting's countdown is running: an idle lock waits for it. */
  countdownRunning: () => boolean = () => false,
): HandlersFor<typeof vaultContract> {
  const need = (): Vault => {
    if (!vault) throw NO_VAULT();
    return vault;
  };

  /** Tells every window; an unlock also reloads every view (the stand-in showed nothing). */
  const announce = (ctx: CoreContext, v: Vault, opened = false) => {
    ctx.emit('vault.changed', { state: v.state });
    if (opened) ctx.emit('data.changed', { domains: ['*'] });
  };

  /** An access-log entry must not undo what was done: a failure to write it is only logged. */
  const logAccess = (
    ctx: CoreContext,
    action: 'unlock' | 'rekey',
    what: (l: Language) => string,
  ) => {
    try {
      const db = currentDb();
      recordAccess(ctx, db, action, what(currentSettings(db).language));
    } catch (error) {
      log(`Could not write the ${action} to the access log`, error);
    }
  };

  return {
    'vault.status': () => vault?.status() ?? UNENCRYPTED,

    'vault.setup': async ({ passphrase }, ctx) => {
      const v = need();
      const { opened } = await v.setup(passphrase);
      announce(ctx, v, opened);
      return v.status();
    },

    'vault.unlock': async ({ passphrase }, ctx) => {
      const v = need();
      const { opened } = await v.unlock(passphrase);
      if (opened) {
        announce(ctx, v, true);
        logAccess(ctx, 'unlock', (l) => WORDS[l].unlock);
      }
      return v.status();
    },

    'vault.unlockWithOs': async (_input, ctx) => {
      const v = need();
      const { opened } = await v.unlockWithOs();
      if (opened) {
        announce(ctx, v, true);
        logAccess(ctx, 'unlock', (l) => WORDS[l].unlockOs);
      }
      return v.status();
    },

    'vault.lock': async ({ idle }, ctx) => {
      const v = need();
      if (idle && countdownRunning()) return v.status();
      const { changed } = await v.lock();
      if (changed) announce(ctx, v);
      return v.status();
    },

    'vault.changePassphrase': async ({ current, next }, ctx) => {
      const v = need();
      await v.changePassphrase(current, next);
      announce(ctx, v);
      return v.status();
    },

    'vault.setLockPassphrase': async ({ passphrase }, ctx) => {
      const v = need();
      await v.setLockPassphrase(passphrase);
      announce(ctx, v);
      return v.status();
    },

    'vault.clearLockPassphrase': async ({ current }, ctx) => {
      const v = need();
      await v.clearLockPassphrase(current);
      announce(ctx, v);
      return v.status();
    },

    'vault.useOsProtection': async ({ current }, ctx) => {
      const v = need();
      await v.useOsProtection(current);
      announce(ctx, v);
      return v.status();
    },

    'vault.rekey': async (_input, ctx) => {
      const v = need();
      const { reencrypted, left } = await v.rekey();
      ctx.emit('data.changed', { domains: ['backups'] });
      logAccess(ctx, 'rekey', (l) => WORDS[l].rekey(reencrypted));
      return { backupsReencrypted: reencrypted, backupsLeft: left };
    },
  };
}
