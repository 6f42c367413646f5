import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { storagePaths } from '../../electron/core/storage/config';
import { onDisk } from '../core/vault/vault-helpers';
import { expectNoAxeViolations, snap, startE2eApp, type E2eApp } from '../helpers/e2e';

let app: E2eApp | undefined;

afterEach(async () => {
  await app?.close();
  app = undefined;
});

const heading = (page: Page, name: string | RegExp) =>
  page.getByRole('heading', { level: 1, name });

const CHOSEN = 'tulips in the April rain';

/**
 * React Aria announces a focused button going busy by pointing its live region at the button
 * (`aria-labelledby`), for 7 seconds. Locking right after saving a form leaves it pointing at a
 * button that is gone, which axe reports; a person hears nothing wrong. Wait for it to clear.
 */
async function announcerCleared(page: Page) {
  await expect
    .poll(() => page.locator('[aria-live] [role="img"]').count(), { timeout: 10_000 })
    .toBe(0);
}

async function addOrganization(page: Page, name: string) {
  await page.getByRole('button', { name: 'New organization' }).click();
  const form = page.getByRole('dialog', { name: 'New organization' });
  await form.getByRole('textbox', { name: 'Name', exact: true }).fill(name);
  await form.getByRole('button', { name: 'Create organization' }).click();
  await form.waitFor({ state: 'detached' });
  await page.getByRole('link', { name }).waitFor();
}

describe('encryption and the app lock, end to end', () => {
  it('sets up a passphrase in browser mode, locks, shows nothing of the data, and unlocks', async () => {
    app = await startE2eApp({ unlocked: false });
    const page = await app.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));

    // First start in browser mode: no keychain, so a passphrase is chosen before anything else.
    await heading(page, 'Protect your data with a passphrase').waitFor();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('name')))
      .toBe('next');
    await page.getByLabel('Choose a passphrase').fill(CHOSEN);
    await page.getByLabel('Confirm the passphrase').fill('tulips in the May rain');
    await page.getByRole('button', { name: 'Encrypt and continue' }).click();
    await page.getByText('The two passphrases are not the same.', { exact: false }).waitFor();
    await snap(page, 'security/setup');
    await expectNoAxeViolations(page, 'setup screen');
    await page.getByLabel('Confirm the passphrase').fill(CHOSEN);
    await page.getByRole('button', { name: 'Encrypt and continue' }).click();
    await heading(page, 'Home').waitFor();

    await page.getByRole('link', { name: 'Directory' }).click();
    await heading(page, 'Partner directory').waitFor();
    await addOrganization(page, 'Maison Bon Accueil');

    // Lock from the header: the lock screen stands alone.
    await page.getByRole('button', { name: /^Lock now/ }).click();
    await heading(page, 'Roundtable is locked').waitFor();
    expect(await page.locator('body').innerText()).not.toContain('Maison Bon Accueil');
    expect(await page.getByRole('navigation').count()).toBe(0);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('name')))
      .toBe('passphrase');
    await snap(page, 'security/locked');
    await announcerCleared(page);
    await expectNoAxeViolations(page, 'lock screen');

    await page.getByLabel('Passphrase').fill('tulips in the May rain');
    await page.keyboard.press('Enter');
    await page.getByText('That passphrase is not right. Try again.').waitFor();
    await snap(page, 'security/wrong-passphrase');
    await expectNoAxeViolations(page, 'lock screen, wrong passphrase');

    await page.getByLabel('Passphrase').fill(CHOSEN);
    await page.keyboard.press('Enter');
    // Back where it was locked, with the data.
    await heading(page, 'Partner directory').waitFor();
    await page.getByRole('link', { name: 'Maison Bon Accueil' }).waitFor();

    // What is on disk is encrypted: the organization's name is nowhere in the file.
    expect(onDisk(storagePaths(app.dataDir).file, 'Maison Bon Accueil')).toBe(false);
    expect(errors).toEqual([]);
  });

  it('shows Security and privacy in Settings, and locks by the shortcut', async () => {
    app = await startE2eApp();
    const page = await app.newPage();
    await heading(page, 'Home').waitFor();
    await page.getByRole('link', { name: 'Settings' }).click();
    await heading(page, 'Settings').waitFor();
    await page.getByRole('link', { name: 'Passphrase, app lock and encryption key' }).click();
    await heading(page, 'Security and privacy').waitFor();
    await page.getByRole('button', { name: /Lock by itself/ }).click();
    await page.getByRole('option', { name: 'After 10 minutes' }).click();
    await expect
      .poll(() => page.getByRole('button', { name: /Lock by itself/ }).innerText())
      .toContain('After 10 minutes');
    await snap(page, 'security/settings');
    await expectNoAxeViolations(page, 'security settings');

    await page.keyboard.press('Control+Shift+L');
    await heading(page, 'Roundtable is locked').waitFor();
    await page.getByLabel('Passphrase').fill('e2e passphrase, for tests only');
    await page.getByRole('button', { name: 'Unlock' }).click();
    await heading(page, 'Security and privacy').waitFor();
  });
});
