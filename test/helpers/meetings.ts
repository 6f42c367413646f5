import type { MeetingDraft, SeriesDraft } from '../../shared/contract';
import type { TestCore } from './core';

/**
 * Meeting fixtures. The test clock starts on Monday 2026-11-23 at 9:00 in Toronto (14:00 UTC);
 * Toronto is on EST (UTC−5) all winter.
 */
export const TORONTO = 'America/Toronto';

/** A one-off committee meeting on Tuesday 2026-12-01, 9:30–11:00 in Toronto. */
export const oneOff = (overrides: Partial<MeetingDraft> = {}): MeetingDraft => ({
  title: 'Housing First committee',
  kind: 'committee',
  date: '2026-12-01',
  startTime: '09:30',
  endTime: '11:00',
  timeZone: TORONTO,
  language: 'en',
  ...overrides,
});

/** A case consultation every two weeks from Tuesday 2026-12-01, 9:30–11:00 in Toronto. */
export const biweekly = (overrides: Partial<SeriesDraft> = {}): SeriesDraft => ({
  title: 'Complex case consultation',
  kind: 'case_consultation',
  rrule: 'FREQ=WEEKLY;INTERVAL=2',
  startDate: '2026-12-01',
  startTime: '09:30',
  endTime: '11:00',
  timeZone: TORONTO,
  language: 'en',
  ...overrides,
});

/** Its first dates: every other Tuesday. */
export const BIWEEKLY_DATES = ['2026-12-01', '2026-12-15', '2026-12-29', '2027-01-12'];

/** Epoch ms of a wall-clock time in Toronto in winter (UTC−5). */
export const torontoWinter = (date: string, time: string) => Date.parse(`${date}T${time}:00-05:00`);

/** Every `data.changed` payload the core sends from now on. */
export function changes(core: TestCore): string[][] {
  const seen: string[][] = [];
  core.onEvent((e) => {
    if (e.event === 'data.changed') seen.push((e.payload as { domains: string[] }).domains);
  });
  return seen;
}

/** A series with its first meeting prepared, and the agencies and people tests invite. */
export async function seriesWithPartners(core: TestCore, draft: Partial<SeriesDraft> = {}) {
  const shelter = await core.ok('org.create', { name: 'Shelter North', shortName: 'SN' });
  const health = await core.ok('org.create', { name: 'Community Health' });
  const ana = await core.ok('person.create', {
    name: 'Ana Tremblay',
    membership: { organizationId: shelter.id },
  });
  const { series, firstMeeting } = await core.ok('series.create', biweekly(draft));
  return { shelter, health, ana, series, firstMeeting };
}
