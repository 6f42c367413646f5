import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { callCore, dismissToasts, expectNoAxeViolations, snap, useE2eApp } from '../helpers/e2e';
import { oneOff } from '../helpers/meetings';

/**
 * Issue 8's contact cadence, significant changes and home dashboard as a chair uses them: the
 * dashboard on opening, a contact logged from the cadence table (the partner goes from overdue to
 * on track), a change recorded and partners ticked as told, and both languages. Screenshots land
 * in test-results/partners/.
 */
const started = useE2eApp();

const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name });

/** The machine's calendar day, `days` from today: the host's core counts from the same one. */
function dayFromToday(days: number): string {
  const day = new Date();
  day.setDate(day.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}

/** A dialog as it looks on the screen (a full-page shot would cut the overlay where the window ends). */
async function snapScreen(page: Page, name: string) {
  const file = path.join(
    fileURLToPath(new URL('../../test-results/', import.meta.url)),
    `${name}.png`,
  );
  await page.screenshot({ path: file });
}

async function choose(scope: Locator, page: Page, field: RegExp, option: string) {
  await scope.getByRole('button', { name: field }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

const cadenceRow = (page: Page, name: string) =>
  page
    .getByRole('table', { name: 'Contact cadence by partner' })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${name}`) }) });

/** Partners, people, a meeting this week with actions, a case to review and a change. */
async function seed(page: Page) {
  const org = (name: string, shortName = '') => callCore(page, 'org.create', { name, shortName });
  const shelter = await org('Maison Bon Accueil', 'MBA');
  const health = await org('Community Health Centre', 'CHC');
  const police = await org('Ottawa Police Liaison Unit');
  const food = await org('Ottawa Food Bank');
  await callCore(page, 'partner.setProfile', {
    organizationId: food.id,
    networkStatus: 'potential',
  });
  await callCore(page, 'person.create', {
    name: 'Amélie Roy',
    membership: { organizationId: health.id, role: 'Nurse' },
  });
  await callCore(page, 'contact.add', {
    organizationId: health.id,
    date: dayFromToday(-40),
    channel: 'email',
    summary: 'Shared the winter plan.',
  });
  await callCore(page, 'contact.add', {
    organizationId: police.id,
    date: dayFromToday(-26),
    channel: 'visit',
  });
  const meeting = await callCore(
    page,
    'meeting.create',
    oneOff({ title: 'Housing First committee', date: dayFromToday(3) }),
  );
  await callCore(
    page,
    'meeting.create',
    oneOff({ title: 'Interagency breakfast', date: dayFromToday(9) }),
  );
  await callCore(page, 'action.add', {
    meetingId: meeting.id,
    description: 'Call the landlord about unit 4',
    organizationId: shelter.id,
    dueDate: dayFromToday(-2),
  });
  await callCore(page, 'action.add', {
    meetingId: meeting.id,
    description: 'Send the referral form',
    organizationId: health.id,
    dueDate: dayFromToday(4),
  });
  await callCore(page, 'case.create', { nextReviewDate: dayFromToday(5) });
  const change = await callCore(page, 'change.add', {
    title: 'Youth drop-in closing on Fridays',
    description: 'From next month the drop-in closes at noon on Fridays.',
    effectiveDate: dayFromToday(20),
  });
  await callCore(page, 'change.setNotified', {
    id: change.id,
    organizationId: police.id,
    notifiedOn: dayFromToday(-1),
  });
  return { shelter, health, police, food, meeting };
}

describe('partners and the home dashboard, end to end', () => {
  it('logs a contact, sees the cadence change, tracks a change and opens the dashboard', async () => {
    const page = await started().newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });

    // The app opens on the dashboard; empty, each part says what to do.
    await heading(page, 'Home').waitFor();
    await page.getByText(/No meeting is planned/).waitFor();
    await expectNoAxeViolations(page, 'home, empty');
    await snap(page, 'partners/home-empty');

    await seed(page);
    await page.reload({ waitUntil: 'load' });
    await heading(page, 'Home').waitFor();
    const partnersDue = page.getByRole('region', { name: /^Partners due for contact/ });
    await partnersDue.getByText('Community Health Centre').waitFor();
    await page.getByRole('link', { name: 'Call the landlord about unit 4' }).waitFor();
    await expectNoAxeViolations(page, 'home');
    await snap(page, 'partners/home');

    // The cadence dashboard: Community Health is overdue (last email 40 days ago).
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Partners' })
      .click();
    await heading(page, 'Partners').waitFor();
    const health = cadenceRow(page, 'Community Health Centre');
    await health.getByText('Overdue').waitFor();
    await cadenceRow(page, 'Maison Bon Accueil').getByText('Never contacted').waitFor();
    await cadenceRow(page, 'Ottawa Police Liaison Unit').getByText('Due soon').waitFor();
    await expectNoAxeViolations(page, 'cadence');
    await snap(page, 'partners/cadence');

    // Log a contact in one dialog.
    await health.getByRole('button', { name: 'Log contact: Community Health Centre' }).click();
    const dialog = page.getByRole('dialog', { name: 'Log a contact with Community Health Centre' });
    await choose(dialog, page, /Person/, 'Amélie Roy');
    await choose(dialog, page, /How/, 'Visit');
    await dialog
      .getByRole('textbox', { name: 'Summary' })
      .fill('Visited the clinic; agreed on a shared referral form.');
    await expectNoAxeViolations(page, 'log a contact');
    await snapScreen(page, 'partners/log-contact');
    await dialog.getByRole('button', { name: 'Log contact' }).click();
    await dialog.waitFor({ state: 'detached' });
    await health.getByText('On track').waitFor();
    expect(await health.getByText('Visit').isVisible()).toBe(true);
    await dismissToasts(page);

    // Its history: the visit just logged and the email before it.
    await health.getByRole('button', { name: 'History: Community Health Centre' }).click();
    const history = page.getByRole('list', { name: 'Contacts with Community Health Centre' });
    await history.getByText('Visited the clinic; agreed on a shared referral form.').waitFor();
    expect(await history.getByRole('listitem').count()).toBe(2);
    await expectNoAxeViolations(page, 'cadence with a history open');
    await snap(page, 'partners/cadence-history');

    // Significant changes: record one, told by default to every member partner.
    await page
      .getByRole('navigation', { name: 'Partner sections' })
      .getByRole('link', { name: 'Changes' })
      .click();
    await page.getByRole('heading', { level: 2, name: 'Significant changes' }).waitFor();
    await page.getByRole('button', { name: 'New change' }).click();
    const form = page.getByRole('dialog', { name: 'New significant change' });
    await form.getByRole('textbox', { name: /What changes/ }).fill('Intake now by phone only');
    await form
      .getByRole('textbox', { name: 'Details' })
      .fill('Walk-in intake ends; call 613 555-0100, Monday to Friday.');
    await expectNoAxeViolations(page, 'new change');
    await snapScreen(page, 'partners/change-form');
    await form.getByRole('button', { name: 'Record the change' }).click();
    await form.waitFor({ state: 'detached' });
    await dismissToasts(page);
    const change = page.getByRole('article', { name: 'Intake now by phone only' });
    await change.getByText('0 of 3 partners told').waitFor();
    await change.getByRole('button', { name: 'Checklist: Intake now by phone only' }).click();
    // react-aria hides the input itself: a person clicks the label.
    await change.getByText('Maison Bon Accueil', { exact: true }).click();
    await change.getByText('1 of 3 partners told').waitFor();
    await expectNoAxeViolations(page, 'changes with a checklist');
    await snap(page, 'partners/changes');

    // Back home: the partner contacted left the list, the change is there to finish.
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Home' })
      .click();
    await heading(page, 'Home').waitFor();
    const changes = page.getByRole('region', { name: /^Changes not yet shared/ });
    await changes
      .getByRole('listitem')
      .filter({ hasText: 'Intake now by phone only' })
      .getByText('1 of 3 told')
      .waitFor();
    expect(await partnersDue.getByText('Community Health Centre').count()).toBe(0);
    await changes.getByRole('link', { name: 'Intake now by phone only' }).click();
    await page.getByRole('checkbox', { name: 'Community Health Centre' }).waitFor();

    // In French.
    await callCore(page, 'settings.update', { language: 'fr' });
    await page.reload({ waitUntil: 'load' });
    await page.getByRole('heading', { level: 2, name: 'Changements importants' }).waitFor();
    await expectNoAxeViolations(page, 'changements');
    await snap(page, 'partners/changements-fr');
    await page
      .getByRole('navigation', { name: 'Sections des partenaires' })
      .getByRole('link', { name: 'Fréquence des contacts' })
      .click();
    await page.getByRole('table', { name: 'Fréquence des contacts par partenaire' }).waitFor();
    await expectNoAxeViolations(page, 'fréquence des contacts');
    // The longer French words still fit a 1366 px laptop: "Consigner un contact" is not cut off.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      page.viewportSize()!.width,
    );
    const logButton = page.getByRole('button', { name: /^Consigner un contact : / }).first();
    const box = (await logButton.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(page.viewportSize()!.width);
    await snap(page, 'partners/frequence-fr');
    await page
      .getByRole('navigation', { name: 'Principal' })
      .getByRole('link', { name: 'Accueil' })
      .click();
    await heading(page, 'Accueil').waitFor();
    await expectNoAxeViolations(page, 'accueil');
    await snap(page, 'partners/accueil-fr');
    await callCore(page, 'settings.update', { language: 'en' });

    expect(errors).toEqual([]);
  });
});
