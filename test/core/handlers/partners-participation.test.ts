import { describe, expect, it } from 'vitest';
import type { AttendanceStatus } from '../../../shared/contract';
import { makeTestCore, type TestCore } from '../../helpers/core';
import { biweekly } from '../../helpers/meetings';
import { orgs } from '../../helpers/partners';

/** Sets each agency's row on a meeting's list (adding it when missing). */
async function mark(core: TestCore, meetingId: string, statuses: Record<string, AttendanceStatus>) {
  const { attendance } = await core.ok('meeting.get', { id: meetingId });
  for (const [organizationId, status] of Object.entries(statuses)) {
    const row = attendance.find((a) => a.organizationId === organizationId);
    if (row) await core.ok('attendance.setStatus', { id: row.id, status });
    else await core.ok('attendance.add', { meetingId, organizationId, status });
  }
}

async function hold(core: TestCore, meetingId: string, statuses: Record<string, AttendanceStatus>) {
  await mark(core, meetingId, statuses);
  await core.ok('run.start', { meetingId });
  await core.ok('run.end', { meetingId });
}

describe('participation.series', () => {
  it('counts each agency from the first meeting it was invited to, with its rate, regrets, last attended and misses in a row', async () => {
    const core = makeTestCore();
    const [A, B, C, D, Other] = await orgs(
      core,
      'Shelter North',
      'Community Health',
      'Police Liaison',
      'Drop-in Centre',
      'Elsewhere',
    );
    const { series, firstMeeting } = await core.ok(
      'series.create',
      biweekly({ startDate: '2026-08-04' }),
    );
    const dates = [
      '2026-08-04',
      '2026-08-18',
      '2026-09-01',
      '2026-09-15',
      '2026-09-29',
      '2026-10-13',
    ];
    const meetings = [firstMeeting.id];
    for (const originalDate of dates.slice(1)) {
      const meeting = await core.ok('series.prepareOccurrence', {
        id: series.id,
        originalDate,
        language: 'en',
      });
      meetings.push(meeting.id);
    }
    const present = 'present' as const;
    const absent = 'absent' as const;
    await hold(core, meetings[0]!, { [A]: present, [B]: present, [C]: 'regrets' });
    await hold(core, meetings[1]!, { [A]: present, [B]: present, [C]: 'expected' });
    await hold(core, meetings[2]!, { [A]: present, [B]: 'regrets', [C]: absent });
    await hold(core, meetings[3]!, { [A]: present, [B]: absent, [C]: absent, [D]: absent });
    await hold(core, meetings[4]!, { [A]: present, [B]: absent, [C]: absent, [D]: present });
    await hold(core, meetings[5]!, { [A]: present, [B]: absent, [C]: absent, [D]: absent });
    // Neither a cancelled meeting nor one not yet held counts.
    const cancelled = await core.ok('series.prepareOccurrence', {
      id: series.id,
      originalDate: '2026-10-27',
      language: 'en',
    });
    await mark(core, cancelled.id, { [A]: absent, [Other]: present });
    await core.ok('series.cancelOccurrence', { id: series.id, originalDate: '2026-10-27' });
    const planned = await core.ok('series.prepareOccurrence', {
      id: series.id,
      originalDate: '2026-11-10',
      language: 'en',
    });
    await mark(core, planned.id, { [A]: absent, [Other]: present });

    expect(await core.ok('participation.series', { seriesId: series.id })).toEqual({
      seriesId: series.id,
      seriesTitle: 'Complex case consultation',
      held: 6,
      agencies: [
        {
          organizationId: C,
          name: 'Police Liaison',
          held: 6,
          attended: 0,
          regrets: 1,
          rate: 0,
          lastAttended: null,
          missedInARow: 6,
        },
        {
          organizationId: B,
          name: 'Community Health',
          held: 6,
          attended: 2,
          regrets: 1,
          rate: 2 / 6,
          lastAttended: '2026-08-18',
          missedInARow: 4,
        },
        {
          organizationId: D,
          name: 'Drop-in Centre',
          held: 3,
          attended: 1,
          regrets: 0,
          rate: 1 / 3,
          lastAttended: '2026-09-29',
          missedInARow: 1,
        },
        {
          organizationId: A,
          name: 'Shelter North',
          held: 6,
          attended: 6,
          regrets: 0,
          rate: 1,
          lastAttended: '2026-10-13',
          missedInARow: 0,
        },
      ],
    });

    // An archived agency is nobody to invite again.
    await core.ok('org.setArchived', { id: C, archived: true });
    const after = await core.ok('participation.series', { seriesId: series.id });
    expect(after.agencies.map((a) => a.organizationId)).toEqual([B, D, A]);
  });

  it('is empty for a series not yet held, and refuses an unknown series', async () => {
    const core = makeTestCore();
    const { series } = await core.ok('series.create', biweekly());
    expect(await core.ok('participation.series', { seriesId: series.id })).toEqual({
      seriesId: series.id,
      seriesTitle: 'Complex case consultation',
      held: 0,
      agencies: [],
    });
    expect(await core.fails('participation.series', { seriesId: 'nope' })).toMatchObject({
      code: 'not_found',
    });
  });
});
