/**
 * The contact cadence (issue 8): when the next contact with a partner is due and where it
 * stands today. Calendar days only ('YYYY-MM-DD'), so the core's dashboard and the renderer's
 * live display give the same answer on every machine.
 */
import { parseDate } from '@internationalized/date';
import type { Cadence, CadenceStatus } from '../contract/partners';
import { addDays } from './calendar-day';

/**
 * The day the next contact is due after one on `last`. Months are calendar months, clamped to
 * the month's end: a contact on 31 January is due on 28 (or 29) February, not in March.
 */
export function dueDateAfter(last: string, cadence: Cadence): string | null {
  switch (cadence) {
    case 'weekly':
      return addDays(last, 7);
    case 'biweekly':
      return addDays(last, 14);
    case 'monthly':
      // CalendarDate.add constrains the day to the target month's length.
      return parseDate(last).add({ months: 1 }).toString();
    case 'quarterly':
      return parseDate(last).add({ months: 3 }).toString();
    case 'none':
      return null;
  }
}

/**
 * How many days before the due date a partner counts as "due soon": a week, but two days for a
 * weekly cadence, where a week's warning would make every partner due soon at all times.
 */
export function dueSoonWindow(cadence: Cadence): number {
  return cadence === 'weekly' ? 2 : 7;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export interface CadenceStanding {
  dueDate: string | null;
  daysSince: number | null;
  status: CadenceStatus;
}

/**
 * Where a partner stands on `today`. A contact due today is still "due soon", not overdue: the
 * day is not over. `none` is untracked whatever the history; no contact at all is "never" (due
 * at once, so it has no due date of its own).
 */
export function cadenceStanding(
  lastContact: string | null,
  cadence: Cadence,
  today: string,
): CadenceStanding {
  const daysSince = lastContact === null ? null : daysBetween(lastContact, today);
  if (cadence === 'none') return { dueDate: null, daysSince, status: 'untracked' };
  if (lastContact === null) return { dueDate: null, daysSince, status: 'never' };
  const dueDate = dueDateAfter(lastContact, cadence);
  if (dueDate === null) return { dueDate, daysSince, status: 'untracked' };
  const left = daysBetween(today, dueDate);
  const status: CadenceStatus =
    left < 0 ? 'overdue' : left <= dueSoonWindow(cadence) ? 'due_soon' : 'on_track';
  return { dueDate, daysSince, status };
}

/** Most urgent first: overdue, never contacted, due soon, on track, untracked. */
export const CADENCE_URGENCY: Record<CadenceStatus, number> = {
  overdue: 0,
  never: 1,
  due_soon: 2,
  on_track: 3,
  untracked: 4,
};

/**
 * Orders partners most urgent first; within a status the earliest due date first (the longest
 * overdue leads), then by name.
 */
export function byUrgency<
  T extends { status: CadenceStatus; dueDate: string | null; name: string },
>(a: T, b: T): number {
  return (
    CADENCE_URGENCY[a.status] - CADENCE_URGENCY[b.status] ||
    (a.dueDate ?? '').localeCompare(b.dueDate ?? '') ||
    a.name.localeCompare(b.name)
  );
}
