import Database from 'better-sqlite3-multiple-ciphers';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { storagePaths } from '../../../electron/core/storage/config';
import { makeTestCore } from '../../helpers/core';
import { dumpDatabase } from '../../helpers/db-snapshot';
import { useTempDirs } from '../../helpers/temp-dirs';

const tempDir = useTempDirs('roundtable-storage-errors-');

const COULD_NOT_SAVE =
  'Roundtable could not save: the data folder is read-only or the disk is full. ' +
  'Your text is still on screen; free some space or choose another folder and try again.';

async function savedDatabase() {
  const storage = storagePaths(tempDir());
  const core = makeTestCore({ storage });
  const org = await core.ok('org.create', { name: 'Shelter North' });
  core.close();
  return { storage, org };
}

describe('when the disk refuses', () => {
  it('a read-only data folder gives a plain `storage` error, never `internal`, and reads still work', async () => {
    // Administrators ignore permission bits, so the folder's refusal is simulated by SQLite itself.
    const { storage, org } = await savedDatabase();
    const core = makeTestCore({
      db: new Database(storage.file, { readonly: true, fileMustExist: true }),
    });
    const before = dumpDatabase(core.db);
    for (const [method, input] of [
      ['org.create', { name: 'Housing First' }],
      ['org.update', { id: org.id, changes: { notes: 'Typed during the meeting' } }],
      ['settings.update', { language: 'fr' }],
    ] as const) {
      expect(await core.fails(method, input)).toEqual({ code: 'storage', message: COULD_NOT_SAVE });
    }
    expect(dumpDatabase(core.db)).toEqual(before);
    expect(await core.ok('org.list', {})).toHaveLength(1);
    expect(String(core.logged[0])).toMatch(/readonly/);
    core.close();
  });

  it('a full disk gives the same message, and the failed call changes nothing', async () => {
    const core = makeTestCore({ storage: storagePaths(tempDir()) });
    await core.ok('org.create', { name: 'Shelter North' });
    // SQLite reports SQLITE_FULL exactly as for a full disk once the file may not grow.
    const pages = core.db.pragma('page_count', { simple: true }) as number;
    core.db.pragma(`max_page_count = ${pages}`);
    const before = dumpDatabase(core.db);
    const csv = `name,notes\n${Array.from({ length: 200 }, (_, i) => `Agency ${i},${'n'.repeat(500)}`).join('\n')}`;
    expect(await core.fails('directory.importCsv', { entity: 'organizations', csv })).toEqual({
      code: 'storage',
      message: COULD_NOT_SAVE,
    });
    expect(dumpDatabase(core.db)).toEqual(before);
    core.close();
  });

  it('a database locked by another program says so', async () => {
    const storage = storagePaths(tempDir());
    const core = makeTestCore({ storage });
    core.db.pragma('busy_timeout = 0');
    const other = new Database(storage.file);
    other.exec('BEGIN IMMEDIATE');
    expect(await core.fails('org.create', { name: 'Housing First' })).toMatchObject({
      code: 'storage',
      message: expect.stringMatching(/in use by another program/),
    });
    other.exec('ROLLBACK');
    other.close();
    expect(await core.ok('org.create', { name: 'Housing First' })).toMatchObject({
      name: 'Housing First',
    });
    core.close();
  });

  it('a backup folder that cannot be written gives a storage error naming it', async () => {
    const { storage } = await savedDatabase();
    // The default backup folder's place is taken by a file: nothing can be written "in" it.
    const blocked = { ...storage, backupDir: path.join(storage.file, 'backups') };
    const core = makeTestCore({ storage: blocked });
    expect(await core.fails('backup.create', {})).toEqual({
      code: 'storage',
      message: expect.stringMatching(
        new RegExp(`could not write a backup in ${blocked.backupDir}.*Your data is unchanged`),
      ),
    });
    core.close();
  });
});
