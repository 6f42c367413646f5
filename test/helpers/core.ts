import { contract, type Method, type MethodInput, type MethodOutput } from '../../shared/contract';
import type { Envelope } from '../../shared/rpc';
import { createCore, type LocalCore } from '../../electron/core/create-core';
import { openDatabase, type Db } from '../../electron/core/db/open';
import type { StorageOptions } from '../../electron/core/storage/config';

export interface TestCore extends LocalCore {
  /** The core's current database (a restore replaces it). */
  readonly db: Db;
  /** Errors the core logged (unexpected ones, and storage refusals). */
  logged: unknown[];
  clock: { now(): number; set(ms: number): void; advance(ms: number): void };
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
  options: { file?: string; start?: number; storage?: StorageOptions; db?: Db } = {},
): TestCore {
  let now = options.start ?? Date.UTC(2026, 10, 23, 14, 0);
  let next = 0;
  const db = options.db ?? openDatabase(options.storage?.file ?? options.file ?? ':memory:');
  const clock = {
    now: () => now,
    set: (ms: number) => void (now = ms),
    advance: (ms: number) => void (now += ms),
  };
  const logged: unknown[] = [];
  const core = createCore({
    db,
    clock,
    newId: () => `id-${++next}`,
    log: (_m, e) => logged.push(e),
    ...(options.storage ? { storage: options.storage } : {}),
  });
  return {
    get db() {
      return core.db;
    },
    call: (method, input) => core.call(method, input),
    onEvent: (listener) => core.onEvent(listener),
    close: () => core.close(),
    autoBackupIfDue: () => core.autoBackupIfDue(),
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
