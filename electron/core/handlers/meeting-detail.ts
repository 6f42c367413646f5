import type { Attendance, Meeting, MeetingDetail, MeetingStatus } from '../../../shared/contract';
import { addDays } from '../../../shared/domain/calendar-day';
import { seriesRepo } from '../db/repos/series';
import { nextNotCancelled, occurrenceView, storedRecurrence } from './occurrences';
import type { CoreContext } from '../context';
import { agendaItemsRepo } from '../db/repos/agenda-items';
import { attendanceRepo } from '../db/repos/attendance';
import { meetingsRepo } from '../db/repos/meetings';
import { runStateOf } from '../run/run-state';
import { found } from './require';

/**
 * Agencies invited (on the attendance list) with nobody present. Before the meeting starts
 * everyone is merely expected, so nobody is missing yet: the list is empty until then.
 */
export function unrepresentedAgencies(
  status: MeetingStatus,
  attendance: readonly Attendance[],
): MeetingDetail['unrepresented'] {
  if (status !== 'in_progress' && status !== 'ended') return [];
  const agencies = new Map<string, { id: string; name: string; present: boolean }>();
  for (const row of attendance) {
    if (row.organizationId === null) continue;
    const agency = agencies.get(row.organizationId) ?? {
      id: row.organizationId,
      name: row.organizationName ?? '',
      present: false,
    };
    agency.present ||= row.status === 'present';
    agencies.set(agency.id, agency);
  }
  return [...agencies.values()].filter((a) => !a.present).map(({ id, name }) => ({ id, name }));
}

/** Where the series meets next after this meeting (moved date included), for due dates and minutes. */
export function nextMeetingDate(ctx: CoreContext, meeting: Meeting): string | null {
  if (!meeting.seriesId || !meeting.occurrenceDate) return null;
  const series = seriesRepo(ctx.db).get(meeting.seriesId);
  if (!series) return null;
  const next = nextNotCancelled(
    storedRecurrence(ctx.db, series),
    addDays(meeting.occurrenceDate, 1),
  );
  return next ? occurrenceView(ctx.db, series.id, next).date : null;
}

/** Everything a meeting's screen shows, as every handler that changes a meeting returns it. */
export function meetingDetail(ctx: CoreContext, id: string): MeetingDetail {
  const meeting = found(meetingsRepo(ctx.db).get(id), 'meeting', id);
  const items = agendaItemsRepo(ctx.db).listByMeeting(id);
  const attendance = attendanceRepo(ctx.db).listByMeeting(id);
  return {
    meeting,
    ...meetingsRepo(ctx.db).labels(id),
    items,
    attendance,
    unrepresented: unrepresentedAgencies(meeting.status, attendance),
    run: runStateOf(ctx.db, meeting, items, attendance),
    notes: meetingsRepo(ctx.db).notes(id),
    nextMeetingDate: nextMeetingDate(ctx, meeting),
  };
}
