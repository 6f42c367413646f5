/**
 * Calendar days ('YYYY-MM-DD') and wall-clock times ('HH:mm') as meetings use them: no time zone
 * arithmetic here beyond "what day is it there", so the same answer comes out on every machine.
 */
import { fromAbsolute, parseDate, toCalendarDate } from '@internationalized/date';
import type { LocalDate, LocalTime } from './recurrence';

/** The calendar day it is at `now` (epoch ms) in `timeZone`. */
export function dayIn(now: number, timeZone: string): LocalDate {
  return toCalendarDate(fromAbsolute(now, timeZone)).toString();
}

/** `date` plus `days` (negative goes back). */
export function addDays(date: LocalDate, days: number): LocalDate {
  return parseDate(date).add({ days }).toString();
}

/** Monday and Sunday of the ISO week `date` is in ("due this week" in the action register). */
export function isoWeekOf(date: LocalDate): { monday: LocalDate; sunday: LocalDate } {
  const sinceMonday = (parseDate(date).toDate('UTC').getUTCDay() + 6) % 7;
  return { monday: addDays(date, -sinceMonday), sunday: addDays(date, 6 - sinceMonday) };
}

function minutesOf(time: LocalTime): number {
  const [h, m] = time.split(':').map(Number) as [number, number];
  return h * 60 + m;
}

/** How long from `start` to `end` on the same day, in minutes. */
export function minutesBetween(start: LocalTime, end: LocalTime): number {
  return minutesOf(end) - minutesOf(start);
}

/** `time` plus `minutes` on the same day, or null when that would run past midnight. */
export function addMinutes(time: LocalTime, minutes: number): LocalTime | null {
  const total = minutesOf(time) + minutes;
  if (total < 0 || total >= 24 * 60) return null;
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}
