/**
 * Recurring meeting series: an RFC 5545 RRULE from a local start date and time in an IANA time
 * zone, with single occurrences moved or cancelled.
 *
 * A series is expanded in local wall-clock time ("floating" time in RFC 5545 terms): the library
 * is given the start's wall-clock fields as if they were UTC, where no clock ever changes, so a
 * 9:30 meeting stays at 9:30 on both sides of a daylight-saving change. Only then is each
 * occurrence placed on the time line (`startsAt`) in the series' time zone. This is what RFC 5545
 * specifies for a DTSTART with a TZID, and it keeps the expansion independent of the time zone of
 * the machine doing it.
 */
import {
  CalendarDateTime,
  fromAbsolute,
  toCalendarDateTime,
  toZoned,
} from '@internationalized/date';
import { parseRule, type ParsedRule, type RuleError } from './recurrence-rule';
import { RRule } from './rrule-lib';

export { parseRule } from './recurrence-rule';
export type {
  Frequency,
  ParsedRule,
  RuleError,
  RuleErrorCode,
  RuleParseResult,
} from './recurrence-rule';

/** 'YYYY-MM-DD' */
export type LocalDate = string;
/** 'HH:mm', 24-hour */
export type LocalTime = string;

export interface LocalDateTime {
  date: LocalDate;
  time: LocalTime;
}

export type SeriesException =
  | { date: LocalDate; kind: 'cancelled' }
  | { date: LocalDate; kind: 'moved'; movedTo: LocalDateTime };

export interface SeriesRecurrence {
  /** The RRULE value, e.g. 'FREQ=WEEKLY;INTERVAL=2'. */
  rrule: string;
  /** The first meeting; it must itself match the rule (see `checkSeries`). */
  start: LocalDateTime;
  /** IANA time zone, e.g. 'America/Toronto'. */
  timeZone: string;
  /** At most one per original date; exceptions on dates the rule does not produce are ignored. */
  exceptions?: readonly SeriesException[];
}

export type OccurrenceStatus = 'scheduled' | 'moved' | 'cancelled';

export interface Occurrence {
  /** Where the meeting takes place: the new date when moved, the original one otherwise. */
  date: LocalDate;
  time: LocalTime;
  /** The date the rule gave it: the occurrence's identity (RECURRENCE-ID), stable when moved. */
  originalDate: LocalDate;
  status: OccurrenceStatus;
  /** `date` and `time` in the series' time zone, as epoch ms. */
  startsAt: number;
}

export type OccurrenceRange =
  | { from: LocalDate; to: LocalDate }
  /** The first `count` occurrences the rule gives on or after `from` (default: the start). */
  | { count: number; from?: LocalDate };

/** Expansion stops here, so a daily rule over a century cannot hang the caller. */
export const MAX_OCCURRENCES = 1000;

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function isLocalDate(value: string): boolean {
  const m = DATE_RE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const at = new Date(Date.UTC(y, mo - 1, d));
  return at.getUTCFullYear() === y && at.getUTCMonth() === mo - 1 && at.getUTCDate() === d;
}

export function isLocalTime(value: string): boolean {
  return TIME_RE.test(value);
}

export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return value !== '';
  } catch {
    return false;
  }
}

