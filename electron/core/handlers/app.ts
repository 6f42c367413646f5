import { Settings, type appContract } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import type { HandlersFor } from '../context';
import { schemaVersion } from '../db/migrate';
import type { Db } from '../db/open';
import { settingsRepo } from '../db/repos/settings';
import { stripUndefined } from './strip-undefined';

export const defaultSettings: Settings = {
  language: 'en',
  theme: 'system',
  highContrast: false,
  timerWarningSeconds: 120,
  timerFinalSeconds: 30,
  chime: true,
  chimeVolume: 60,
  retentionMonths: 24,
  lockAfterMinutes: 0,
};

function readSettings(stored: Record<string, unknown>): Settings {
  // A value that no longer fits (hand-edited, older version) falls back to its default, key by key.
  const merged: Record<string, unknown> = { ...defaultSettings };
  for (const key of Object.keys(defaultSettings) as (keyof Settings)[]) {
    const field = Settings.shape[key].safeParse(stored[key]);
    if (field.success) merged[key] = field.data;
  }
  return Settings.parse(merged);
}

/** The settings as they stand, defaults filled in (the timer scheduler reads its thresholds here). */
export function currentSettings(db: Db): Settings {
  return readSettings(settingsRepo(db).readAll());
}

export const appHandlers = (
  version: string,
  pdfExport: boolean,
): HandlersFor<typeof appContract> => ({
  'app.info': (_input, { db }) => ({ version, schemaVersion: schemaVersion(db), pdfExport }),

  'settings.get': (_input, { db }) => currentSettings(db),

  'settings.update': (changes, ctx) => {
    const repo = settingsRepo(ctx.db);
    const next = ctx.db.transaction(() => {
      const merged = { ...readSettings(repo.readAll()), ...stripUndefined(changes) };
      // The final countdown is the last part of the warning, so it cannot start before it.
      if (merged.timerFinalSeconds > merged.timerWarningSeconds) {
        throw new AppError(
          'invalid_input',
          'The final countdown starts before the warning: it must be the smaller number of seconds.',
          [{ path: ['timerFinalSeconds'], message: 'finalAfterWarning' }],
        );
      }
      for (const [key, value] of Object.entries(changes)) {
        if (value !== undefined) repo.write(key, value);
      }
      return readSettings(repo.readAll());
    })();
    ctx.emit('data.changed', { domains: ['settings'] });
    return next;
  },
});
