import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TestCore } from '../../../helpers/core';
import { orgs } from '../../../helpers/partners';
import { renderApp } from '../../../helpers/render';
import { axeViolations, coreOnTestDay } from './fixtures';

afterEach(() => {
  vi.useRealTimers();
});

/** Three member partners and one potential partner. */
async function network(core: TestCore = coreOnTestDay()) {
  const [shelter, health, police, food] = await orgs(
    core,
    'Shelter North',
    'Community Health',
    'Police Liaison',
    'Food Bank',
  );
  await core.ok('partner.setProfile', { organizationId: food, networkStatus: 'potential' });
  return { core, shelter, health, police, food };
}

const card = (title: string) => screen.getByRole('article', { name: title });

async function choose(user: UserEvent, button: HTMLElement, option: string) {
  await user.click(button);
  await user.click(await screen.findByRole('option', { name: option }));
}

describe('significant changes', () => {
  it('records a change told by default to every member partner, and says what to do when empty', async () => {
    const { core, shelter } = await network();
    const { user } = await renderApp({ path: '/partners/changes', core });
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Significant changes' }),
    ).toBeVisible();
    expect(screen.getByText(/No significant change recorded/)).toBeVisible();
    expect(
      within(screen.getByRole('navigation', { name: 'Partner sections' })).getByRole('link', {
        name: 'Changes',
      }),
    ).toHaveAttribute('aria-current', 'page');

    await user.click(screen.getByRole('button', { name: 'New change' }));
    const dialog = await screen.findByRole('dialog', { name: 'New significant change' });
    await user.click(within(dialog).getByRole('button', { name: 'Record the change' }));
    expect(await within(dialog).findByText('This field is required.')).toBeVisible();
    await user.type(
      within(dialog).getByRole('textbox', { name: /What changes/ }),
      'Intake now by phone only',
    );
    await user.type(within(dialog).getByRole('textbox', { name: 'Details' }), 'From Monday.');
    await choose(
      user,
      within(dialog).getByRole('button', { name: /Whose change/ }),
      'Shelter North',
    );
    // The change is Shelter North's: the other two members are told by default.
    expect(within(dialog).getByRole('radio', { name: 'All 2 member partners' })).toBeChecked();
    expect(await axeViolations(dialog)).toEqual([]);
    await user.click(within(dialog).getByRole('button', { name: 'Record the change' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    const change = card('Intake now by phone only');
    expect(within(change).getByText('0 of 2 partners told')).toBeVisible();
    expect(within(change).getByRole('link', { name: 'Shelter North' })).toBeVisible();
    expect(within(change).getByRole('progressbar')).toHaveAttribute('value', '0');
    const [saved] = await core.ok('change.list', {});
    expect(saved).toMatchObject({ organizationId: shelter, description: 'From Monday.' });
    expect(saved!.notices.map((n) => n.name)).toEqual(['Community Health', 'Police Liaison']);
  });

  it('ticks partners told with today’s date, persists it, and adds and removes partners', async () => {
    const { core, health, food } = await network();
    const added = await core.ok('change.add', { title: 'Youth program closing' });
    const { user } = await renderApp({ path: '/partners/changes', core });
    await screen.findByRole('article', { name: 'Youth program closing' });
    expect(within(card('Youth program closing')).getByText('0 of 3 partners told')).toBeVisible();

    const toggle = within(card('Youth program closing')).getByRole('button', {
      name: 'Checklist: Youth program closing',
    });
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const checklist = within(card('Youth program closing')).getByRole('table', {
      name: 'Who has been told: Youth program closing',
    });
    await user.click(within(checklist).getByRole('checkbox', { name: 'Community Health' }));
    await waitFor(() =>
      expect(within(card('Youth program closing')).getByText('1 of 3 partners told')).toBeVisible(),
    );
    expect(within(checklist).getByRole('checkbox', { name: 'Community Health' })).toBeChecked();
    expect(
      within(checklist).getByRole('group', { name: 'Day Community Health was told' }),
    ).toBeVisible();
    const stored = await core.ok('change.list', {});
    expect(stored[0]!.notices.find((n) => n.organizationId === health)).toMatchObject({
      notifiedOn: '2026-11-23',
    });
    expect(await axeViolations(document.body)).toEqual([]);

    // Untick, then take a partner off and put it back with Undo.
    await user.click(within(checklist).getByRole('checkbox', { name: 'Community Health' }));
    await waitFor(() =>
      expect(within(card('Youth program closing')).getByText('0 of 3 partners told')).toBeVisible(),
    );
    await user.click(
      within(checklist).getByRole('button', { name: 'Remove Police Liaison from the list' }),
    );
    await waitFor(() =>
      expect(within(card('Youth program closing')).getByText('0 of 2 partners told')).toBeVisible(),
    );
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() =>
      expect(within(card('Youth program closing')).getByText('0 of 3 partners told')).toBeVisible(),
    );

    // A potential partner can be added to the list.
    await choose(
      user,
      within(card('Youth program closing')).getByRole('button', { name: /Add a partner to tell/ }),
      'Food Bank',
    );
    await user.click(
      within(card('Youth program closing')).getByRole('button', { name: 'Add to the list' }),
    );
    await waitFor(() =>
      expect(within(card('Youth program closing')).getByText('0 of 4 partners told')).toBeVisible(),
    );
    const after = await core.ok('change.list', {});
    expect(after[0]!.id).toBe(added.id);
    expect(after[0]!.notices.some((n) => n.organizationId === food)).toBe(true);
  });

  it('lists pending changes first, edits one and deletes it with Undo', async () => {
    const { core, health, police, shelter } = await network();
    const done = await core.ok('change.add', { title: 'New address', partnerIds: [health] });
    await core.ok('change.setNotified', {
      id: done.id,
      organizationId: health,
      notifiedOn: '2026-11-20',
    });
    await core.ok('change.add', { title: 'Intake criteria', partnerIds: [police, shelter] });
    const { user } = await renderApp({ path: '/partners/changes', core });
    const list = await screen.findByRole('list', { name: 'Significant changes' });
    expect(
      within(list)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(['Intake criteria', 'New address']);
    expect(within(card('New address')).getByText('1 of 1 partners told')).toBeVisible();

    await user.click(
      within(card('Intake criteria')).getByRole('button', { name: 'Edit: Intake criteria' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Edit change' });
    // Who is told is changed on the checklist, not here.
    expect(within(dialog).queryByRole('radio')).not.toBeInTheDocument();
    const title = within(dialog).getByRole('textbox', { name: /What changes/ });
    await user.clear(title);
    await user.type(title, 'New intake criteria');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await screen.findByRole('article', { name: 'New intake criteria' });

    await user.click(
      within(card('New intake criteria')).getByRole('button', {
        name: 'Delete: New intake criteria',
      }),
    );
    await waitFor(() =>
      expect(
        screen.queryByRole('article', { name: 'New intake criteria' }),
      ).not.toBeInTheDocument(),
    );
    // Focus goes on to the same button of the card now in its place, not to the page's start.
    expect(
      within(card('New address')).getByRole('button', { name: 'Delete: New address' }),
    ).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('article', { name: 'New intake criteria' })).toBeVisible();
  });

  it('keeps focus on the screen when its last change is deleted', async () => {
    const { core } = await network();
    await core.ok('change.add', { title: 'Program closing' });
    const { user } = await renderApp({ path: '/partners/changes', core });
    await user.click(await screen.findByRole('button', { name: 'Delete: Program closing' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'New change' })).toHaveFocus());
  });

  it('opens the checklist of the change a link names', async () => {
    const { core } = await network();
    const change = await core.ok('change.add', { title: 'Program closing' });
    await renderApp({ path: `/partners/changes?change=${change.id}`, core });
    const opened = await screen.findByRole('article', { name: 'Program closing' });
    expect(
      within(opened).getByRole('button', { name: 'Checklist: Program closing' }),
    ).toHaveAttribute('aria-expanded', 'true');
    expect(within(opened).getByRole('checkbox', { name: 'Shelter North' })).not.toBeChecked();
  });
});
