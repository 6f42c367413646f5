import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TestCore } from '../../../helpers/core';
import { heldMeeting, orgs } from '../../../helpers/partners';
import { renderApp } from '../../../helpers/render';
import { axeViolations, coreOnTestDay } from './fixtures';

afterEach(() => {
  vi.useRealTimers();
});

/** Three partners: one never contacted, one overdue (last call 40 days ago), one on track. */
async function partners(core: TestCore = coreOnTestDay()) {
  const [shelter, health, police] = await orgs(
    core,
    'Shelter North',
    'Community Health',
    'Police Liaison',
  );
  const ana = await core.ok('person.create', {
    name: 'Ana Tremblay',
    membership: { organizationId: health },
  });
  await core.ok('contact.add', { organizationId: health, date: '2026-10-14', channel: 'email' });
  await core.ok('contact.add', { organizationId: police, date: '2026-11-16', channel: 'visit' });
  return { core, shelter, health, police, ana };
}

const table = () => screen.getByRole('table', { name: 'Contact cadence by partner' });
const row = (name: string) =>
  within(table())
    .getAllByRole('row')
    .find((r) => within(r).queryByRole('rowheader', { name: new RegExp(`^${name}`) }))!;
const rowNames = () =>
  within(table())
    .getAllByRole('rowheader')
    .map((h) => within(h).getByRole('link').textContent);

async function choose(user: UserEvent, button: HTMLElement, option: string) {
  await user.click(button);
  await user.click(await screen.findByRole('option', { name: option }));
}

