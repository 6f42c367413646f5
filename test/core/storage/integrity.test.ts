import { copyFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DatabaseDamagedError, openDatabase } from '../../../electron/core/db/open';
import { storagePaths } from '../../../electron/core/storage/config';
import { makeTestCore } from '../../helpers/core';
import { damageOrganizationsPage } from '../../helpers/damage';
import { useTempDirs } from '../../helpers/temp-dirs';

const tempDir = useTempDirs('roundtable-integrity-');

/** A file database with enough rows to span many pages, closed (checkpointed) for copying. */
async function filledDatabase(dir: string) {
  const storage = storagePaths(dir);
  const core = makeTestCore({ storage });
  for (let i = 0; i < 300; i++) {
    await core.ok('org.create', { name: `Agency ${i}`, notes: `Notes ${i} `.repeat(60) });
  }
  const backup = await core.ok('backup.create', {});
  core.close();
  return { storage, backup };
}

describe('data.health', () => {
  it('reports a page SQLite cannot read at all in plain words too', async () => {
    const { storage } = await filledDatabase(tempDir());
    damageOrganizationsPage(storage.file, { start: 0, length: 4096 });
    const core = makeTestCore({ storage });
    expect((await core.ok('data.health', {})).problems).toEqual([
      'The database file could not be read: database disk image is malformed.',
    ]);
    core.close();
  });

  it('reports a sound database as ok', async () => {
    const core = makeTestCore();
    await core.ok('org.create', { name: 'Shelter North' });
    expect(await core.ok('data.health', {})).toEqual({
      status: 'ok',
      problems: [],
      checkedAt: core.clock.now(),
      latestGoodBackup: null,
    });
  });

  it('reports a damaged page in plain words, stops writes, and offers the latest good backup', async () => {
    const { storage, backup } = await filledDatabase(tempDir());
    damageOrganizationsPage(storage.file);
    const core = makeTestCore({ storage });
    const health = await core.ok('data.health', {});
    expect(health.status).toBe('damaged');
    expect(health.problems[0]).toMatch(
      /^The database file is damaged: its integrity check found \d+ problems?\.$/,
    );
    expect(health.problems[1]).toMatch(/^Detail: Tree \d+ page \d+ cell \d+: /);
    expect(health.problems.length).toBeLessThanOrEqual(6);
    expect(health.latestGoodBackup?.id).toBe(backup.id);
    // Never silently continuing: writes and backups wait for a restore.
    expect(await core.fails('org.create', { name: 'New' })).toMatchObject({ code: 'storage' });
    expect(await core.fails('backup.create', {})).toMatchObject({
      code: 'storage',
      message: expect.stringMatching(/restore the latest good backup/),
    });
    await core.ok('backup.restore', { id: backup.id });
    expect((await core.ok('data.health', {})).status).toBe('ok');
    expect(await core.ok('org.list', {})).toHaveLength(300);
    core.close();
  });

  it('turns damage met during a call into a storage error and a damaged health', async () => {
    const { storage } = await filledDatabase(tempDir());
    damageOrganizationsPage(storage.file, { start: 0, length: 4096 });
    const core = makeTestCore({ storage });
    expect(await core.fails('org.list', {})).toMatchObject({
      code: 'storage',
      message: expect.stringMatching(/found damage in its database file/),
    });
    expect((await core.ok('data.health', {})).status).toBe('damaged');
    core.close();
  });

  it('reports rows that point at rows that are gone', async () => {
    const core = makeTestCore();
    core.db.pragma('foreign_keys = OFF');
    core.db
      .prepare(
        "INSERT INTO memberships (id, person_id, organization_id, created_at) VALUES ('m1', 'nobody', 'nowhere', 0)",
      )
      .run();
    expect((await core.ok('data.health', {})).problems).toEqual([
      '1 row in memberships refers to missing rows in organizations.',
      '1 row in memberships refers to missing rows in people.',
    ]);
  });

  it('does not back up a damaged database at start-up, so good backups are not pushed out', async () => {
    const { storage } = await filledDatabase(tempDir());
    damageOrganizationsPage(storage.file);
    const core = makeTestCore({ storage });
    core.clock.advance(30 * 86_400_000);
    expect(await core.autoBackupIfDue()).toMatchObject({
      created: null,
      health: { status: 'damaged' },
    });
    core.close();
  });
});

describe('opening a file that is not a database', () => {
  it('fails with a readable error, not a crash, and leaves the file as it was', () => {
    const file = path.join(tempDir(), 'roundtable.db');
    writeFileSync(file, 'Minutes of the March meeting\n'.repeat(400));
    const copy = `${file}.orig`;
    copyFileSync(file, copy);
    expect(() => openDatabase(file)).toThrow(DatabaseDamagedError);
    expect(() => openDatabase(file)).toThrow(
      /is damaged or is not a Roundtable database \(file is not a database\)/,
    );
    expect(statSync(file).size).toBe(statSync(copy).size);
  });
});
