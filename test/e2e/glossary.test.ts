import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { callCore, dismissToasts, expectNoAxeViolations, snap, useE2eApp } from '../helpers/e2e';

/**
 * Issue 6's Glossary screen as a chair uses it: the starter glossary taken on first run, searched
 * (accents and acronyms), browsed by letter, a concept created with both languages, a deprecated
 * term pointing to it, a merge and a delete each undone, CSV out and in through the dry-run
 * review, and the screen in French. Screenshots land in test-results/glossary/.
 */
const started = useE2eApp();

const files = mkdtemp(path.join(os.tmpdir(), 'roundtable-glossary-e2e-'));
afterAll(async () => rm(await files, { recursive: true, force: true }));

/**
 * What a dialog looks like on the screen: a full-page shot of a long list would stretch the
 * overlay over the whole page and cut the dialog off where the window ends.
 */
async function snapScreen(page: Page, name: string) {
  const file = path.join(
    fileURLToPath(new URL('../../test-results/', import.meta.url)),
    `${name}.png`,
  );
  await page.screenshot({ path: file });
}

const focusedClass = (page: Page) => page.evaluate(() => document.activeElement?.className);

/** Scrolls the open dialog to its start or end, for a screenshot of that part. */
const scrollDialog = (dialog: Locator, to: 'start' | 'end') =>
  dialog.evaluate((element, end) => {
    const modal = element.closest('.modal');
    modal?.scrollTo(0, end ? modal.scrollHeight : 0);
  }, to === 'end');

const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name });

/** The glossary table's first-column links, in order. */
const termLinks = (page: Page) =>
  page.getByRole('table', { name: /^(Glossary terms|Termes du glossaire)/ }).getByRole('rowheader');

async function search(page: Page, text: string) {
  await page.getByRole('searchbox', { name: 'Search terms and acronyms' }).fill(text);
}

