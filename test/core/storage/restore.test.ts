import Database from 'better-sqlite3-multiple-ciphers';
import { copyFileSync, existsSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrations } from '../../../electron/core/db/migrations';
import { openDatabase } from '../../../electron/core/db/open';
import { storagePaths } from '../../../electron/core/storage/config';
import { openCore } from '../../../electron/core/open-core';
import { makeTestCore } from '../../helpers/core';
import { dumpDatabase } from '../../helpers/db-snapshot';
import { useTempDirs } from '../../helpers/temp-dirs';

const tempDir = useTempDirs('roundtable-restore-');

const names = async (core: ReturnType<typeof makeTestCore>) =>
  (await core.ok('org.list', { includeArchived: true })).map((o) => o.name).sort();

describe('backup.restore', () => {
  it('backs up the current data first, swaps in the backup, and keeps serving on it', async () => {
    const storage = storagePaths(tempDir());
    const core = makeTestCore({ storage });
    await core.ok('org.create', { name: 'Shelter North' });
    const backup = await core.ok('backup.create', {});
    core.clock.advance(60_000);
    await core.ok('org.create', { name: 'Police Liaison' });
    await core.ok('settings.update', { language: 'fr' });
    const events: unknown[] = [];
    core.onEvent((e) => events.push(e.payload));

    const result = await core.ok('backup.restore', { id: backup.id });

    expect(result.restored.id).toBe(backup.id);
    expect(result.safetyCopy).toMatchObject({ kind: 'pre-restore', summary: { organizations: 2 } });
    // The access log records the restore, in the restored database.
    expect(events).toEqual([{ domains: ['*'] }, { domains: ['accessLog'] }]);
    expect(await names(core)).toEqual(['Shelter North']);
    expect((await core.ok('settings.get', {})).language).toBe('en');
    // The core carries on with the restored file, and what it writes now is on disk.
    await core.ok('org.create', { name: 'Housing First' });
    core.close();
    const reopened = makeTestCore({ storage });
    expect(await names(reopened)).toEqual(['Housing First', 'Shelter North']);
    // No temp file or stale WAL left beside the database.
    expect(readdirSync(path.dirname(storage.file)).filter((f) => f.includes('restoring'))).toEqual(
      [],
    );

    // Nothing is lost by restoring: the safety copy brings back what was replaced.
    await reopened.ok('backup.restore', { id: result.safetyCopy!.id });
    expect(await names(reopened)).toEqual(['Police Liaison', 'Shelter North']);
    reopened.close();
  });

  it('refuses a damaged backup and one from a newer version, changing nothing', async () => {
    const storage = storagePaths(tempDir());
    const core = makeTestCore({ storage });
    await core.ok('org.create', { name: 'Shelter North' });
    const good = await core.ok('backup.create', {});
    const goodPath = path.join(storage.backupDir, good.id);

    const newer = path.join(storage.backupDir, 'roundtable-20261120-090000-000-manual.db');
    copyFileSync(goodPath, newer);
    const db = new Database(newer);
    db.pragma('user_version = 99');
    db.close();
    const damaged = 'roundtable-20261121-090000-000-manual.db';
    writeFileSync(path.join(storage.backupDir, damaged), Buffer.alloc(8192, 7));

    const before = dumpDatabase(core.db);
    const listed = (await core.ok('backup.list', {})).length;
    expect(await core.fails('backup.restore', { id: path.basename(newer) })).toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(/newer version of Roundtable \(schema 99/),
    });
    expect(await core.fails('backup.restore', { id: damaged })).toMatchObject({
      code: 'unavailable',
      message: expect.stringMatching(/cannot be restored/),
    });
    expect(dumpDatabase(core.db)).toEqual(before);
    expect((await core.ok('backup.list', {})).length).toBe(listed); // no safety copies made
    core.close();
  });

  it('waits for a backup in progress instead of closing the database under it', async () => {
    const storage = storagePaths(tempDir());
    const core = makeTestCore({ storage });
    const backup = await core.ok('backup.create', {});
    core.clock.advance(1000);
    const making = core.call('backup.create', {});
    expect(await core.fails('backup.restore', { id: backup.id })).toMatchObject({
      code: 'unavailable',
      message: expect.stringMatching(/making a backup/),
    });
    expect(await making).toMatchObject({ ok: true });
    expect(await core.call('backup.restore', { id: backup.id })).toMatchObject({ ok: true });
    core.close();
  });

  it('refuses other calls while it swaps the files', async () => {
    const storage = storagePaths(tempDir());
    const core = makeTestCore({ storage });
    const backup = await core.ok('backup.create', {});
    const restoring = core.call('backup.restore', { id: backup.id });
    expect(await core.fails('org.list', {})).toMatchObject({
      code: 'unavailable',
      message: expect.stringMatching(/restoring a backup/),
    });
    expect(await restoring).toMatchObject({ ok: true });
    expect(await core.ok('org.list', {})).toEqual([]);
    core.close();
  });
});

