import type { Meeting, meetingsContract } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import type { CoreContext, HandlersFor } from '../context';
import { meetingsRepo } from '../db/repos/meetings';
import { seriesRepo } from '../db/repos/series';
import { meetingDetail } from './meeting-detail';
import { assertDateFree, storedRecurrence } from './occurrences';
import { addTemplateAgenda, assertTimesExist, insertMeeting, withInstants } from './new-records';
import { assertPeopleExist } from './references';
import { found } from './require';
import { stripUndefined } from './strip-undefined';
import { writer } from './write';

const write = writer('meetings');

/**
 * A series meeting given another date or start is that occurrence moved: the series records it,
 * so its list and its calendar export agree with the meeting. Back at the rule's own date and
 * time, the move is forgotten. A cancelled meeting stays cancelled.
 */
function recordOccurrenceMove(ctx: CoreContext, meeting: Meeting): void {
  if (meeting.status === 'cancelled' || !meeting.seriesId || !meeting.occurrenceDate) return;
  const repo = seriesRepo(ctx.db);
  const series = repo.get(meeting.seriesId);
  if (!series) return;
  const { occurrenceDate: date, date: movedDate, startTime: movedTime } = meeting;
  assertDateFree(storedRecurrence(ctx.db, series), date, movedDate, ['changes', 'date']);
  if (movedDate === date && movedTime === series.startTime) {
    repo.removeException(series.id, date);
  } else {
    repo.putException(series.id, {
      date,
      kind: 'moved',
      movedTo: { date: movedDate, time: movedTime },
    });
  }
}

export const meetingHandlers: HandlersFor<
  Pick<
    typeof meetingsContract,
    'meeting.list' | 'meeting.get' | 'meeting.create' | 'meeting.update' | 'meeting.delete'
  >
> = {
  'meeting.list': (filter, { db }) => meetingsRepo(db).list(filter),

  'meeting.get': ({ id }, ctx) => meetingDetail(ctx, id),

  'meeting.create': ({ language, ...fields }, ctx) =>
    write(ctx, () => {
      assertPeopleExist(ctx, fields.chairId, fields.noteTakerId);
      assertTimesExist(fields);
      const meeting = insertMeeting(ctx, fields, { seriesId: null, occurrenceDate: null });
      addTemplateAgenda(ctx, meeting.id, meeting.kind, language);
      return meeting;
    }),

  'meeting.update': ({ id, changes }, ctx) =>
    write(ctx, () => {
      const repo = meetingsRepo(ctx.db);
      const current = found(repo.get(id), 'meeting', id);
      assertPeopleExist(ctx, changes.chairId, changes.noteTakerId);
      const next: Meeting = withInstants({
        ...current,
        ...stripUndefined(changes),
        updatedAt: ctx.clock.now(),
      });
      // The contract checks the pair only when both are given; one alone meets the stored other.
      if (next.endTime <= next.startTime) {
        throw new AppError('invalid_input', 'The meeting ends before it starts.', [
          { path: ['changes', 'endTime'], message: 'endTimeBeforeStart' },
        ]);
      }
      const retimed = (['date', 'startTime', 'endTime', 'timeZone'] as const).some(
        (field) => next[field] !== current[field],
      );
      if (retimed) assertTimesExist(next, (field) => ['changes', field]);
      repo.update(next);
      if (next.date !== current.date || next.startTime !== current.startTime) {
        recordOccurrenceMove(ctx, next);
      }
      return next;
    }),

  'meeting.delete': ({ id }, ctx) =>
    write(ctx, () => {
      const repo = meetingsRepo(ctx.db);
      const meeting = found(repo.get(id), 'meeting', id);
      if (meeting.status === 'in_progress') {
        throw new AppError('conflict', 'This meeting is in progress; end it before deleting it.');
      }
      // Its agenda and attendance go with it; items parked from it stay in the parking lot.
      repo.remove(id);
      return { id };
    }),
};
