import { Settings } from '../../shared/contract';
import type { Db } from './db/open';
import { settingsRepo } from './db/repos/settings';

/*
 * The settings with their defaults, read by handlers and by the modules under them (timers, the
 * access log, the repos that name case reviews in the app's language): here, not in a handler,
 * so that nothing below the handlers depends on one.
 */

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

export function readSettings(stored: Record<string, unknown>): Settings {
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
