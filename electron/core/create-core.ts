import { randomUUID } from 'node:crypto';
import { userInfo } from 'node:os';
import { isMethod, type EventName, type EventPayload, type Method } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import type { Envelope, EventListener, RpcEvent } from '../../shared/rpc';
import type { Clock, CoreContext, Handlers } from './context';
import type { Db } from './db/open';
import { dispatch, type Logger } from './dispatch';
import { appHandlers } from './handlers/app';
import { dataHandlers } from './handlers/data';
import { agendaHandlers } from './handlers/agenda';
import { attendanceHandlers } from './handlers/attendance';
import { calendarExportHandlers } from './handlers/calendar-export';
import { carryForwardHandlers } from './handlers/carry-forward';
import { directoryHandlers } from './handlers/directory';
import { meetingHandlers } from './handlers/meetings';
import { parkingLotHandlers } from './handlers/parking-lot';
import { seriesHandlers } from './handlers/series';
import { occurrenceHandlers } from './handlers/series-occurrences';
import { templateHandlers } from './handlers/templates';
import { runHandlers } from './handlers/run';
import { noteHandlers } from './handlers/notes';
import { decisionHandlers } from './handlers/decisions';
import { actionHandlers } from './handlers/actions';
import { minutesHandlers } from './handlers/minutes';
import { searchHandlers } from './handlers/search';
import { glossaryHandlers } from './handlers/glossary';
import { glossaryFileHandlers } from './handlers/glossary-files';
import { networkingHandlers } from './handlers/networking';
import { autoAdvance, networkingRunHandlers } from './handlers/networking-run';
import { networkingExportHandlers } from './handlers/networking-export';
import { partnerHandlers } from './handlers/partners';
import { caseHandlers } from './handlers/cases';
import { privacyHandlers } from './handlers/privacy';
import { withAccessLog } from './privacy/access-log';
import type { PrintToPdf, Schedule } from './ports';
import { TimerScheduler } from './run/timer-scheduler';
import { timeoutSchedule } from './run/timeout-schedule';
import type { StorageOptions } from './storage/config';
import { STORAGE_MESSAGES, storageProblemOf } from './storage/errors';
import { LiveDatabase } from './storage/live';
import { DataSafety, type AutoBackupResult } from './storage/service';
import { vaultHandlers } from './vault/handlers';
import type { Vault } from './vault/vault';

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
  /** How the countdowns' phase changes are timed; setTimeout on `clock` by default. */
  schedule?: Schedule;
  /** How minutes become a PDF, where the host can print (the desktop app). */
  printToPdf?: PrintToPdf;
  /** Who the access log names; the operating-system account by default. */
  osUser?: string;
  /**
   * The data key and the app lock (see `openCore` and core/vault). Until it is `open`, `db` may
   * be a stand-in and only the vault's calls (plus `app.info` and `settings.get`) are served.
   * Without it (in-memory tests), the database is not encrypted.
   */
  vault?: Vault;
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
  /**
   * Hosts call this when the system wakes from sleep: timeouts armed before it fire late, so the
   * countdowns' events are re-armed from the clock (and a phase reached meanwhile is announced).
   */
  resync(): void;
}

/** The domains whose changes may change a countdown; '*' is a restore or an archive import. */
const TIMER_DOMAINS = new Set(['meetings', 'settings', '*']);

