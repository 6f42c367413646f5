import type { Language, Meeting, Series } from '../../../shared/contract';
import { addMinutes, minutesBetween } from '../../../shared/domain/calendar-day';
import type { Occurrence } from '../../../shared/domain/recurrence';
import type { CoreContext } from '../context';
import { meetingsRepo } from '../db/repos/meetings';
import { addTemplateAgenda, copyInvitations, insertMeeting } from './new-records';

/** A moved occurrence keeps the series' length; one that would run past midnight stops there. */
export function endTimeAt(series: Series, startTime: string): string {
  return addMinutes(startTime, minutesBetween(series.startTime, series.endTime)) ?? '23:59';
}

/**
 * Creates the meeting of an occurrence (not cancelled, not yet prepared): the series' details at
 * the occurrence's date and time, the previous meeting's invitations, and the template agenda
 * unless `agenda` is null (carry-forward brings its own).
 */
export function prepareMeeting(
  ctx: CoreContext,
  series: Series,
  occurrence: Occurrence,
  agenda: { language: Language } | null,
): Meeting {
  const meeting = insertMeeting(
    ctx,
    {
      title: series.title,
      kind: series.kind,
      date: occurrence.date,
      startTime: occurrence.time,
      endTime: occurrence.status === 'moved' ? endTimeAt(series, occurrence.time) : series.endTime,
      timeZone: series.timeZone,
      location: series.location,
      goal: series.goal,
      chairId: series.chairId,
      noteTakerId: series.noteTakerId,
    },
    { seriesId: series.id, occurrenceDate: occurrence.originalDate },
  );
  if (agenda) addTemplateAgenda(ctx, meeting.id, series.kind, agenda.language);
  const previous = meetingsRepo(ctx.db).previousInSeries(series.id, occurrence.originalDate);
  if (previous) copyInvitations(ctx, previous.id, meeting.id);
  return meeting;
}
