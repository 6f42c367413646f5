import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { storagePaths } from '../../electron/core/storage/config';
import { damageOrganizationsPage } from '../helpers/damage';
import { makeTestCore } from '../helpers/core';
import {
  dismissToasts,
  expectNoAxeViolations,
  snap,
  startE2eApp,
  type E2eApp,
} from '../helpers/e2e';

let app: E2eApp | undefined;

afterEach(async () => {
  await app?.close();
  app = undefined;
});

const heading = (page: Page, name: string | RegExp) =>
  page.getByRole('heading', { level: 1, name });

async function openBackups(page: Page) {
  await page.getByRole('link', { name: 'Settings' }).click();
  await heading(page, 'Settings').waitFor();
  await page.getByRole('link', { name: 'Manage backups and data' }).click();
  await heading(page, 'Backups and data').waitFor();
}

async function addOrganization(page: Page, name: string) {
  await page.getByRole('button', { name: 'New organization' }).click();
  const form = page.getByRole('dialog', { name: 'New organization' });
  await form.getByRole('textbox', { name: 'Name', exact: true }).fill(name);
  await form.getByRole('button', { name: 'Create organization' }).click();
  await form.waitFor({ state: 'detached' });
  await page.getByRole('link', { name }).waitFor();
}

describe('data safety, end to end', () => {
  it('backs up from Settings, changes data, restores the backup and shows the old data', async () => {
    app = await startE2eApp();
    const page = await app.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));

    await heading(page, 'Home').waitFor();
    await page.getByRole('link', { name: 'Directory' }).click();
    await heading(page, 'Partner directory').waitFor();
    await addOrganization(page, 'Maison Bon Accueil');
    await addOrganization(page, 'Ottawa Food Bank');

    // Back up from Settings.
    await page.getByRole('link', { name: 'Settings' }).click();
    await heading(page, 'Settings').waitFor();
    await page.getByText('No backup yet.').waitFor();
    await page.getByRole('link', { name: 'Manage backups and data' }).click();
    await heading(page, 'Backups and data').waitFor();
    await page.getByText(/No backups yet/).waitFor();
    await page.getByRole('button', { name: 'Back up now' }).click();
    await page.getByText(/^Backup made: /).waitFor();
    const table = page.getByRole('table', { name: 'Backups, newest first' });
    const row = table.getByRole('row').nth(1);
    await row.getByRole('cell', { name: '2 organizations, 0 people' }).waitFor();
    await row.getByRole('cell', { name: 'Made with “Back up now”' }).waitFor();
    const when = (await row.getByRole('rowheader').textContent()) ?? '';
    expect(when).toMatch(/^[A-Z][a-z]+ \d{1,2}, \d{4} at \d{1,2}:\d\d [ap]\.m\.$/);
    await dismissToasts(page);
    await expectNoAxeViolations(page, 'settings, backups and data');
    await snap(page, 'backups-list');

    // Change the data: rename one organization and add another.
    await page.getByRole('link', { name: 'Directory' }).click();
    await page.getByRole('link', { name: 'Maison Bon Accueil' }).click();
    await heading(page, 'Maison Bon Accueil').waitFor();
    await page.getByRole('button', { name: 'Edit' }).click();
    const edit = page.getByRole('dialog', { name: 'Edit organization' });
    await edit.getByRole('textbox', { name: 'Name', exact: true }).fill('Maison du Bon Accueil');
    await edit.getByRole('button', { name: 'Save' }).click();
    await heading(page, 'Maison du Bon Accueil').waitFor();
    await page.getByRole('link', { name: 'All organizations' }).click();
    await addOrganization(page, 'Youth Employment Services');
    await dismissToasts(page);

    // Restore the backup, after a confirmation that says a safety copy is made first.
    await openBackups(page);
    await page.getByRole('button', { name: `Restore the backup from ${when}` }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Restore this backup?' });
    await confirm.waitFor();
    expect(await confirm.textContent()).toContain(
      'Roundtable first makes a safety copy of the current data',
    );
    await expectNoAxeViolations(page, 'restore confirmation');
    await snap(page, 'restore-confirm');
    await confirm.getByRole('button', { name: 'Restore the backup' }).click();
    await page.getByText(`The backup from ${when} was restored.`, { exact: false }).waitFor();
    await table.getByRole('cell', { name: 'Safety copy before a restore' }).waitFor();
    await dismissToasts(page);
    await expectNoAxeViolations(page, 'backups after a restore');
    await snap(page, 'backups-after-restore');

    // The old data is back everywhere.
    await page.getByRole('link', { name: 'Directory' }).click();
    await heading(page, 'Partner directory').waitFor();
    await page.getByRole('link', { name: 'Maison Bon Accueil' }).waitFor();
    await page.getByRole('link', { name: 'Ottawa Food Bank' }).waitFor();
    expect(await page.getByRole('link', { name: 'Maison du Bon Accueil' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Youth Employment Services' }).count()).toBe(0);
    await expectNoAxeViolations(page, 'directory after a restore');
    await snap(page, 'after-restore');

    // Still there after a reload: the restore was written to the file.
    await page.reload({ waitUntil: 'load' });
    await page.getByRole('link', { name: 'Maison Bon Accueil' }).waitFor();

    expect(errors).toEqual([]);
  });

  it('says plainly that a damaged file was found and restores the latest good backup', async () => {
    app = await startE2eApp({
      prepare: async (dataDir) => {
        const storage = storagePaths(dataDir);
        const core = makeTestCore({ storage, start: Date.now() - 3_600_000 });
        for (let i = 1; i <= 40; i++) {
          await core.ok('org.create', { name: `Agency ${i}`, notes: `Notes ${i} `.repeat(200) });
        }
        await core.ok('backup.create', {});
        core.close();
        // A failing disk overwrites part of a data page.
        damageOrganizationsPage(storage.file);
      },
    });
    const page = await app.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));

    await heading(page, /data file is damaged/).waitFor();
    await page.getByText(/nothing more will be written/).waitFor();
    await expectNoAxeViolations(page, 'damaged notice');
    await snap(page, 'damaged-notice');

    await page.getByRole('button', { name: 'Restore the latest good backup' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Restore the latest good backup?' });
    await confirm.waitFor();
    await expectNoAxeViolations(page, 'damaged notice, confirmation');
    await snap(page, 'damaged-restore-confirm');
    await confirm.getByRole('button', { name: 'Restore the backup' }).click();

    await heading(page, 'Home').waitFor();
    await page.getByRole('link', { name: 'Directory' }).click();
    await heading(page, 'Partner directory').waitFor();
    await page.getByRole('link', { name: 'Agency 1', exact: true }).waitFor();
    await page.getByText(/was restored/).waitFor();
    await snap(page, 'damaged-after-restore');
    expect(errors).toEqual([]);
  });
});
