import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { storagePaths } from '../../electron/core/storage/config';
import { makeTestCore } from '../helpers/core';
import { dismissToasts, expectNoAxeViolations, snap, useE2eApp } from '../helpers/e2e';

/**
 * Issue 3's acceptance flow, as a chair does it: a biweekly complex case consultation series
 * created from the Meetings home, its first agenda built and reordered, the meeting run with the
 * presenter view following on a second page, ended and carried forward to the meeting two weeks
 * later, then read again in French. Only the partner directory is seeded, before the app opens.
 */
const started = useE2eApp({
  prepare: async (dataDir) => {
    const core = makeTestCore({ storage: storagePaths(dataDir), start: Date.now() });
    const shelter = await core.ok('org.create', {
      name: 'Maison Bon Accueil',
      shortName: 'MBA',
      kind: 'funded_program',
    });
    const police = await core.ok('org.create', { name: 'Ottawa Police Liaison Unit' });
    await core.ok('org.create', { name: 'Youth Employment Services', kind: 'funded_program' });
    await core.ok('person.create', {
      name: 'Amélie Roy',
      membership: { organizationId: shelter.id, role: 'Housing worker' },
    });
    await core.ok('person.create', {
      name: 'Sam Tremblay',
      membership: { organizationId: police.id, role: 'Liaison officer' },
    });
    core.close();
  },
});

const SERIES = 'Downtown complex case consultation';
const ADDED = 'Winter shelter referral pathway';
const LAST = 'Date of next meeting';

const heading = (page: Page, name: string | RegExp, level = 1) =>
  page.getByRole('heading', { level, name });

/** The agenda editor's titles, top to bottom, as the chair reads them. */
const agendaTitles = (page: Page, name = 'Agenda') =>
  page.getByRole('grid', { name }).locator('.agenda-item__title').allTextContents();

const agendaRow = (page: Page, title: string) =>
  page.getByRole('row', { name: new RegExp(`^${title.replace(/[()]/g, '\\$&')},`) });

