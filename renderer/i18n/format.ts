import { parseDate } from '@internationalized/date';

/**
 * Formats a calendar day (`YYYY-MM-DD`) in the reader's locale. The day is read in UTC so it is the
 * same day wherever the laptop is, with no off-by-one at midnight.
 */
export function formatDay(isoDay: string, locale: string): string {
  const day = parseDate(isoDay);
  return format(
    new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }),
    Date.UTC(day.year, day.month - 1, day.day),
  );
}

/** A moment (epoch milliseconds) as a date and time in the reader's locale and time zone. */
export function formatDateTime(ms: number, locale: string): string {
  return format(new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }), ms);
}

/** French writes the first of the month "1er septembre"; Intl gives "1 septembre". */
function format(formatter: Intl.DateTimeFormat, ms: number): string {
  const french = formatter.resolvedOptions().locale.startsWith('fr');
  return (
    formatter
      .formatToParts(ms)
      .map((part) => (french && part.type === 'day' && part.value === '1' ? '1er' : part.value))
      .join('')
      // formatToParts spaces "2:00 p.m." with a narrow no-break space where format() uses a plain
      // one; keep the plain space so both read and search alike.
      .replace(/\u202f/g, ' ')
  );
}

const SIZE_UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;

/** A file size the way the system shows it: "840 kB", "1.2 MB" ("1,2 Mo" in French). */
export function formatSize(bytes: number, locale: string): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < SIZE_UNITS.length - 1) {
    value /= 1000;
    unit++;
  }
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: SIZE_UNITS[unit],
    unitDisplay: 'short',
    maximumFractionDigits: value < 10 && unit > 0 ? 1 : 0,
  }).format(value);
}
