import type { Meeting, Series } from '../../../shared/contract';
import { isOccurrenceDate, type SeriesException } from '../../../shared/domain/recurrence';
import type { CoreContext } from '../context';
import { meetingsRepo, type MeetingRecord } from '../db/repos/meetings';
import { seriesRepo } from '../db/repos/series';
import { withInstants } from './new-records';
import { recurrenceOf } from './occurrences';

/** Details a prepared meeting copies from its series, and follows unless edited on its own. */
const INHERITED = ['title', 'kind', 'location', 'goal', 'chairId', 'noteTakerId'] as const;

const TIMING = ['rrule', 'startDate', 'startTime', 'endTime', 'timeZone'] as const;

/** A meeting that has started or ended is a record of what happened: a series change leaves it. */
const isUpcoming = (m: Meeting) => m.status === 'planned' || m.status === 'cancelled';

function inheritedChanges(before: Series, after: Series, meeting: Meeting): Partial<Meeting> {
  const changes: Partial<Meeting> = {};
  for (const field of INHERITED) {
    if (before[field] !== after[field] && meeting[field] === before[field]) {
      Object.assign(changes, { [field]: after[field] });
    }
  }
  return changes;
}

/**
 * After `series.update`, the series' upcoming meetings (planned or cancelled, never those that
 * have started or ended) follow it:
 *
 * - Details they copied (title, kind, location, goal, chair, note-taker) follow unless the meeting
 *   had its own value.
 * - When the schedule changed (rule, start date, times, time zone): a meeting whose original date
 *   the new rule still gives takes the series' new times on that date, or keeps its moved date
 *   and time (the move was deliberate) in the series' new zone. One whose date the rule no longer
 *   gives leaves the series: a planned one stays where it is as a one-off meeting, its agenda
 *   kept; a cancelled one is deleted, as it was not going to happen. Moves and cancellations of
 *   dates the rule no longer gives are forgotten.
 */
export function followSeries(ctx: CoreContext, before: Series, after: Series): void {
  const series = seriesRepo(ctx.db);
  const meetings = meetingsRepo(ctx.db);
  const exceptions = series.exceptions(after.id);
  const recurrence = recurrenceOf(after, exceptions);
  const timingChanged = TIMING.some((field) => before[field] !== after[field]);
  const movedTo = new Map(
    exceptions.flatMap((e: SeriesException) => (e.kind === 'moved' ? [[e.date, e.movedTo]] : [])),
  );
  const now = ctx.clock.now();

  for (const meeting of meetings.ofSeries(after.id).filter(isUpcoming)) {
    const date = meeting.occurrenceDate ?? meeting.date;
    if (timingChanged && !isOccurrenceDate(recurrence, date)) {
      if (meeting.status === 'cancelled') meetings.remove(meeting.id);
      else meetings.update({ ...meeting, seriesId: null, occurrenceDate: null, updatedAt: now });
      continue;
    }
    const next: MeetingRecord = { ...meeting, ...inheritedChanges(before, after, meeting) };
    if (timingChanged) {
      const moved = movedTo.get(date);
      Object.assign(
        next,
        moved
          ? { timeZone: after.timeZone }
          : { date, startTime: after.startTime, endTime: after.endTime, timeZone: after.timeZone },
      );
    }
    const placed = withInstants(next);
    const changed = (Object.keys(placed) as (keyof MeetingRecord)[]).some(
      (field) => placed[field] !== meeting[field],
    );
    if (changed) meetings.update({ ...placed, updatedAt: now });
  }

  if (timingChanged) {
    for (const exception of exceptions) {
      if (!isOccurrenceDate(recurrence, exception.date)) {
        series.removeException(after.id, exception.date);
      }
    }
  }
}
