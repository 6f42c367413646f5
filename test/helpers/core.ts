import { contract, type Method, type MethodInput, type MethodOutput } from '../../shared/contract';
import type { Envelope } from '../../shared/rpc';
import { createCore, type LocalCore } from '../../electron/core/create-core';
import { openDatabase, type Db } from '../../electron/core/db/open';
import type { PrintToPdf, Schedule } from '../../electron/core/ports';
import type { StorageOptions } from '../../electron/core/storage/config';

export interface FakeClock {
  now(): number;
  /** Moves to `ms`, firing the callbacks due on the way (none when moving back). */
  set(ms: number): void;
  /** Moves on by `ms`, firing every callback due meanwhile, in time order, each at its instant. */
  advance(ms: number): void;
  /** The instants of the callbacks still waiting, earliest first. */
  pending(): number[];
}

/**
 * A clock and a `Schedule` that only move when told: a scheduled callback runs when `advance` or
 * `set` reaches its instant, with `now()` reading exactly that instant; callbacks it schedules
 * that are due before the target run in the same move. Ties run in the order scheduled.
 */
export function fakeClock(start: number): { clock: FakeClock; schedule: Schedule } {
  let now = start;
  let seq = 0;
  const waiting: { at: number; seq: number; fn: () => void }[] = [];
  const runUntil = (target: number) => {
    for (;;) {
      let due: (typeof waiting)[number] | undefined;
      for (const entry of waiting) {
        if (
          entry.at <= target &&
          (!due || entry.at < due.at || (entry.at === due.at && entry.seq < due.seq))
        ) {
          due = entry;
        }
      }
      if (!due) break;
      waiting.splice(waiting.indexOf(due), 1);
      now = Math.max(now, due.at);
      due.fn();
    }
    now = target;
  };
  const clock: FakeClock = {
    now: () => now,
    set: (ms) => (ms >= now ? runUntil(ms) : void (now = ms)),
    advance: (ms) => runUntil(now + ms),
    pending: () => waiting.map((entry) => entry.at).sort((a, b) => a - b),
  };
  const schedule: Schedule = (at, fn) => {
    const entry = { at, seq: seq++, fn };
    waiting.push(entry);
    return () => {
      const index = waiting.indexOf(entry);
      if (index >= 0) waiting.splice(index, 1);
    };
  };
  return { clock, schedule };
}

export interface TestCore extends LocalCore {
  /** The core's current database (a restore replaces it). */
  readonly db: Db;
  /** Errors the core logged (unexpected ones, and storage refusals). */
  logged: unknown[];
  /** The core's clock; it also drives the core's timer callbacks. */
  clock: FakeClock;
  /** Calls and unwraps; throws with the error envelope if the call failed. */
  ok<M extends Method>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
  /** Calls a method that must fail; returns its error. */
  fails<M extends Method>(
    method: M,
    input: unknown,
  ): Promise<Extract<Envelope<unknown>, { ok: false }>['error']>;
}

/**
 * A core on a fresh in-memory database, with a fake clock and sequential ids (`id-1`, `id-2`…).
 * With `storage`, on that file with backups (and `db` may be given, e.g. opened read-only).
 */
export function makeTestCore(
  options: {
    file?: string;
    start?: number;
    storage?: StorageOptions;
    db?: Db;
    /** The host's PDF printer (the desktop app's); none by default, as in browser mode. */
    printToPdf?: PrintToPdf;
    /** The account the access log names; the real one by default. */
    osUser?: string;
  } = {},
): TestCore {
  let next = 0;
  const db = options.db ?? openDatabase(options.storage?.file ?? options.file ?? ':memory:');
  const { clock, schedule } = fakeClock(options.start ?? Date.UTC(2026, 10, 23, 14, 0));
  const logged: unknown[] = [];
  const core = createCore({
    db,
    clock,
    schedule,
    newId: () => `id-${++next}`,
    log: (_m, e) => logged.push(e),
    ...(options.storage ? { storage: options.storage } : {}),
    ...(options.printToPdf ? { printToPdf: options.printToPdf } : {}),
    ...(options.osUser === undefined ? {} : { osUser: options.osUser }),
  });
  return {
    get db() {
      return core.db;
    },
    call: (method, input) => core.call(method, input),
    onEvent: (listener) => core.onEvent(listener),
    close: () => core.close(),
    autoBackupIfDue: () => core.autoBackupIfDue(),
    resync: () => core.resync(),
    logged,
    clock,
    async ok(method, input) {
      const result = await core.call(method, input);
      if (!result.ok)
        throw new Error(
          `${method} failed: ${JSON.stringify(result.error)} ${logged.map(String).join('; ')}`,
        );
      return result.value as MethodOutput<typeof method>;
    },
    async fails(method, input) {
      const result = await core.call(method, input);
      if (result.ok) throw new Error(`${method} succeeded but should have failed`);
      return result.error;
    },
  };
}

export { contract };
