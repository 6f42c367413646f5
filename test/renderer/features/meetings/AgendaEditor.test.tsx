import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeTestCore } from '../../../helpers/core';
import { renderApp } from '../../../helpers/render';
import { agendaTitles, meetingWithItems } from './fixtures';

const agenda = () => screen.getByRole('grid', { name: 'Agenda' });
const row = (title: string) =>
  within(agenda())
    .getAllByRole('row')
    .find((r) => within(r).queryByText(title, { selector: '.agenda-item__title' }))!;

describe('agenda editor', () => {
  it('adds an item and edits it', async () => {
    const core = makeTestCore();
    const meeting = await meetingWithItems(core, [{ title: 'Welcome', plannedMinutes: 5 }]);
    const { user } = await renderApp({ path: `/meetings/${meeting.id}`, core });

    await user.click(await screen.findByRole('button', { name: 'Add item' }));
    const adding = await screen.findByRole('dialog', { name: 'Add an agenda item' });
    await user.type(within(adding).getByRole('textbox', { name: /^Title/ }), 'Housing update');
    const minutes = within(adding).getByRole('textbox', { name: /^Minutes/ });
    await user.clear(minutes);
    await user.type(minutes, '15');
    await user.click(within(adding).getByRole('button', { name: 'Add item' }));
    expect(await screen.findByText('Housing update')).toBeVisible();
    expect(await agendaTitles(core, meeting.id)).toEqual(['Welcome', 'Housing update']);

    await user.click(within(row('Housing update')).getByRole('button', { name: /^Edit/ }));
    const editing = await screen.findByRole('dialog', { name: 'Edit agenda item' });
    const title = within(editing).getByRole('textbox', { name: /^Title/ });
    await user.clear(title);
    await user.type(title, 'Housing First update');
    await user.click(within(editing).getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Housing First update')).toBeVisible();
    const [, edited] = (await core.ok('meeting.get', { id: meeting.id })).items;
    expect(edited).toMatchObject({ title: 'Housing First update', plannedMinutes: 15 });
  }, 15_000);

  it('deletes an item with an Undo that brings it back in its place', async () => {
    const core = makeTestCore();
    const meeting = await meetingWithItems(core, [
      { title: 'Welcome', plannedMinutes: 5 },
      { title: 'Housing update', plannedMinutes: 15 },
      { title: 'Next meeting', plannedMinutes: 5 },
    ]);
    const { user } = await renderApp({ path: `/meetings/${meeting.id}`, core });

    await user.click(
      within(await screen.findByRole('row', { name: /^Housing update/ })).getByRole('button', {
        name: /^Delete/,
      }),
    );
    const toast = await screen.findByRole('alertdialog', { name: /removed from the agenda/ });
    expect(await agendaTitles(core, meeting.id)).toEqual(['Welcome', 'Next meeting']);
    expect(screen.queryByText('Housing update')).not.toBeInTheDocument();
    // Focus goes to the next item rather than being lost with the deleted one.
    expect(row('Next meeting')).toHaveFocus();

    await user.click(within(toast).getByRole('button', { name: 'Undo' }));
    expect(await screen.findByText('Housing update')).toBeVisible();
    expect(await agendaTitles(core, meeting.id)).toEqual([
      'Welcome',
      'Housing update',
      'Next meeting',
    ]);
  });

  it('refuses minutes that are not whole, inline and translated', async () => {
    const core = makeTestCore();
    const meeting = await meetingWithItems(core, []);
    const { user } = await renderApp({ path: `/meetings/${meeting.id}`, core });
    await user.click(await screen.findByRole('button', { name: 'Add item' }));
    const adding = await screen.findByRole('dialog', { name: 'Add an agenda item' });
    await user.type(within(adding).getByRole('textbox', { name: /^Title/ }), 'Break');
    const minutes = within(adding).getByRole('textbox', { name: /^Minutes/ });
    await user.clear(minutes);
    await user.type(minutes, '7.5');
    await user.click(within(adding).getByRole('button', { name: 'Add item' }));
    expect(minutes).toHaveAccessibleDescription(/Enter whole minutes between 0 and 1440\./);
    expect(await agendaTitles(core, meeting.id)).toEqual([]);
  });

  it('moves an item down with Alt+Down arrow, saves the order and keeps focus on it', async () => {
    const core = makeTestCore();
    const meeting = await meetingWithItems(core, [
      { title: 'Welcome', plannedMinutes: 5 },
      { title: 'Round of updates', plannedMinutes: 20 },
      { title: 'Case reviews', plannedMinutes: 30 },
    ]);
    const { user } = await renderApp({ path: `/meetings/${meeting.id}`, core });
    await screen.findByText('Case reviews');

    const welcome = row('Welcome');
    act(() => welcome.focus());
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');

    await expect
      .poll(() => agendaTitles(core, meeting.id))
      .toEqual(['Round of updates', 'Welcome', 'Case reviews']);
    const titles = within(agenda())
      .getAllByRole('row')
      .map((r) => r.querySelector('.agenda-item__title')?.textContent);
    expect(titles).toEqual(['Round of updates', 'Welcome', 'Case reviews']);
    expect(row('Welcome')).toHaveFocus();

    // The move buttons do the same, for people who use neither a mouse nor shortcuts.
    await user.click(
      within(row('Case reviews')).getByRole('button', { name: 'Move up: Case reviews' }),
    );
    await expect
      .poll(() => agendaTitles(core, meeting.id))
      .toEqual(['Round of updates', 'Case reviews', 'Welcome']);
  });

  it('says in words when the agenda runs over the meeting', async () => {
    const core = makeTestCore();
    const meeting = await meetingWithItems(core, [{ title: 'Presentation', plannedMinutes: 45 }], {
      startTime: '10:00',
      endTime: '10:30',
    });
    const { user } = await renderApp({ path: `/meetings/${meeting.id}`, core });

    expect(await screen.findByText('Planned: 45 min of 30 min')).toBeVisible();
    expect(screen.getByText('15 min over')).toBeVisible();

    // Deferring isn't available outside a series, but shortening the item is.
    await user.click(within(row('Presentation')).getByRole('button', { name: /^Edit/ }));
    const editing = await screen.findByRole('dialog', { name: 'Edit agenda item' });
    const minutes = within(editing).getByRole('textbox', { name: /^Minutes/ });
    await user.clear(minutes);
    await user.type(minutes, '25');
    await user.click(within(editing).getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('5 min to spare')).toBeVisible();
    expect(screen.queryByText(/over$/)).not.toBeInTheDocument();
  }, 15_000);
});
