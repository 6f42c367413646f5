import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeTestCore } from '../../../helpers/core';
import { renderApp } from '../../../helpers/render';

async function personAtOrganization() {
  const core = makeTestCore();
  const org = await core.ok('org.create', { name: 'Community Health Centre' });
  const person = await core.ok('person.create', {
    name: 'Léa Gagnon',
    membership: { organizationId: org.id, role: 'Nurse', startDate: '2024-03-01' },
  });
  const app = await renderApp({ path: `/directory/people/${person.id}`, core });
  return { ...app, org, person };
}

describe('person detail', () => {
  it('moves a membership to the past when the person left the organization', async () => {
    const { user, core, person } = await personAtOrganization();
    const current = await screen.findByRole('table', { name: 'Current organizations' });
    expect(within(current).getByText('Since March 1, 2024')).toBeVisible();

    await user.click(within(current).getByRole('button', { name: /^Left this organization/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Left Community Health Centre' });
    await user.click(within(dialog).getByRole('button', { name: 'Move to past' }));

    const past = await screen.findByRole('table', { name: 'Past organizations' });
    expect(within(past).getByRole('link', { name: 'Community Health Centre' })).toBeVisible();
    expect(screen.getByText('Not currently at any organization.')).toBeVisible();
    const [membership] = (await core.ok('person.get', { id: person.id })).memberships;
    expect(membership?.endDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('removes a membership only after confirming', async () => {
    const { user, core, person } = await personAtOrganization();
    const current = await screen.findByRole('table', { name: 'Current organizations' });
    await user.click(within(current).getByRole('button', { name: /^Remove/ }));
    const confirm = await screen.findByRole('alertdialog');
    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect((await core.ok('person.get', { id: person.id })).memberships).toHaveLength(1);

    await user.click(within(current).getByRole('button', { name: /^Remove/ }));
    await user.click(
      within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Remove' }),
    );
    expect(await screen.findByText('Not currently at any organization.')).toBeVisible();
    expect((await core.ok('person.get', { id: person.id })).memberships).toHaveLength(0);
  });

  it('adds an organization and edits the person', async () => {
    const { user, core, person } = await personAtOrganization();
    await core.ok('org.create', { name: 'Employment Services' });

    await user.click(await screen.findByRole('button', { name: 'Add an organization' }));
    const add = await screen.findByRole('dialog', { name: 'Add an organization' });
    await user.click(within(add).getByRole('button', { name: /Organization/ }));
    await user.click(await screen.findByRole('option', { name: 'Employment Services' }));
    await user.type(within(add).getByRole('textbox', { name: 'Role' }), 'Mentor');
    await user.click(within(add).getByRole('button', { name: 'Save' }));
    const current = await screen.findByRole('table', { name: 'Current organizations' });
    expect(await within(current).findByText('Mentor')).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Edit' }));
    const edit = await screen.findByRole('dialog', { name: 'Edit person' });
    await user.type(within(edit).getByRole('textbox', { name: 'Email' }), 'lea@chc.ca');
    await user.click(within(edit).getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('link', { name: 'lea@chc.ca' })).toHaveAttribute(
      'href',
      'mailto:lea@chc.ca',
    );
    expect((await core.ok('person.get', { id: person.id })).person.email).toBe('lea@chc.ca');
  });

  it('offers only real organizations when adding one, and says why a choice is refused', async () => {
    const { user } = await personAtOrganization();
    await user.click(await screen.findByRole('button', { name: 'Add an organization' }));
    const add = await screen.findByRole('dialog', { name: 'Add an organization' });
    const organization = within(add).getByRole('button', { name: /Organization/ });
    expect(organization).toHaveFocus();

    await user.click(within(add).getByRole('button', { name: 'Save' }));
    expect(within(add).getByText('This field is required.')).toBeVisible();

    await user.click(organization);
    const options = await screen.findAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual(['Community Health Centre']);
    await user.click(options[0]!);
    await user.click(within(add).getByRole('button', { name: 'Save' }));
    expect(
      await within(add).findByText('This person already works at this organization.'),
    ).toBeVisible();

    // With a choice made, Escape asks before dropping it.
    await user.keyboard('{Escape}');
    expect(await screen.findByRole('alertdialog', { name: 'Discard your changes?' })).toBeVisible();
  });
});
