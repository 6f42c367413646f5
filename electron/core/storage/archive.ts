import Database from 'better-sqlite3-multiple-ciphers';
import { z } from 'zod';
import { ArchiveManifest } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import { migrate, schemaVersion, type Migration } from '../db/migrate';
import { migrations as allMigrations } from '../db/migrations';
import type { Db } from '../db/open';

/*
 * The portable archive: one JSON document, `{ manifest, tables: { name: rows[] } }`, with every
 * ordinary table and every stored column. Full-text indexes are not exported: they are derived
 * from their tables and rebuilt after an import.
 */

type Cell = string | number | null | { $base64: string };
type Row = Record<string, Cell>;

const CellSchema = z.union([
  z.string(),
  z.number(),
  z.null(),
  z.strictObject({ $base64: z.base64() }),
]);
/** SQLite names as Roundtable's migrations write them: nothing else can match a real table. */
const SqlName = z.string().regex(/^[a-z][a-z0-9_]{0,63}$/);
const ArchiveFile = z.strictObject({
  manifest: ArchiveManifest,
  tables: z.record(SqlName, z.array(z.record(SqlName, CellSchema))),
});
type Tables = Map<string, Row[]>;

/**
 * Tables that are not records: they may hold rows in a database that counts as empty. Preferences,
 * and the access log: a fresh install that made a backup before importing has logged it. The log
 * itself travels in the archive (it names no client, and who exported or purged what stays
 * accountable after a move to another computer); an import adds it to the entries already there.
 */
const NOT_RECORDS = new Set(['settings', 'access_log']);

/**
 * Tables derived from others by triggers (the search documents, who was present at which meeting
 * held): left out of the archive, and filled again by those triggers as the records they mirror
 * are imported.
 */
const DERIVED = new Set(['search_docs', 'org_presence']);

