import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { makeTestCore } from '../../../helpers/core';
import { renderApp } from '../../../helpers/render';
import { createMeeting, dayFromToday } from './fixtures';

describe('meetings screen', () => {
  it('is home: lists coming meetings, past ones and the series with their next meeting', async () => {
    const core = makeTestCore();
    await createMeeting(core, { title: 'Housing First committee', date: dayFromToday(3) });
    await createMeeting(core, { title: 'Last month’s committee', date: dayFromToday(-20) });
    await core.ok('series.create', {
      title: 'Downtown case consultation',
      kind: 'case_consultation',
      rrule: 'FREQ=WEEKLY;INTERVAL=2',
      startDate: dayFromToday(2),
      startTime: '09:30',
      endTime: '11:00',
      timeZone: 'America/Toronto',
      language: 'en',
    });
    await renderApp({ path: '/meetings', core });

    expect(await screen.findByRole('heading', { level: 1, name: 'Meetings' })).toBeVisible();
    const upcoming = await screen.findByRole('table', { name: 'Upcoming meetings' });
    const upcomingLinks = within(upcoming)
      .getAllByRole('link')
      .map((l) => l.textContent);
    expect(upcomingLinks).toEqual(['Downtown case consultation', 'Housing First committee']);
    const past = screen.getByRole('table', { name: 'Past meetings' });
    expect(within(past).getByRole('link', { name: 'Last month’s committee' })).toBeVisible();
    const series = screen.getByRole('table', { name: 'Recurring series' });
    expect(within(series).getByText(/^Every two weeks, on /)).toBeVisible();
  });

  it('lists a meeting ended today under past meetings, not upcoming', async () => {
    const core = makeTestCore();
    const held = await createMeeting(core, { title: 'Morning committee', date: dayFromToday(0) });
    await core.ok('run.start', { meetingId: held.id });
    await core.ok('run.end', { meetingId: held.id });
    await createMeeting(core, { title: 'Next committee', date: dayFromToday(3) });
    await renderApp({ path: '/meetings', core });

    const upcoming = await screen.findByRole('table', { name: 'Upcoming meetings' });
    expect(
      within(upcoming)
        .getAllByRole('link')
        .map((l) => l.textContent),
    ).toEqual(['Next committee']);
    const past = screen.getByRole('table', { name: 'Past meetings' });
    expect(within(past).getByRole('link', { name: 'Morning committee' })).toBeVisible();
    expect(within(past).getByText('Ended')).toBeVisible();
  });

  it('creates a one-off meeting and opens it', async () => {
    const { user, core } = await renderApp({ path: '/meetings' });
    await user.click(await screen.findByRole('button', { name: 'New meeting' }));
    const dialog = await screen.findByRole('dialog', { name: 'New meeting' });
    await user.type(within(dialog).getByRole('textbox', { name: /^Title/ }), 'Speed networking');
    await user.click(within(dialog).getByRole('button', { name: 'Create meeting' }));
    expect(await screen.findByRole('button', { name: /Start meeting/ })).toBeVisible();
    const [meeting] = await core.ok('meeting.list', {});
    expect(meeting).toMatchObject({
      title: 'Speed networking',
      startTime: '09:30',
      endTime: '11:00',
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    });
  });

  it('asks before starting another day’s meeting, with a clear way not to', async () => {
    const core = makeTestCore();
    const meeting = await createMeeting(core, { date: dayFromToday(7) });
    const { user } = await renderApp({ path: `/meetings/${meeting.id}`, core });
    await user.click(await screen.findByRole('button', { name: /Start meeting/ }));
    const dialog = await screen.findByRole('alertdialog');
    await user.click(within(dialog).getByRole('button', { name: 'Don’t start' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect((await core.ok('meeting.get', { id: meeting.id })).meeting.status).toBe('planned');
  });

  it('speaks French, with “1er” for the first of the month', async () => {
    const core = makeTestCore();
    const meeting = await createMeeting(core, { date: '2027-02-01', title: 'Comité logement' });
    await renderApp({ path: `/meetings/${meeting.id}`, core, settings: { language: 'fr' } });
    expect(await screen.findByRole('button', { name: /Commencer la réunion/ })).toBeVisible();
    expect(screen.getByText(/lundi 1er février 2027/)).toBeVisible();
    expect(screen.getByRole('heading', { name: 'Ordre du jour' })).toBeVisible();
  });

  it('exports a meeting to a calendar file', async () => {
    const core = makeTestCore();
    const meeting = await createMeeting(core);
    const { user } = await renderApp({ path: `/meetings/${meeting.id}`, core });
    const clicks: string[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicks.push(this.download);
    });
    await user.click(await screen.findByRole('button', { name: 'Export to calendar (.ics)' }));
    expect(await screen.findByText(/\.ics\. Open it/)).toBeVisible();
    expect(clicks).toEqual([expect.stringMatching(/\.ics$/)]);
    click.mockRestore();
  });
});
