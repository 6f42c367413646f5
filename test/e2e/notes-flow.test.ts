import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { storagePaths } from '../../electron/core/storage/config';
import { makeTestCore } from '../helpers/core';
import { callCore, dismissToasts, expectNoAxeViolations, snap, useE2eApp } from '../helpers/e2e';
import { biweekly } from '../helpers/meetings';

/**
 * Issue 4's acceptance flow, as a note-taker does it: notes in two agenda items, an action
 * captured by shortcut and a decision by slash command, a reload that loses nothing, the action in
 * the register, the minutes exported without the confidential item, and search. Only the
 * directory and the series are seeded.
 */
const started = useE2eApp({
  prepare: async (dataDir) => {
    const core = makeTestCore({ storage: storagePaths(dataDir), start: Date.now() });
    const shelter = await core.ok('org.create', { name: 'Maison Bon Accueil', shortName: 'MBA' });
    await core.ok('person.create', {
      name: 'Amélie Roy',
      membership: { organizationId: shelter.id, role: 'Housing worker' },
    });
    core.close();
  },
});

const heading = (page: Page, name: string | RegExp, level = 1) =>
  page.getByRole('heading', { level, name });

const editor = (page: Page, itemTitle: string) =>
  page.getByRole('textbox', { name: `Notes: ${itemTitle}` });

/** Opens an item's notes from the agenda list on the left. */
async function openItem(page: Page, title: string) {
  await page.getByRole('link', { name: new RegExp(`^\\d+\\. ${title}`) }).click();
  await editor(page, title).waitFor();
}

/** A decision in the item's list (its toast says the same words, so the list is named). */
const decisionListed = (page: Page, text: string) =>
  page
    .getByRole('region', { name: 'Decisions' })
    .getByRole('listitem')
    .filter({ hasText: text })
    .waitFor();

async function waitSaved(page: Page) {
  await page
    .getByRole('status')
    .filter({ hasText: /Saved at/ })
    .first()
    .waitFor();
}

describe('notes, decisions and actions, end to end', () => {
  it('writes notes in two items, captures an action and a decision, and finds them after a reload', async () => {
    const page = await started().newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });

    await callCore(page, 'template.save', {
      kind: 'case_consultation',
      language: 'en',
      items: [
        { title: 'Round of agency updates', kind: 'round', plannedMinutes: 20, recurring: true },
        {
          title: 'Case review CC-2026-014',
          kind: 'case_review',
          plannedMinutes: 15,
          recurring: false,
        },
        {
          title: 'Changes needed in the system',
          kind: 'discussion',
          plannedMinutes: 15,
          recurring: false,
        },
      ],
    });
    const today = new Date().toLocaleDateString('en-CA');
    const { firstMeeting } = await callCore(
      page,
      'series.create',
      biweekly({
        title: 'Downtown case consultation',
        startDate: today,
        startTime: '00:05',
        endTime: '23:55',
      }),
    );
    const items = (await callCore(page, 'meeting.get', { id: firstMeeting.id })).items;
    const [updates, caseReview, changes] = items;
    await callCore(page, 'agenda.update', {
      id: caseReview!.id,
      changes: { confidentiality: 'confidential' },
    });

    await page.goto(`${started().url.split('#')[0]}#/meetings/${firstMeeting.id}/notes`);
    await heading(page, /^Notes: Downtown case consultation/).waitFor();

    // Item 1: notes, then an action captured from the last line with the shortcut.
    await openItem(page, updates!.title);
    const first = editor(page, updates!.title);
    await first.click();
    await page.keyboard.type('Maison Bon Accueil has twelve réunion rooms free this winter.');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Send the intake form to the police liaison');
    await page.keyboard.press('Control+Shift+A');
    const form = page.getByRole('dialog', { name: 'Add an action' });
    await expect
      .poll(() => form.getByRole('textbox', { name: /What is to be done/ }).inputValue())
      .toBe('Send the intake form to the police liaison');
    await form.getByRole('button', { name: /Owning agency/ }).click();
    await page.getByRole('option', { name: 'Maison Bon Accueil', exact: true }).click();
    await form.getByRole('button', { name: /^In one week/ }).click();
    await form.getByRole('button', { name: 'Add action', exact: true }).click();
    await form.waitFor({ state: 'detached' });
    await waitSaved(page);

    // Item 3: notes, then a decision by slash command on the current line.
    await openItem(page, changes!.title);
    const third = editor(page, changes!.title);
    await third.click();
    await page.keyboard.type('Shared intake forms for every agency ');
    await page.keyboard.type('/deci');
    await page.getByRole('listbox', { name: 'Commands' }).waitFor();
    await page.keyboard.press('Enter');
    await decisionListed(page, 'Shared intake forms for every agency');
    await page.keyboard.type('The city will reply in January.');
    await waitSaved(page);

    // The confidential item's notes: written here, never exported.
    await openItem(page, caseReview!.title);
    await editor(page, caseReview!.title).click();
    await page.keyboard.type('Walrus family needs a bigger unit');
    await waitSaved(page);
    await dismissToasts(page);
    await expectNoAxeViolations(page, 'notes');
    await snap(page, 'notes/notes-screen');

    // A reload finds everything where it was written.
    await page.reload();
    await openItem(page, updates!.title);
    await expect
      .poll(() => editor(page, updates!.title).textContent())
      .toContain('twelve réunion rooms');
    await expect
      .poll(() => editor(page, updates!.title).textContent())
      .not.toContain('Send the intake form');
    await page
      .getByRole('listitem')
      .filter({ hasText: 'Send the intake form to the police liaison' })
      .first()
      .waitFor();
    await openItem(page, changes!.title);
    await expect
      .poll(() => editor(page, changes!.title).textContent())
      .toContain('The city will reply');
    await decisionListed(page, 'Shared intake forms for every agency');

    // The register lists the action, with its agency, and links back.
    await page.getByRole('link', { name: 'Actions', exact: true }).click();
    await heading(page, 'Actions').waitFor();
    const row = page
      .getByRole('row')
      .filter({ hasText: 'Send the intake form to the police liaison' });
    await row.waitFor();
    await expect.poll(() => row.textContent()).toContain('Maison Bon Accueil');
    await expectNoAxeViolations(page, 'action register');
    await snap(page, 'notes/action-register');

    // Minutes: preview and Markdown export without the confidential item.
    await page.goto(`${started().url.split('#')[0]}#/meetings/${firstMeeting.id}/minutes`);
    await heading(page, /^Minutes: Downtown case consultation/).waitFor();
    await page.getByText(/1 confidential item is left out/).waitFor();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Markdown', exact: true }).click();
    const markdown = await (await download).createReadStream();
    let text = '';
    for await (const chunk of markdown) text += String(chunk);
    expect(text).toContain('twelve réunion rooms');
    expect(text).toContain('Shared intake forms for every agency');
    expect(text).toContain('Send the intake form to the police liaison');
    expect(text).not.toMatch(/walrus/i);
    await dismissToasts(page);
    await expectNoAxeViolations(page, 'minutes');
    await snap(page, 'notes/minutes');

    // Search, accents ignored, jumps to the note.
    await page.keyboard.press('Control+k');
    const search = page.getByRole('dialog', { name: 'Search' });
    await search.getByLabel('Search notes, agenda items, decisions and actions').fill('reunion');
    await search.getByText('twelve', { exact: false }).first().waitFor();
    await expectNoAxeViolations(page, 'search');
    await snap(page, 'notes/search');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => editor(page, updates!.title).isVisible()).toBe(true);

    expect(errors).toEqual([]);
  });
});
