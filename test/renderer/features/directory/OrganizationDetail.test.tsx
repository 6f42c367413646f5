import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeTestCore } from '../../../helpers/core';
import { renderApp } from '../../../helpers/render';

describe('organization detail', () => {
  it('archives with an Undo that restores the organization', async () => {
    const core = makeTestCore();
    const org = await core.ok('org.create', { name: 'Downtown Shelter' });
    const { user } = await renderApp({ path: `/directory/organizations/${org.id}`, core });

    await user.click(await screen.findByRole('button', { name: 'Archive' }));
    const toast = await screen.findByRole('alertdialog', { name: /Downtown Shelter was archived/ });
    expect(await screen.findByText('Archived')).toBeVisible();
    expect((await core.ok('org.get', { id: org.id })).organization.archivedAt).not.toBeNull();

    await user.click(within(toast).getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('button', { name: 'Archive' })).toBeVisible();
    expect(screen.queryByText('Archived')).not.toBeInTheDocument();
    expect((await core.ok('org.get', { id: org.id })).organization.archivedAt).toBeNull();
  });

  it('deletes an organization with nobody on record, after confirming', async () => {
    const core = makeTestCore();
    const org = await core.ok('org.create', { name: 'Pop-up Clinic' });
    const { user } = await renderApp({ path: `/directory/organizations/${org.id}`, core });

    await user.click(await screen.findByRole('button', { name: 'Delete' }));
    const confirm = await screen.findByRole('alertdialog', { name: 'Delete this organization?' });
    // Cancel has the focus, so a stray Enter deletes nothing.
    expect(within(confirm).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.click(within(confirm).getByRole('button', { name: 'Delete' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Partner directory' }),
    ).toBeVisible();
    expect(await core.ok('org.list', { includeArchived: true })).toHaveLength(0);
  });

  it('offers archiving instead of deleting when people are on record', async () => {
    const core = makeTestCore();
    const org = await core.ok('org.create', { name: 'Police Liaison Unit' });
    await core.ok('person.create', {
      name: 'Sam Tremblay',
      membership: { organizationId: org.id, role: 'Liaison officer' },
    });
    await renderApp({ path: `/directory/organizations/${org.id}`, core });

    expect(await screen.findByRole('button', { name: 'Delete' })).toBeDisabled();
    expect(screen.getByText(/cannot be deleted\. Archive it instead\./)).toBeVisible();
    const current = screen.getByRole('table', { name: 'Current people' });
    expect(within(current).getByRole('link', { name: 'Sam Tremblay' })).toBeVisible();
    expect(within(current).getByText('Liaison officer')).toBeVisible();
  });

  it('marks the details verified today', async () => {
    const core = makeTestCore();
    const org = await core.ok('org.create', { name: 'Food Bank' });
    const { user } = await renderApp({ path: `/directory/organizations/${org.id}`, core });
    expect(await screen.findByText('Never verified')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Mark verified today' }));
    expect(await screen.findByText('Marked as verified today.')).toBeVisible();
    expect((await core.ok('org.get', { id: org.id })).organization.lastVerified).toMatch(
      /^\d{4}-\d{2}-\d{2}$/,
    );
    expect(screen.queryByText('Never verified')).not.toBeInTheDocument();
  });
});
