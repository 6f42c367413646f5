import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeTestCore } from '../../../helpers/core';
import { renderApp } from '../../../helpers/render';
import { agendaTitles, dayFromToday } from './fixtures';

async function weeklySeries(startDay = 1) {
  const core = makeTestCore();
  const created = await core.ok('series.create', {
    title: 'Interagency breakfast',
    kind: 'interagency',
    rrule: 'FREQ=WEEKLY',
    startDate: dayFromToday(startDay),
    startTime: '08:30',
    endTime: '10:00',
    timeZone: 'America/Toronto',
    language: 'en',
  });
  return { core, ...created };
}

const occurrenceRows = () =>
  within(screen.getByRole('table', { name: 'Coming meetings' }))
    .getAllByRole('row')
    .slice(1);

describe('series screen', () => {
  it('cancels an occurrence with an Undo, and prepares another', async () => {
    const { core, series } = await weeklySeries();
    const { user } = await renderApp({ path: `/meetings/series/${series.id}`, core });
    await screen.findByRole('heading', { level: 1, name: /Interagency breakfast/ });

    const [first, second, third] = occurrenceRows();
    expect(within(first!).getByRole('link', { name: /^Agenda prepared/ })).toBeVisible();
    await user.click(within(second!).getByRole('button', { name: /^Cancel meeting/ }));
    const toast = await screen.findByRole('alertdialog', { name: /is cancelled/ });
    expect(await within(occurrenceRows()[1]!).findByText('Cancelled')).toBeVisible();
    let { occurrences } = await core.ok('series.get', { id: series.id, from: dayFromToday(0) });
    expect(occurrences[1]?.status).toBe('cancelled');

    await user.click(within(toast).getByRole('button', { name: 'Undo' }));
    expect(await within(occurrenceRows()[1]!).findByText('As planned')).toBeVisible();
    ({ occurrences } = await core.ok('series.get', { id: series.id, from: dayFromToday(0) }));
    expect(occurrences[1]?.status).toBe('scheduled');

    await user.click(within(third!).getByRole('button', { name: /^Prepare/ }));
    // The prepared meeting opens, ready to start.
    expect(await screen.findByRole('button', { name: /Start meeting/ })).toBeVisible();
    expect(screen.getByRole('heading', { level: 1, name: /Interagency breakfast/ })).toBeVisible();
    expect(await core.ok('meeting.list', { seriesId: series.id })).toHaveLength(2);
  }, 15_000);

  it('shows a meeting held today as ended, not as planned', async () => {
    const { core, series, firstMeeting } = await weeklySeries(0);
    await core.ok('run.start', { meetingId: firstMeeting.id });
    await core.ok('run.end', { meetingId: firstMeeting.id });
    await renderApp({ path: `/meetings/series/${series.id}`, core });
    await screen.findByRole('heading', { level: 1, name: /Interagency breakfast/ });

    const [held, next] = occurrenceRows();
    const status = (row: HTMLElement) => row.querySelectorAll('td')[0]?.textContent;
    expect(status(held!)).toBe('Ended');
    expect(status(next!)).toBe('As planned');
  });

  it('refuses to move a meeting onto a day another meeting of the series holds, saying so', async () => {
    const { core, series } = await weeklySeries();
    const { user } = await renderApp({ path: `/meetings/series/${series.id}`, core });
    await screen.findByRole('heading', { level: 1, name: /Interagency breakfast/ });

    await user.click(within(occurrenceRows()[1]!).getByRole('button', { name: /^Move/ }));
    const dialog = await screen.findByRole('dialog', { name: /^Move the meeting/ });
    // The third meeting's date, a week later: typed segment by segment.
    const [year, month, day] = dayFromToday(15).split('-') as [string, string, string];
    for (const [segment, value] of [
      ['year', year],
      ['month', month],
      ['day', day],
    ] as const) {
      await user.click(within(dialog).getByRole('spinbutton', { name: new RegExp(`^${segment}`) }));
      await user.keyboard(value);
    }
    await user.click(within(dialog).getByRole('button', { name: 'Move meeting' }));
    expect(
      await within(dialog).findByText(
        'Another meeting of this series is on that date: move or cancel it first.',
      ),
    ).toBeVisible();
    const { occurrences } = await core.ok('series.get', { id: series.id, from: dayFromToday(0) });
    expect(occurrences.map((o) => o.status)).not.toContain('moved');
  });

  it('keeps items in the parking lot and pulls one into a prepared meeting', async () => {
    const { core, series, firstMeeting } = await weeklySeries();
    const { user } = await renderApp({ path: `/meetings/series/${series.id}`, core });

    await user.click(await screen.findByRole('button', { name: 'Add to the parking lot' }));
    const adding = await screen.findByRole('dialog', { name: 'Add to the parking lot' });
    await user.type(
      within(adding).getByRole('textbox', { name: /^Title/ }),
      'Youth shelter opening hours',
    );
    await user.click(within(adding).getByRole('button', { name: 'Add item' }));
    expect(await screen.findByText('Youth shelter opening hours')).toBeVisible();

    await user.click(screen.getByRole('button', { name: /^Add to a meeting/ }));
    const pulling = await screen.findByRole('dialog', { name: /to a meeting$/ });
    await user.click(within(pulling).getByRole('button', { name: 'Add to this meeting' }));
    expect(await screen.findByText('No items waiting.')).toBeVisible();
    expect((await agendaTitles(core, firstMeeting.id)).at(-1)).toBe('Youth shelter opening hours');
  }, 15_000);
});
