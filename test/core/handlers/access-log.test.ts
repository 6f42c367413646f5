import { userInfo } from 'node:os';
import { describe, expect, it } from 'vitest';
import { methods } from '../../../shared/contract';
import { LOGGED } from '../../../electron/core/privacy/access-log';
import { storagePaths } from '../../../electron/core/storage/config';
import { makeTestCore } from '../../helpers/core';
import { changes, oneOff } from '../../helpers/meetings';
import { useTempDirs } from '../../helpers/temp-dirs';

const tempDir = useTempDirs('roundtable-access-log-');

describe('the access log', () => {
  it('records every successful export with what, when and the OS user, newest first', async () => {
    const core = makeTestCore({ osUser: 'atremblay' });
    const meeting = await core.ok('meeting.create', oneOff());
    const seen = changes(core);
    await core.ok('minutes.export', {
      meetingId: meeting.id,
      language: 'en',
      format: 'markdown',
      includeInternal: true,
    });
    core.clock.advance(60_000);
    await core.ok('directory.exportCsv', { entity: 'organizations' });
    core.clock.advance(60_000);
    await core.ok('meeting.exportIcs', { id: meeting.id });
    await core.ok('glossary.export', { format: 'tbx' });
    await core.ok('action.exportCsv', { today: '2026-11-23', language: 'fr' });
    await core.ok('systemIssue.export', { format: 'html', language: 'en' });
    expect(seen).toEqual(Array.from({ length: 6 }, () => ['accessLog']));

    const log = await core.ok('accessLog.list', {});
    expect(log.map((e) => e.what)).toEqual([
      'System issues log exported (HTML)',
      'Action register exported (CSV)',
      'Glossary exported (TBX)',
      'Calendar file exported (iCalendar) — meeting “Housing First committee” of Dec 1, 2026',
      'Directory of agencies exported (CSV)',
      'Minutes exported (Markdown) — meeting “Housing First committee” of Dec 1, 2026, internal items included',
    ]);
    expect(log.at(-1)).toEqual({
      id: expect.any(String),
      at: Date.UTC(2026, 10, 23, 14, 0),
      action: 'export',
      what: expect.stringMatching(/^Minutes exported/),
      osUser: 'atremblay',
    });
    expect(log[0]!.at).toBe(core.clock.now());
    expect(await core.ok('accessLog.list', { limit: 2 })).toEqual(log.slice(0, 2));
  });

  it('writes nothing for an export that failed', async () => {
    const core = makeTestCore();
    const meeting = await core.ok('meeting.create', oneOff());
    const seen = changes(core);
    // No printer in this host: PDF is unavailable.
    expect(
      await core.fails('minutes.export', { meetingId: meeting.id, language: 'en', format: 'pdf' }),
    ).toMatchObject({ code: 'unavailable' });
    expect(
      await core.fails('minutes.export', { meetingId: 'nope', language: 'en', format: 'html' }),
    ).toMatchObject({ code: 'not_found' });
    expect(
      await core.fails('systemIssue.export', { format: 'docx', language: 'en' }),
    ).toMatchObject({ code: 'invalid_input' });
    expect(seen).toEqual([]);
    expect(await core.ok('accessLog.list', {})).toEqual([]);
  });

  it('names the operating-system account by default', async () => {
    const core = makeTestCore();
    await core.ok('glossary.export', { format: 'csv' });
    let expected = 'unknown';
    try {
      expected = userInfo().username || 'unknown';
    } catch {
      // no account name on this system: the core says 'unknown' too
    }
    expect((await core.ok('accessLog.list', {}))[0]!.osUser).toBe(expected);
  });

  it('is written in the app’s language at the time', async () => {
    const core = makeTestCore();
    await core.ok('settings.update', { language: 'fr' });
    const meeting = await core.ok('meeting.create', oneOff({ title: 'Comité Logement d’abord' }));
    await core.ok('minutes.export', { meetingId: meeting.id, language: 'fr', format: 'html' });
    expect((await core.ok('accessLog.list', {}))[0]!.what).toBe(
      'Compte rendu exporté (HTML) — rencontre «\u00a0Comité Logement d’abord\u00a0» du 1 déc. 2026',
    );
  });

  it('records backups and restores, the restore in the restored database', async () => {
    const storage = storagePaths(tempDir());
    const core = makeTestCore({ storage, osUser: 'ana' });
    await core.ok('org.create', { name: 'Shelter North' });
    const backup = await core.ok('backup.create', {});
    core.clock.advance(60_000);
    await core.ok('directory.exportCsv', { entity: 'people' });
    await core.ok('backup.restore', { id: backup.id });

    // The restored file is older than the export and the entry of its own backup: the log of the
    // file it replaced carries on in it all the same.
    expect(await core.ok('org.list', {})).toHaveLength(1);
    const log = await core.ok('accessLog.list', {});
    expect(log.map((e) => [e.action, e.what, e.osUser])).toEqual([
      ['restore', `Backup restored: ${backup.id}`, 'ana'],
      ['export', 'Directory of people exported (CSV)', 'ana'],
      ['backup', `Backup made: ${backup.id}`, 'ana'],
    ]);
  });

  it('travels in the portable archive, and does not count as records in an empty database', async () => {
    const source = makeTestCore({ osUser: 'ana' });
    // (Ids are sequential in tests: these keep the two cores' log entries apart.)
    await source.ok('org.create', { name: 'Shelter North' });
    await source.ok('org.create', { name: 'Community Health' });
    await source.ok('glossary.export', { format: 'csv' });
    const { json } = await source.ok('data.exportArchive', {});

    const target = makeTestCore({ osUser: 'luc', start: Date.UTC(2026, 11, 1, 14, 0) });
    // A fresh install that exported something first still takes the import.
    await target.ok('directory.exportCsv', { entity: 'organizations' });
    await target.ok('data.importArchive', { json });
    const log = await target.ok('accessLog.list', {});
    expect(log.map((e) => [e.action, e.what, e.osUser])).toEqual([
      ['archive', 'Portable archive imported (exported on Nov 23, 2026)', 'luc'],
      ['export', 'Directory of agencies exported (CSV)', 'luc'],
      ['export', 'Glossary exported (CSV)', 'ana'],
    ]);
  });

  it('does not undo an export it could not record, and tells the host', async () => {
    const core = makeTestCore();
    core.db.exec('DROP TABLE access_log');
    const file = await core.ok('glossary.export', { format: 'csv' });
    expect(file.filename).toMatch(/\.csv$/);
    expect(core.logged).toHaveLength(1);
  });

  it('covers every export method of the contract', () => {
    // A new export (or print, or CSV) method must be added to LOGGED to be recorded.
    const exports = methods.filter((m) => /export|print|csv|ics|download/i.test(m));
    const imports = exports.filter((m) => /import/i.test(m));
    expect(exports.filter((m) => !imports.includes(m) && !(m in LOGGED))).toEqual([]);
    expect(Object.keys(LOGGED)).toEqual(
      expect.arrayContaining(['backup.create', 'backup.restore', 'data.importArchive']),
    );
  });
});
