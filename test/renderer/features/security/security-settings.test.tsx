import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../helpers/render';
import { fakeKeychain, fakeTouchId } from '../../../core/vault/vault-helpers';
import { axeViolations, PASSPHRASE, renderVaultApp, useVaultFolders } from './vault-fixtures';

const folders = useVaultFolders();

const securityTitle = () =>
  screen.findByRole('heading', { level: 1, name: 'Security and privacy' });

describe('Settings › Security and privacy', () => {
  it('is reached from Settings, which says how the data is protected', async () => {
    const v = folders.start(folders.folder(), { passphrase: PASSPHRASE });
    const { user } = await renderVaultApp(v, '/settings');
    const section = await screen.findByRole('region', { name: 'Security and privacy' });
    expect(section).toHaveTextContent('its key is protected by your passphrase');
    await user.click(
      within(section).getByRole('link', { name: 'Passphrase, app lock and encryption key' }),
    );
    expect(await securityTitle()).toBeVisible();
  });

  it('changes the passphrase: the current one is checked, the new one typed twice', async () => {
    const v = folders.start(folders.folder(), { passphrase: PASSPHRASE });
    const { user, container } = await renderVaultApp(v, '/settings/security');
    expect(await securityTitle()).toBeVisible();
    expect(
      screen.getByText(/encrypted on this computer, and its key is protected by your passphrase/),
    ).toBeVisible();
    expect(await axeViolations(container)).toEqual([]);

    const form = screen.getByRole('heading', { name: 'Change the passphrase' }).parentElement!;
    const current = within(form).getByLabelText('Current passphrase');
    const next = within(form).getByLabelText('New passphrase');
    const confirm = within(form).getByLabelText('Confirm the new passphrase');
    const submit = within(form).getByRole('button', { name: 'Change the passphrase' });

    await user.type(current, 'not it');
    await user.type(next, 'a brand new passphrase');
    await user.type(confirm, 'a brand new passphrase');
    await user.click(submit);
    expect(await within(form).findByText('That passphrase is not right. Try again.')).toBeVisible();
    await waitFor(() => expect(current).toHaveFocus());

    await user.clear(current);
    await user.type(current, PASSPHRASE);
    await user.clear(confirm);
    await user.type(confirm, 'a brand new passphrasE');
    await user.click(submit);
    expect(confirm).toHaveAccessibleDescription(/not the same/);

    await user.clear(confirm);
    await user.type(confirm, 'a brand new passphrase');
    await user.click(submit);
    expect(
      await screen.findByText('The passphrase is changed. Use the new one from now on.'),
    ).toBeVisible();
    expect(current).toHaveValue('');
    await v.ok('vault.lock', {});
    expect(await v.fails('vault.unlock', { passphrase: PASSPHRASE })).toMatchObject({
      code: 'wrong_passphrase',
    });
    await v.ok('vault.unlock', { passphrase: 'a brand new passphrase' });
  });

  it('sets when the app locks by itself, and locks now', async () => {
    const v = folders.start(folders.folder(), { passphrase: PASSPHRASE });
    const { user } = await renderVaultApp(v, '/settings/security');
    await securityTitle();
    const select = screen.getByRole('button', { name: /Lock by itself/ });
    expect(select).toHaveTextContent('Never');
    await user.click(select);
    await user.click(await screen.findByRole('option', { name: 'After 15 minutes' }));
    await waitFor(async () => expect((await v.ok('settings.get', {})).lockAfterMinutes).toBe(15));
    expect(screen.getByText('Shortcut, from any screen:')).toHaveTextContent('Ctrl+Shift+L');

    await user.click(screen.getByRole('button', { name: 'Lock now' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Roundtable is locked' }),
    ).toBeVisible();
  });

  it('with the keychain, sets a lock passphrase, then unlocks with it or with Touch ID', async () => {
    const keychain = fakeKeychain();
    const touchId = fakeTouchId();
    const v = folders.start(folders.folder(), { keyProtector: keychain, osAuthenticator: touchId });
    const { user, container } = await renderVaultApp(v, '/settings/security');
    await securityTitle();
    expect(screen.getByText(/with a key kept in your system’s keychain/)).toBeVisible();
    // No lock without something to unlock with: neither the header's button nor the setting.
    expect(screen.queryByRole('button', { name: /^Lock now/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /Lock by itself/ })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Change the lock passphrase' })).toBeNull();
    expect(await axeViolations(container)).toEqual([]);

    await user.type(screen.getByLabelText('Choose a lock passphrase'), 'short');
    await user.click(screen.getByRole('button', { name: 'Turn on the app lock' }));
    expect(screen.getByLabelText('Choose a lock passphrase')).toHaveAccessibleDescription(
      /Use at least 8 characters/,
    );
    await user.type(screen.getByLabelText('Choose a lock passphrase'), ' but now long');
    await user.type(screen.getByLabelText('Confirm the lock passphrase'), 'short but now long');
    await user.click(screen.getByRole('button', { name: 'Turn on the app lock' }));
    expect(await screen.findByText(/The app lock is on/)).toBeVisible();
    expect(await screen.findByRole('button', { name: /Lock by itself/ })).toBeVisible();
    expect(screen.getByRole('heading', { name: 'Change the lock passphrase' })).toBeVisible();
    expect(screen.getByRole('heading', { name: 'Turn off the app lock' })).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Lock now' }));
    await user.click(await screen.findByRole('button', { name: 'Unlock with Touch ID' }));
    expect(await securityTitle()).toBeVisible();
    expect(touchId.prompts).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: /^Lock nowCtrl/ }));
    await user.type(await screen.findByLabelText('Passphrase'), 'short but now long{Enter}');
    expect(await securityTitle()).toBeVisible();

    const off = screen.getByRole('form', { name: 'Turn off the app lock' });
    await user.type(within(off).getByLabelText('Current lock passphrase'), 'short but now long');
    await user.click(within(off).getByRole('button', { name: 'Turn off the app lock' }));
    expect(await screen.findByText('The app lock is off.')).toBeVisible();
    expect(screen.queryByRole('button', { name: /^Lock now/ })).toBeNull();
  });

  it('replaces the encryption key after asking', async () => {
    const v = folders.start(folders.folder(), { passphrase: PASSPHRASE });
    const { user } = await renderVaultApp(v, '/settings/security');
    await securityTitle();
    await user.click(screen.getByRole('button', { name: 'Replace the encryption key' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Replace the encryption key?' });
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Replace the key' }));
    expect(
      await screen.findByText(/^The encryption key is replaced; \d+ backups? w/),
    ).toBeVisible();
    // The data still opens with the same passphrase: only the key it protects changed.
    await v.ok('vault.lock', {});
    await v.ok('vault.unlock', { passphrase: PASSPHRASE });
  });

  it('in a session without a file, says nothing is encrypted and offers no lock', async () => {
    const { container } = await renderApp({ path: '/settings/security' });
    expect(await securityTitle()).toBeVisible();
    expect(screen.getByText(/keeps its data in memory only/)).toBeVisible();
    expect(screen.getByText(/The app lock needs encrypted data/)).toBeVisible();
    expect(screen.queryByRole('heading', { name: 'Encryption key' })).toBeNull();
    expect(await axeViolations(container)).toEqual([]);
  });
});
