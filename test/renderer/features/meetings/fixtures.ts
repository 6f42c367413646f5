import { getLocalTimeZone, today } from '@internationalized/date';
import type { MeetingDraft } from '../../../../shared/contract';
import type { TestCore } from '../../../helpers/core';

/** A day counted from the laptop's today, as the screens count "upcoming" from it. */
export const dayFromToday = (days: number) => today(getLocalTimeZone()).add({ days }).toString();

/** A one-off meeting next week, its agenda from the English template. */
export function createMeeting(core: TestCore, draft: Partial<MeetingDraft> = {}) {
  return core.ok('meeting.create', {
    title: 'Housing First committee',
    kind: 'committee',
    date: dayFromToday(7),
    startTime: '10:00',
    endTime: '11:30',
    timeZone: 'America/Toronto',
    language: 'en',
    ...draft,
  });
}

/** A meeting with exactly these items, in this order (the template's items removed). */
export async function meetingWithItems(
  core: TestCore,
  items: { title: string; plannedMinutes: number }[],
  draft: Partial<MeetingDraft> = {},
) {
  const meeting = await createMeeting(core, draft);
  const { items: template } = await core.ok('meeting.get', { id: meeting.id });
  for (const item of template) await core.ok('agenda.delete', { id: item.id });
  for (const item of items) await core.ok('agenda.add', { meetingId: meeting.id, item });
  return meeting;
}

export async function agendaTitles(core: TestCore, meetingId: string) {
  return (await core.ok('meeting.get', { id: meetingId })).items.map((item) => item.title);
}
