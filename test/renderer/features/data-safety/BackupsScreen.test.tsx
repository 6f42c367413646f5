import { screen, within } from '@testing-library/react';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { storagePaths } from '../../../../electron/core/storage/config';
import { formatDateTime } from '../../../../renderer/i18n/format';
import { makeTestCore, type TestCore } from '../../../helpers/core';
import { renderApp } from '../../../helpers/render';
import { useTempDirs } from '../../../helpers/temp-dirs';

const tempDir = useTempDirs('roundtable-backups-screen-');

/** A core on a file, with two organizations, one person and one backup made an hour ago. */
async function coreWithBackup() {
  const core = makeTestCore({ storage: storagePaths(tempDir()) });
  const north = await core.ok('org.create', { name: 'Shelter North' });
  await core.ok('org.create', { name: 'Food Bank' });
  await core.ok('person.create', { name: 'Amélie Roy' });
  const backup = await core.ok('backup.create', {});
  core.clock.advance(3_600_000);
  return { core, north, backup };
}

const backupsTable = () => screen.findByRole('table', { name: 'Backups, newest first' });

describe('backups and data', () => {
  it('lists backups with their date, kind, contents and size', async () => {
    const { core, backup } = await coreWithBackup();
    await renderApp({ path: '/settings/backups', core });

    const table = await backupsTable();
    const row = within(table).getByRole('row', {
      name: new RegExp(formatDateTime(backup.createdAt, 'en-CA')),
    });
    expect(within(row).getByRole('cell', { name: 'Made with “Back up now”' })).toBeVisible();
    expect(within(row).getByRole('cell', { name: '2 organizations, 1 person' })).toBeVisible();
    expect(within(row).getByRole('cell', { name: /^\d+(\.\d)?\skB$/ })).toBeVisible();
    expect(
      within(row).getByRole('button', {
        name: `Restore the backup from ${formatDateTime(backup.createdAt, 'en-CA')}`,
      }),
    ).toBeVisible();
    expect(screen.getByText(/keeps the last 7 daily and 4 weekly copies/)).toBeVisible();
  });

  it('reads in French, with dates in the Canadian French style', async () => {
    const { core, backup } = await coreWithBackup();
    await renderApp({ path: '/settings/backups', core, settings: { language: 'fr' } });
    const table = await screen.findByRole('table', {
      name: 'Sauvegardes, de la plus récente à la plus ancienne',
    });
    const date = formatDateTime(backup.createdAt, 'fr-CA');
    expect(date).toMatch(/novembre 2026 à \d+ h \d\d/);
    const row = within(table).getByRole('row', { name: new RegExp(date) });
    expect(within(row).getByRole('cell', { name: '2 organismes, 1 personne' })).toBeVisible();
    expect(within(row).getByRole('cell', { name: /^\d+(,\d)?\sko$/ })).toBeVisible();
    expect(
      within(row).getByRole('cell', { name: 'Faite avec « Sauvegarder maintenant »' }),
    ).toBeVisible();
  });

  it('backs up now, shows that it is working, says so, and lists the new backup first', async () => {
    const { core } = await coreWithBackup();
    // Holds the backup back until the test has seen the pending state.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const slowCore: TestCore = {
      ...core,
      call: async (method, input) => {
        if (method === 'backup.create') await held;
        return core.call(method, input);
      },
    };
    const { user } = await renderApp({ path: '/settings/backups', core: slowCore });
    const table = await backupsTable();
    expect(within(table).getAllByRole('row')).toHaveLength(2);

    await user.click(screen.getByRole('button', { name: 'Back up now' }));
    expect(await screen.findByRole('button', { name: 'Backing up…' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    release();
    const made = formatDateTime(core.clock.now(), 'en-CA');
    expect(await screen.findByText(`Backup made: ${made}.`)).toBeVisible();
    expect(screen.getByRole('button', { name: 'Back up now' })).toBeVisible();
    await vi.waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(3));
    expect(within(within(table).getAllByRole('row')[1]!).getByRole('rowheader')).toHaveTextContent(
      made,
    );
    expect(await core.ok('backup.list', {})).toHaveLength(2);
  });

  it('shows the core’s folder refusals inline, translated, then uses and resets a folder', async () => {
    const { core } = await coreWithBackup();
    const { user } = await renderApp({ path: '/settings/backups', core });
    const field = await screen.findByRole('textbox', { name: 'Folder for backups' });
    const use = screen.getByRole('button', { name: 'Use this folder' });

    await user.type(field, 'backups/roundtable');
    await user.click(use);
    expect(
      await screen.findByText(/Enter the full path of the folder, starting from the drive/),
    ).toBeVisible();
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveFocus();
    expect(field).toHaveValue('backups/roundtable');

    const missing = path.join(tempDir(), 'not-there');
    await user.clear(field);
    await user.type(field, missing);
    await user.click(use);
    expect(
      await screen.findByText('This folder does not exist or cannot be reached.'),
    ).toBeVisible();

    const file = path.join(tempDir(), 'notes.txt');
    writeFileSync(file, 'not a folder');
    await user.clear(field);
    await user.type(field, file);
    await user.click(use);
    expect(await screen.findByText('This is a file, not a folder.')).toBeVisible();

    const shared = tempDir();
    await user.clear(field);
    await user.type(field, shared);
    await user.click(use);
    expect(await screen.findByText(`Backups will now be saved in ${shared}.`)).toBeVisible();
    expect((await core.ok('backup.getConfig', {})).activeFolder).toBe(shared);
    expect(screen.getByText(shared, { selector: 'code' })).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Use the default folder' }));
    expect(
      await screen.findByText('Backups will now be saved in the default folder.'),
    ).toBeVisible();
    expect((await core.ok('backup.getConfig', {})).folder).toBeNull();
    expect(
      screen.queryByRole('button', { name: 'Use the default folder' }),
    ).not.toBeInTheDocument();
  });

  it('asks before restoring, says a safety copy is made, then every screen shows the restored data', async () => {
    const { core, north, backup } = await coreWithBackup();
    await core.ok('org.update', { id: north.id, changes: { name: 'Shelter South' } });
    const { user } = await renderApp({ path: '/directory/organizations', core });
    expect(await screen.findByRole('link', { name: 'Shelter South' })).toBeVisible();

    await user.click(screen.getByRole('link', { name: 'Settings' }));
    await user.click(await screen.findByRole('link', { name: 'Manage backups and data' }));
    const date = formatDateTime(backup.createdAt, 'en-CA');
    await user.click(
      await screen.findByRole('button', { name: `Restore the backup from ${date}` }),
    );
    const dialog = await screen.findByRole('alertdialog', { name: 'Restore this backup?' });
    expect(dialog).toHaveTextContent(
      `All current data will be replaced by the backup from ${date} (2 organizations, 1 person). ` +
        'Roundtable first makes a safety copy of the current data',
    );
    // Cancel has the focus: a stray Enter restores nothing.
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Restore the backup' }));

    expect(
      await screen.findByText(
        `The backup from ${date} was restored. The data from before is kept as a safety copy in the list of backups.`,
      ),
    ).toBeVisible();
    // The safety copy is listed at once.
    expect(await screen.findByRole('cell', { name: 'Safety copy before a restore' })).toBeVisible();

    await user.click(screen.getByRole('link', { name: 'Directory' }));
    expect(await screen.findByRole('link', { name: 'Shelter North' })).toBeVisible();
    expect(screen.queryByRole('link', { name: 'Shelter South' })).not.toBeInTheDocument();
  });

  it('closes forms left open when another window restores a backup, and says so', async () => {
    const { core, north, backup } = await coreWithBackup();
    await core.ok('org.update', { id: north.id, changes: { name: 'Shelter South' } });
    const { user } = await renderApp({ path: `/directory/organizations/${north.id}`, core });
    await user.click(await screen.findByRole('button', { name: 'Edit' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit organization' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Phone' }), '613 555-0100');

    // Another window restores: this form was typed against data that is gone.
    await core.ok('backup.restore', { id: backup.id });

    expect(await screen.findByText(/open were closed without saving/)).toBeVisible();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 1, name: 'Shelter North' })).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Edit' }));
    const again = await screen.findByRole('dialog', { name: 'Edit organization' });
    expect(within(again).getByRole('textbox', { name: /^Name/ })).toHaveValue('Shelter North');
    expect(within(again).getByRole('textbox', { name: 'Phone' })).toHaveValue('');
  });

  it('exports everything as a download, and refuses to import it over existing records', async () => {
    const { core } = await coreWithBackup();
    const { user } = await renderApp({ path: '/settings/backups', core });
    const saved: { name: string; type: string }[] = [];
    const createUrl = vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      saved.push({ name: '', type: (blob as Blob).type });
      return 'blob:archive';
    });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      saved[saved.length - 1]!.name = this.download;
    });
    await user.click(await screen.findByRole('button', { name: 'Export everything' }));
    expect(await screen.findByText(/The file roundtable-.*\.json was saved/)).toBeVisible();
    expect(saved).toEqual([
      { name: expect.stringMatching(/^roundtable-.*\.json$/), type: 'application/json' },
    ]);
    click.mockRestore();
    createUrl.mockRestore();

    const { json } = await core.ok('data.exportArchive', {});
    const input = document.querySelector<HTMLInputElement>('input[type="file"]')!;
    await user.upload(input, new File([json], 'roundtable.json', { type: 'application/json' }));
    expect(
      await screen.findByText(/Roundtable already holds records, so the archive was not imported/),
    ).toBeVisible();
    expect(await core.ok('org.list', {})).toHaveLength(2);
  });

  it('imports an archive into an empty Roundtable', async () => {
    const { core: source } = await coreWithBackup();
    const { json, manifest } = await source.ok('data.exportArchive', {});
    const { user, core } = await renderApp({ path: '/settings/backups' });
    await screen.findByRole('button', { name: 'Import an archive' });
    const input = document.querySelector<HTMLInputElement>('input[type="file"]')!;
    await user.upload(input, new File([json], 'roundtable.json', { type: 'application/json' }));
    expect(
      await screen.findByText(
        `The archive exported on ${formatDateTime(manifest.exportedAt, 'en-CA')} was imported.`,
      ),
    ).toBeVisible();
    expect(await core.ok('org.list', {})).toHaveLength(2);

    await user.upload(
      document.querySelector<HTMLInputElement>('input[type="file"]')!,
      new File(['{"hello": 1}'], 'other.json', { type: 'application/json' }),
    );
    expect(
      await screen.findByText(/This file is not a Roundtable archive, or it is damaged/),
    ).toBeVisible();
  });
});
