import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AttendanceStatus } from '../../../../shared/contract';
import { makeTestCore, type TestCore } from '../../../helpers/core';
import { biweekly } from '../../../helpers/meetings';
import { orgs } from '../../../helpers/partners';
import { renderApp } from '../../../helpers/render';
import { axeViolations } from './fixtures';

/** Holds a meeting (started, then ended) with each agency marked as given. */
async function hold(core: TestCore, meetingId: string, statuses: Record<string, AttendanceStatus>) {
  for (const [organizationId, status] of Object.entries(statuses)) {
    await core.ok('attendance.add', { meetingId, organizationId, status });
  }
  await core.ok('run.start', { meetingId });
  await core.ok('run.end', { meetingId });
}

/** Four meetings of a biweekly series: the shelter came to all, the police to the first only. */
async function consultation(core: TestCore) {
  const [shelter, health, police] = await orgs(
    core,
    'Shelter North',
    'Community Health',
    'Police Liaison',
  );
  const { series, firstMeeting } = await core.ok(
    'series.create',
    biweekly({ startDate: '2026-09-01' }),
  );
  const meetings = [firstMeeting.id];
  for (const originalDate of ['2026-09-15', '2026-09-29', '2026-10-13']) {
    const meeting = await core.ok('series.prepareOccurrence', {
      id: series.id,
      originalDate,
      language: 'en',
    });
    meetings.push(meeting.id);
  }
  await hold(core, meetings[0]!, {
    [shelter]: 'present',
    [health]: 'present',
    [police]: 'present',
  });
  await hold(core, meetings[1]!, { [shelter]: 'present', [health]: 'regrets', [police]: 'absent' });
  await hold(core, meetings[2]!, { [shelter]: 'present', [health]: 'present', [police]: 'absent' });
  await hold(core, meetings[3]!, { [shelter]: 'present', [health]: 'absent', [police]: 'absent' });
  return { series, shelter, health, police };
}

const row = (name: string) =>
  screen.getByRole('rowheader', { name }).closest('tr') as HTMLTableRowElement;

describe('participation screen', () => {
  it('shows each agency’s attendance in a series and names those that missed three in a row', async () => {
    const core = makeTestCore();
    const { police } = await consultation(core);
    await core.ok('series.create', biweekly({ title: 'Housing First committee' }));
    const { container, user } = await renderApp({ path: '/partners/participation', core });

    const series = await screen.findByRole('button', { name: /Series/ });
    expect(series).toHaveTextContent('Complex case consultation');
    expect(await screen.findByText('4 meetings of this series held so far.')).toBeVisible();

    const table = screen.getByRole('table', {
      name: 'Participation of each agency in Complex case consultation',
    });
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((h) => h.textContent),
    ).toEqual(['Community Health', 'Police Liaison', 'Shelter North']);
    const cells = (name: string) =>
      within(row(name))
        .getAllByRole('cell')
        .map((cell) => cell.textContent);
    expect(cells('Shelter North')).toEqual([
      '4 of 4',
      '0',
      '100% every meeting',
      'Tue, Oct 13, 2026',
      '0',
    ]);
    expect(cells('Community Health')).toEqual([
      '2 of 4',
      '1',
      '50% half the meetings',
      'Tue, Sep 29, 2026',
      '1',
    ]);
    expect(cells('Police Liaison')).toEqual([
      '1 of 4',
      '0',
      '25% some meetings',
      'Tue, Sep 1, 2026',
      '⚠ 3 — follow up',
    ]);

    const missing = screen.getByRole('region', { name: 'Missed 3 or more in a row' });
    const named = within(missing).getAllByRole('listitem');
    expect(named.map((li) => li.textContent)).toEqual([
      'Police Liaison — missed the last 3 meetings in a row; last attended: Tue, Sep 1, 2026',
    ]);
    expect(within(missing).getByRole('link', { name: 'Police Liaison' })).toHaveAttribute(
      'href',
      `/directory/organizations/${police}`,
    );
    expect(await axeViolations(container)).toEqual([]);

    // Another series, not yet held.
    await user.click(series);
    await user.click(await screen.findByRole('option', { name: 'Housing First committee' }));
    expect(
      await screen.findByText(
        'No meeting of this series has been held yet: participation is counted once meetings start.',
      ),
    ).toBeVisible();
    expect(screen.queryByRole('table')).toBeNull();
  }, 30_000);

  it('says when no agency missed three in a row, and when there is no series', async () => {
    const core = makeTestCore();
    const [shelter] = await orgs(core, 'Shelter North');
    const { firstMeeting } = await core.ok('series.create', biweekly({ startDate: '2026-09-01' }));
    await hold(core, firstMeeting.id, { [shelter]: 'present' });
    const first = await renderApp({ path: '/partners/participation', core });
    expect(await screen.findByText('No agency has missed 3 meetings in a row.')).toBeVisible();
    expect(within(row('Shelter North')).getAllByRole('cell')[0]).toHaveTextContent('1 of 1');
    first.unmount();

    const { container } = await renderApp({ path: '/partners/participation' });
    expect(await screen.findByText(/^No series yet\./)).toBeVisible();
    expect(screen.getByRole('link', { name: 'Go to Meetings' })).toHaveAttribute(
      'href',
      '/meetings',
    );
    expect(await axeViolations(container)).toEqual([]);
  });
});