/** Wall-clock fields as a UTC Date: the library's floating time. */
function floating(date: LocalDate, time: LocalTime = '00:00', extraMs = 0): Date {
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const [h, mi] = time.split(':').map(Number) as [number, number];
  return new Date(Date.UTC(y, mo - 1, d, h, mi) + extraMs);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function fromFloating(at: Date): LocalDateTime {
  return {
    date: `${at.getUTCFullYear()}-${pad(at.getUTCMonth() + 1)}-${pad(at.getUTCDate())}`,
    time: `${pad(at.getUTCHours())}:${pad(at.getUTCMinutes())}`,
  };
}

/**
 * A local date and time in `timeZone` as epoch ms. A time skipped by a clock change (2:30 on the
 * night clocks go forward) is read with the offset before the change, i.e. an hour later, as RFC
 * 5545 says; a repeated time (the night clocks go back) takes the first of the two.
 */
export function zonedToEpoch(date: LocalDate, time: LocalTime, timeZone: string): number {
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const [h, mi] = time.split(':').map(Number) as [number, number];
  return toZoned(new CalendarDateTime(y, mo, d, h, mi), timeZone, 'compatible')
    .toDate()
    .getTime();
}

/**
 * Whether the wall-clock time occurs on that date in that zone: not in the hour skipped when the
 * clocks go forward (where `zonedToEpoch` would silently give the time an hour later).
 */
export function wallClockExists(date: LocalDate, time: LocalTime, timeZone: string): boolean {
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const [h, mi] = time.split(':').map(Number) as [number, number];
  const placed = toZoned(new CalendarDateTime(y, mo, d, h, mi), timeZone, 'compatible');
  return placed.hour === h && placed.minute === mi && placed.day === d;
}

class RecurrenceError extends RangeError {}

/**
 * The first problem with a series, or null. `occurrences` throws on the same problems, so the
 * core checks with this first and answers with a validation error instead.
 */
export function checkSeries(series: SeriesRecurrence): RuleError | null {
  const parsed = parseRule(series.rrule);
  if (!parsed.ok) return parsed.error;
  const bad = (message: string): RuleError => ({ code: 'invalid-value', part: null, message });
  if (!isLocalDate(series.start.date)) return bad('The start date must be YYYY-MM-DD');
  if (!isLocalTime(series.start.time)) return bad('The start time must be HH:mm');
  if (!isTimeZone(series.timeZone)) return bad(`Unknown time zone ${series.timeZone}`);
  for (const exception of series.exceptions ?? []) {
    if (!isLocalDate(exception.date)) return bad('An exception date must be YYYY-MM-DD');
    if (
      exception.kind === 'moved' &&
      !(isLocalDate(exception.movedTo.date) && isLocalTime(exception.movedTo.time))
    ) {
      return bad('A moved occurrence needs a new date (YYYY-MM-DD) and time (HH:mm)');
    }
  }
  // RFC 5545 leaves a start that the rule does not produce undefined (calendars disagree on
  // whether it is an occurrence), so such a series is refused rather than exported ambiguously.
  const rule = buildRule(series, parsed.value);
  const first = floating(series.start.date, series.start.time);
  if (rule.after(first, true)?.getTime() !== first.getTime()) {
    return {
      code: 'conflict',
      part: null,
      message: 'The start date is not one of the dates the rule produces',
    };
  }
  return null;
}

function buildRule(series: SeriesRecurrence, parsed: ParsedRule): RRule {
  const { UNTIL: until, ...rest } = parsed.parts;
  const text = Object.entries(rest)
    .map(([name, value]) => `${name}=${value}`)
    .join(';');
  return new RRule({
    ...RRule.parseString(text),
    dtstart: floating(series.start.date, series.start.time),
    until: until === undefined ? null : untilFloating(until, series.timeZone),
  });
}

/**
 * UNTIL in floating time. A date alone includes that whole day (what a person means by "until
 * June 30"); a UTC date-time is an instant, shown on the series' wall clock; a date-time without
 * 'Z' is already wall-clock time.
 */
function untilFloating(until: string, timeZone: string): Date {
  const [y, mo, d, h, mi, s] = [0, 4, 6, 9, 11, 13].map((at, i) =>
    Number(until.slice(at, at + (i === 0 ? 4 : 2)) || 0),
  ) as [number, number, number, number, number, number];
  if (until.length === 8) return new Date(Date.UTC(y, mo - 1, d, 23, 59, 59, 999));
  if (!until.endsWith('Z')) return new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  const local = toCalendarDateTime(fromAbsolute(Date.UTC(y, mo - 1, d, h, mi, s), timeZone));
  return new Date(
    Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second),
  );
}

function validRule(series: SeriesRecurrence): RRule {
  const problem = checkSeries(series);
  if (problem) throw new RecurrenceError(problem.message);
  const parsed = parseRule(series.rrule);
  if (!parsed.ok) throw new RecurrenceError(parsed.error.message);
  return buildRule(series, parsed.value);
}

/** Later exceptions for the same date replace earlier ones. */
function exceptionsByDate(series: SeriesRecurrence): Map<LocalDate, SeriesException> {
  return new Map((series.exceptions ?? []).map((e) => [e.date, e]));
}

function toOccurrence(
  original: Date,
  exceptions: Map<LocalDate, SeriesException>,
  timeZone: string,
): Occurrence {
  const { date, time } = fromFloating(original);
  const exception = exceptions.get(date);
  const at = exception?.kind === 'moved' ? exception.movedTo : { date, time };
  const status: OccurrenceStatus = exception?.kind ?? 'scheduled';
  return {
    date: at.date,
    time: at.time,
    originalDate: date,
    status,
    startsAt: zonedToEpoch(at.date, at.time, timeZone),
  };
}

function byWhenThenOriginal(a: Occurrence, b: Occurrence): number {
  return (
    a.startsAt - b.startsAt ||
    (a.originalDate < b.originalDate ? -1 : a.originalDate > b.originalDate ? 1 : 0)
  );
}