function touchesTimers(event: RpcEvent): boolean {
  if (event.event !== 'data.changed') return false;
  const { domains } = event.payload as { domains: string[] };
  return domains.some((domain) => TIMER_DOMAINS.has(domain));
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

/** All that is served while the vault is in setup or locked: the lock screen shows no data. */
const VAULT_METHODS = new Set<Method>([
  'app.info',
  'settings.get',
  'vault.status',
  'vault.setup',
  'vault.unlock',
  'vault.unlockWithOs',
  'vault.lock',
]);

/** The account's name, or 'unknown' where the system will not say (no passwd entry in a container). */
function currentOsUser(): string {
  try {
    return userInfo().username || 'unknown';
  } catch {
    return 'unknown';
  }
}

export function createCore(options: CoreOptions): LocalCore {
  const {
    clock = systemClock,
    newId = randomUUID,
    log = defaultLog,
    version = '0.0.0',
    storage,
    osUser = currentOsUser(),
  } = options;
  const vault = options.vault ?? null;
  const live = new LiveDatabase(
    options.db,
    options.damaged === undefined && (vault?.dataOpen ?? true),
  );
  if (options.damaged) live.damaged = [...options.damaged];
  const safety = new DataSafety(live, storage ?? null, clock, log);
  const listeners = new Set<EventListener>();
  let closed = false;

  // Exports, backups, restores and imports are written to the access log here, in one place, so
  // no export can be added that forgets to (and the restored database is the one written to).
  const handlers: Handlers = withAccessLog(() => live.db, log, {
    ...appHandlers(version, options.printToPdf !== undefined),
    ...directoryHandlers,
    ...dataHandlers,
    ...meetingHandlers,
    ...carryForwardHandlers,
    ...calendarExportHandlers,
    ...seriesHandlers,
    ...occurrenceHandlers,
    ...templateHandlers,
    ...agendaHandlers,
    ...parkingLotHandlers,
    ...attendanceHandlers,
    ...runHandlers,
    ...noteHandlers,
    ...decisionHandlers,
    ...actionHandlers,
    ...minutesHandlers,
    ...searchHandlers,
    ...glossaryHandlers,
    ...glossaryFileHandlers,
    ...networkingHandlers,
    ...networkingRunHandlers,
    ...networkingExportHandlers,
    ...partnerHandlers,
    ...caseHandlers,
    ...privacyHandlers,
    ...vaultHandlers(
      vault,
      () => live.db,
      log,
      () => timers.running,
    ),
  });

  function publish(event: RpcEvent): void {
    for (const listener of listeners) {
      try {
        listener(event);
      } catch (error) {
        log('Event listener failed', error);
      }
    }
  }

  const timers = new TimerScheduler({
    db: () => live.db,
    clock,
    schedule: options.schedule ?? timeoutSchedule(clock),
    publish,
    onZero: (meetingId) => advanceRounds(meetingId),
  });

  /**
   * Networking rounds whose countdown ran out move on by themselves (a write like any other, so
   * windows hear of it and the scheduler re-arms); all of them at start-up and after a sleep,
   * through every deadline passed meanwhile. A failure is logged: the facilitator can still skip.
   */
  function advanceRounds(meetingId?: string): void {
    if (closed || live.damaged || live.busy) return;
    try {
      const { ctx, flush } = makeContext();
      autoAdvance(ctx, meetingId);
      flush();
    } catch (error) {
      log('Could not advance the networking rounds', error);
    }
  }

  /** Re-reads the countdowns; a failure is logged, not thrown at a call that already succeeded. */
  function syncTimers(): void {
    try {
      timers.sync();
    } catch (error) {
      log('Could not schedule the meeting timers', error);
    }
  }

  function makeContext() {
    const queued: RpcEvent[] = [];
    const ctx: CoreContext = {
      db: live.db,
      clock,
      newId,
      osUser,
      safety,
      printToPdf: options.printToPdf ?? null,
      emit<E extends EventName>(event: E, payload: EventPayload<E>) {
        queued.push({ event, payload });
      },
    };
    const flush = () => {
      queued.forEach(publish);
      // Whatever changed a meeting (a run command, a deletion, a restore) or the thresholds may
      // have changed a countdown: the scheduler re-reads them once the change is committed.
      if (queued.some(touchesTimers)) syncTimers();
    };
    return { ctx, flush };
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

  // Restart recovery: countdowns still running in the file carry on from their absolute deadlines
  // (networking rounds first catch up with the deadlines passed while the app was closed).
  if (!live.damaged) {
    advanceRounds();
    syncTimers();
  }

  // The start-up backup waits until the data is open (there is nothing to back up before).
  let backupOnceOpen = false;
  vault?.attach(live, () => {
    advanceRounds();
    if (backupOnceOpen) {
      backupOnceOpen = false;
      autoBackupIfDue().catch((error: unknown) => log('The automatic backup failed', error));
    }
  });

  async function autoBackupIfDue(): Promise<AutoBackupResult> {
    if (vault && vault.key === null) {
      backupOnceOpen = true;
      return { health: { status: 'ok', problems: [] }, created: null };
    }
    const before = live.damaged;
    const result = await safety.autoBackupIfDue();
    if (result.created) publish({ event: 'data.changed', payload: { domains: ['backups'] } });
    if (!before && live.damaged) {
      publish({ event: 'data.changed', payload: { domains: ['health'] } });
    }
    return result;
  }

  const refuse = (code: 'unavailable' | 'storage' | 'locked', message: string) =>
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
      if (vault && vault.state !== 'open' && !(isMethod(method) && VAULT_METHODS.has(method))) {
        return refuse(
          'locked',
          vault.state === 'setup'
            ? 'Roundtable needs a passphrase to protect its data before it can be used.'
            : 'Roundtable is locked. Unlock it to continue.',
        );
      }
      if (
        live.damaged &&
        isMethod(method) &&
        !RECOVERY_METHODS.has(method) &&
        !method.startsWith('vault.')
      ) {
        return refuse('storage', STORAGE_MESSAGES.damaged);
      }
      return dispatch(handlers, makeContext, method, input, log, translate);
    },
    onEvent(listener) {
      listeners.add(listener);
      // `timer.running` is a state: a host that subscribes after a restart mid-meeting still
      // hears that a countdown runs (after this call returns, like any other event).
      if (timers.running) {
        queueMicrotask(() => {
          if (!listeners.has(listener)) return;
          try {
            listener({ event: 'timer.running', payload: { running: true } });
          } catch (error) {
            log('Event listener failed', error);
          }
        });
      }
      return () => listeners.delete(listener);
    },
    autoBackupIfDue,
    resync() {
      if (closed || live.damaged) return;
      advanceRounds();
      try {
        timers.resync();
      } catch (error) {
        log('Could not re-arm the meeting timers', error);
      }
    },
    close() {
      if (closed) return;
      closed = true;
      timers.close();
      listeners.clear();
      vault?.close();
      live.db.close();
    },
  };
}
