import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openCore } from '../../../../electron/core/open-core';
import { oneOff } from '../../../helpers/meetings';
import { writeNote } from '../../../core/vault/vault-helpers';
import { axeViolations, PASSPHRASE, renderVaultApp, useVaultFolders } from './vault-fixtures';

const folders = useVaultFolders();

afterEach(() => vi.restoreAllMocks());

/** A folder whose data is encrypted with PASSPHRASE and holds a meeting with a note. */
async function lockedFolder(options: { language?: 'en' | 'fr' } = {}) {
  const storage = folders.folder();
  const first = folders.start(storage, { passphrase: PASSPHRASE });
  const { meeting } = await writeNote(first, 'Kim needs a shelter bed tonight');
  if (options.language) {
    await first.ok('settings.update', { language: options.language });
    // Locking keeps the display settings in the key file, for the lock screen of the next start.
    await first.ok('vault.lock', {});
  }
  folders.stop(first);
  return { v: folders.start(storage), meeting };
}

const passphraseField = () => screen.getByLabelText('Passphrase');

describe('setting up the passphrase', () => {
  it('explains what it protects and that it cannot be recovered, then opens the app', async () => {
    const v = folders.start(folders.folder());
    const { container, user } = await renderVaultApp(v);

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Protect your data with a passphrase' }),
    ).toBeVisible();
    expect(screen.getByText(/encrypted on this computer/)).toBeVisible();
    expect(screen.getByText('A forgotten passphrase cannot be recovered.')).toBeVisible();
    expect(screen.queryByText(/already on this computer will be backed up/)).toBeNull();
    // Nothing of the app yet: no navigation.
    expect(screen.queryByRole('navigation')).toBeNull();

    const choose = screen.getByLabelText('Choose a passphrase');
    const confirm = screen.getByLabelText('Confirm the passphrase');
    await waitFor(() => expect(choose).toHaveFocus());
    expect(choose).toHaveAttribute('type', 'password');
    expect(choose).toHaveAccessibleDescription(/^At least 8 characters/);
    await user.type(choose, 'tulips');
    // The hint is in words, not a colour: how long, and what that is worth.
    expect(choose).toHaveAccessibleDescription('6 characters: too short, use at least 8.');
    expect(await axeViolations(container)).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Encrypt and continue' }));
    expect(choose).toHaveAccessibleDescription(/Use at least 8 characters/);
    // Focus moves to the first error on the next animation frame.
    await waitFor(() => expect(choose).toHaveFocus());

    await user.type(choose, ' in the rain');
    expect(choose).toHaveAccessibleDescription(/^18 characters: good\./);
    await user.type(confirm, 'tulips in the snow');
    await user.click(screen.getByRole('checkbox', { name: 'Show what I type' }));
    expect(choose).toHaveAttribute('type', 'text');
    await user.click(screen.getByRole('button', { name: 'Encrypt and continue' }));
    expect(confirm).toHaveAccessibleDescription(/The two passphrases are not the same/);
    await waitFor(() => expect(confirm).toHaveFocus());

    await user.clear(confirm);
    await user.type(confirm, 'tulips in the rain{Enter}');
    expect(await screen.findByRole('navigation', { name: 'Main' })).toBeVisible();
    expect(await v.ok('vault.status', {})).toMatchObject({
      state: 'open',
      encrypted: true,
      protection: 'passphrase',
    });
    // The passphrase just chosen is the one that unlocks.
    await v.ok('vault.lock', {});
    expect(await v.fails('vault.unlock', { passphrase: 'tulips in the snow' })).toMatchObject({
      code: 'wrong_passphrase',
    });
    await v.ok('vault.unlock', { passphrase: 'tulips in the rain' });
  });

  it('says that existing data is backed up and encrypted first, and keeps it', async () => {
    const storage = folders.folder();
    const plain = openCore({ storage });
    await plain.call('meeting.create', oneOff({ title: 'Winter shelter table' }));
    plain.close();
    const v = folders.start(storage);
    const { user } = await renderVaultApp(v, '/meetings');

    expect(
      await screen.findByText(/already on this computer will be backed up first, then encrypted/),
    ).toBeVisible();
    await user.type(screen.getByLabelText('Choose a passphrase'), PASSPHRASE);
    await user.type(screen.getByLabelText('Confirm the passphrase'), PASSPHRASE);
    await user.click(screen.getByRole('button', { name: 'Encrypt and continue' }));
    expect(await screen.findByRole('link', { name: /Winter shelter table/ })).toBeVisible();
  });

  it('speaks the browser’s language, offers the other, and keeps the one chosen', async () => {
    vi.spyOn(navigator, 'language', 'get').mockReturnValue('fr-CA');
    const v = folders.start(folders.folder());
    const { user, container } = await renderVaultApp(v);
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Protégez vos données par une phrase de passe',
      }),
    ).toBeVisible();
    expect(document.documentElement.lang).toBe('fr-CA');
    expect(await axeViolations(container)).toEqual([]);

    await user.click(screen.getByRole('radio', { name: 'English' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Protect your data with a passphrase' }),
    ).toBeVisible();
    await user.click(screen.getByRole('radio', { name: 'Français' }));
    await user.type(screen.getByLabelText('Choisissez une phrase de passe'), PASSPHRASE);
    await user.type(screen.getByLabelText('Confirmez la phrase de passe'), PASSPHRASE);
    await user.click(screen.getByRole('button', { name: 'Chiffrer et continuer' }));
    expect(await screen.findByRole('navigation', { name: 'Principal' })).toBeVisible();
    await waitFor(async () => expect((await v.ok('settings.get', {})).language).toBe('fr'));
  });
});

