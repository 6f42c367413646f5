import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTestCore } from '../../helpers/core';
import { renderApp } from '../../helpers/render';

async function openNewOrganization(core = makeTestCore()) {
  const app = await renderApp({ path: '/directory/organizations', core });
  await app.user.click(await screen.findByRole('button', { name: 'New organization' }));
  const dialog = await screen.findByRole('dialog', { name: 'New organization' });
  return { ...app, dialog, name: within(dialog).getByRole('textbox', { name: /^Name/ }) };
}

const askBeforeUnload = () => {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
};

afterEach(() => sessionStorage.clear());

describe('form dialogs', () => {
  it('put the focus in the first field, so typing goes there at once', async () => {
    const { user, name } = await openNewOrganization();
    expect(name).toHaveFocus();
    await user.keyboard('Shelter North');
    expect(name).toHaveValue('Shelter North');
  });

  it('ask before Escape throws typed values away, keeping the form by default', async () => {
    const { user, name } = await openNewOrganization();
    await user.type(name, 'Half-typed name');
    await user.keyboard('{Escape}');

    const question = await screen.findByRole('alertdialog', { name: 'Discard your changes?' });
    expect(within(question).getByRole('button', { name: 'Keep editing' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(screen.getByRole('dialog', { name: 'New organization' })).toBeVisible();
    expect(name).toHaveValue('Half-typed name');
  });

  it('drop the typed values once the person chooses to discard them', async () => {
    const { user, name } = await openNewOrganization();
    await user.type(name, 'Half-typed name');
    await user.keyboard('{Escape}');
    const again = await screen.findByRole('alertdialog', { name: 'Discard your changes?' });
    await user.click(within(again).getByRole('button', { name: 'Discard changes' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'New organization' }));
    const reopened = await screen.findByRole('dialog', { name: 'New organization' });
    expect(within(reopened).getByRole('textbox', { name: /^Name/ })).toHaveValue('');
  });

  it('close at once when what was typed was erased again', async () => {
    const { user, name } = await openNewOrganization();
    await user.type(name, 'x');
    await user.clear(name);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  });

  it('ask before an edit dialog is dismissed with changes', async () => {
    const core = makeTestCore();
    const org = await core.ok('org.create', { name: 'Food Bank' });
    const { user } = await renderApp({ path: `/directory/organizations/${org.id}`, core });
    await user.click(await screen.findByRole('button', { name: 'Edit' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit organization' });
    const name = within(dialog).getByRole('textbox', { name: /^Name/ });
    expect(name).toHaveFocus();
    await user.type(name, ' Centre');
    await user.keyboard('{Escape}');
    expect(await screen.findByRole('alertdialog', { name: 'Discard your changes?' })).toBeVisible();
  });

  it('ask before the page is left with unsaved typing, and bring it back after a reload', async () => {
    const core = makeTestCore();
    const { user, name } = await openNewOrganization(core);
    expect(askBeforeUnload()).toBe(false);
    await user.type(name, 'Half-typed name');
    expect(askBeforeUnload()).toBe(true);

    // The page goes away and is loaded again in the same tab.
    fireEvent(window, new Event('pagehide'));
    cleanup();
    await renderApp({ path: '/directory/organizations', core });
    const dialog = await screen.findByRole('dialog', { name: 'New organization' });
    expect(within(dialog).getByRole('textbox', { name: /^Name/ })).toHaveValue('Half-typed name');
  });
});
