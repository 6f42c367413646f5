import type { Db } from '../../electron/core/db/open';

/**
 * Every row of every ordinary table, to prove a call changed nothing. Full-text indexes (virtual
 * tables and their shadow tables) are left out: they follow their tables, which are compared.
 */
export function dumpDatabase(db: Db): Record<string, unknown[]> {
  const tables = db
    .prepare<[], { name: string }>(
      `SELECT name FROM pragma_table_list
       WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`,
    )
    .all();
  return Object.fromEntries(
    tables.map(({ name }) => [name, db.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all()]),
  );
}

/** The schema as SQL, sorted, for snapshot tests. */
export function schemaSql(db: Db): string {
  return db
    .prepare<[], { sql: string }>(
      "SELECT sql FROM sqlite_schema WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY type, name",
    )
    .all()
    .map((r) => `${r.sql.replace(/[ \t]+$/gm, '')};`)
    .join('\n\n');
}
