import axe from 'axe-core';
import { screen, waitFor, within } from '@testing-library/react';
import { useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../../shared/domain/rich-text';
import { AppRoutes } from '../../../../renderer/app/AppRoutes';
import { makeTestCore } from '../../../helpers/core';
import { renderWithProviders } from '../../../helpers/render';
import { meetingWithItems } from '../meetings/fixtures';

function Address() {
  const { pathname, search } = useLocation();
  return <p data-testid="address">{`${pathname}${search}`}</p>;
}

/** What axe finds wrong (colour contrast needs real layout, which jsdom has not). */
async function axeViolations(container: Element) {
  const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
}
async function searchable() {
  const core = makeTestCore();
  const meeting = await meetingWithItems(core, [
    { title: 'Round of agency updates', plannedMinutes: 20 },
    { title: 'Winter shelter beds', plannedMinutes: 10 },
  ]);
  const { items } = await core.ok('meeting.get', { id: meeting.id });
  const beds = items[1]!;
  await core.ok('note.save', {
    meetingId: meeting.id,
    itemId: beds.id,
    doc: docFromText('The next réunion with the city is about overflow beds.'),
  });
  const { user } = await renderWithProviders(
    <>
      <AppRoutes />
      <Address />
    </>,
    { path: '/meetings', core },
  );
  await screen.findByRole('heading', { level: 1, name: 'Meetings' });
  return { core, meeting, beds, user };
}

describe('search', () => {
  it('opens with Ctrl+K, highlights the words found, and jumps there with Enter', async () => {
    const { meeting, beds, user } = await searchable();
    expect(screen.getByRole('button', { name: /^Search/ })).toHaveTextContent('Ctrl+K');

    await user.keyboard('{Control>}k{/Control}');
    const dialog = await screen.findByRole('dialog', { name: 'Search' });
    const field = within(dialog).getByRole('textbox', { name: /^Search notes/ });
    expect(field).toHaveFocus();

    // Accents make no difference: "reunion" finds "réunion".
    await user.keyboard('reunion');
    const option = await within(dialog).findByRole('option', { name: /Winter shelter beds/ });
    expect(within(option).getByText('Agenda item')).toBeVisible();
    expect(within(option).getByText(/Housing First committee/)).toBeVisible();
    const mark = option.querySelector('mark');
    expect(mark).toHaveTextContent('réunion');
    expect(within(dialog).getByRole('status')).toHaveTextContent(/^1 result$/);

    await user.keyboard('{ArrowDown}');
    await waitFor(() => expect(field).toHaveAttribute('aria-activedescendant', option.id));
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByTestId('address')).toHaveTextContent(
      `/meetings/${meeting.id}/notes?item=${beds.id}`,
    );
  });

  it('opens from the header button, says when nothing is found, and closes with Escape', async () => {
    const { user } = await searchable();
    await user.click(screen.getByRole('button', { name: /^Search/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Search' });
    await user.keyboard('zebra');
    expect(
      await within(dialog).findByText('Nothing found for “zebra”.', { exact: false }),
    ).toBeVisible();
    expect(within(dialog).getByRole('status')).toHaveTextContent('0 results');

    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByTestId('address')).toHaveTextContent(/^\/meetings$/);
  });

  it('does not open over another dialog', async () => {
    const { user } = await searchable();
    await user.click(screen.getByRole('button', { name: 'New meeting' }));
    await screen.findByRole('dialog', { name: 'New meeting' });
    await user.keyboard('{Control>}k{/Control}');
    expect(screen.queryByRole('dialog', { name: 'Search' })).not.toBeInTheDocument();
  });

  it('passes axe with results shown', async () => {
    const { user } = await searchable();
    await user.keyboard('{Control>}k{/Control}');
    const dialog = await screen.findByRole('dialog', { name: 'Search' });
    await user.keyboard('beds');
    await within(dialog).findByRole('option', { name: /Winter shelter beds/ });
    // The dialog itself: the page behind is hidden from assistive technology while it is open.
    expect(await axeViolations(dialog)).toEqual([]);
  });
});
