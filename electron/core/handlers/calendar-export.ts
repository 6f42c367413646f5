import type { meetingsContract } from '../../../shared/contract';
import type { HandlersFor } from '../context';
import { agendaItemsRepo } from '../db/repos/agenda-items';
import { meetingsRepo } from '../db/repos/meetings';
import { seriesRepo } from '../db/repos/series';
import { icsFilename, meetingIcs, seriesIcs } from '../ics';
import { found } from './require';

/**
 * The invitation's text: the goal, then the agenda with each item's minutes, so that partners
 * see in their calendar what the meeting is for and what it will go through.
 */
function invitationText(goal: string, items: { title: string; plannedMinutes: number }[]) {
  const agenda = items.map((item) => `• ${item.title} (${item.plannedMinutes} min)`);
  return [goal.trim(), agenda.join('\n')].filter((part) => part !== '').join('\n\n');
}

export const calendarExportHandlers: HandlersFor<
  Pick<typeof meetingsContract, 'meeting.exportIcs' | 'series.exportIcs'>
> = {
  'meeting.exportIcs': ({ id }, { db }) => {
    const meeting = found(meetingsRepo(db).get(id), 'meeting', id);
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
        description: invitationText(meeting.goal, items),
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