/**
 * The occurrences of a series, sorted by when they take place, one per original date.
 *
 * - `{ from, to }` (inclusive days): the occurrences taking place in the range — a moved one by
 *   its new date, so one moved into the range appears and one moved out of it does not; a
 *   cancelled one by its original date, listed so the chair can see and restore it.
 * - `{ count, from? }`: the first `count` occurrences the rule gives from `from` (default: the
 *   start), cancelled ones included, each wherever it has been moved to. As in RFC 5545, a
 *   cancelled occurrence still uses up one of the rule's own COUNT.
 *
 * At most `MAX_OCCURRENCES` are returned. Throws a RangeError on an invalid series.
 */
export function occurrences(series: SeriesRecurrence, range: OccurrenceRange): Occurrence[] {
  const rule = validRule(series);
  const exceptions = exceptionsByDate(series);
  const limit = (n: number) => (_d: Date, len: number) => len < Math.min(n, MAX_OCCURRENCES);

  let originals: Date[];
  if ('count' in range) {
    if (range.from !== undefined && !isLocalDate(range.from)) {
      throw new RecurrenceError('from must be YYYY-MM-DD');
    }
    const count = Math.max(0, Math.floor(range.count));
    if (count === 0) return [];
    const after = range.from === undefined ? floating(series.start.date) : floating(range.from);
    originals = rule.between(after, new Date(Date.UTC(9999, 11, 31)), true, limit(count));
  } else {
    if (!isLocalDate(range.from) || !isLocalDate(range.to)) {
      throw new RecurrenceError('from and to must be YYYY-MM-DD');
    }
    if (range.to < range.from) return [];
    const inRange = (date: LocalDate) => date >= range.from && date <= range.to;
    originals = rule.between(
      floating(range.from),
      floating(range.to, '23:59', 59_999),
      true,
      limit(MAX_OCCURRENCES),
    );
    // Occurrences moved into the range from outside it: their original dates are not covered.
    for (const exception of exceptions.values()) {
      if (exception.kind !== 'moved' || inRange(exception.date)) continue;
      if (!inRange(exception.movedTo.date)) continue;
      const original = floating(exception.date, series.start.time);
      if (rule.after(original, true)?.getTime() === original.getTime()) originals.push(original);
    }
    return originals
      .map((original) => toOccurrence(original, exceptions, series.timeZone))
      .filter((o) => inRange(o.status === 'cancelled' ? o.originalDate : o.date))
      .sort(byWhenThenOriginal)
      .slice(0, MAX_OCCURRENCES);
  }
  return originals
    .map((original) => toOccurrence(original, exceptions, series.timeZone))
    .sort(byWhenThenOriginal);
}

/** Whether the rule gives an occurrence on `date` (before any exception): what may be moved or cancelled. */
export function isOccurrenceDate(series: SeriesRecurrence, date: LocalDate): boolean {
  if (!isLocalDate(date)) return false;
  const rule = validRule(series);
  const original = floating(date, series.start.time);
  return rule.after(original, true)?.getTime() === original.getTime();
}

/** Meeting kinds, spelled as the contract spells enums (snake_case). */
export type SeriesKind =
  'case_consultation' | 'interagency' | 'speed_networking' | 'committee' | 'other';

const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;

/**
 * The rule a new series of `kind` starting on `startDate` proposes, or null for a one-off.
 *
 * - Complex case consultations meet every two weeks (the field's practice) on the start's weekday.
 *   The rule leaves the weekday to the start (no BYDAY), so moving the series' start to another
 *   weekday moves the whole series with it.
 * - Interagency and committee meetings meet monthly on the same weekday of the month as the start
 *   ("the third Tuesday"), the way such meetings are booked, since a fixed day of the month falls
 *   on weekends. A start on a fifth weekday gives "the last Tuesday", as not every month has a
 *   fifth one. Monthly also matches the policy that funded programs contact their partners every
 *   month.
 * - Speed networking and other meetings are one-off events by default.
 */
export function defaultRule(kind: SeriesKind, startDate: LocalDate): string | null {
  if (!isLocalDate(startDate)) throw new RecurrenceError('startDate must be YYYY-MM-DD');
  const at = floating(startDate);
  const weekday = WEEKDAYS[at.getUTCDay()] ?? 'MO';
  switch (kind) {
    case 'case_consultation':
      return 'FREQ=WEEKLY;INTERVAL=2';
    case 'interagency':
    case 'committee': {
      const nth = Math.ceil(at.getUTCDate() / 7);
      return `FREQ=MONTHLY;BYDAY=${nth > 4 ? -1 : nth}${weekday}`;
    }
    case 'speed_networking':
    case 'other':
      return null;
  }
}
