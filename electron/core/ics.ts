import { TZDate } from '@date-fns/tz';
import { ICalCalendar, ICalEventStatus, formatDate, type ICalEventData } from 'ical-generator';
import { tzlib_get_ical_block, tzlib_get_timezones } from 'timezones-ical-library';
import type { Meeting, Series } from '../../shared/contract/meetings';
import {
  checkSeries,
  isOccurrenceDate,
  isTimeZone,
  parseRule,
  zonedToEpoch,
  type LocalDate,
  type LocalTime,
  type SeriesException,
  type SeriesRecurrence,
} from '../../shared/domain/recurrence';

/**
 * Calendar export (RFC 5545 `.ics`) of one meeting or of a whole series, for Outlook, Google and
 * Apple calendars.
 *
 * ical-generator writes the file (escaping, line folding, RECURRENCE-ID); timezones-ical-library
 * supplies the VTIMEZONE that RFC 5545 requires next to every TZID. Times are handed to
 * ical-generator as `TZDate`s (@date-fns/tz), which it formats on the meeting's own wall clock:
 * a plain `Date` would be formatted on the computer's clock, wrong whenever the laptop's time zone
 * is not the meeting's.
 */

const PRODUCT = { company: 'Roundtable', product: 'Roundtable', language: 'EN' };

/** Stable across exports, so importing the file again updates the event instead of copying it. */
const uid = (id: string) => `${id}@roundtable.local`;

interface Zone {
  /** The TZID to write: the library's canonical name (America/Montreal becomes America/Toronto). */
  tzid: string;
  /** Its VTIMEZONE block, or null when the library does not know the zone. */
  vtimezone: string | null;
}

let knownZones: ReadonlySet<string> | undefined;

/**
 * The zone as the file will name it. Asking the library about a zone it does not know prints an
 * error on the console, hence the look-up in its list first.
 */
function zoneOf(timeZone: string): Zone {
  knownZones ??= new Set([tzlib_get_timezones(false)].flat());
  if (!knownZones.has(timeZone)) return { tzid: timeZone, vtimezone: null };
  const [vtimezone, tzidLine] = [tzlib_get_ical_block(timeZone, false)].flat();
  const tzid = tzidLine?.replace(/^TZID=/, '');
  // TZDate must be able to use the canonical name too, or every time would print as NaN.
  if (!vtimezone || !tzid || !isTimeZone(tzid)) return { tzid: timeZone, vtimezone: null };
  return { tzid, vtimezone };
}

function calendar(zone: Zone): ICalCalendar {
  const cal = new ICalCalendar({ prodId: PRODUCT });
  // No calendar-wide zone (DTSTAMP stays in UTC); the generator adds the VTIMEZONE for the zone
  // the events use.
  cal.timezone({ name: null, generator: (tzid) => (tzid === zone.tzid ? zone.vtimezone : null) });
  return cal;
}

/** RFC 5545 TEXT may not hold control characters other than tab and line breaks. */
function text(value: string): string | null {
  // eslint-disable-next-line no-control-regex
  const clean = value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '').trim();
  return clean === '' ? null : clean;
}

function zoned(epochMs: number, timeZone: string): TZDate {
  return new TZDate(epochMs, timeZone);
}

function minutesOf(time: LocalTime): number {
  const [h = 0, m = 0] = time.split(':').map(Number);
  return h * 60 + m;
}