async function choose(scope: Locator, page: Page, field: RegExp, option: string) {
  await scope.getByRole('button', { name: field }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Takes a toast's Undo, then waits for the toast saying it was undone. */
async function undo(page: Page, toast: string | RegExp, done: string | RegExp) {
  const notifications = page.getByRole('region', { name: 'Notifications' });
  await notifications
    .getByRole('alertdialog')
    .filter({ hasText: toast })
    .getByRole('button', { name: 'Undo' })
    .click();
  await notifications.getByText(done).waitFor();
}

describe('the glossary screen, end to end', () => {
  it('starts from the starter terms, grows, merges, deletes, imports and exports, in both languages', async () => {
    const page = await started().newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    // The directory is seeded: agencies are another screen's business.
    const shelter = await callCore(page, 'org.create', {
      name: 'Maison Bon Accueil',
      shortName: 'MBA',
      kind: 'funded_program',
    });
    await callCore(page, 'org.create', { name: 'Ottawa Police Liaison Unit' });

    // First run: the glossary is empty and offers the starter terms.
    await heading(page, 'Home').waitFor();
    await page.getByRole('link', { name: 'Glossary' }).click();
    await heading(page, 'Glossary').waitFor();
    const offer = page.getByRole('region', { name: 'Start with common terms?' });
    await offer.waitFor();
    await page.getByText(/^The glossary is empty/).waitFor();
    await expectNoAxeViolations(page, 'empty glossary with the starter offer');
    await snap(page, 'glossary/01-starter-offer');

    await offer.getByRole('button', { name: /^Add \d+ terms$/ }).click();
    await page.getByText(/^\d+ common terms added to the glossary\.$/).waitFor();
    await expect.poll(() => offer.count()).toBe(0);
    await expect.poll(() => termLinks(page).count()).toBeGreaterThan(20);
    // The offer went with the button pressed: the focus moves to the count of terms.
    expect(await focusedClass(page)).toBe('glossary__summary');
    await dismissToasts(page);
    await expectNoAxeViolations(page, 'glossary list');
    await snap(page, 'glossary/02-list');

    // An acronym, typed in lower case, finds its concept first.
    await search(page, 'cmsm');
    await expect
      .poll(async () => (await termLinks(page).first().textContent())?.trim())
      .toBe('Consolidated Municipal Service Manager');
    await snap(page, 'glossary/03-search-acronym');
    await search(page, '');
    await expect.poll(() => termLinks(page).count()).toBeGreaterThan(20);

    // The alphabetical index narrows to one letter; "All" brings the rest back.
    const index = page.getByRole('radiogroup', { name: 'Alphabetical index' });
    await index.getByRole('radio', { name: 'H', exact: true }).click();
    await expect
      .poll(async () => (await termLinks(page).allTextContents()).every((t) => /^h/i.test(t)))
      .toBe(true);
    await expect.poll(() => termLinks(page).count()).toBeGreaterThan(1);
    // The arrow keys move along the index (the focus ring must show on a projector).
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('I');
    await expectNoAxeViolations(page, 'glossary under one letter');
    await snap(page, 'glossary/04-letter-h');

    // A concept opens over the list, both languages side by side.
    await page.getByRole('link', { name: 'Housing First', exact: true }).click();
    const housingFirst = page.getByRole('dialog', { name: 'Housing First' });
    await housingFirst.getByRole('cell', { name: 'Logement d’abord' }).waitFor();
    await expectNoAxeViolations(page, 'a concept');
    await snapScreen(page, 'glossary/05-concept');
    await housingFirst.getByRole('button', { name: 'Close' }).click();
    await housingFirst.waitFor({ state: 'detached' });
    await index.getByRole('radio', { name: 'All', exact: true }).click();

    // A new concept with both sides, an acronym, a subject and one agency's own meaning.
    await page.getByRole('button', { name: 'New term' }).click();
    const form = page.getByRole('dialog', { name: 'New term' });
    const english = form.getByRole('group', { name: 'English', exact: true });
    const french = form.getByRole('group', { name: 'French', exact: true });
    await english
      .getByRole('textbox', { name: 'Term (English)', exact: true })
      .fill('case conference');
    await english.getByRole('textbox', { name: /^Acronyms and short forms/ }).fill('MACC');
    await english
      .getByRole('textbox', { name: 'Definition (English)', exact: true })
      .fill(
        'A meeting of the agencies working with one person or family, held with their consent, to agree on one plan.',
      );
    await french
      .getByRole('textbox', { name: 'Term (French)', exact: true })
      .fill('réunion de cas');
    await french.getByRole('textbox', { name: /^Acronyms and short forms/ }).fill('RCMO');
    await french
      .getByRole('textbox', { name: 'Definition (French)', exact: true })
      .fill(
        'Réunion des organismes qui accompagnent une personne ou une famille, tenue avec son consentement, pour convenir d’un seul plan.',
      );
    await choose(form, page, /Subject$/, 'Housing');
    await form.getByRole('button', { name: 'Add a meaning for an agency' }).click();
    await choose(form, page, /^Choose an agency Agency/, 'Maison Bon Accueil');
    await form
      .getByRole('textbox', { name: 'Meaning in English' })
      .fill('The weekly meeting of the shelter’s own case managers.');
    await form
      .getByRole('textbox', { name: 'Meaning in French' })
      .fill('La réunion hebdomadaire des gestionnaires de cas du refuge.');
    await expectNoAxeViolations(page, 'new concept form');
    await scrollDialog(form, 'start');
    await snapScreen(page, 'glossary/06-new-concept-form');
    await scrollDialog(form, 'end');
    await snapScreen(page, 'glossary/06-new-concept-form-end');
    await form.getByRole('button', { name: 'Add to glossary' }).click();
    await form.waitFor({ state: 'detached' });
    await page.getByText('Added to the glossary: case conference').waitFor();

    // Without its accent, "reunion" finds the French "réunion".
    await search(page, 'reunion');
    await expect.poll(() => termLinks(page).allTextContents()).toEqual(['case conference']);
    await dismissToasts(page);
    await snap(page, 'glossary/07-search-accent');
    await search(page, '');

    // A deprecated term that says what to use instead.
    await page.getByRole('button', { name: 'New term' }).click();
    const deprecated = page.getByRole('dialog', { name: 'New term' });
    await deprecated
      .getByRole('group', { name: 'English', exact: true })
      .getByRole('textbox', { name: 'Term (English)', exact: true })
      .fill('case meeting');
    await choose(deprecated, page, /Status$/, 'Deprecated');
    await deprecated.getByRole('combobox', { name: 'Term to use instead' }).click();
    await page.keyboard.type('MACC');
    await page.getByRole('option', { name: /^case conference \(MACC/ }).click();
    await deprecated.getByText('Use instead:').waitFor();
    await expectNoAxeViolations(page, 'deprecated concept form');
    await snapScreen(page, 'glossary/08-deprecated-form');
    await deprecated.getByRole('button', { name: 'Add to glossary' }).click();
    await deprecated.waitFor({ state: 'detached' });
    await search(page, 'case');
    const caseMeeting = page.getByRole('row', { name: /^case meeting/ });
    await caseMeeting.getByText('Deprecated — use case conference').waitFor();
    await dismissToasts(page);
    await expectNoAxeViolations(page, 'list with a deprecated term');
    await snap(page, 'glossary/09-deprecated-in-list');

    // A duplicate, merged into the concept, then the merge undone.
    await page.getByRole('button', { name: 'New term' }).click();
    const duplicate = page.getByRole('dialog', { name: 'New term' });
    await duplicate
      .getByRole('group', { name: 'English', exact: true })
      .getByRole('textbox', { name: 'Term (English)', exact: true })
      .fill('multi-agency case conference');
    await duplicate.getByRole('button', { name: 'Add to glossary' }).click();
    await duplicate.waitFor({ state: 'detached' });
    await dismissToasts(page);
    await page.getByRole('link', { name: 'case conference', exact: true }).click();
    const conference = page.getByRole('dialog', { name: 'case conference' });
    await conference.getByRole('button', { name: 'Merge a duplicate…' }).click();
    const merge = page.getByRole('dialog', { name: 'Merge a duplicate' });
    await merge.getByRole('combobox', { name: 'Duplicate to merge' }).fill('multi');
    await page.getByRole('option', { name: /^multi-agency case conference/ }).click();
    await merge.getByText('Merge “multi-agency case conference” into “case conference”?').waitFor();
    await expectNoAxeViolations(page, 'merge dialog');
    await snapScreen(page, 'glossary/10-merge');
    await merge.getByRole('button', { name: 'Merge', exact: true }).click();
    await merge.waitFor({ state: 'detached' });
    // The duplicate's term stays findable, as a synonym of the concept kept.
    const asSynonym = conference.getByRole('cell', { name: 'multi-agency case conference' });
    await asSynonym.waitFor();
    await undo(
      page,
      'Merged “multi-agency case conference” into “case conference”',
      'Merge undone: “multi-agency case conference” is back',
    );
    await asSynonym.waitFor({ state: 'detached' });
    await dismissToasts(page);
    await conference.getByRole('button', { name: 'Close' }).click();
    await conference.waitFor({ state: 'detached' });
    const duplicateLink = page.getByRole('link', { name: 'multi-agency case conference' });
    await expect.poll(() => duplicateLink.count()).toBe(1);

    // Deleted, then back with Undo.
    await duplicateLink.click();
    const doomed = page.getByRole('dialog', { name: 'multi-agency case conference' });
    await doomed.getByRole('button', { name: 'Delete' }).click();
    await doomed.waitFor({ state: 'detached' });
    await expect.poll(() => duplicateLink.count()).toBe(0);
    await snap(page, 'glossary/11-deleted-undo');
    // Its link went with it: the focus lands on the count of terms, not lost to the page.
    await expect.poll(() => focusedClass(page)).toBe('glossary__summary');
    await undo(
      page,
      'Deleted: multi-agency case conference',
      'Restored: multi-agency case conference',
    );
    await expect.poll(() => duplicateLink.count()).toBe(1);
    await dismissToasts(page);
    await search(page, '');

    // Export as CSV: a download, with both languages on each row.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export CSV' }).click();
    const exported = await download;
    expect(exported.suggestedFilename()).toMatch(/\.csv$/);
    const csv = await readFile(await exported.path(), 'utf8');
    expect(csv).toContain('réunion de cas');
    expect(csv.split('\n')[0]).toContain('en_term');
    await dismissToasts(page);

    // Import a small CSV: one new term, one the glossary already has.
    const file = path.join(await files, 'partners.csv');
    await writeFile(
      file,
      [
        'en_term,en_abbreviations,en_definition,fr_term,fr_definition,subject',
        'Youth Employment Services,YES,"Employment help for people aged 15 to 29.",Services d’emploi pour les jeunes,"Aide à l’emploi pour les 15 à 29 ans.",employment',
        'Housing First,HF,A duplicate of the starter term.,Logement d’abord,,housing',
        '',
      ].join('\r\n'),
    );
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import CSV or TBX' }).click();
    await (await chooser).setFiles(file);
    const review = page.getByRole('dialog', { name: 'Review the import' });
    await review.getByText('1 new term will be added.').waitFor();
    await review.getByRole('rowheader', { name: 'Housing First' }).waitFor();
    await expectNoAxeViolations(page, 'import review');
    await snapScreen(page, 'glossary/12-import-review');
    await review.getByRole('button', { name: 'Import', exact: true }).click();
    await review.waitFor({ state: 'detached' });
    await page.getByText('Added: 1. Merged into existing terms: 0. Skipped: 1.').waitFor();
    await search(page, 'yes');
    await expect
      .poll(() => termLinks(page).allTextContents())
      .toEqual(['Youth Employment Services']);
    await expectNoAxeViolations(page, 'after the import');
    await snap(page, 'glossary/13-imported');
    await search(page, '');

    // In French: the French side first, French labels, French definitions.
    await callCore(page, 'settings.update', { language: 'fr' });
    await heading(page, 'Glossaire').waitFor();
    await expect.poll(() => page.getByRole('columnheader').first().textContent()).toBe('Français');
    await page.getByRole('link', { name: 'réunion de cas', exact: true }).waitFor();
    await expectNoAxeViolations(page, 'glossary in French');
    await snap(page, 'glossary/14-list-fr');
    await page.getByRole('link', { name: 'réunion de cas', exact: true }).click();
    const reunion = page.getByRole('dialog', { name: 'réunion de cas' });
    await reunion.getByText(/^Réunion des organismes qui accompagnent/).waitFor();
    await reunion
      .getByText('La réunion hebdomadaire des gestionnaires de cas du refuge.')
      .waitFor();
    await expectNoAxeViolations(page, 'a concept in French');
    await snapScreen(page, 'glossary/15-concept-fr');
    await scrollDialog(reunion, 'end');
    await snapScreen(page, 'glossary/15-concept-fr-end');
    await reunion.getByRole('button', { name: 'Modifier' }).click();
    const edit = page.getByRole('dialog', { name: 'Modifier le terme' });
    await edit.getByRole('textbox', { name: 'Terme (français)', exact: true }).waitFor();
    await expectNoAxeViolations(page, 'concept form in French');
    await snapScreen(page, 'glossary/16-form-fr');
    await scrollDialog(edit, 'end');
    await snapScreen(page, 'glossary/16-form-fr-end');
    await edit.getByRole('button', { name: 'Annuler' }).click();
    await reunion.getByRole('button', { name: 'Fermer' }).click();
    await reunion.waitFor({ state: 'detached' });

    // The projector: the whole list at 1920 × 1080.
    await page.setViewportSize({ width: 1920, height: 1080 });
    await expectNoAxeViolations(page, 'glossary on a projector');
    await snap(page, 'glossary/17-projector-fr');

    expect(shelter.id).toBeTruthy();
    expect(errors).toEqual([]);
  });
});
