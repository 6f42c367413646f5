import axe from 'axe-core';
import type { MeetingDraft } from '../../../../shared/contract';
import type { TestCore } from '../../../helpers/core';
import { dayFromToday } from '../meetings/fixtures';

/** A speed-networking event next week, 13:30–15:00 (time for about nine 7-minute rounds). */
export function createEvent(core: TestCore, draft: Partial<MeetingDraft> = {}) {
  return core.ok('meeting.create', {
    title: 'Spring partner networking',
    kind: 'speed_networking',
    date: dayFromToday(7),
    startTime: '13:30',
    endTime: '15:00',
    timeZone: 'America/Toronto',
    language: 'en',
    ...draft,
  });
}

/** Adds people typed in, each `[name, agency]`, all present. */
export async function addPeople(core: TestCore, meetingId: string, people: [string, string][]) {
  for (const [name, agency] of people) {
    await core.ok('networking.addParticipant', { meetingId, participant: { name, agency } });
  }
  return core.ok('networking.get', { meetingId });
}

/** Nine people from four agencies: the issue's own example. */
export const NINE: [string, string][] = [
  ['Ana Roy', 'Shelter North'],
  ['Ben Cote', 'Shelter North'],
  ['Chloé Gagnon', 'Police liaison'],
  ['Dev Patel', 'Police liaison'],
  ['Emma Lavoie', 'Health clinic'],
  ['Farid Haddad', 'Health clinic'],
  ['Gina Morin', 'Employment services'],
  ['Hugo Bélanger', 'Employment services'],
  ['Inès Caron', 'Employment services'],
];

/** What axe finds wrong (colour contrast needs real layout, which jsdom has not). */
export async function axeViolations(container: Element) {
  const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
}