/** 'YYYYMMDDTHHMMSSZ' */
function utcStamp(epochMs: number): string {
  return new Date(epochMs)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/**
 * The rule as RFC 5545 wants it next to a DTSTART with a TZID: UNTIL in UTC. Roundtable accepts
 * the forms people type — a date alone (the whole of that day) or a wall-clock date-time — and
 * reads them in the series' zone, as the recurrence rules do.
 */
function exportedRule(rrule: string, timeZone: string): string {
  const parsed = parseRule(rrule);
  if (!parsed.ok) throw new RangeError(parsed.error.message);
  const parts = { ...parsed.value.parts };
  const until = parts.UNTIL;
  if (until !== undefined && !until.endsWith('Z')) {
    const date = `${until.slice(0, 4)}-${until.slice(4, 6)}-${until.slice(6, 8)}`;
    parts.UNTIL = utcStamp(
      until.length === 8
        ? zonedToEpoch(date, '23:59', timeZone) + 59_000
        : zonedToEpoch(date, `${until.slice(9, 11)}:${until.slice(11, 13)}`, timeZone) +
            Number(until.slice(13, 15)) * 1000,
    );
  }
  return Object.entries(parts)
    .map(([name, value]) => `${name}=${value}`)
    .join(';');
}

export interface MeetingIcsOptions {
  /** Replaces the meeting's goal as the event's description (e.g. the goal and the agenda). */
  description?: string;
  /**
   * DTSTAMP. Without it, the meeting's last change: for a file without METHOD, RFC 5545 defines
   * DTSTAMP as when the information was last revised, and the same meeting then exports the same
   * text.
   */
  now?: number;
  /**
   * The meeting is an occurrence of this series: it is exported as that series' event (same UID)
   * with a RECURRENCE-ID naming the occurrence, so a calendar that imported the series updates
   * the occurrence instead of adding a second event.
   */
  occurrenceOf?: { seriesId: string; originalDate: LocalDate; seriesStartTime: LocalTime };
}

/**
 * SEQUENCE: how many seconds of revisions since creation. It only ever grows as the record is
 * edited, which is all calendars need to take a re-imported event as the newer one.
 */
const sequenceOf = (record: { createdAt: number; updatedAt: number }) =>
  Math.max(0, Math.floor(record.updatedAt / 1000) - Math.floor(record.createdAt / 1000));

/** One meeting as a calendar file. A cancelled occurrence is exported as cancelled. */
export function meetingIcs(meeting: Meeting, options: MeetingIcsOptions = {}): string {
  const zone = zoneOf(meeting.timeZone);
  const cal = calendar(zone);
  // Without a VTIMEZONE the zone cannot be named, but the instants are still exact in UTC.
  const when: Pick<ICalEventData, 'start' | 'end' | 'timezone'> = zone.vtimezone
    ? {
        start: zoned(meeting.startsAt, zone.tzid),
        end: zoned(meeting.endsAt, zone.tzid),
        timezone: zone.tzid,
      }
    : { start: new Date(meeting.startsAt), end: new Date(meeting.endsAt), timezone: null };
  const occurrence = options.occurrenceOf;
  cal.createEvent({
    id: uid(occurrence?.seriesId ?? meeting.id),
    ...(occurrence && zone.vtimezone
      ? {
          recurrenceId: zoned(
            zonedToEpoch(occurrence.originalDate, occurrence.seriesStartTime, meeting.timeZone),
            zone.tzid,
          ),
        }
      : {}),
    sequence: sequenceOf(meeting),
    stamp: new Date(options.now ?? meeting.updatedAt),
    created: new Date(meeting.createdAt),
    lastModified: new Date(meeting.updatedAt),
    ...when,
    summary: text(meeting.title) ?? '',
    location: text(meeting.location),
    description: text(options.description ?? meeting.goal),
    status: meeting.status === 'cancelled' ? ICalEventStatus.CANCELLED : null,
  });
  return cal.toString();
}

/** The exceptions that apply: the last one per date, on dates the rule gives. */
function applicableExceptions(recurrence: SeriesRecurrence): SeriesException[] {
  const byDate = new Map((recurrence.exceptions ?? []).map((e) => [e.date, e]));
  return [...byDate.values()]
    .filter((e) => isOccurrenceDate(recurrence, e.date))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/**
 * A series as a calendar file: one recurring event (RRULE from the first meeting), cancelled
 * occurrences as EXDATE, and each moved occurrence as an override with the same UID and a
 * RECURRENCE-ID naming the date and time the rule gave it. Throws a RangeError on an invalid series.
 */
export function seriesIcs(series: Series, exceptions: SeriesException[], now: number): string {
  const recurrence: SeriesRecurrence = {
    rrule: series.rrule,
    start: { date: series.startDate, time: series.startTime },
    timeZone: series.timeZone,
    exceptions,
  };
  const problem = checkSeries(recurrence);
  if (problem) throw new RangeError(problem.message);

  // Unlike one meeting, a series cannot fall back to UTC: the rule would drift an hour at each
  // clock change. An IANA TZID without its VTIMEZONE is the lesser harm; calendars know the names.
  const zone = zoneOf(series.timeZone);
  const { tzid } = zone;
  const cal = calendar(zone);
  const durationMs = (minutesOf(series.endTime) - minutesOf(series.startTime)) * 60_000;
  const at = (date: LocalDate, time: LocalTime) =>
    zoned(zonedToEpoch(date, time, series.timeZone), tzid);

  const common = {
    id: uid(series.id),
    sequence: sequenceOf(series),
    stamp: new Date(now),
    created: new Date(series.createdAt),
    lastModified: new Date(series.updatedAt),
    timezone: tzid,
    summary: text(series.title) ?? '',
    location: text(series.location),
    description: text(series.goal),
  } satisfies Partial<ICalEventData>;

  const applicable = applicableExceptions(recurrence);
  const cancelled = applicable
    .filter((e) => e.kind === 'cancelled')
    .map((e) => formatDate(tzid, at(e.date, series.startTime), false, true));
  // ical-generator writes a rule given as text verbatim, so EXDATE goes with it, formatted by
  // the library itself.
  const rule = [
    `RRULE:${exportedRule(series.rrule, series.timeZone)}`,
    ...(cancelled.length > 0 ? [`EXDATE;TZID=${tzid}:${cancelled.join(',')}`] : []),
  ].join('\r\n');

  const start = at(series.startDate, series.startTime);
  cal.createEvent({
    ...common,
    start,
    end: zoned(start.getTime() + durationMs, tzid),
    repeating: rule,
  });
  for (const exception of applicable) {
    if (exception.kind !== 'moved') continue;
    const movedStart = at(exception.movedTo.date, exception.movedTo.time);
    cal.createEvent({
      ...common,
      recurrenceId: at(exception.date, series.startTime),
      start: movedStart,
      end: zoned(movedStart.getTime() + durationMs, tzid),
    });
  }
  return cal.toString();
}

/** Windows refuses these names whatever the extension. */
const RESERVED_NAME = /^(con|prn|aux|nul|com\d|lpt\d)$/i;
const MAX_NAME = 80;

/** Letters and digits of any script, accents removed (they travel badly in attachments), joined by '-'. */
function slug(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** A file name safe on Windows, macOS and Linux, e.g. "Complex-case-consultation-2026-01-15.ics". */
export function icsFilename(title: string, date?: string): string {
  let name = Array.from(slug(title)).slice(0, MAX_NAME).join('').replace(/-+$/, '') || 'meeting';
  if (RESERVED_NAME.test(name)) name = `${name}-meeting`;
  const day = date === undefined ? '' : slug(date);
  return `${day ? `${name}-${day}` : name}.ics`;
}
