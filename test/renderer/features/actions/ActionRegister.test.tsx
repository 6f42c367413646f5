import axe from 'axe-core';
import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ActionDraft } from '../../../../shared/contract';
import { useLocation } from 'react-router';
import { AppRoutes } from '../../../../renderer/app/AppRoutes';
import { download } from '../../../../renderer/components/download';
import { makeTestCore, type TestCore } from '../../../helpers/core';
import { renderApp, renderWithProviders } from '../../../helpers/render';
import { createMeeting, dayFromToday } from '../meetings/fixtures';

vi.mock('../../../../renderer/components/download', () => ({ download: vi.fn() }));

/** A meeting with three open actions: one overdue, one due later, one with no date. */
async function register(core: TestCore = makeTestCore()) {
  const shelter = await core.ok('org.create', { name: 'Shelter North' });
  const health = await core.ok('org.create', { name: 'Community Health' });
  const ana = await core.ok('person.create', {
    name: 'Ana Tremblay',
    membership: { organizationId: shelter.id },
  });
  const meeting = await createMeeting(core, { title: 'Housing First committee' });
  const { items } = await core.ok('meeting.get', { id: meeting.id });
  const item = items[0]!;
  const add = (draft: Omit<ActionDraft, 'meetingId'>) =>
    core.ok('action.add', { meetingId: meeting.id, ...draft });
  const overdue = await add({
    itemId: item.id,
    description: 'Call the landlord',
    organizationId: shelter.id,
    personId: ana.id,
    dueDate: dayFromToday(-2),
  });
  const later = await add({
    description: 'Send the referral form',
    organizationId: health.id,
    personName: 'Dr. Lee',
    dueDate: dayFromToday(10),
  });
  const undated = await add({ description: 'Book a room for the workshop' });
  return { core, shelter, health, ana, meeting, item, overdue, later, undated };
}

/** What axe finds wrong (colour contrast needs real layout, which jsdom has not). */
async function axeViolations(container: Element) {
  const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
}
/** Where the app is, as a link to it would say. */
function Address() {
  const { pathname, search } = useLocation();
  return <p data-testid="address">{`${pathname}${search}`}</p>;
}

const rows = () =>
  within(screen.getByRole('table', { name: 'Actions' }))
    .getAllByRole('row')
    .slice(1);
const descriptions = () => rows().map((row) => within(row).getByRole('rowheader').textContent);

/** A filter's button is named by its value, then its label: "Open Status". */
const filter = (label: string) => screen.getByRole('button', { name: new RegExp(` ${label}$`) });

async function choose(user: UserEvent, label: string, option: string) {
  await user.click(filter(label));
  await user.click(await screen.findByRole('option', { name: option }));
}

