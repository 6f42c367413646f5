import type { Language, meetingsContract } from '../../../shared/contract';
import type { HandlersFor } from '../context';
import { agendaItemsRepo, type AgendaItemRecord } from '../db/repos/agenda-items';
import { meetingsRepo } from '../db/repos/meetings';
import { seriesRepo } from '../db/repos/series';
import { icsFilename, meetingIcs, seriesIcs } from '../ics';
import { caseReviewTitle } from '../minutes/case-review';
import { currentSettings } from '../settings';
import { found } from './require';

const NOT_LISTED: Record<Language, (count: number) => string> = {
  en: (count) => `+ ${count} ${count === 1 ? 'item' : 'items'} not listed`,
  fr: (count) => `+ ${count} ${count === 1 ? 'point non listé' : 'points non listés'}`,
};

/**
 * The invitation's text: the goal, then the agenda with each item's minutes, so that partners
 * see in their calendar what the meeting is for and what it will go through. Invitations go to
 * every partner's calendar, so only shareable items are listed by title; a case review is listed
 * as its case code (its typed title could name the client), and other internal or confidential
 * items are only counted.
 */
function invitationText(
  goal: string,
  items: readonly AgendaItemRecord[],
  language: Language,
): string {
  const listed = items.flatMap((item) => {
    if (item.kind === 'case_review') return [{ ...item, title: caseReviewTitle(item, language) }];
    return item.confidentiality === 'shareable' ? [item] : [];
  });
  const agenda = listed.map((item) => `• ${item.title} (${item.plannedMinutes} min)`);
  const withheld = items.length - listed.length;
  if (withheld > 0) agenda.push(NOT_LISTED[language](withheld));
  return [goal.trim(), agenda.join('\n')].filter((part) => part !== '').join('\n\n');
}

export const calendarExportHandlers: HandlersFor<
  Pick<typeof meetingsContract, 'meeting.exportIcs' | 'series.exportIcs'>
> = {
  'meeting.exportIcs': ({ id }, { db }) => {
    const meeting = found(meetingsRepo(db).get(id), 'meeting', id);
    const { language } = currentSettings(db);
    const items = agendaItemsRepo(db)
      .listByMeeting(id)
      .filter((item) => item.status !== 'deferred');
    const series = meeting.seriesId === null ? undefined : seriesRepo(db).get(meeting.seriesId);
    const occurrenceOf =
      series && meeting.occurrenceDate !== null
        ? {
            seriesId: series.id,
            originalDate: meeting.occurrenceDate,
            seriesStartTime: series.startTime,
          }
        : undefined;
    return {
      ics: meetingIcs(meeting, {
        description: invitationText(meeting.goal, items, language),
        ...(occurrenceOf ? { occurrenceOf } : {}),
      }),
      filename: icsFilename(meeting.title, meeting.date),
    };
  },

  'series.exportIcs': ({ id }, { db, clock }) => {
    const repo = seriesRepo(db);
    const series = found(repo.get(id), 'series', id);
    return {
      ics: seriesIcs(series, repo.exceptions(id), clock.now()),
      filename: icsFilename(series.title),
    };
  },
};