/** Picks an option in a react-aria select: its button, then the option in the popover. */
async function choose(page: Page, scope: Locator, label: RegExp, option: string) {
  await scope.getByRole('button', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Adds an attendee from the directory, then marks them present. */
async function addPresent(
  page: Page,
  attendee: { person?: string; agency?: string },
  rowName: string,
) {
  await page.getByRole('button', { name: 'Add attendee' }).click();
  const form = page.getByRole('dialog', { name: 'Add attendee' });
  if (attendee.person) await choose(page, form, /Person/, attendee.person);
  if (attendee.agency) await choose(page, form, /Agency/, attendee.agency);
  await form.getByRole('button', { name: 'Add', exact: true }).click();
  await form.waitFor({ state: 'detached' });
  const status = page.getByRole('radiogroup', { name: `Attendance of ${rowName}` });
  await status.getByRole('radio', { name: 'Present' }).click();
  await expect.poll(() => status.getByRole('radio', { name: 'Present' }).isChecked()).toBe(true);
}

/**
 * A day as the app writes it, from the page's own Intl: long ("Tuesday, December 1, 2026",
 * "mardi 1er décembre 2026") or short, as tables have it ("Tue, Dec 1, 2026").
 */
const dayText = (page: Page, daysFromToday: number, locale = 'en-CA', short = false) =>
  page.evaluate(
    ([days, loc, isShort]) => {
      const now = new Date();
      const day = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate() + days);
      const style: Intl.DateTimeFormatOptions = isShort
        ? { weekday: 'short', year: 'numeric', month: 'short', day: 'numeric' }
        : { dateStyle: 'full' };
      return new Intl.DateTimeFormat(loc, { ...style, timeZone: 'UTC' })
        .formatToParts(day)
        .map((part) =>
          loc.startsWith('fr') && part.type === 'day' && part.value === '1' ? '1er' : part.value,
        )
        .join('')
        .replace(/\u202f/g, ' ');
    },
    [daysFromToday, locale, short] as const,
  );

const countdown = async (page: Page) => (await page.getByRole('timer').textContent()) ?? '';

describe('a meeting from preparation to the next one, end to end', () => {
  it('creates a biweekly series, builds and runs its first meeting with the room following, and carries it forward', async () => {
    const page = await started().newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });

    // 1. A new series from the Meetings screen: a complex case consultation repeats every two weeks.
    await heading(page, 'Home').waitFor();
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Meetings' })
      .click();
    await heading(page, 'Meetings').waitFor();
    await page.getByRole('button', { name: 'New series' }).click();
    const seriesForm = page.getByRole('dialog', { name: 'New recurring series' });
    await seriesForm.getByRole('textbox', { name: /^Title/ }).fill(SERIES);
    expect(await seriesForm.getByRole('button', { name: /Kind of meeting/ }).textContent()).toMatch(
      /Complex case consultation/,
    );
    const biweekly = seriesForm.getByRole('radio', { name: /^Every two weeks, on \w+day$/ });
    expect(await biweekly.isChecked()).toBe(true);
    await seriesForm.getByRole('textbox', { name: 'Location' }).fill('Room 204, 100 Main St.');
    await seriesForm
      .getByRole('textbox', { name: 'Goal' })
      .fill('Agree on a plan for each case presented');
    await seriesForm.getByRole('button', { name: 'Create series' }).click();

    // Its first meeting opens, with the template's agenda.
    await page.getByRole('button', { name: 'Start meeting' }).waitFor();
    await heading(page, new RegExp(`^${SERIES}`)).waitFor();
    const firstMeetingUrl = page.url();
    const titles = await agendaTitles(page);
    expect(titles).toContain('Round of agency updates');
    expect(titles).toContain('Review of open actions');
    expect(titles.at(-1)).toBe(LAST);
    await agendaRow(page, 'Round of agency updates').getByText('Standing item').waitFor();

    // The series says how it repeats, and its second meeting is two weeks after the first.
    await page.getByRole('link', { name: SERIES }).click();
    await heading(page, new RegExp(`^${SERIES}`)).waitFor();
    const repeats = page.locator('.details__row').filter({ hasText: 'Repeats' });
    await expect.poll(() => repeats.textContent()).toMatch(/Every two weeks, on \w+day/);
    const coming = page.getByRole('table', { name: 'Coming meetings' });
    const inTwoWeeks = await dayText(page, 14);
    await coming.getByRole('row').nth(1).getByText('Agenda prepared').waitFor();
    expect(await coming.getByRole('row').nth(2).textContent()).toContain(
      await dayText(page, 14, 'en-CA', true),
    );
    await coming.getByRole('row').nth(2).getByText('Not prepared yet').waitFor();
    await page.goBack();
    await page.getByRole('button', { name: 'Start meeting' }).waitFor();
    await dismissToasts(page);

    // 2. Build the agenda: one item through the add dialog…
    await page.getByRole('button', { name: 'Add item' }).click();
    const itemForm = page.getByRole('dialog', { name: 'Add an agenda item' });
    await itemForm.getByRole('textbox', { name: /^Title/ }).fill(ADDED);
    await itemForm.getByRole('textbox', { name: /^Minutes/ }).fill('5');
    await choose(page, itemForm, /Presenting agency/, 'Maison Bon Accueil');
    await itemForm.getByRole('button', { name: 'Add item' }).click();
    await itemForm.waitFor({ state: 'detached' });
    await agendaRow(page, ADDED).waitFor();
    expect((await agendaTitles(page)).at(-1)).toBe(ADDED);
    await page.getByText('Fits exactly').waitFor();

    // …and two agencies present: one through a person, one through the agency alone.
    await addPresent(page, { person: 'Amélie Roy (MBA)' }, 'Amélie Roy');
    await addPresent(page, { agency: 'Ottawa Police Liaison Unit' }, 'Ottawa Police Liaison Unit');
    await page.getByText('2 present', { exact: true }).waitFor();

    // 3. Reorder by keyboard: "Date of next meeting" goes back to the end, under the new item.
    await agendaRow(page, LAST).focus();
    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(async () => (await agendaTitles(page)).slice(-2)).toEqual([ADDED, LAST]);
    await expect
      .poll(() => agendaRow(page, LAST).evaluate((row) => row === document.activeElement))
      .toBe(true);
    const order = await agendaTitles(page);
    await page.reload({ waitUntil: 'load' });
    await agendaRow(page, LAST).waitFor();
    expect(await agendaTitles(page)).toEqual(order);

    // 4. The agenda, ready.
    await dismissToasts(page);
    await expectNoAxeViolations(page, 'flow: agenda prepared');
    await snap(page, 'flow-agenda');

    // 5. Start the meeting: the first item, then Next (the N key) to the round of agency updates.
    await page.getByRole('button', { name: 'Start meeting' }).click();
    await heading(page, /^Now Welcome, goal of the meeting/, 2).waitFor();
    await page.getByRole('timer').waitFor();
    await page.getByText('Time left', { exact: true }).waitFor();
    await page.keyboard.press('n');
    await heading(page, /^Now Round of agency updates$/, 2).waitFor();
    // The round goes around the agencies marked present; the countdown is the first one's turn.
    await page.getByText('MBA’s turn').waitFor();
    await page.getByRole('region', { name: 'Speaking round' }).getByText('Done: 0 of 2').waitFor();

    // The countdown runs…
    const before = await countdown(page);
    await page.waitForTimeout(1500);
    expect(await countdown(page)).not.toBe(before);
    // …stops while paused…
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    await page.getByText('Paused', { exact: true }).waitFor();
    const paused = await countdown(page);
    await page.waitForTimeout(1200);
    expect(await countdown(page)).toBe(paused);
    // …and runs again on resume.
    await page.getByRole('button', { name: 'Resume', exact: true }).click();
    await page.getByText('Paused', { exact: true }).waitFor({ state: 'detached' });
    await expect.poll(() => countdown(page), { timeout: 5000 }).not.toBe(paused);
    await expectNoAxeViolations(page, 'flow: run screen');
    await snap(page, 'flow-run');

    // 6. The presenter view in a second page, on the same session; it follows the chair.
    const presenterLink = page.getByRole('link', { name: /Open presenter view/ });
    const [room] = await Promise.all([page.context().waitForEvent('page'), presenterLink.click()]);
    room.on('pageerror', (error) => errors.push(`presenter: ${error.message}`));
    room.on('console', (message) => {
      if (message.type() === 'error') errors.push(`presenter: ${message.text()}`);
    });
    expect(room.url()).toMatch(/#\/present\//);
    await heading(room, /^Now Round of agency updates$/).waitFor();
    await room.getByText('MBA’s turn').waitFor();
    await room.getByRole('timer').waitFor();
    await page.getByRole('button', { name: 'Next item' }).click();
    // The template's slot for case reviews has no case yet: named by its kind, never its typed
    // title, and the chair is asked to pick the case.
    await heading(page, /^Now Case review$/, 2).waitFor();
    await page.getByRole('link', { name: 'No case linked — pick a case' }).waitFor();
    await heading(room, /^Now Case review$/).waitFor();
    await room.getByText('Time left', { exact: true }).waitFor();
    await expectNoAxeViolations(room, 'flow: presenter view');
    await snap(room, 'flow-presenter');

    // 7. End the meeting; the next one is proposed, two weeks later, and opened once accepted.
    await page
      .getByRole('group', { name: 'Meeting controls' })
      .getByRole('button', { name: 'End meeting' })
      .click();
    const confirm = page.getByRole('alertdialog', { name: 'End the meeting?' });
    await confirm.getByRole('button', { name: 'End meeting' }).click();
    const carry = page.getByRole('dialog', { name: 'Prepare the next meeting' });
    const proposed = carry.getByRole('list', { name: 'Proposed agenda' });
    await proposed.waitFor();
    await carry.getByText(`Next meeting: ${inTwoWeeks}`).waitFor();
    expect(await carry.textContent()).toContain('Review of open actions');
    await heading(room, 'The meeting has ended. Thank you!').waitFor();
    await dismissToasts(page);
    await expectNoAxeViolations(page, 'flow: carry-forward dialog');
    await snap(page, 'flow-carry-forward');
    const accept = carry.getByRole('button', { name: 'Accept and open the next meeting' });
    await accept.scrollIntoViewIfNeeded();
    await snap(page, 'flow-carry-forward-end');
    await accept.click();

    await carry.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Start meeting' }).waitFor();
    expect(page.url()).not.toBe(firstMeetingUrl);
    await heading(page, new RegExp(`^${SERIES}\\s*Planned$`)).waitFor();
    await page.locator('.details__row').filter({ hasText: inTwoWeeks }).waitFor();
    const next = await agendaTitles(page);
    expect(next).toEqual(
      expect.arrayContaining([
        'Welcome, goal of the meeting and confidentiality reminder',
        'Round of agency updates',
        'Review of open actions',
        ADDED,
        LAST,
      ]),
    );
    // The order the chair set by keyboard carries forward too.
    expect(next.slice(-2)).toEqual([ADDED, LAST]);
    await agendaRow(page, 'Round of agency updates').getByText('Standing item').waitFor();
    await dismissToasts(page);
    await expectNoAxeViolations(page, 'flow: next meeting');
    await snap(page, 'flow-next-meeting');

    expect(errors).toEqual([]);
  });

  // Reads what the first test left: the meeting held and the next one, prepared from it.
  it('reads the same meetings in French', async () => {
    const page = await started().newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });

    await heading(page, 'Home').waitFor();
    await page.getByRole('link', { name: 'Settings' }).click();
    await heading(page, 'Settings').waitFor();
    await page.getByText('Français', { exact: true }).click();
    await heading(page, 'Paramètres').waitFor();

    // The meeting that was held (today), from the home screen: among the past ones.
    await page.getByRole('link', { name: 'Réunions' }).click();
    await heading(page, 'Réunions').waitFor();
    const held = page
      .getByRole('table', { name: 'Réunions passées' })
      .getByRole('row')
      .filter({ hasText: 'Terminée' });
    await held.getByRole('link', { name: SERIES }).click();
    await heading(page, new RegExp(`^${SERIES}\\s*Terminée$`)).waitFor();
    await heading(page, 'Ordre du jour', 2).waitFor();
    await heading(page, 'Présences', 2).waitFor();
    await page.getByRole('button', { name: 'Préparer la prochaine réunion' }).waitFor();
    await page.getByText('2 présents', { exact: true }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('fr-CA');
    await expectNoAxeViolations(page, 'flow: meeting in French');
    await snap(page, 'flow-meeting-fr');

    // Its series, then the next meeting, prepared from it.
    await page.getByRole('link', { name: SERIES }).click();
    const repeats = page.locator('.details__row').filter({ hasText: 'Fréquence' });
    await expect
      .poll(() => repeats.textContent())
      .toMatch(
        /Toutes les deux semaines, le (lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)$/,
      );
    await page
      .getByRole('table', { name: 'Prochaines réunions' })
      .getByRole('row')
      .filter({ hasText: 'Ordre du jour préparé' })
      .getByRole('link')
      .click();
    await page.getByRole('button', { name: 'Commencer la réunion' }).waitFor();
    await heading(page, new RegExp(`^${SERIES}\\s*Prévue$`)).waitFor();
    await page
      .locator('.details__row')
      .filter({ hasText: await dayText(page, 14, 'fr-CA') })
      .waitFor();
    await expectNoAxeViolations(page, 'flow: next meeting in French');
    await snap(page, 'flow-next-meeting-fr');

    // And its run screen: the controls and the countdown's words in French (the items keep the
    // meeting's own language, English here).
    // It is two weeks away: starting it today asks first.
    await page.getByRole('button', { name: 'Commencer la réunion' }).click();
    const early = page.getByRole('alertdialog', { name: 'Commencer cette réunion aujourd’hui?' });
    await early.waitFor();
    await expectNoAxeViolations(page, 'flow: starting another day’s meeting, in French');
    await early.getByRole('button', { name: 'Commencer la réunion' }).click();
    await heading(page, /^En cours Welcome, goal of the meeting/, 2).waitFor();
    await page
      .getByRole('group', { name: 'Commandes de la réunion' })
      .getByRole('button', { name: 'Point suivant' })
      .waitFor();
    await page.getByText('Temps restant', { exact: true }).waitFor();
    await heading(page, 'Ordre du jour', 2).waitFor();
    await expectNoAxeViolations(page, 'flow: run screen in French');
    await snap(page, 'flow-run-fr');

    expect(errors).toEqual([]);
  });
});
