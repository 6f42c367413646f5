import Database from 'better-sqlite3-multiple-ciphers';
import { closeSync, openSync, writeSync } from 'node:fs';

const PAGE_SIZE = 4096;

/**
 * Overwrites bytes of a page in the middle of the organizations' rows of a closed database file,
 * as a failing disk would: by default its cell pointers (SQLite then lists what it found), or the
 * whole page (it then cannot read it at all). The page is looked up, not guessed from the file
 * size: an empty page (a new table's root) has no cell pointers to break.
 */
export function damageOrganizationsPage(file: string, { start = 8, length = 16 } = {}): void {
  const db = new Database(file, { readonly: true });
  const pages = db
    .prepare<[], { pageno: number }>(
      "SELECT pageno FROM dbstat WHERE name = 'organizations' AND pagetype = 'leaf' ORDER BY pageno",
    )
    .all();
  db.close();
  const page = pages[Math.floor(pages.length / 2)]?.pageno;
  if (page === undefined) throw new Error('The organizations table has no data page to damage.');
  const fd = openSync(file, 'r+');
  writeSync(fd, Buffer.alloc(length, 0xa5), 0, length, (page - 1) * PAGE_SIZE + start);
  closeSync(fd);
}
