import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeTestCore } from '../../../helpers/core';
import { renderApp } from '../../../helpers/render';
import { createMeeting, dayFromToday } from '../meetings/fixtures';
import { axeViolations, createEvent } from './setup-fixtures';

describe('speed-networking events', () => {
  it('lists the networking events coming up and held, and nothing else', async () => {
    const core = makeTestCore();
    await createEvent(core, { title: 'Spring partner networking' });
    await createEvent(core, { title: 'Winter networking', date: dayFromToday(-30) });
    await createMeeting(core, { title: 'Housing First committee' });
    const { container } = await renderApp({ path: '/networking', core });

    const upcoming = await screen.findByRole('table', { name: 'Upcoming events' });
    expect(within(upcoming).getByRole('link', { name: 'Spring partner networking' })).toBeVisible();
    const past = screen.getByRole('table', { name: 'Past events' });
    expect(within(past).getByRole('link', { name: 'Winter networking' })).toBeVisible();
    expect(screen.queryByText('Housing First committee')).not.toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('creates an event of the networking kind and opens its setup', async () => {
    const { user, core } = await renderApp({ path: '/networking' });
    expect(await screen.findByText('No speed-networking event is planned.')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'New speed-networking event' }));
    const dialog = await screen.findByRole('dialog', { name: 'New speed-networking event' });
    await user.type(within(dialog).getByRole('textbox', { name: /^Title/ }), 'Fall networking');
    await user.click(within(dialog).getByRole('button', { name: 'Create the event' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Fall networking' })).toBeVisible();
    expect(screen.getByRole('heading', { level: 2, name: 'Participants' })).toBeVisible();
    const meetings = await core.ok('meeting.list', {});
    expect(meetings).toMatchObject([{ title: 'Fall networking', kind: 'speed_networking' }]);
  });

  it('links a networking meeting’s own screen to its session', async () => {
    const core = makeTestCore();
    const event = await createEvent(core);
    const { user } = await renderApp({ path: `/meetings/${event.id}`, core });
    await user.click(await screen.findByRole('link', { name: /Open the networking session/ }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Spring partner networking' }),
    ).toBeVisible();
    expect(screen.getByRole('button', { name: 'Plan the rounds' })).toBeDisabled();
  });
});
