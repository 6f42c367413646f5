import { parseDate } from '@internationalized/date';

/**
 * Dates and times of meetings in the reader's locale. A meeting's times are shown on its own
 * time zone's clock (the one it was planned in), so "9:30" reads the same on every laptop.
 */

/** French writes the first of the month "1er"; Intl gives "1". */
function withFrenchFirst(parts: Intl.DateTimeFormatPart[], locale: string): string {
  const french = locale.startsWith('fr');
  return (
    parts
      .map((part) => (french && part.type === 'day' && part.value === '1' ? '1er' : part.value))
      .join('')
      // Plain spaces rather than narrow no-break ones, so text reads and searches alike.
      .replace(/\u202f/g, ' ')
  );
}

/** A calendar day with its weekday: "Tuesday, December 1, 2026" / "mardi 1er décembre 2026". */
export function formatLongDay(isoDay: string, locale: string): string {
  const day = parseDate(isoDay);
  const formatter = new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' });
  return withFrenchFirst(
    formatter.formatToParts(Date.UTC(day.year, day.month - 1, day.day)),
    locale,
  );
}

/** A short day for tables: "Tue, Dec 1, 2026" / "mar. 1er déc. 2026". */
export function formatShortDay(isoDay: string, locale: string): string {
  const day = parseDate(isoDay);
  const formatter = new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  });
  return withFrenchFirst(
    formatter.formatToParts(Date.UTC(day.year, day.month - 1, day.day)),
    locale,
  );
}

/** A moment's clock time in `timeZone`: "9:30 a.m." / "9 h 30". */
export function formatClock(ms: number, locale: string, timeZone: string): string {
  return new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone })
    .format(ms)
    .replace(/\u202f/g, ' ');
}

/** The time zone's name when it is not the reader's own, e.g. "(heure de l’Est)"; else ''. */
export function zoneNote(timeZone: string, locale: string, at: number): string {
  const local = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (timeZone === local) return '';
  return zoneName(timeZone, locale, at);
}

/** "Eastern Time" / "heure de l’Est", falling back to the IANA name. */
export function zoneName(timeZone: string, locale: string, at = Date.now()): string {
  try {
    const part = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'longGeneric' })
      .formatToParts(at)
      .find((p) => p.type === 'timeZoneName');
    return part?.value ?? timeZone;
  } catch {
    return timeZone;
  }
}

export interface Scheduled {
  date: string;
  startsAt: number;
  endsAt: number;
  timeZone: string;
}

/** "9:30 a.m. – 11:00 a.m.", with the zone's name when it differs from the reader's. */
export function formatTimeRange(m: Omit<Scheduled, 'date'>, locale: string): string {
  const range = `${formatClock(m.startsAt, locale, m.timeZone)} – ${formatClock(m.endsAt, locale, m.timeZone)}`;
  const zone = zoneNote(m.timeZone, locale, m.startsAt);
  return zone ? `${range} (${zone})` : range;
}

/**
 * A wall-clock 'HH:mm' (an occurrence's time in its series' zone) in the reader's style:
 * "9:30 a.m." / "9 h 30". Read as UTC so no zone shifts it.
 */
export function formatWallClock(time: string, locale: string): string {
  const [h, m] = time.split(':').map(Number) as [number, number];
  return new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone: 'UTC' })
    .format(Date.UTC(2000, 0, 1, h, m))
    .replace(/\u202f/g, ' ');
}
