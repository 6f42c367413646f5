import type { appContract } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import type { HandlersFor } from '../context';
import { schemaVersion } from '../db/migrate';
import { settingsRepo } from '../db/repos/settings';
import { currentSettings, readSettings } from '../settings';
import { stripUndefined } from './strip-undefined';

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
