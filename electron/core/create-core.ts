import { randomUUID } from 'node:crypto';
import { isMethod, type EventName, type EventPayload, type Method } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import type { Envelope, EventListener, RpcEvent } from '../../shared/rpc';
import type { Clock, CoreContext, Handlers } from './context';
import type { Db } from './db/open';
import { dispatch, type Logger } from './dispatch';
import { appHandlers } from './handlers/app';
import { dataHandlers } from './handlers/data';
import { directoryHandlers } from './handlers/directory';
import type { StorageOptions } from './storage/config';
import { STORAGE_MESSAGES, storageProblemOf } from './storage/errors';
import { LiveDatabase } from './storage/live';
import { DataSafety, type AutoBackupResult } from './storage/service';

export interface CoreOptions {
  db: Db;
  clock?: Clock;
  newId?: () => string;
  log?: Logger;
  version?: string;
  /** Where `db` lives on disk and where backups go; without it backup calls are `unavailable`. */
  storage?: StorageOptions;
  /**
   * The file at `storage.file` could not be opened as a database (see `openCore`): `db` is then an
   * empty stand-in, and only the calls that help recover are served.
   */
  damaged?: string[];
}

export interface Core {
  call(method: string, input: unknown): Promise<Envelope<unknown>>;
  onEvent(listener: EventListener): () => void;
  close(): void;
}

/** What `createCore` returns to the process that runs it (transports only need `Core`). */
export interface LocalCore extends Core {
  /** The current database; a restore replaces it. */
  readonly db: Db;
  /** Hosts call this once at start-up: integrity check, then a daily or weekly backup if due. */
  autoBackupIfDue(): Promise<AutoBackupResult>;
}

export const systemClock: Clock = { now: () => Date.now() };

export const defaultLog: Logger = (message, error) =>
  console.error(`[roundtable] ${message}`, error);

/** What a person needs on the "database damaged" screen; everything else waits for a restore. */
const RECOVERY_METHODS = new Set<Method>([
  'app.info',
  'settings.get',
  'data.health',
  'data.exportArchive',
  'backup.list',
  'backup.getConfig',
  'backup.setFolder',
  'backup.restore',
]);

export function createCore(options: CoreOptions): LocalCore {
  const {
    clock = systemClock,
    newId = randomUUID,
    log = defaultLog,
    version = '0.0.0',
    storage,
  } = options;
  const live = new LiveDatabase(options.db, options.damaged === undefined);
  if (options.damaged) live.damaged = [...options.damaged];
  const safety = new DataSafety(live, storage ?? null, clock, log);
  const listeners = new Set<EventListener>();
  let closed = false;

  const handlers: Handlers = {
    ...appHandlers(version),
    ...directoryHandlers,
    ...dataHandlers,
  };

  function publish(event: RpcEvent): void {
    for (const listener of listeners) {
      try {
        listener(event);
      } catch (error) {
        log('Event listener failed', error);
      }
    }
  }

  function makeContext() {
    const queued: RpcEvent[] = [];
    const ctx: CoreContext = {
      db: live.db,
      clock,
      newId,
      safety,
      emit<E extends EventName>(event: E, payload: EventPayload<E>) {
        queued.push({ event, payload });
      },
    };
    return { ctx, flush: () => queued.forEach(publish) };
  }

  /** The disk refusing is not a bug: say so plainly; damage also stops further writes. */
  function translate(error: unknown): AppError | undefined {
    const problem = storageProblemOf(error);
    if (!problem) return undefined;
    log('Storage refused an operation', error);
    if (problem === 'damaged' && !live.damaged) {
      live.damaged = [
        `Roundtable found damage in the database file while working: ${error instanceof Error ? error.message : String(error)}.`,
      ];
      publish({ event: 'data.changed', payload: { domains: ['health'] } });
    }
    return new AppError('storage', STORAGE_MESSAGES[problem]);
  }

  const refuse = (code: 'unavailable' | 'storage', message: string) =>
    Promise.resolve<Envelope<unknown>>({ ok: false, error: { code, message } });

  return {
    get db() {
      return live.db;
    },
    call(method, input) {
      if (closed) return refuse('unavailable', 'Roundtable is closing.');
      if (live.busy) {
        return refuse('unavailable', 'Roundtable is restoring a backup. Try again in a moment.');
      }
      if (live.damaged && isMethod(method) && !RECOVERY_METHODS.has(method)) {
        return refuse('storage', STORAGE_MESSAGES.damaged);
      }
      return dispatch(handlers, makeContext, method, input, log, translate);
    },
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async autoBackupIfDue() {
      const before = live.damaged;
      const result = await safety.autoBackupIfDue();
      if (result.created) publish({ event: 'data.changed', payload: { domains: ['backups'] } });
      if (!before && live.damaged) {
        publish({ event: 'data.changed', payload: { domains: ['health'] } });
      }
      return result;
    },
    close() {
      if (closed) return;
      closed = true;
      listeners.clear();
      live.db.close();
    },
  };
}
