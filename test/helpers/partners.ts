import type { TestCore } from './core';
import { oneOff } from './meetings';

/** The test clock's day (Monday 2026-11-23, 14:00 UTC: the same day in any zone from UTC−14 to UTC+9). */
export const TODAY = '2026-11-23';

/**
 * A one-off meeting on `date` that was held (started, then ended unless `running`), with each of
 * `present` (organization ids) represented by an agency row marked present and each of `absent`
 * listed as absent.
 */
export async function heldMeeting(
  core: TestCore,
  date: string,
  {
    present = [],
    absent = [],
    running = false,
    title = 'Housing First committee',
  }: { present?: string[]; absent?: string[]; running?: boolean; title?: string } = {},
) {
  const meeting = await core.ok('meeting.create', oneOff({ date, title }));
  for (const organizationId of present) {
    await core.ok('attendance.add', {
      meetingId: meeting.id,
      organizationId,
      status: 'present',
    });
  }
  for (const organizationId of absent) {
    await core.ok('attendance.add', { meetingId: meeting.id, organizationId, status: 'absent' });
  }
  await core.ok('run.start', { meetingId: meeting.id });
  if (!running) await core.ok('run.end', { meetingId: meeting.id });
  return meeting;
}

/** Creates organizations with these names, in order; their ids in the same order. */
export async function orgs<const N extends readonly string[]>(
  core: TestCore,
  ...names: N
): Promise<{ [K in keyof N]: string }> {
  const ids: string[] = [];
  for (const name of names) ids.push((await core.ok('org.create', { name })).id);
  // One id per name, in order: the tuple the names make.
  return ids as { [K in keyof N]: string };
}