describe('contact cadence', () => {
  it('lists partners most urgent first, with status in words and an icon', async () => {
    const { core } = await partners();
    await renderApp({ path: '/partners', core });
    expect(await screen.findByRole('heading', { level: 1, name: 'Partners' })).toBeVisible();
    const tabs = screen.getByRole('navigation', { name: 'Partner sections' });
    expect(within(tabs).getByRole('link', { name: 'Cadence' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(within(tabs).getByRole('link', { name: 'Changes' })).not.toHaveAttribute('aria-current');
    await screen.findByRole('table', { name: 'Contact cadence by partner' });
    expect(rowNames()).toEqual(['Community Health', 'Shelter North', 'Police Liaison']);

    const overdue = row('Community Health');
    expect(within(overdue).getByText('Overdue')).toBeVisible();
    expect(within(overdue).getByText('!')).toHaveAttribute('aria-hidden', 'true');
    expect(within(overdue).getByText('Email')).toBeVisible();
    expect(within(overdue).getByText('40')).toBeVisible();
    expect(within(row('Shelter North')).getByText('Never contacted')).toBeVisible();
    expect(within(row('Shelter North')).getByText('None yet')).toBeVisible();
    expect(within(row('Police Liaison')).getByText('On track')).toBeVisible();
    expect(
      screen.getByText(/3 partners · 1 overdue · 1 never contacted · 1 on track/),
    ).toBeVisible();
    expect(await axeViolations(document.body)).toEqual([]);
  });

  it('logs a contact in one dialog, and the row goes from overdue to on track', async () => {
    const { core, health, ana } = await partners();
    const { user } = await renderApp({ path: '/partners', core });
    await screen.findByRole('table', { name: 'Contact cadence by partner' });

    await user.click(
      within(row('Community Health')).getByRole('button', {
        name: 'Log contact: Community Health',
      }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'Log a contact with Community Health',
    });
    // The organization is preset, the day is today, the person is picked from its people.
    expect(
      within(dialog).getByRole('button', { name: /Community Health.*Organization/ }),
    ).toBeVisible();
    expect(within(dialog).getByRole('group', { name: /^Date/ })).toHaveTextContent(/23/);
    await choose(user, within(dialog).getByRole('button', { name: /Person/ }), 'Ana Tremblay');
    await choose(user, within(dialog).getByRole('button', { name: /How/ }), 'Visit');
    await user.type(within(dialog).getByRole('textbox', { name: 'Summary' }), 'Winter beds plan');
    await user.click(within(dialog).getByRole('button', { name: 'Log contact' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() =>
      expect(within(row('Community Health')).getByText('On track')).toBeVisible(),
    );
    expect(within(row('Community Health')).getByText('Visit')).toBeVisible();
    expect(await core.ok('contact.list', { organizationId: health })).toMatchObject([
      {
        date: '2026-11-23',
        channel: 'visit',
        personId: ana.id,
        summary: 'Winter beds plan',
      },
      { date: '2026-10-14' },
    ]);
    expect(screen.getByText('Contact with Community Health logged.')).toBeVisible();
  });

  it('takes a never-contacted partner to on track, and shows what the form refuses inline', async () => {
    const { core, shelter } = await partners();
    const { user } = await renderApp({ path: '/partners', core });
    await screen.findByRole('table', { name: 'Contact cadence by partner' });
    await user.click(
      within(row('Shelter North')).getByRole('button', { name: 'Log contact: Shelter North' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Log a contact with Shelter North' });
    const summary = within(dialog).getByRole('textbox', { name: 'Summary' });
    await user.click(summary);
    await user.paste('x'.repeat(5001));
    await user.click(within(dialog).getByRole('button', { name: 'Log contact' }));
    expect(await within(dialog).findByText('This is too long.')).toBeVisible();
    expect(summary).toHaveAttribute('aria-invalid', 'true');
    expect(await axeViolations(dialog)).toEqual([]);

    await user.clear(summary);
    await user.type(summary, 'Introduced our new intake worker');
    await user.click(within(dialog).getByRole('button', { name: 'Log contact' }));
    await waitFor(() => expect(within(row('Shelter North')).getByText('On track')).toBeVisible());
    expect(await core.ok('contact.list', { organizationId: shelter })).toHaveLength(1);
  });

  it('sets a cadence per partner, and filters by status and by member or potential', async () => {
    const { core, shelter, police } = await partners();
    await core.ok('partner.setProfile', { organizationId: police, networkStatus: 'potential' });
    const { user } = await renderApp({ path: '/partners', core });
    await screen.findByRole('table', { name: 'Contact cadence by partner' });
    expect(
      within(row('Police Liaison')).getByRole('button', { name: /Network status: Police Liaison/ }),
    ).toHaveTextContent('Potential partner');

    await choose(
      user,
      within(row('Shelter North')).getByRole('button', { name: /Cadence: Shelter North/ }),
      'Not tracked',
    );
    await waitFor(() =>
      expect(
        within(row('Shelter North')).getByText('Not tracked', { selector: '.cadence-status' }),
      ).toBeVisible(),
    );
    expect(
      (await core.ok('partner.cadence', {})).find((p) => p.organizationId === shelter),
    ).toMatchObject({ cadence: 'none', status: 'untracked' });

    await choose(user, screen.getByRole('button', { name: /All statuses Status/ }), 'Overdue');
    await waitFor(() => expect(rowNames()).toEqual(['Community Health']));
    await choose(user, screen.getByRole('button', { name: /Overdue Status/ }), 'All statuses');
    await choose(
      user,
      screen.getByRole('button', { name: /Members and potential partners Partners/ }),
      'Potential partners',
    );
    await waitFor(() => expect(rowNames()).toEqual(['Police Liaison']));
    await choose(
      user,
      screen.getByRole('button', { name: /Potential partners Partners/ }),
      'Members',
    );
    await waitFor(() => expect(rowNames()).toEqual(['Community Health', 'Shelter North']));
    await choose(user, screen.getByRole('button', { name: /Most urgent first Sort by/ }), 'Name');
    await waitFor(() => expect(rowNames()).toEqual(['Community Health', 'Shelter North']));
  });

  it('switches a partner between member and potential partner from its row', async () => {
    const { core, police } = await partners();
    await core.ok('partner.setProfile', { organizationId: police, networkStatus: 'potential' });
    const { user } = await renderApp({ path: '/partners?network=potential', core });
    await screen.findByRole('table', { name: 'Contact cadence by partner' });
    expect(rowNames()).toEqual(['Police Liaison']);
    const status = within(row('Police Liaison')).getByRole('button', {
      name: /Network status: Police Liaison/,
    });
    expect(status).toHaveTextContent('Potential partner');
    expect(screen.getByRole('columnheader', { name: 'Network and cadence' })).toBeVisible();

    await choose(user, status, 'Member');
    // Promoted, it leaves the potential partners shown; the toast says where it went.
    expect(await screen.findByText('Police Liaison is now a member of the network.')).toBeVisible();
    await waitFor(() => expect(screen.getByText(/No partner matches these filters/)).toBeVisible());
    expect(
      (await core.ok('partner.cadence', {})).find((p) => p.organizationId === police),
    ).toMatchObject({ networkStatus: 'member', cadence: 'monthly' });

    await choose(
      user,
      screen.getByRole('button', { name: /Potential partners Partners/ }),
      'Members',
    );
    await choose(
      user,
      await within(row('Police Liaison')).findByRole('button', { name: /Network status/ }),
      'Potential partner',
    );
    expect(await screen.findByText('Police Liaison is now a potential partner.')).toBeVisible();
    expect(
      (await core.ok('partner.cadence', {})).find((p) => p.organizationId === police),
    ).toMatchObject({ networkStatus: 'potential' });
    expect(await axeViolations(document.body)).toEqual([]);
  });

  it('shows the history with meetings attended, and deletes a logged contact with Undo', async () => {
    const { core, police } = await partners();
    await heldMeeting(core, '2026-11-02', { present: [police], title: 'Interagency breakfast' });
    const { user } = await renderApp({ path: '/partners', core });
    await screen.findByRole('table', { name: 'Contact cadence by partner' });
    const toggle = within(row('Police Liaison')).getByRole('button', {
      name: 'History: Police Liaison',
    });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const history = await screen.findByRole('list', { name: 'Contacts with Police Liaison' });
    const entries = within(history).getAllByRole('listitem');
    expect(entries).toHaveLength(2);
    expect(entries[0]).toHaveTextContent(/Visit/);
    expect(within(entries[1]!).getByText('Meeting attended')).toBeVisible();
    expect(within(entries[1]!).getByRole('link', { name: 'Interagency breakfast' })).toBeVisible();
    // A meeting attended is changed in its attendance, not here.
    expect(within(entries[1]!).queryByRole('button')).not.toBeInTheDocument();
    expect(await axeViolations(document.body)).toEqual([]);

    await user.click(within(entries[0]!).getByRole('button', { name: /^Delete: / }));
    await waitFor(() => expect(within(history).getAllByRole('listitem')).toHaveLength(1));
    // The meeting still counts: the partner stays on track.
    expect(within(row('Police Liaison')).getByText('On track')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(within(history).getAllByRole('listitem')).toHaveLength(2));
    expect(await core.ok('contact.list', { organizationId: police })).toHaveLength(2);
  });

  it('corrects a logged contact from the history', async () => {
    const { core, police } = await partners();
    const { user } = await renderApp({ path: '/partners', core });
    await screen.findByRole('table', { name: 'Contact cadence by partner' });
    await user.click(
      within(row('Police Liaison')).getByRole('button', { name: 'History: Police Liaison' }),
    );
    const history = await screen.findByRole('list', { name: 'Contacts with Police Liaison' });
    await user.click(within(history).getByRole('button', { name: /^Edit: / }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit contact' });
    await choose(user, within(dialog).getByRole('button', { name: /How/ }), 'Phone call');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(within(history).getByText(/Phone call/)).toBeVisible());
    expect((await core.ok('contact.list', { organizationId: police }))[0]).toMatchObject({
      channel: 'call',
    });
  });

  it('keeps focus on the next row’s picker when a row leaves the filtered table', async () => {
    const { core } = await partners();
    const { user } = await renderApp({ path: '/partners?status=attention', core });
    await screen.findByRole('table', { name: 'Contact cadence by partner' });
    expect(rowNames()).toEqual(['Community Health', 'Shelter North']);
    await choose(
      user,
      within(row('Community Health')).getByRole('button', { name: /Cadence: Community Health/ }),
      'Not tracked',
    );
    await waitFor(() => expect(rowNames()).toEqual(['Shelter North']));
    await waitFor(() =>
      expect(
        within(row('Shelter North')).getByRole('button', { name: /Cadence: Shelter North/ }),
      ).toHaveFocus(),
    );
    // The last row gone, focus goes to the screen's heading.
    await choose(
      user,
      within(row('Shelter North')).getByRole('button', { name: /Cadence: Shelter North/ }),
      'Not tracked',
    );
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 2, name: 'Contact cadence' })).toHaveFocus(),
    );
  });

  it('links each partner to its own history, which the address opens', async () => {
    const { core, police } = await partners();
    await renderApp({ path: `/partners?org=${police}`, core });
    await screen.findByRole('table', { name: 'Contact cadence by partner' });
    expect(
      within(row('Community Health')).getByRole('link', { name: 'Community Health' }),
    ).toHaveAttribute('href', expect.stringMatching(/^\/partners\?org=/));
    expect(
      within(row('Police Liaison')).getByRole('link', { name: 'Police Liaison' }),
    ).toHaveAttribute('href', `/partners?org=${police}`);
    expect(await screen.findByRole('list', { name: 'Contacts with Police Liaison' })).toBeVisible();
    const toggle = within(row('Police Liaison')).getByRole('button', {
      name: 'History: Police Liaison',
    });
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await waitFor(() => expect(toggle).toHaveFocus());
    // Only that partner's.
    expect(
      within(row('Community Health')).getByRole('button', { name: 'History: Community Health' }),
    ).toHaveAttribute('aria-expanded', 'false');
  });
});
