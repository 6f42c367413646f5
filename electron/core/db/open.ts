import Database from 'better-sqlite3';
import { migrate } from './migrate';
import { migrations } from './migrations';

export type Db = Database.Database;

/**
 * better-sqlite3 13 is a Node-API 10 addon: on an older Node (20 is on some PATHs) opening a
 * database segfaults with no message, so refuse with a readable one first.
 */
export function assertNodeApi(napi: string | undefined = process.versions.napi): void {
  if (!napi || Number(napi) < 10) {
    throw new Error(
      `Roundtable needs Node-API 10 (Node 22.14 or newer); this Node (${process.version}) has Node-API ${napi ?? 'none'}. ` +
        'Run it through the npm scripts or `npx node`, which use the project’s Node 22.',
    );
  }
}

/** Opens (creating if needed) and migrates the database at `file` (or `:memory:`). */
export function openDatabase(file: string): Db {
  assertNodeApi();
  const db = new Database(file);
  try {
    applyPragmas(db);
    migrate(db, migrations);
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}

export function applyPragmas(db: Db): void {
  db.pragma('journal_mode = WAL');
  // A meeting app writes little; FULL keeps the last commits through a power loss.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
}
