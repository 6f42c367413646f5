import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeTestCore } from '../../../helpers/core';
import { renderApp } from '../../../helpers/render';

async function openNewOrganization() {
  const app = await renderApp({ path: '/directory/organizations' });
  await app.user.click(await screen.findByRole('button', { name: 'New organization' }));
  const dialog = await screen.findByRole('dialog', { name: 'New organization' });
  return { ...app, dialog };
}

describe('organization form', () => {
  it('creates an organization, lists it and saves it in the core', async () => {
    const { user, dialog, core } = await openNewOrganization();
    await user.type(within(dialog).getByRole('textbox', { name: /^Name/ }), 'Maison Bon Accueil');
    await user.type(within(dialog).getByRole('textbox', { name: /^Short name/ }), 'MBA');
    await user.type(within(dialog).getByRole('textbox', { name: 'Email' }), 'info@mba.ca');
    await user.click(within(dialog).getByRole('button', { name: 'Create organization' }));

    expect(await screen.findByRole('link', { name: 'Maison Bon Accueil' })).toBeVisible();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    const [saved] = await core.ok('org.list', {});
    expect(saved).toMatchObject({
      name: 'Maison Bon Accueil',
      shortName: 'MBA',
      email: 'info@mba.ca',
      kind: 'external_partner',
    });
  });

  it('submits with Enter and closes with Escape', async () => {
    const { user, dialog, core } = await openNewOrganization();
    await user.type(within(dialog).getByRole('textbox', { name: /^Name/ }), 'Shelter North{Enter}');
    expect(await screen.findByRole('link', { name: 'Shelter North' })).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'New organization' }));
    await screen.findByRole('dialog');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(await core.ok('org.list', {})).toHaveLength(1);
  });

  it('shows an invalid email inline, translated, and keeps everything typed', async () => {
    const { user, dialog, core } = await openNewOrganization();
    const name = within(dialog).getByRole('textbox', { name: /^Name/ });
    const email = within(dialog).getByRole('textbox', { name: 'Email' });
    await user.type(name, 'Housing First Team');
    await user.type(email, 'not-an-email');
    await user.click(within(dialog).getByRole('button', { name: 'Create organization' }));

    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription(/Not a valid email address\./);
    expect(email).toHaveFocus();
    expect(name).toHaveValue('Housing First Team');
    expect(email).toHaveValue('not-an-email');
    expect(await core.ok('org.list', {})).toHaveLength(0);

    // Fixing the value clears the message at once.
    await user.clear(email);
    await user.type(email, 'team@hf.ca');
    expect(email).not.toHaveAttribute('aria-invalid');
  });

  it('checks a required name when leaving the field', async () => {
    const { user, dialog } = await openNewOrganization();
    const name = within(dialog).getByRole('textbox', { name: /^Name/ });
    await user.click(name);
    await user.tab();
    expect(name).toHaveAccessibleDescription(/This field is required\./);
  });

  it('puts the core’s duplicate-name conflict on the name field', async () => {
    const core = makeTestCore();
    await core.ok('org.create', { name: 'Maison Bon Accueil' });
    const app = await renderApp({ path: '/directory/organizations', core });
    await app.user.click(await screen.findByRole('button', { name: 'New organization' }));
    const dialog = await screen.findByRole('dialog');
    const name = within(dialog).getByRole('textbox', { name: /^Name/ });
    await app.user.type(name, 'maison bon accueil');
    await app.user.type(within(dialog).getByRole('textbox', { name: 'Phone' }), '613 555-0100');
    await app.user.click(within(dialog).getByRole('button', { name: 'Create organization' }));

    expect(
      await within(dialog).findByText('An organization with this name already exists.'),
    ).toBeVisible();
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveValue('maison bon accueil');
    expect(within(dialog).getByRole('textbox', { name: 'Phone' })).toHaveValue('613 555-0100');
    expect(await core.ok('org.list', {})).toHaveLength(1);
  });

  it('edits an organization from its page', async () => {
    const core = makeTestCore();
    const org = await core.ok('org.create', { name: 'Youth Employment Services' });
    const { user } = await renderApp({ path: `/directory/organizations/${org.id}`, core });
    await user.click(await screen.findByRole('button', { name: 'Edit' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit organization' });
    const name = within(dialog).getByRole('textbox', { name: /^Name/ });
    expect(name).toHaveValue('Youth Employment Services');
    await user.clear(name);
    await user.type(name, 'YES Ottawa');
    await user.type(within(dialog).getByRole('textbox', { name: /^Website/ }), 'yes.ca');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'YES Ottawa' })).toBeVisible();
    expect(screen.getByRole('link', { name: /yes\.ca/ })).toHaveAttribute('href', 'https://yes.ca');
    expect((await core.ok('org.get', { id: org.id })).organization.website).toBe('yes.ca');
  });
});
