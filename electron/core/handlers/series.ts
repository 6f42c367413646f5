import type { Series, meetingsContract } from '../../../shared/contract';
import { dayIn } from '../../../shared/domain/calendar-day';
import { occurrences, parseRule, type Occurrence } from '../../../shared/domain/recurrence';
import { AppError } from '../../../shared/errors';
import type { HandlersFor } from '../context';
import { agendaItemsRepo } from '../db/repos/agenda-items';
import { meetingsRepo } from '../db/repos/meetings';
import { seriesRepo } from '../db/repos/series';
import {
  assertValidSeries,
  nextNotCancelled,
  occurrenceOn,
  occurrenceView,
  recurrenceOf,
  storedRecurrence,
} from './occurrences';
import { assertTimesExist } from './new-records';
import { prepareMeeting } from './prepare-occurrence';
import { assertPeopleExist } from './references';
import { found } from './require';
import { followSeries } from './series-follow';
import { stripUndefined } from './strip-undefined';
import { writer } from './write';

const write = writer('meetings');

/** Stored as the rule parser writes it (upper case, no "RRULE:" prefix), as calendars expect. */
function normalisedRule(rrule: string): string {
  const parsed = parseRule(rrule);
  return parsed.ok ? parsed.value.rule : rrule;
}

export const seriesHandlers: HandlersFor<
  Pick<
    typeof meetingsContract,
    'series.list' | 'series.get' | 'series.create' | 'series.update' | 'series.delete'
  >
> = {
  'series.list': (_input, { db, clock }) =>
    seriesRepo(db)
      .list()
      .map(({ series, parkedCount }) => {
        // A meeting already held today is behind the chair, not ahead: the next one is after it.
        const meetings = meetingsRepo(db);
        const held = (o: Occurrence) =>
          meetings.byOccurrence(series.id, o.originalDate)?.status === 'ended';
        const next = nextNotCancelled(
          storedRecurrence(db, series),
          dayIn(clock.now(), series.timeZone),
          held,
        );
        return {
          ...series,
          next: next ? occurrenceView(db, series.id, next) : null,
          parkedCount,
        };
      }),

  'series.get': ({ id, from, count = 8 }, { db, clock }) => {
    const series = found(seriesRepo(db).get(id), 'series', id);
    const upcoming = occurrences(storedRecurrence(db, series), {
      count,
      from: from ?? dayIn(clock.now(), series.timeZone),
    });
    return {
      series,
      occurrences: upcoming.map((o) => occurrenceView(db, id, o)),
      parkingLot: agendaItemsRepo(db).parkingLot(id),
    };
  },

  'series.create': ({ language, ...draft }, ctx) =>
    write(ctx, () => {
      const now = ctx.clock.now();
      const series: Series = {
        id: ctx.newId(),
        ...draft,
        rrule: normalisedRule(draft.rrule),
        createdAt: now,
        updatedAt: now,
      };
      const recurrence = recurrenceOf(series, []);
      assertValidSeries(recurrence);
      assertPeopleExist(ctx, series.chairId, series.noteTakerId);
      assertTimesExist({ ...series, date: series.startDate });
      seriesRepo(ctx.db).insert(series);
      const first = occurrenceOn(recurrence, series.startDate);
      const firstMeeting = prepareMeeting(ctx, series, first, { language });
      return { series, firstMeeting };
    }),

  'series.update': ({ id, changes }, ctx) =>
    write(ctx, () => {
      const repo = seriesRepo(ctx.db);
      const before = found(repo.get(id), 'series', id);
      const after: Series = { ...before, ...stripUndefined(changes), updatedAt: ctx.clock.now() };
      after.rrule = normalisedRule(after.rrule);
      // The contract checks the pair only when both are given; one alone meets the stored other.
      if (after.endTime <= after.startTime) {
        throw new AppError('invalid_input', 'The meeting ends before it starts.', [
          { path: ['changes', 'endTime'], message: 'endTimeBeforeStart' },
        ]);
      }
      assertValidSeries(recurrenceOf(after, repo.exceptions(id)), ['changes']);
      const retimed = (['startDate', 'startTime', 'endTime', 'timeZone'] as const).some(
        (field) => after[field] !== before[field],
      );
      if (retimed) {
        assertTimesExist({ ...after, date: after.startDate }, (field) => ['changes', field]);
      }
      assertPeopleExist(ctx, changes.chairId, changes.noteTakerId);
      repo.update(after);
      followSeries(ctx, before, after);
      return after;
    }),

  'series.delete': ({ id }, ctx) =>
    write(ctx, () => {
      const repo = seriesRepo(ctx.db);
      found(repo.get(id), 'series', id);
      const meetings = meetingsRepo(ctx.db);
      const now = ctx.clock.now();
      for (const meeting of meetings.ofSeries(id)) {
        // What has taken place (or is under way) is history: kept, as a meeting on its own.
        if (meeting.status === 'planned' || meeting.status === 'cancelled') {
          meetings.remove(meeting.id);
        } else {
          meetings.update({ ...meeting, seriesId: null, occurrenceDate: null, updatedAt: now });
        }
      }
      // Its exceptions and parking lot go with it (ON DELETE CASCADE).
      repo.remove(id);
      return { id };
    }),
};
