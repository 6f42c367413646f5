import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSettings } from '../../app/useSettings';
import { localeOf } from '../../i18n';
import {
  formatClock,
  formatLongDay,
  formatShortDay,
  formatTimeRange,
  formatWallClock,
  type Scheduled,
} from './format-meeting';

/** The meeting formatters bound to the reader's locale. */
export function useMeetingFormat() {
  const { settings } = useSettings();
  const locale = localeOf(settings.language);
  const { t } = useTranslation();
  return useMemo(
    () => ({
      locale,
      longDay: (isoDay: string) => formatLongDay(isoDay, locale),
      shortDay: (isoDay: string) => formatShortDay(isoDay, locale),
      clock: (ms: number, timeZone: string) => formatClock(ms, locale, timeZone),
      timeRange: (m: Omit<Scheduled, 'date'>) => formatTimeRange(m, locale),
      wallClock: (time: string) => formatWallClock(time, locale),
      /** An occurrence: its day and its wall-clock time. */
      occurrence: (o: { date: string; time: string }) =>
        `${formatLongDay(o.date, locale)}, ${formatWallClock(o.time, locale)}`,
      /** "Tuesday, December 1, 2026, 9:30 a.m. – 11:00 a.m." */
      when: (m: Scheduled) => `${formatLongDay(m.date, locale)}, ${formatTimeRange(m, locale)}`,
      /** "15 min" in both languages, as chairs write it on agendas. */
      minutes: (n: number) => t('meetings.minutes', { count: n }),
    }),
    [locale, t],
  );
}