describe('starting on a damaged database', () => {
  it('starts anyway, says so, serves only recovery, and restores the latest good backup', async () => {
    const storage = storagePaths(tempDir());
    const first = makeTestCore({ storage });
    await first.ok('org.create', { name: 'Shelter North' });
    const good = await first.ok('backup.create', {});
    first.close();
    writeFileSync(storage.file, 'This is a note, not a database. '.repeat(500));

    const logged: unknown[] = [];
    const core = openCore({ storage, log: (_m, e) => logged.push(e) });
    const health = await core.call('data.health', {});
    expect(health).toMatchObject({
      ok: true,
      value: {
        status: 'damaged',
        problems: [expect.stringMatching(/could not be read \(file is not a database\)/)],
        latestGoodBackup: { id: good.id, summary: { organizations: 1 } },
      },
    });
    expect(await core.call('org.list', {})).toMatchObject({
      ok: false,
      error: { code: 'storage' },
    });
    expect(await core.call('app.info', {})).toMatchObject({ ok: true });
    // The empty stand-in is never exported as if it were the agency's data.
    expect(await core.call('data.exportArchive', {})).toMatchObject({
      ok: false,
      error: { code: 'unavailable' },
    });
    expect(await core.autoBackupIfDue()).toMatchObject({
      created: null,
      health: { status: 'damaged' },
    });

    const restored = await core.call('backup.restore', { id: good.id });
    expect(restored).toMatchObject({
      ok: true,
      value: { safetyCopy: { kind: 'pre-restore', summary: null } },
    });
    expect(await core.call('data.health', {})).toMatchObject({
      ok: true,
      value: { status: 'ok', problems: [] },
    });
    expect(await core.call('org.list', {})).toMatchObject({
      ok: true,
      value: [{ name: 'Shelter North' }],
    });
    // The damaged file is kept, byte for byte, for whoever wants to salvage it.
    const safety = (restored as { value: { safetyCopy: { id: string } } }).value.safetyCopy.id;
    expect(existsSync(path.join(storage.backupDir, safety))).toBe(true);
    core.close();
  });
});

describe('restoring a backup from an older Roundtable', () => {
  it('brings the old data up to today’s schema, and the newer parts work on it', async () => {
    const storage = storagePaths(tempDir());
    // A data file as the first version left it: the directory only, no meetings tables.
    const old = openDatabase(storage.file, { migrations: migrations.slice(0, 1) });
    old
      .prepare(
        "INSERT INTO organizations (id, name, name_key, kind, created_at, updated_at) VALUES ('o1', 'Shelter North', 'shelter north', 'other', 0, 0)",
      )
      .run();
    old.close();
    // Opening it with today's code (as the app does) keeps a copy of the old file, then migrates.
    openCore({ storage }).close();
    const core = makeTestCore({ storage });
    const [before] = await core.ok('backup.list', {});
    expect(before).toMatchObject({ kind: 'pre-migration' });
    await core.ok('org.create', { name: 'Police Liaison' });

    await core.ok('backup.restore', { id: before!.id });

    expect(await names(core)).toEqual(['Shelter North']);
    expect((await core.ok('app.info', {})).schemaVersion).toBe(migrations.length);
    const { firstMeeting } = await core.ok('series.create', {
      title: 'Case consultation',
      kind: 'case_consultation',
      rrule: 'FREQ=WEEKLY;INTERVAL=2',
      startDate: '2026-11-23',
      startTime: '09:30',
      endTime: '11:00',
      timeZone: 'America/Toronto',
      language: 'en',
    });
    await core.ok('attendance.add', { meetingId: firstMeeting.id, organizationId: 'o1' });
    expect((await core.ok('meeting.get', { id: firstMeeting.id })).attendance).toHaveLength(1);
    core.close();
  });
});
