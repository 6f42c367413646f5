import type { OccurrenceView, Series } from '../../../shared/contract';
import { addDays } from '../../../shared/domain/calendar-day';
import {
  checkSeries,
  isOccurrenceDate,
  occurrences,
  type LocalDate,
  type Occurrence,
  type RuleError,
  type SeriesException,
  type SeriesRecurrence,
} from '../../../shared/domain/recurrence';
import { AppError } from '../../../shared/errors';
import type { Db } from '../db/open';
import { meetingsRepo } from '../db/repos/meetings';
import { seriesRepo } from '../db/repos/series';

/** The series as the recurrence rules see it, with its moves and cancellations. */
export function recurrenceOf(
  series: Series,
  exceptions: readonly SeriesException[],
): SeriesRecurrence {
  return {
    rrule: series.rrule,
    start: { date: series.startDate, time: series.startTime },
    timeZone: series.timeZone,
    exceptions,
  };
}

export function storedRecurrence(db: Db, series: Series): SeriesRecurrence {
  return recurrenceOf(series, seriesRepo(db).exceptions(series.id));
}

/** A rule that does not fit its start, as the validation error the form shows. */
export function seriesProblem(problem: RuleError, path: (string | number)[]): AppError {
  const startNotOnRule = problem.code === 'conflict' && problem.part === null;
  return new AppError('invalid_input', problem.message, [
    startNotOnRule
      ? { path: [...path, 'startDate'], message: 'notOnRule' }
      : { path: [...path, 'rrule'], message: 'invalidRule' },
  ]);
}

export function assertValidSeries(recurrence: SeriesRecurrence, path: (string | number)[] = []) {
  const problem = checkSeries(recurrence);
  if (problem) throw seriesProblem(problem, path);
}

/** Only a date the rule gives can be moved, cancelled, restored or prepared. */
export function assertRuleDate(recurrence: SeriesRecurrence, date: LocalDate, path: string[]) {
  if (!isOccurrenceDate(recurrence, date)) {
    throw new AppError('invalid_input', `The series does not meet on ${date}.`, [
      { path, message: 'notOnRule' },
    ]);
  }
}

/**
 * Refuses to put the occurrence of `originalDate` on `date` when another occurrence of the series
 * (not cancelled) already takes place that day, on its own date or moved there: two meetings of
 * one series on a day is a double booking, not a move.
 */
export function assertDateFree(
  recurrence: SeriesRecurrence,
  originalDate: LocalDate,
  date: LocalDate,
  path: (string | number)[],
): void {
  const movedThere = (recurrence.exceptions ?? []).some(
    (e) => e.kind === 'moved' && e.date !== originalDate && e.movedTo.date === date,
  );
  const ownThere =
    date !== originalDate &&
    isOccurrenceDate(recurrence, date) &&
    occurrenceOn(recurrence, date).status === 'scheduled';
  if (movedThere || ownThere) {
    throw new AppError(
      'conflict',
      'Another meeting of this series is on that date: move or cancel it first.',
      [{ path, message: 'dateTaken' }],
    );
  }
}

/** The occurrence the rule gives on `originalDate` (which must be a rule date), as it stands. */
export function occurrenceOn(recurrence: SeriesRecurrence, originalDate: LocalDate): Occurrence {
  const [occurrence] = occurrences(recurrence, { count: 1, from: originalDate });
  if (occurrence?.originalDate !== originalDate) {
    throw new RangeError(`${originalDate} is not a date of the series`);
  }
  return occurrence;
}

/** An occurrence with the meeting prepared for it, if any. */
export function occurrenceView(db: Db, seriesId: string, occurrence: Occurrence): OccurrenceView {
  const meeting = meetingsRepo(db).byOccurrence(seriesId, occurrence.originalDate);
  return { ...occurrence, meetingId: meeting?.id ?? null, meetingStatus: meeting?.status ?? null };
}

/** The first look is short (the next meeting is nearly always the next date or the one after)… */
const FIRST_BATCH = 4;
/** …and each further look doubles, up to this many dates. */
const MAX_BATCH = 64;
/** About a thousand dates in a row all cancelled means the series has stopped. */
const MAX_LOOKS = 20;

/**
 * The first occurrence, by the rule's order, whose original date is on or after `from` and that
 * is not cancelled (nor `skipped`); null when the rule has ended. Every meeting's screen and
 * every run command asks this, so it expands only a few dates unless many are cancelled.
 */
export function nextNotCancelled(
  recurrence: SeriesRecurrence,
  from: LocalDate,
  skipped: (o: Occurrence) => boolean = () => false,
): Occurrence | null {
  let after = from;
  let batch = FIRST_BATCH;
  for (let look = 0; look < MAX_LOOKS; look++) {
    const found = occurrences(recurrence, { count: batch, from: after }).sort((a, b) =>
      a.originalDate.localeCompare(b.originalDate),
    );
    const next = found.find((o) => o.status !== 'cancelled' && !skipped(o));
    if (next) return next;
    const last = found.at(-1);
    if (found.length < batch || !last) return null;
    after = addDays(last.originalDate, 1);
    batch = Math.min(batch * 2, MAX_BATCH);
  }
  return null;
}
