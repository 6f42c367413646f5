import Database from 'better-sqlite3-multiple-ciphers';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { storagePaths } from '../../../../electron/core/storage/config';
import { makeTestCore } from '../../../helpers/core';
import { renderApp } from '../../../helpers/render';
import { useTempDirs } from '../../../helpers/temp-dirs';

const tempDir = useTempDirs('roundtable-storage-errors-ui-');

describe('when the disk refuses to save', () => {
  it('the form says so in plain words and keeps everything typed', async () => {
    const storage = storagePaths(tempDir());
    const setup = makeTestCore({ storage });
    await setup.ok('org.create', { name: 'Shelter North' });
    setup.close();
    // Administrators ignore permission bits, so the read-only folder is simulated by SQLite itself.
    const core = makeTestCore({
      db: new Database(storage.file, { readonly: true, fileMustExist: true }),
    });
    const { user } = await renderApp({ path: '/directory/organizations', core });

    await user.click(await screen.findByRole('button', { name: 'New organization' }));
    const dialog = await screen.findByRole('dialog', { name: 'New organization' });
    const name = within(dialog).getByRole('textbox', { name: /^Name/ });
    const notes = within(dialog).getByRole('textbox', { name: 'Notes' });
    await user.type(name, 'Housing First Team');
    await user.type(notes, 'Typed during the meeting: call back on Tuesday.');
    await user.click(within(dialog).getByRole('button', { name: 'Create organization' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      /Roundtable could not save: the data folder is read-only, the disk is full.*What you typed is still here/,
    );
    expect(screen.getByRole('dialog', { name: 'New organization' })).toBeVisible();
    expect(name).toHaveValue('Housing First Team');
    expect(notes).toHaveValue('Typed during the meeting: call back on Tuesday.');
    // A refusal of the disk is not damage: no "damaged" notice, the app carries on.
    expect((await core.ok('data.health', {})).status).toBe('ok');
    expect(screen.queryByText(/data file is damaged/)).not.toBeInTheDocument();
    expect(await core.ok('org.list', {})).toHaveLength(1);
  });

  it('says it in French too', async () => {
    const storage = storagePaths(tempDir());
    const setup = makeTestCore({ storage });
    await setup.ok('settings.update', { language: 'fr' });
    setup.close();
    const core = makeTestCore({
      db: new Database(storage.file, { readonly: true, fileMustExist: true }),
    });
    const { user } = await renderApp({ path: '/directory/organizations', core });
    await user.click(await screen.findByRole('button', { name: 'Nouvel organisme' }));
    const dialog = await screen.findByRole('dialog');
    const name = within(dialog).getByRole('textbox', { name: /^Nom/ });
    await user.type(name, 'Maison Bon Accueil{Enter}');
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      /Roundtable n’a pas pu enregistrer.*Ce que vous avez saisi est toujours là/,
    );
    expect(name).toHaveValue('Maison Bon Accueil');
  });
});
