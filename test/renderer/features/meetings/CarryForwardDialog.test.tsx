import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeTestCore } from '../../../helpers/core';
import { renderApp } from '../../../helpers/render';
import { agendaTitles, dayFromToday } from './fixtures';

/** A fortnightly series whose first meeting has run: two items discussed, one not. */
async function endedSeriesMeeting() {
  const core = makeTestCore();
  const { series, firstMeeting } = await core.ok('series.create', {
    title: 'Downtown case consultation',
    kind: 'case_consultation',
    rrule: 'FREQ=WEEKLY;INTERVAL=2',
    startDate: dayFromToday(-14),
    startTime: '09:30',
    endTime: '11:00',
    timeZone: 'America/Toronto',
    language: 'en',
  });
  const { items } = await core.ok('meeting.get', { id: firstMeeting.id });
  for (const item of items) await core.ok('agenda.delete', { id: item.id });
  const add = (title: string, recurring: boolean) =>
    core.ok('agenda.add', { meetingId: firstMeeting.id, item: { title, recurring } });
  await add('Welcome and goal', true);
  await add('Shelter capacity this winter', false);
  await add('Transit passes for participants', false);
  await core.ok('run.start', { meetingId: firstMeeting.id });
  await core.ok('run.next', { meetingId: firstMeeting.id });
  await core.ok('run.next', { meetingId: firstMeeting.id });
  await core.ok('run.end', { meetingId: firstMeeting.id });
  return { core, series, firstMeeting };
}

describe('carry-forward dialog', () => {
  it('proposes the next agenda with reasons, takes the chair’s edits and prepares it', async () => {
    const { core, series, firstMeeting } = await endedSeriesMeeting();
    const { user } = await renderApp({ path: `/meetings/${firstMeeting.id}`, core });

    await user.click(await screen.findByRole('button', { name: 'Prepare the next meeting' }));
    const dialog = await screen.findByRole('dialog', { name: 'Prepare the next meeting' });
    const list = await within(dialog).findByRole('list', { name: 'Proposed agenda' });
    const items = within(list).getAllByRole('listitem');
    const titleOf = (item: HTMLElement) =>
      within(item).getByRole<HTMLInputElement>('textbox', { name: /^Title/ }).value;
    expect(items.map(titleOf)).toEqual([
      'Welcome and goal',
      'Transit passes for participants',
      'Review of open actions',
    ]);
    expect(within(items[0]!).getByText('Standing item', { selector: 'p' })).toBeVisible();
    expect(within(items[1]!).getByText('Not discussed last time')).toBeVisible();
    expect(within(items[2]!).getByText('Review of open actions', { selector: 'p' })).toBeVisible();

    // The chair drops the action review, renames an item and gives it more time.
    await user.click(within(items[2]!).getByRole('button', { name: /^Remove/ }));
    const title = within(items[1]!).getByRole('textbox', { name: /^Title/ });
    await user.clear(title);
    await user.type(title, 'Transit passes: update from the city');
    const minutes = within(items[1]!).getByRole('textbox', { name: /^Minutes/ });
    await user.clear(minutes);
    await user.type(minutes, '20');
    await user.click(
      within(dialog).getByRole('button', { name: 'Accept and open the next meeting' }),
    );

    expect(
      await screen.findByRole('heading', { level: 1, name: /Downtown case consultation/ }),
    ).toBeVisible();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    const meetings = await core.ok('meeting.list', { seriesId: series.id });
    const next = meetings.find((m) => m.id !== firstMeeting.id)!;
    expect(next.date).toBe(dayFromToday(0));
    expect(await agendaTitles(core, next.id)).toEqual([
      'Welcome and goal',
      'Transit passes: update from the city',
    ]);
    const [, carried] = (await core.ok('meeting.get', { id: next.id })).items;
    expect(carried).toMatchObject({ plannedMinutes: 20, status: 'pending' });
  }, 20_000);

  it('can be skipped: nothing is prepared', async () => {
    const { core, series, firstMeeting } = await endedSeriesMeeting();
    const { user } = await renderApp({ path: `/meetings/${firstMeeting.id}`, core });
    await user.click(await screen.findByRole('button', { name: 'Prepare the next meeting' }));
    const dialog = await screen.findByRole('dialog', { name: 'Prepare the next meeting' });
    await user.click(await within(dialog).findByRole('button', { name: 'Not now' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(await core.ok('meeting.list', { seriesId: series.id })).toHaveLength(1);
  });
});