describe('action register', () => {
  it('lists open actions soonest due first, says which are overdue in words, and links back', async () => {
    const { core, meeting, item } = await register();
    await renderApp({ path: '/actions', core });
    expect(await screen.findByRole('heading', { level: 1, name: 'Actions' })).toBeVisible();
    await screen.findByRole('table', { name: 'Actions' });
    expect(screen.getByText('3 actions')).toBeVisible();
    // Due dates first, soonest first; no date last.
    expect(descriptions()).toEqual([
      'Call the landlord',
      'Send the referral form',
      'Book a room for the workshop',
    ]);
    const [first, second] = rows();
    expect(within(first!).getByText('Overdue')).toBeVisible();
    expect(within(second!).queryByText('Overdue')).not.toBeInTheDocument();
    expect(within(first!).getByText('Shelter North')).toBeVisible();
    expect(within(first!).getByText('Ana Tremblay')).toBeVisible();
    expect(within(second!).getByText('Dr. Lee')).toBeVisible();
    const from = within(first!).getByRole('link', {
      name: /^Housing First committee, .*open the notes$/,
    });
    expect(from).toHaveAttribute('href', `/meetings/${meeting.id}/notes?item=${item.id}`);
    expect(within(second!).getByRole('link')).toHaveAttribute(
      'href',
      `/meetings/${meeting.id}/notes?item=general`,
    );
  });

  it('filters by status and due date, clears the filters, and sorts', async () => {
    const { core, undated } = await register();
    await core.ok('action.update', { id: undated.id, changes: { status: 'done' } });
    const { user } = await renderApp({ path: '/actions', core });
    await screen.findByRole('table', { name: 'Actions' });
    expect(descriptions()).toEqual(['Call the landlord', 'Send the referral form']);

    await choose(user, 'Status', 'All statuses');
    await waitFor(() => expect(rows()).toHaveLength(3));
    expect(within(rows()[2]!).getByText('Done')).toBeVisible();

    await choose(user, 'Due', 'Overdue');
    await waitFor(() => expect(descriptions()).toEqual(['Call the landlord']));
    await choose(user, 'Due', 'No due date');
    await waitFor(() => expect(descriptions()).toEqual(['Book a room for the workshop']));

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(rows()).toHaveLength(2));
    await choose(user, 'Sort by', 'Agency');
    await waitFor(() =>
      expect(descriptions()).toEqual(['Send the referral form', 'Call the landlord']),
    );
    await choose(user, 'Order', 'Descending');
    await waitFor(() =>
      expect(descriptions()).toEqual(['Call the landlord', 'Send the referral form']),
    );
  });

  it('keeps the view in the address, so a shared link opens on the same view', async () => {
    const { core, health } = await register();
    const { user } = await renderWithProviders(
      <>
        <AppRoutes />
        <Address />
      </>,
      { path: `/actions?agency=${health.id}&status=all&sort=agency`, core },
    );
    await screen.findByRole('table', { name: 'Actions' });
    expect(descriptions()).toEqual(['Send the referral form']);
    expect(filter('Agency')).toHaveTextContent('Community Health');
    expect(filter('Status')).toHaveTextContent('All statuses');
    expect(filter('Sort by')).toHaveTextContent('Agency');

    await choose(user, 'Due', 'Due this week');
    expect(screen.getByTestId('address')).toHaveTextContent(
      `/actions?agency=${health.id}&status=all&due=this_week&sort=agency`,
    );
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    // The order chosen stays; the filters go.
    expect(screen.getByTestId('address')).toHaveTextContent(/^\/actions\?sort=agency$/);
  });

  it('marks an action done with an Undo, and reopens it', async () => {
    const { core, overdue } = await register();
    const { user } = await renderApp({ path: '/actions', core });
    await screen.findByRole('table', { name: 'Actions' });

    await user.click(screen.getByRole('button', { name: 'Mark done: Call the landlord' }));
    const toast = await screen.findByRole('alertdialog', {
      name: /Marked done: Call the landlord/,
    });
    await waitFor(() => expect(descriptions()).not.toContain('Call the landlord'));
    expect(screen.getByText('2 actions')).toHaveFocus();
    const list = await core.ok('action.list', { today: dayFromToday(0), status: ['done'] });
    expect(list.items.map((a) => a.id)).toEqual([overdue.id]);

    await user.click(within(toast).getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(descriptions()).toContain('Call the landlord'));
    const open = await core.ok('action.list', { today: dayFromToday(0), status: ['open'] });
    expect(open.total).toBe(3);

    // Done actions can be reopened from the register.
    await core.ok('action.update', { id: overdue.id, changes: { status: 'done' } });
    await choose(user, 'Status', 'Done');
    await user.click(await screen.findByRole('button', { name: 'Reopen: Call the landlord' }));
    expect(
      await screen.findByRole('alertdialog', { name: /Reopened: Call the landlord/ }),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByText('No actions match these filters.', { exact: false })).toBeVisible(),
    );
  });

  it('reschedules an action from the register, counting quick picks from today', async () => {
    const { core, overdue } = await register();
    const { user } = await renderApp({ path: '/actions', core });
    await screen.findByRole('table', { name: 'Actions' });

    await user.click(screen.getByRole('button', { name: 'Edit: Call the landlord' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit action' });
    await user.click(within(dialog).getByRole('button', { name: /^In one week/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    const { items } = await core.ok('action.list', { today: dayFromToday(0) });
    expect(items.find((a) => a.id === overdue.id)?.dueDate).toBe(dayFromToday(7));
    await waitFor(() => expect(within(rows()[0]!).queryByText('Overdue')).not.toBeInTheDocument());
  });

  it('shows 200 actions at a time, with the total', async () => {
    const core = makeTestCore();
    const meeting = await createMeeting(core);
    for (let i = 1; i <= 203; i++) {
      await core.ok('action.add', {
        meetingId: meeting.id,
        description: `Action ${String(i).padStart(3, '0')}`,
      });
    }
    const { user } = await renderApp({ path: '/actions?sort=created', core });
    await screen.findByRole('table', { name: 'Actions' });
    expect(screen.getByText('Showing 200 of 203 actions')).toBeVisible();
    expect(rows()).toHaveLength(200);
    await user.click(screen.getByRole('button', { name: 'Show 3 more' }));
    await waitFor(() => expect(rows()).toHaveLength(203));
    expect(screen.getByText('203 actions')).toBeVisible();
    expect(screen.queryByRole('button', { name: /^Show .* more$/ })).not.toBeInTheDocument();
    expect(descriptions().at(-1)).toBe('Action 203');
  }, 60_000);

  it('exports the filtered register as CSV and says how many were withheld', async () => {
    const { core, item, shelter } = await register();
    await core.ok('agenda.update', { id: item.id, changes: { confidentiality: 'internal' } });
    const { user } = await renderApp({ path: `/actions?agency=${shelter.id}`, core });
    await screen.findByRole('table', { name: 'Actions' });

    await user.click(screen.getByRole('button', { name: 'Export as CSV' }));
    expect(
      await screen.findByText(/1 action of an internal or confidential item was left out/),
    ).toBeVisible();
    expect(download).toHaveBeenCalledTimes(1);
    const [filename, csv, type] = vi.mocked(download).mock.calls[0]!;
    expect(filename).toMatch(/\.csv$/);
    expect(type).toBe('text/csv;charset=utf-8');
    expect(csv).not.toContain('Call the landlord');

    await user.click(screen.getByRole('checkbox', { name: 'Include actions of internal items' }));
    await user.click(screen.getByRole('button', { name: 'Export as CSV' }));
    await waitFor(() => expect(download).toHaveBeenCalledTimes(2));
    const [, withInternal] = vi.mocked(download).mock.calls[1]!;
    expect(withInternal).toContain('Call the landlord');
    // Only the filtered agency's actions.
    expect(withInternal).not.toContain('Send the referral form');
  });

  it('says what to do when there is nothing to list', async () => {
    const core = makeTestCore();
    const { user } = await renderApp({ path: '/actions', core });
    expect(await screen.findByText(/No open actions/)).toBeVisible();
    expect(screen.getByRole('link', { name: 'Go to the meetings' })).toBeVisible();
    await choose(user, 'Due', 'Overdue');
    expect(await screen.findByText(/No actions match these filters/)).toBeVisible();
  });

  it('passes axe, filters, table, row buttons and export included', async () => {
    const { core } = await register();
    const { container } = await renderApp({ path: '/actions', core });
    await screen.findByRole('table', { name: 'Actions' });
    expect(await axeViolations(container)).toEqual([]);
  });
});
