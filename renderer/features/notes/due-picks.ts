import { addDays } from '../../../shared/domain/calendar-day';

export type DuePickKind = 'nextMeeting' | 'oneWeek' | 'twoWeeks';

export interface DuePick {
  kind: DuePickKind;
  /** `YYYY-MM-DD`. */
  date: string;
}

/** A week after a day, counted in calendar days so a clock change does not move it. */
export const inWeeks = (from: string, weeks: number): string => addDays(from, weeks * 7);

/**
 * The due dates a note-taker picks with one press: the series' next meeting (when there is one),
 * and one or two weeks from the meeting's own date — not from today, so writing the notes up a
 * day later gives the same dates as taking them in the room.
 */
export function duePicks(meetingDate: string, nextMeetingDate: string | null): DuePick[] {
  const picks: DuePick[] = [];
  if (nextMeetingDate !== null) picks.push({ kind: 'nextMeeting', date: nextMeetingDate });
  picks.push({ kind: 'oneWeek', date: inWeeks(meetingDate, 1) });
  picks.push({ kind: 'twoWeeks', date: inWeeks(meetingDate, 2) });
  return picks;
}

/**
 * Whether an action is late on `today`: still open and due before it (both `YYYY-MM-DD`, so they
 * compare as text) — the core's "overdue" filter, for display.
 */
export const isOverdue = (
  action: { status: string; dueDate: string | null },
  today: string,
): boolean => action.status === 'open' && action.dueDate !== null && action.dueDate < today;
