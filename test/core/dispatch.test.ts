import { describe, expect, it } from 'vitest';
import { createCore } from '../../electron/core/create-core';
import { migrations } from '../../electron/core/db/migrations';
import { openDatabase } from '../../electron/core/db/open';
import { makeTestCore } from '../helpers/core';

describe('dispatch', () => {
  it('returns invalid_input with the path and message key of each issue', async () => {
    const core = makeTestCore();
    const error = await core.fails('org.create', { name: 42, surprise: true });
    expect(error.code).toBe('invalid_input');
    expect(error.issues).toEqual(
      expect.arrayContaining([
        { path: ['name'], message: 'required' },
        expect.objectContaining({ path: [] }),
      ]),
    );
  });

  it('hides unexpected errors as `internal`, with no SQL or stack, and logs them on the host side', async () => {
    const db = openDatabase(':memory:');
    const logged: unknown[] = [];
    const core = createCore({ db, log: (_message, error) => logged.push(error) });
    db.exec('DROP TABLE memberships; DROP TABLE organizations');
    const result = await core.call('org.list', {});
    expect(result).toEqual({
      ok: false,
      error: { code: 'internal', message: 'Something went wrong inside Roundtable.' },
    });
    expect(String(logged[0])).toMatch(/no such table/);
  });

  it('reports app.info and reads and writes settings with defaults', async () => {
    const core = makeTestCore();
    expect(await core.ok('app.info', {})).toEqual({
      version: '0.0.0',
      schemaVersion: migrations.length,
      // The test core has no PDF printer (the desktop host passes one).
      pdfExport: false,
    });
    expect(await core.ok('settings.get', {})).toEqual({
      language: 'en',
      theme: 'system',
      highContrast: false,
      timerWarningSeconds: 120,
      timerFinalSeconds: 30,
      chime: true,
      chimeVolume: 60,
      retentionMonths: 24,
      lockAfterMinutes: 0,
    });
    expect(await core.ok('settings.update', { language: 'fr', highContrast: true })).toEqual({
      language: 'fr',
      theme: 'system',
      highContrast: true,
      timerWarningSeconds: 120,
      timerFinalSeconds: 30,
      chime: true,
      chimeVolume: 60,
      retentionMonths: 24,
      lockAfterMinutes: 0,
    });
    expect(await core.ok('settings.get', {})).toMatchObject({ language: 'fr', highContrast: true });
  });

  it('refuses a final countdown that would start before the warning, saving nothing', async () => {
    const core = makeTestCore();
    const error = await core.fails('settings.update', { timerWarningSeconds: 10 });
    expect(error.code).toBe('invalid_input');
    expect(error.issues).toEqual([{ path: ['timerFinalSeconds'], message: 'finalAfterWarning' }]);
    // Checked against the stored value of the other setting too, both ways.
    await core.ok('settings.update', { timerWarningSeconds: 60 });
    expect(
      (await core.fails('settings.update', { timerFinalSeconds: 90, language: 'fr' })).issues,
    ).toEqual([{ path: ['timerFinalSeconds'], message: 'finalAfterWarning' }]);
    expect(await core.ok('settings.get', {})).toMatchObject({
      language: 'en',
      timerWarningSeconds: 60,
      timerFinalSeconds: 30,
    });
    // Equal is fine: the final countdown starts with the warning.
    await core.ok('settings.update', { timerWarningSeconds: 45, timerFinalSeconds: 45 });
  });

  it('falls back to the default for a stored setting that no longer fits', async () => {
    const core = makeTestCore();
    core.db
      .prepare(
        "INSERT INTO settings (key, value) VALUES ('language', '\"klingon\"'), ('theme', '\"dark\"')",
      )
      .run();
    expect(await core.ok('settings.get', {})).toEqual({
      language: 'en',
      theme: 'dark',
      highContrast: false,
      timerWarningSeconds: 120,
      timerFinalSeconds: 30,
      chime: true,
      chimeVolume: 60,
      retentionMonths: 24,
      lockAfterMinutes: 0,
    });
  });

  it('keeps serving events to other listeners when one throws, and stops after close', async () => {
    const core = makeTestCore();
    const seen: string[] = [];
    core.onEvent(() => {
      throw new Error('listener bug');
    });
    const off = core.onEvent((e) => seen.push(e.event));
    await core.ok('settings.update', { theme: 'dark' });
    off();
    await core.ok('settings.update', { theme: 'light' });
    expect(seen).toEqual(['data.changed']);
    core.close();
    expect(await core.call('app.info', {})).toMatchObject({
      ok: false,
      error: { code: 'unavailable' },
    });
  });
});
