import type { Meeting, Series, meetingsContract } from '../../../shared/contract';
import { addMinutes, minutesBetween } from '../../../shared/domain/calendar-day';
import type { SeriesRecurrence } from '../../../shared/domain/recurrence';
import { AppError } from '../../../shared/errors';
import type { CoreContext, HandlersFor } from '../context';
import { meetingsRepo, type MeetingRecord } from '../db/repos/meetings';
import { seriesRepo } from '../db/repos/series';
import { assertTimesExist, withInstants } from './new-records';
import {
  assertDateFree,
  assertRuleDate,
  occurrenceOn,
  occurrenceView,
  storedRecurrence,
} from './occurrences';
import { prepareMeeting } from './prepare-occurrence';
import { found } from './require';
import { writer } from './write';

const write = writer('meetings');

interface OccurrenceRef {
  id: string;
  originalDate: string;
}

/**
 * Loads a series and checks that `originalDate` is one of its rule's dates. The occurrence's
 * meeting, if prepared, must not have started: what took place cannot be moved or called off.
 */
function loadOccurrence(ctx: CoreContext, { id, originalDate }: OccurrenceRef) {
  const series = found(seriesRepo(ctx.db).get(id), 'series', id);
  const recurrence = storedRecurrence(ctx.db, series);
  assertRuleDate(recurrence, originalDate, ['originalDate']);
  const meeting = meetingsRepo(ctx.db).byOccurrence(id, originalDate);
  return { series, recurrence, meeting };
}

function assertNotTakenPlace(meeting: Meeting | undefined): void {
  if (meeting && (meeting.status === 'in_progress' || meeting.status === 'ended')) {
    throw new AppError('conflict', 'This meeting has already started; it can no longer change.');
  }
}

/** The occurrence as it now stands, re-read with the exception just recorded. */
function viewAfterChange(ctx: CoreContext, series: Series, originalDate: string) {
  const recurrence: SeriesRecurrence = storedRecurrence(ctx.db, series);
  return occurrenceView(ctx.db, series.id, occurrenceOn(recurrence, originalDate));
}

function saveMeeting(ctx: CoreContext, meeting: MeetingRecord, changes: Partial<Meeting>) {
  meetingsRepo(ctx.db).update(withInstants({ ...meeting, ...changes, updatedAt: ctx.clock.now() }));
}

export const occurrenceHandlers: HandlersFor<
  Pick<
    typeof meetingsContract,
    | 'series.moveOccurrence'
    | 'series.cancelOccurrence'
    | 'series.restoreOccurrence'
    | 'series.prepareOccurrence'
  >
> = {
  'series.moveOccurrence': ({ date, time, ...ref }, ctx) =>
    write(ctx, () => {
      const { series, recurrence, meeting } = loadOccurrence(ctx, ref);
      if (occurrenceOn(recurrence, ref.originalDate).status === 'cancelled') {
        throw new AppError('conflict', 'This meeting is cancelled; restore it before moving it.');
      }
      assertNotTakenPlace(meeting);
      // The meeting keeps its length (its own, if prepared), on the day it moves to.
      const length = meeting
        ? minutesBetween(meeting.startTime, meeting.endTime)
        : minutesBetween(series.startTime, series.endTime);
      const endTime = addMinutes(time, length);
      if (endTime === null) {
        throw new AppError('invalid_input', 'At this time the meeting would end after midnight.', [
          { path: ['time'], message: 'endTimeBeforeStart' },
        ]);
      }
      assertTimesExist({ date, startTime: time, endTime, timeZone: series.timeZone }, () => [
        'time',
      ]);
      assertDateFree(recurrence, ref.originalDate, date, ['date']);
      const repo = seriesRepo(ctx.db);
      if (date === ref.originalDate && time === series.startTime) {
        repo.removeException(series.id, ref.originalDate);
      } else {
        repo.putException(series.id, {
          date: ref.originalDate,
          kind: 'moved',
          movedTo: { date, time },
        });
      }
      if (meeting) {
        saveMeeting(ctx, meeting, { date, startTime: time, endTime, timeZone: series.timeZone });
      }
      return viewAfterChange(ctx, series, ref.originalDate);
    }),

  'series.cancelOccurrence': (ref, ctx) =>
    write(ctx, () => {
      const { series, meeting } = loadOccurrence(ctx, ref);
      assertNotTakenPlace(meeting);
      seriesRepo(ctx.db).putException(series.id, { date: ref.originalDate, kind: 'cancelled' });
      // The prepared meeting stays (agenda, invitations) so that a restore brings it all back.
      if (meeting && meeting.status !== 'cancelled') {
        saveMeeting(ctx, meeting, { status: 'cancelled' });
      }
      return viewAfterChange(ctx, series, ref.originalDate);
    }),

  'series.restoreOccurrence': (ref, ctx) =>
    write(ctx, () => {
      const { series, recurrence, meeting } = loadOccurrence(ctx, ref);
      assertNotTakenPlace(meeting);
      const wasChanged = occurrenceOn(recurrence, ref.originalDate).status !== 'scheduled';
      // Back on its own date, which another occurrence may have been moved to since.
      assertDateFree(recurrence, ref.originalDate, ref.originalDate, ['originalDate']);
      seriesRepo(ctx.db).removeException(series.id, ref.originalDate);
      if (meeting && wasChanged) {
        saveMeeting(ctx, meeting, {
          status: 'planned',
          date: ref.originalDate,
          startTime: series.startTime,
          endTime: series.endTime,
          timeZone: series.timeZone,
        });
      }
      return viewAfterChange(ctx, series, ref.originalDate);
    }),

  'series.prepareOccurrence': ({ language, ...ref }, ctx) =>
    write(ctx, () => {
      const { series, recurrence, meeting } = loadOccurrence(ctx, ref);
      if (meeting) return meeting;
      const occurrence = occurrenceOn(recurrence, ref.originalDate);
      if (occurrence.status === 'cancelled') {
        throw new AppError(
          'conflict',
          'This meeting is cancelled; restore it before preparing it.',
        );
      }
      return prepareMeeting(ctx, series, occurrence, { language });
    }),
};