interface TableInfo {
  name: string;
  columns: string[];
  withoutRowid: boolean;
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * Ordinary tables (not SQLite's own, not a virtual table or its shadow tables, not derived ones),
 * parents first.
 */
function userTables(db: Db): TableInfo[] {
  const tables = db
    .prepare<[], { name: string; type: string; wr: number }>(
      "SELECT name, type, wr FROM pragma_table_list WHERE schema = 'main'",
    )
    .all()
    .filter((t) => t.type === 'table' && !t.name.startsWith('sqlite_') && !DERIVED.has(t.name));
  const info = new Map<string, TableInfo>(
    tables.map((t) => [
      t.name,
      {
        name: t.name,
        withoutRowid: t.wr === 1,
        // Generated columns (hidden 2 and 3) are computed by SQLite and cannot be inserted.
        columns: db
          .prepare<[string], { name: string; hidden: number }>(
            'SELECT name, hidden FROM pragma_table_xinfo(?)',
          )
          .all(t.name)
          .filter((c) => c.hidden === 0)
          .map((c) => c.name),
      },
    ]),
  );
  const ordered: TableInfo[] = [];
  const visiting = new Set<string>();
  const visit = (name: string) => {
    const table = info.get(name);
    if (!table || visiting.has(name) || ordered.includes(table)) return;
    visiting.add(name);
    const parents = db
      .prepare<[string], { table: string }>('SELECT "table" FROM pragma_foreign_key_list(?)')
      .all(name);
    for (const parent of parents) if (parent.table !== name) visit(parent.table);
    ordered.push(table);
  };
  [...info.keys()].sort().forEach(visit);
  return ordered;
}

function readRows(db: Db, table: TableInfo): Row[] {
  const order = table.withoutRowid ? '' : ' ORDER BY rowid';
  const rows = db
    .prepare(`SELECT ${table.columns.map(quote).join(', ')} FROM ${quote(table.name)}${order}`)
    .all() as Record<string, unknown>[];
  return rows.map((row) =>
    Object.fromEntries(
      Object.entries(row).map(([k, v]) => [
        k,
        Buffer.isBuffer(v) ? { $base64: v.toString('base64') } : (v as Cell),
      ]),
    ),
  );
}

function readAll(db: Db): Tables {
  return new Map(userTables(db).map((table) => [table.name, readRows(db, table)]));
}

export function exportArchive(db: Db, now: number) {
  // One read transaction: the archive is a consistent snapshot even if a write comes in between.
  const tables = db.transaction(() => readAll(db))();
  const manifest: ArchiveManifest = {
    app: 'roundtable',
    schemaVersion: schemaVersion(db),
    exportedAt: now,
    tables: Object.fromEntries([...tables].map(([name, rows]) => [name, rows.length])),
  };
  const day = new Date(now).toISOString().slice(0, 10);
  return {
    filename: `roundtable-archive-${day}.json`,
    json: JSON.stringify({ manifest, tables: Object.fromEntries(tables) }),
    manifest,
  };
}

/** True if any table other than preferences holds a row. */
export function hasRecords(db: Db): boolean {
  return userTables(db).some(
    (t) => !NOT_RECORDS.has(t.name) && db.prepare(`SELECT 1 FROM ${quote(t.name)} LIMIT 1`).get(),
  );
}

const invalid = (message: string) => new AppError('invalid_input', message);

function parseArchive(json: string): { manifest: ArchiveManifest; tables: Tables } {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    throw invalid('This file is not a Roundtable archive: it is not valid JSON.');
  }
  if (
    typeof raw !== 'object' ||
    raw === null ||
    (raw as { manifest?: { app?: unknown } }).manifest?.app !== 'roundtable'
  ) {
    throw invalid('This file is not a Roundtable archive.');
  }
  const parsed = ArchiveFile.safeParse(raw);
  if (!parsed.success) {
    throw new AppError(
      'invalid_input',
      'This Roundtable archive is damaged or incomplete.',
      parsed.error.issues.slice(0, 20).map((i) => ({
        path: i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
        message: i.message,
      })),
    );
  }
  const { manifest, tables } = parsed.data;
  // Own keys only: a table named like an Object.prototype member must not find one.
  const counts = new Map(Object.entries(manifest.tables));
  const rows = new Map(Object.entries(tables));
  for (const name of new Set([...counts.keys(), ...rows.keys()])) {
    if (counts.get(name) !== rows.get(name)?.length) {
      throw invalid(
        `This Roundtable archive is incomplete: the table ${name} does not hold the rows its manifest lists.`,
      );
    }
  }
  return { manifest, tables: rows };
}

const decode = (cell: Cell) =>
  cell !== null && typeof cell === 'object' ? Buffer.from(cell.$base64, 'base64') : cell;

/** Inserts every row, parents first, in the caller's transaction. */
function insertAll(db: Db, tables: Tables): void {
  const known = new Map(userTables(db).map((t, i) => [t.name, { ...t, order: i }]));
  for (const name of tables.keys()) {
    if (!known.has(name) && !DERIVED.has(name)) {
      throw invalid(`This archive has a table this version of Roundtable does not know: ${name}.`);
    }
  }
  // A self-reference or a cycle cannot be ordered: the check then runs once, at commit.
  db.pragma('defer_foreign_keys = ON');
  // Preferences chosen before the import (e.g. the language) give way to the archive's.
  if (known.has('settings') && tables.has('settings')) db.prepare('DELETE FROM settings').run();
  for (const table of [...known.values()].sort((a, b) => a.order - b.order)) {
    const rows = tables.get(table.name) ?? [];
    const statements = new Map<string, Database.Statement>();
    rows.forEach((row, index) => {
      const columns = Object.keys(row);
      const unknown = columns.find((c) => !table.columns.includes(c));
      if (unknown !== undefined) {
        throw invalid(
          `Row ${index + 1} of ${table.name} has a column this version does not know: ${unknown}.`,
        );
      }
      const key = columns.join('\u0000');
      let insert = statements.get(key);
      if (!insert) {
        insert = db.prepare(
          columns.length === 0
            ? `INSERT INTO ${quote(table.name)} DEFAULT VALUES`
            : `INSERT INTO ${quote(table.name)} (${columns.map(quote).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
        );
        statements.set(key, insert);
      }
      try {
        insert.run(...columns.map((c) => decode(row[c] ?? null)));
      } catch (error) {
        if (error instanceof Database.SqliteError && error.code.startsWith('SQLITE_CONSTRAINT')) {
          throw invalid(
            `Row ${index + 1} of ${table.name} does not fit this version of Roundtable (${error.code.replace('SQLITE_CONSTRAINT_', '').toLowerCase()} rule).`,
          );
        }
        throw error;
      }
    });
  }
}

/** Full-text indexes are derived: rebuild them from the rows just imported. */
function rebuildSearchIndexes(db: Db): void {
  const fts = db
    .prepare<[], { name: string }>(
      "SELECT name FROM sqlite_schema WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%USING fts5%'",
    )
    .all();
  for (const { name } of fts) {
    db.prepare(`INSERT INTO ${quote(name)} (${quote(name)}) VALUES ('rebuild')`).run();
  }
}

function commitInto(db: Db, tables: Tables): void {
  try {
    db.transaction(() => {
      insertAll(db, tables);
      rebuildSearchIndexes(db);
    }).immediate();
  } catch (error) {
    if (error instanceof Database.SqliteError && error.code === 'SQLITE_CONSTRAINT_FOREIGNKEY') {
      throw invalid(
        'This archive is inconsistent: some of its records refer to records it does not contain.',
      );
    }
    throw error;
  }
}

/**
 * Imports an archive into a database with no records yet, all or nothing. An archive from an
 * older schema is loaded into a scratch in-memory database at its own version, migrated up there
 * by the same migrations a file goes through, and copied over: old exports stay importable.
 */
export function importArchive(
  db: Db,
  json: string,
  list: readonly Migration[] = allMigrations,
): ArchiveManifest {
  const archive = parseArchive(json);
  const { manifest } = archive;
  if (manifest.schemaVersion > list.length) {
    throw new AppError(
      'conflict',
      `This archive was made by a newer version of Roundtable (schema ${manifest.schemaVersion}; this version knows up to ${list.length}). Update Roundtable to import it.`,
    );
  }
  if (hasRecords(db)) {
    throw new AppError(
      'conflict',
      'Roundtable already holds records. An archive can be imported only into an empty database, so nothing is overwritten: restore a backup instead, or start from a new data folder.',
    );
  }
  if (manifest.schemaVersion === schemaVersion(db)) {
    commitInto(db, archive.tables);
    return manifest;
  }
  const scratch = new Database(':memory:');
  try {
    scratch.pragma('foreign_keys = ON');
    migrate(scratch, list, manifest.schemaVersion);
    commitInto(scratch, archive.tables);
    migrate(scratch, list);
    commitInto(db, readAll(scratch));
  } finally {
    scratch.close();
  }
  return manifest;
}
