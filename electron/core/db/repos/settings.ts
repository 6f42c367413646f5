import type { Db } from '../open';
import { perDb } from './per-db';

/** Key/value rows; values are JSON. */
export const settingsRepo = perDb((db: Db) => {
  const all = db.prepare<[], { key: string; value: string }>('SELECT key, value FROM settings');
  const upsert = db.prepare<[string, string]>(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  );
  return {
    readAll(): Record<string, unknown> {
      const out: Record<string, unknown> = {};
      for (const row of all.all()) out[row.key] = JSON.parse(row.value) as unknown;
      return out;
    },
    write(key: string, value: unknown): void {
      upsert.run(key, JSON.stringify(value));
    },
  };
});
