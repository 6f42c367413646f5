import { parseDate } from '@internationalized/date';

/**
 * Formats a calendar day (`YYYY-MM-DD`) in the reader's locale. The day is read in UTC so it is the
 * same day wherever the laptop is, with no off-by-one at midnight.
 */
export function formatDay(isoDay: string, locale: string): string {
  const day = parseDate(isoDay);
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
    Date.UTC(day.year, day.month - 1, day.day),
  );
}