describe('the lock screen', () => {
  it('shows nothing of the data, says a wrong passphrase plainly, and opens on the same screen', async () => {
    const { v, meeting } = await lockedFolder();
    const { container, user } = await renderVaultApp(v, `/meetings/${meeting.id}`);

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Roundtable is locked' }),
    ).toBeVisible();
    expect(screen.getByText('Roundtable', { selector: 'p' })).toBeVisible();
    await waitFor(() => expect(passphraseField()).toHaveFocus());
    expect(container).not.toHaveTextContent('Housing First committee');
    expect(container).not.toHaveTextContent('Case review');
    expect(screen.queryByRole('navigation')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Unlock with Touch ID' })).toBeNull();
    expect(await axeViolations(container)).toEqual([]);

    await user.type(passphraseField(), 'not the passphrase{Enter}');
    expect(await screen.findByText('That passphrase is not right. Try again.')).toBeVisible();
    expect(passphraseField()).toHaveAttribute('aria-invalid', 'true');
    expect(passphraseField()).toHaveValue('');
    await waitFor(() => expect(passphraseField()).toHaveFocus());
    expect(await axeViolations(container)).toEqual([]);

    await user.type(passphraseField(), `${PASSPHRASE}{Enter}`);
    expect(
      await screen.findByRole('heading', { level: 1, name: /Housing First committee/ }),
    ).toBeVisible();
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeVisible();
  });

  it('after too many wrong passphrases, says how long to wait', async () => {
    const { v } = await lockedFolder();
    const { user } = await renderVaultApp(v);
    const unlock = await screen.findByRole('button', { name: 'Unlock' });
    for (let attempt = 0; attempt < 3; attempt++) {
      await user.type(passphraseField(), `wrong ${attempt}{Enter}`);
      await screen.findByText('That passphrase is not right. Try again.');
    }
    expect(await screen.findByText('You can try again in 1 second.')).toBeVisible();
    expect(unlock).toBeDisabled();

    // The core's clock stands still in tests: its wait is not over when the screen's is.
    await waitFor(() => expect(unlock).toBeEnabled());
    await user.type(passphraseField(), 'wrong again{Enter}');
    expect(
      await screen.findByText('Too many wrong passphrases in a row. Wait, then try again.'),
    ).toBeVisible();
  });

  it('speaks the language of the data it hides', async () => {
    const { v } = await lockedFolder({ language: 'fr' });
    const { container } = await renderVaultApp(v);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Roundtable est verrouillé' }),
    ).toBeVisible();
    expect(screen.getByLabelText('Phrase de passe')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Déverrouiller' })).toBeVisible();
    expect(document.documentElement.lang).toBe('fr-CA');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('comes back with the form that was open and what was typed in it', async () => {
    const v = folders.start(folders.folder(), { passphrase: PASSPHRASE });
    const { user, container } = await renderVaultApp(v, '/directory/organizations');
    await user.click(await screen.findByRole('button', { name: 'New organization' }));
    const dialog = await screen.findByRole('dialog', { name: 'New organization' });
    await user.type(within(dialog).getByRole('textbox', { name: /^Name/ }), 'Maison Bon Accueil');

    // Another window (or the idle timer there) locks: every window hides the data.
    await v.ok('vault.lock', {});
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Roundtable is locked' }),
    ).toBeVisible();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(container).not.toHaveTextContent('Maison Bon Accueil');

    await user.type(passphraseField(), `${PASSPHRASE}{Enter}`);
    const back = await screen.findByRole('dialog', { name: 'New organization' });
    expect(within(back).getByRole('textbox', { name: /^Name/ })).toHaveValue('Maison Bon Accueil');
    // No "forms were closed" notice: unlocking replaced nothing.
    expect(screen.queryByText(/were closed/)).toBeNull();
  });
});
