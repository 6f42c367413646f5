import type { Language, Meeting, meetingsContract } from '../../../shared/contract';
import { addDays } from '../../../shared/domain/calendar-day';
import { proposeCarryForward, type CarriedItem } from '../../../shared/domain/carry-forward';
import { defaultConfidentiality } from '../../../shared/domain/item-confidentiality';
import { AppError } from '../../../shared/errors';
import type { CoreContext, HandlersFor } from '../context';
import { agendaItemsRepo } from '../db/repos/agenda-items';
import { meetingsRepo } from '../db/repos/meetings';
import { seriesRepo } from '../db/repos/series';
import { dueCases } from '../cases/due';
import { assertCaseLink, assertPresentersExist } from './agenda';
import { insertItem } from './new-records';
import {
  assertRuleDate,
  nextNotCancelled,
  occurrenceOn,
  occurrenceView,
  storedRecurrence,
} from './occurrences';
import { prepareMeeting } from './prepare-occurrence';
import { found } from './require';
import { writer } from './write';

const write = writer('meetings');

/** The action review carry-forward adds, titled as the shipped templates title it. */
const REVIEW_TITLE: Record<Language, string> = {
  en: 'Review of open actions',
  fr: 'Suivi des actions en cours',
};

/** A meeting of a series, with its series: only those have a next meeting. */
function seriesMeeting(ctx: CoreContext, meetingId: string) {
  const meeting = found(meetingsRepo(ctx.db).get(meetingId), 'meeting', meetingId);
  if (meeting.seriesId === null || meeting.occurrenceDate === null) {
    throw new AppError('conflict', 'This meeting is not part of a series: it has no next meeting.');
  }
  const series = found(seriesRepo(ctx.db).get(meeting.seriesId), 'series', meeting.seriesId);
  return { meeting: meeting as Meeting & { occurrenceDate: string }, series };
}

/**
 * What a prepared next meeting already has from this one: items carried before (by their source)
 * and an action review. Proposing or accepting twice must not double the next agenda.
 */
function alreadyCarried(ctx: CoreContext, targetId: string | undefined) {
  const existing = targetId ? agendaItemsRepo(ctx.db).listByMeeting(targetId) : [];
  const sources = new Set(existing.flatMap((item) => item.sourceItemId ?? []));
  const hasReview = existing.some((item) => item.kind === 'action_review');
  const cases = new Set(existing.flatMap((item) => item.caseId ?? []));
  return (item: { fromItemId?: string | null; reason: string; caseId?: string | null }) =>
    (item.fromItemId != null && sources.has(item.fromItemId)) ||
    (item.reason === 'action_review' && hasReview) ||
    (item.reason === 'case_due' && item.caseId != null && cases.has(item.caseId));
}

/** Minutes a due case is given on the proposed agenda: case reviews are time-boxed per case. */
const CASE_DUE_MINUTES = 10;

/**
 * At a case consultation, the open cases due for review by the next meeting join its agenda
 * (those not on it already): titled by their code alone, internal, after the last case review
 * proposed (else before the action review, else last).
 */
function withDueCases(items: CarriedItem[], ctx: CoreContext, by: string): CarriedItem[] {
  const listed = new Set(items.flatMap((item) => item.caseId ?? []));
  const due: CarriedItem[] = dueCases(ctx.db, by)
    .filter((c) => !listed.has(c.id))
    .map((c) => ({
      title: c.code,
      kind: 'case_review',
      presenterPersonId: null,
      presenterOrganizationId: null,
      plannedMinutes: CASE_DUE_MINUTES,
      notes: null,
      status: 'pending',
      recurring: false,
      speakerSeconds: null,
      confidentiality: defaultConfidentiality('case_review'),
      caseId: c.id,
      reason: 'case_due',
      fromItemId: null,
    }));
  const lastReview = items.findLastIndex((item) => item.kind === 'case_review');
  const actionReview = items.findIndex((item) => item.kind === 'action_review');
  const at = lastReview >= 0 ? lastReview + 1 : actionReview >= 0 ? actionReview : items.length;
  return items.toSpliced(at, 0, ...due);
}

export const carryForwardHandlers: HandlersFor<
  Pick<typeof meetingsContract, 'meeting.proposeNext' | 'meeting.acceptNext'>
> = {
  'meeting.proposeNext': ({ meetingId, language }, ctx) => {
    const { meeting, series } = seriesMeeting(ctx, meetingId);
    const next = nextNotCancelled(
      storedRecurrence(ctx.db, series),
      addDays(meeting.occurrenceDate, 1),
    );
    if (!next) throw new AppError('conflict', 'The series has no further meeting.');
    const items = agendaItemsRepo(ctx.db);
    const occurrence = occurrenceView(ctx.db, series.id, next);
    const carried = alreadyCarried(ctx, occurrence.meetingId ?? undefined);
    const proposed = proposeCarryForward(items.listByMeeting(meetingId), {
      reviewTitle: REVIEW_TITLE[language],
      parkedItemIds: items.parkedItemIdsOf(meetingId),
    });
    return {
      seriesId: series.id,
      occurrence,
      items: (series.kind === 'case_consultation'
        ? withDueCases(proposed, ctx, occurrence.date)
        : proposed
      ).filter((item) => !carried(item)),
    };
  },

  'meeting.acceptNext': ({ meetingId, originalDate, items }, ctx) =>
    write(ctx, () => {
      const { series } = seriesMeeting(ctx, meetingId);
      const recurrence = storedRecurrence(ctx.db, series);
      assertRuleDate(recurrence, originalDate, ['originalDate']);
      const occurrence = occurrenceOn(recurrence, originalDate);
      if (occurrence.status === 'cancelled') {
        throw new AppError('conflict', 'That meeting is cancelled; restore it first.');
      }
      items.forEach((item, i) => {
        assertPresentersExist(ctx, item);
        assertCaseLink(ctx, item, ['items', i, 'caseId']);
      });
      const meetings = meetingsRepo(ctx.db);
      const prepared = meetings.byOccurrence(series.id, originalDate);
      if (prepared?.status === 'ended') {
        throw new AppError('conflict', 'That meeting has already taken place.');
      }
      // The proposal is the agenda: a meeting prepared now gets no template on top of it.
      const target = prepared ?? prepareMeeting(ctx, series, occurrence, null);
      const repo = agendaItemsRepo(ctx.db);
      const carried = alreadyCarried(ctx, prepared?.id);
      let position = repo.endOfMeeting(target.id);
      for (const { reason: _reason, fromItemId, ...fields } of items.filter((i) => !carried(i))) {
        insertItem(
          ctx,
          { ...fields, status: 'pending' },
          { meetingId: target.id, seriesId: null, position: position++ },
          { sourceItemId: fromItemId, parkedFromMeetingId: null },
        );
      }
      return found(meetings.get(target.id), 'meeting', target.id);
    }),
};
