import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { storagePaths } from '../../../../electron/core/storage/config';
import { formatDateTime } from '../../../../renderer/i18n/format';
import { damageOrganizationsPage } from '../../../helpers/damage';
import { makeTestCore } from '../../../helpers/core';
import { renderApp } from '../../../helpers/render';
import { useTempDirs } from '../../../helpers/temp-dirs';

const tempDir = useTempDirs('roundtable-damaged-notice-');

/** A file database of many pages with a good backup, closed so its file can be damaged. */
async function savedWithBackup() {
  const storage = storagePaths(tempDir());
  const core = makeTestCore({ storage });
  for (let i = 0; i < 60; i++) {
    await core.ok('org.create', { name: `Agency ${i}`, notes: `Notes ${i} `.repeat(200) });
  }
  const backup = await core.ok('backup.create', {});
  core.close();
  return { storage, backup };
}

const notice = () =>
  screen.findByRole('heading', { level: 1, name: /Roundtable’s data file is damaged/ });

describe('a damaged database', () => {
  beforeEach(() => {
    // The first screen may ask for data before the background check answers; the core refuses
    // and that screen logs its failure just before the notice replaces it.
    vi.spyOn(console, 'error').mockImplementation(() => {});
  });

  it('is reported in plain words at start-up, with the latest good backup to restore', async () => {
    const { storage, backup } = await savedWithBackup();
    damageOrganizationsPage(storage.file);
    const core = makeTestCore({ storage });
    const { user } = await renderApp({ path: '/directory/organizations', core });

    expect(await notice()).toHaveFocus();
    expect(
      screen.getByText(/nothing more will be written until a backup is restored/),
    ).toBeVisible();
    // No navigation to carry on with: the notice replaces the app.
    expect(screen.queryByRole('navigation', { name: 'Main' })).not.toBeInTheDocument();
    const latest = screen.getByRole('region', { name: 'Latest good backup' });
    const date = formatDateTime(backup.createdAt, 'en-CA');
    expect(within(latest).getByText(date)).toBeVisible();
    expect(within(latest).getByText(/60 organizations, 0 people/)).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Technical details' }));
    expect(screen.getByText(/its integrity check found \d+ problems?/)).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Restore the latest good backup' }));
    const dialog = await screen.findByRole('alertdialog', {
      name: 'Restore the latest good backup?',
    });
    expect(dialog).toHaveTextContent(`the backup from ${date} (60 organizations, 0 people)`);
    expect(dialog).toHaveTextContent('A copy of the damaged file is kept first.');
    await user.click(within(dialog).getByRole('button', { name: 'Restore the backup' }));

    expect(
      await screen.findByText(`The backup from ${date} was restored.`, { exact: false }),
    ).toBeVisible();
    expect(await screen.findByRole('link', { name: 'Agency 0' })).toBeVisible();
    expect(screen.queryByText(/data file is damaged/)).not.toBeInTheDocument();
    expect((await core.ok('data.health', {})).status).toBe('ok');
  });

  it('leads to the list of backups, without the rest of the app', async () => {
    const { storage, backup } = await savedWithBackup();
    damageOrganizationsPage(storage.file);
    const core = makeTestCore({ storage });
    const { user } = await renderApp({ core });

    await user.click(await screen.findByRole('link', { name: 'See all backups' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Backups and data' }),
    ).toBeVisible();
    expect(screen.getByText(/The data file is damaged: nothing is saved/)).toBeVisible();
    // A damaged file is not backed up again, nor exported.
    expect(screen.queryByRole('button', { name: 'Back up now' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Export everything' })).not.toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'Main' })).not.toBeInTheDocument();
    expect(
      screen.getByRole('button', {
        name: `Restore the backup from ${formatDateTime(backup.createdAt, 'en-CA')}`,
      }),
    ).toBeVisible();

    await user.click(screen.getByRole('link', { name: 'Back to the notice' }));
    expect(await notice()).toBeVisible();
  });

  it('found while working replaces the screen at once', async () => {
    const storage = storagePaths(tempDir());
    const core = makeTestCore({ storage });
    for (let i = 0; i < 60; i++) {
      await core.ok('org.create', { name: `Agency ${i}`, notes: `Notes ${i} `.repeat(200) });
    }
    await renderApp({ path: '/directory/organizations', core });
    expect(await screen.findByRole('link', { name: 'Agency 0' })).toBeVisible();

    core.db.pragma('wal_checkpoint(TRUNCATE)');
    damageOrganizationsPage(storage.file);
    // SQLite would otherwise answer from pages it already holds in memory.
    core.db.pragma('shrink_memory');
    // The host's check (as at start-up) finds it, and the core tells every window.
    await core.autoBackupIfDue();

    expect(await notice()).toBeVisible();
    expect(screen.queryByRole('link', { name: 'Agency 0' })).not.toBeInTheDocument();
    expect(
      screen.getByText(/No backup that can be restored was found. Do not delete/),
    ).toBeVisible();
  });
});
