import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { callCore, dismissToasts, expectNoAxeViolations, snap, useE2eApp } from '../helpers/e2e';
import { oneOff } from '../helpers/meetings';

/**
 * Issue 7's system issues log and Settings › Privacy as a chair uses them: an issue logged from a
 * meeting's notes, the log with it, a CSV export, then the access log recording that export.
 * Screenshots land in test-results/system-issues/.
 */
const started = useE2eApp();

const heading = (page: Page, name: string | RegExp) =>
  page.getByRole('heading', { level: 1, name });

/** A dialog as it looks on the screen (a full-page shot would cut the overlay where the window ends). */
async function snapScreen(page: Page, name: string) {
  const file = path.join(
    fileURLToPath(new URL('../../test-results/', import.meta.url)),
    `${name}.png`,
  );
  await page.screenshot({ path: file });
}

/** The machine's calendar day, `days` from today: the host's core counts from the same one. */
function dayFromToday(days: number): string {
  const day = new Date();
  day.setDate(day.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}

describe('system issues and the access log, end to end', () => {
  it('logs an issue from the notes, exports the log, and sees the export in Settings › Privacy', async () => {
    const page = await started().newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await heading(page, 'Home').waitFor();

    const meeting = await callCore(
      page,
      'meeting.create',
      oneOff({ title: 'Complex case consultation', date: dayFromToday(-1) }),
    );
    // Already on the log: raised twice at earlier tables.
    const older = await callCore(page, 'systemIssue.add', {
      title: 'Detox beds full on weekends',
      category: 'difficulty',
      tags: ['addictions', 'waitlists'],
      raisedOn: dayFromToday(-60),
    });
    await callCore(page, 'systemIssue.raise', { id: older.id, raisedOn: dayFromToday(-30) });
    // From the meeting's notes: log a new issue raised there.
    await page.goto(`${started().url.split('#')[0]}#/meetings/${meeting.id}/notes`);
    await heading(page, /^Notes: Complex case consultation/).waitFor();
    await page.getByRole('button', { name: 'Log a system issue' }).click();
    const dialog = page.getByRole('dialog', { name: 'Log a system issue raised at this meeting' });
    await dialog.getByText(/^Raised at Complex case consultation/).waitFor();
    await dialog
      .getByRole('textbox', { name: /^Title/ })
      .fill('Hospital discharges to shelters on Friday evenings');
    await dialog
      .getByRole('textbox', { name: 'Description' })
      .fill('Patients arrive after intake closes, without medication or a follow-up plan.');
    await dialog.getByText('Change needed in the system', { exact: true }).click();
    const tag = dialog.getByRole('combobox', { name: 'Add a tag' });
    await tag.fill('disch');
    await page.getByRole('option', { name: 'Discharge planning' }).click();
    await tag.fill('Hospital liaison');
    await tag.press('Enter');
    await tag.press('Escape');
    await dialog
      .getByRole('textbox', { name: /What was said/ })
      .fill('Three agencies saw it this month.');
    await dialog.getByRole('list', { name: 'Tags chosen' }).getByText('Hospital liaison').waitFor();
    await expectNoAxeViolations(page, 'log a system issue from the notes');
    // The dialog from its top: the meeting it is logged at, then the fields.
    await page.locator('.modal').evaluate((modal) => modal.scrollTo(0, 0));
    await snapScreen(page, 'system-issues/log-from-notes');
    await dialog.getByRole('button', { name: 'Log the issue' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText('logged as a system issue.', { exact: false }).waitFor();
    await dismissToasts(page);

    // The log, from the cases screen: the new issue, with its tags and its raise.
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Cases' })
      .click();
    await heading(page, 'Cases').waitFor();
    await page.getByRole('link', { name: 'System issues' }).click();
    await heading(page, 'System issues').waitFor();
    const table = page.getByRole('table', { name: /^System issues/ });
    const row = table.getByRole('row').filter({ hasText: 'Hospital discharges' });
    await row.getByText('Hospital liaison').waitFor();
    await row.getByText('Discharge planning').waitFor();
    await row.getByText(/^Raised once, on /).waitFor();
    // Most raised first: the older issue, raised twice, leads.
    await expect
      .poll(() => table.getByRole('rowheader').allTextContents())
      .toEqual([
        'Detox beds full on weekends',
        'Hospital discharges to shelters on Friday evenings',
      ]);
    await expectNoAxeViolations(page, 'system issues');
    await snap(page, 'system-issues/list');

    // Its dialog: details, the time raised at the meeting, and "Raised again".
    await table
      .getByRole('button', { name: 'Hospital discharges to shelters on Friday evenings' })
      .click();
    const issue = page.getByRole('dialog', {
      name: 'Hospital discharges to shelters on Friday evenings',
    });
    await issue.getByRole('link', { name: 'Complex case consultation' }).waitFor();
    await expectNoAxeViolations(page, 'system issue dialog');
    await snapScreen(page, 'system-issues/issue-dialog');
    await issue.getByRole('button', { name: 'Close' }).click();
    await issue.waitFor({ state: 'detached' });

    // Export as CSV: a download, with the issue and its tag in words.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'CSV (spreadsheet)' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^system-issues.*\.csv$/);
    let csv = '';
    for await (const chunk of await file.createReadStream()) csv += String(chunk);
    expect(csv).toContain('Hospital discharges to shelters on Friday evenings');
    expect(csv).toContain('Discharge planning');
    await page.getByText(/Exports are written to the access log/).waitFor();

    // Settings › Privacy: retention, the case due, and the export in the access log.
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Settings' })
      .click();
    await heading(page, 'Settings').waitFor();
    await page.getByRole('link', { name: 'Data retention and access log' }).click();
    await heading(page, 'Privacy').waitFor();
    // A case opens today, so none has been closed long enough to be due (the jsdom tests purge).
    await page.getByText('No case is due for purging.').waitFor();
    const log = page.getByRole('table', { name: 'Access log, newest first' });
    await log.getByRole('rowheader', { name: 'System issues log exported (CSV)' }).waitFor();
    await expectNoAxeViolations(page, 'settings › privacy');
    await snap(page, 'system-issues/privacy-settings');

    expect(errors).toEqual([]);
  });
});
