import type { AccessAction, AccessLogEntry } from '../../../../shared/contract';
import type { Db } from '../open';
import { perDb } from './per-db';

interface Row {
  id: string;
  at: number;
  action: AccessAction;
  what: string;
  os_user: string;
}

const toEntry = (row: Row): AccessLogEntry => ({
  id: row.id,
  at: row.at,
  action: row.action,
  what: row.what,
  osUser: row.os_user,
});

export const accessLogRepo = perDb((db: Db) => {
  const insert = db.prepare<AccessLogEntry>(
    'INSERT INTO access_log (id, at, action, what, os_user) VALUES (:id, :at, :action, :what, :osUser)',
  );
  // Entries written in the same millisecond stay in the order written (rowid follows it).
  const newest = db.prepare<[number], Row>(
    'SELECT id, at, action, what, os_user FROM access_log ORDER BY at DESC, rowid DESC LIMIT ?',
  );
  const keep = db.prepare<AccessLogEntry>(
    `INSERT INTO access_log (id, at, action, what, os_user)
     VALUES (:id, :at, :action, :what, :osUser) ON CONFLICT (id) DO NOTHING`,
  );
  const all = db.prepare<[], Row>(
    'SELECT id, at, action, what, os_user FROM access_log ORDER BY at, rowid',
  );
  return {
    insert: (entry: AccessLogEntry) => insert.run(entry),
    all: () => all.all().map(toEntry),
    /** Adds the entries this log does not have yet (by id). */
    merge: (entries: readonly AccessLogEntry[]) =>
      db.transaction(() => entries.forEach((entry) => keep.run(entry)))(),
    newest: (limit: number) => newest.all(limit).map(toEntry),
  };
});
