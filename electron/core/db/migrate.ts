import type { Db } from './database';

export interface Migration {
  /** 1-based, contiguous: migration N moves `user_version` from N-1 to N. */
  version: number;
  name: string;
  up(db: Db): void;
}

export class DatabaseTooNewError extends Error {
  constructor(
    readonly found: number,
    readonly supported: number,
  ) {
    super(
      `This database was written by a newer version of Roundtable (schema ${found}; this version knows up to ${supported}). ` +
        'Update Roundtable to open it; the file has not been changed.',
    );
    this.name = 'DatabaseTooNewError';
  }
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Runs every pending migration (up to `target`) in one transaction, so a failure leaves the
 * database exactly as it was. Returns the versions applied.
 */
export function migrate(db: Db, list: readonly Migration[], target = list.length): number[] {
  list.forEach((m, i) => {
    if (m.version !== i + 1)
      throw new Error(`Migration ${m.name} is out of order (expected version ${i + 1})`);
  });
  const current = schemaVersion(db);
  if (current > list.length) throw new DatabaseTooNewError(current, list.length);
  const pending = list.slice(current, target);
  if (pending.length === 0) return [];
  db.transaction(() => {
    for (const m of pending) m.up(db);
    db.pragma(`user_version = ${target}`);
  }).immediate();
  return pending.map((m) => m.version);
}
