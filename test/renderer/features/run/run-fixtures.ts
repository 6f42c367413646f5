import { vi } from 'vitest';
import type { ItemKind, Meeting } from '../../../../shared/contract';
import type { TestCore } from '../../../helpers/core';

/** 9:00 in Toronto on the fake clock's first day: the meetings below are scheduled for then. */
export const NINE_AM = Date.UTC(2026, 10, 23, 14, 0);

export interface SeedItem {
  title: string;
  minutes: number;
  kind?: ItemKind;
}

/**
 * A one-off meeting with exactly `items` on its agenda: the template it is made from is set to
 * them first (a meeting starts from its kind's template).
 */
export async function seedMeeting(
  core: TestCore,
  items: SeedItem[],
  options: { guests?: string[]; goal?: string } = {},
): Promise<Meeting> {
  await core.ok('template.save', {
    kind: 'other',
    language: 'en',
    items: items.map((item) => ({
      title: item.title,
      kind: item.kind ?? 'discussion',
      plannedMinutes: item.minutes,
      recurring: false,
    })),
  });
  const meeting = await core.ok('meeting.create', {
    title: 'Housing First committee',
    kind: 'other',
    date: '2026-11-23',
    startTime: '09:00',
    endTime: '10:30',
    timeZone: 'America/Toronto',
    goal: options.goal ?? 'Agree on the winter shelter plan',
    language: 'en',
  });
  for (const guestName of options.guests ?? []) {
    await core.ok('attendance.add', { meetingId: meeting.id, guestName, status: 'present' });
  }
  return meeting;
}

/**
 * The renderer draws countdowns from `Date.now()` on animation frames; in these tests the page's
 * clock is the core's fake clock, so advancing it moves both, exactly as wall time would.
 */
export function followCoreClock(core: TestCore) {
  vi.spyOn(Date, 'now').mockImplementation(() => core.clock.now());
}
