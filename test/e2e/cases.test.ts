import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { callCore, dismissToasts, expectNoAxeViolations, snap, useE2eApp } from '../helpers/e2e';

/**
 * Issue 7's acceptance flow for cases, as a chair does it: a case opened with consent for two of
 * its three agencies (one of them expired), reviewed at a case consultation where all three are
 * present, the consent check in run mode, the presenter view showing the code and nothing else,
 * and the privacy screen over the notes. Only the directory, the template and the attendance are
 * seeded.
 */
const started = useE2eApp();

/** Today, somewhere "now" leaves room for the meeting before midnight (as in run.test.ts). */
function nowWithRoomBeforeMidnight() {
  const now = Date.now();
  for (const timeZone of ['UTC', 'America/Los_Angeles', 'Asia/Tokyo']) {
    const parts = Object.fromEntries(
      new Intl.DateTimeFormat('en-CA', {
        timeZone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      })
        .formatToParts(now)
        .map((p) => [p.type, p.value]),
    );
    if (Number(parts.hour) < 22) {
      return {
        date: `${parts.year}-${parts.month}-${parts.day}`,
        startTime: `${parts.hour}:${parts.minute}`,
        timeZone,
      };
    }
  }
  throw new Error('No time zone with room before midnight');
}

async function seed(page: Page) {
  const shelter = await callCore(page, 'org.create', { name: 'Shelter North', shortName: 'SN' });
  const health = await callCore(page, 'org.create', { name: 'Community Health' });
  const police = await callCore(page, 'org.create', { name: 'Police Liaison' });
  await callCore(page, 'template.save', {
    kind: 'case_consultation',
    language: 'en',
    items: [
      { title: 'Round of agency updates', kind: 'round', plannedMinutes: 10, recurring: true },
    ],
  });
  const { date, startTime, timeZone } = nowWithRoomBeforeMidnight();
  const meeting = await callCore(page, 'meeting.create', {
    title: 'Complex case consultation',
    kind: 'case_consultation',
    date,
    startTime,
    endTime: '23:59',
    timeZone,
    goal: 'Agree on next steps for each case',
    language: 'en',
  });
  for (const org of [shelter, health, police]) {
    await callCore(page, 'attendance.add', {
      meetingId: meeting.id,
      organizationId: org.id,
      status: 'present',
    });
  }
  return { meeting, date };
}

/** Types a day into a date field segment by segment, as a person does. */
async function typeDate(group: Locator, day: string) {
  const [year, month, date] = day.split('-') as [string, string, string];
  for (const [segment, value] of [
    ['year', year],
    ['month', month],
    ['day', date],
  ] as const) {
    await group.getByRole('spinbutton', { name: new RegExp(`^${segment}`) }).click();
    await group.page().keyboard.type(value);
  }
}

/** Picks an option from one of the app's selects (a button opening a list). */
async function choose(page: Page, scope: Page | Locator, button: RegExp, option: string) {
  await scope.getByRole('button', { name: button }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

const consentRow = (page: Page, agency: string) =>
  page
    .getByRole('table', { name: 'Consent to share, by agency' })
    .getByRole('row', { name: new RegExp(agency) });

describe('cases, end to end', () => {
  it('opens a case with consent, reviews it in a meeting, checks consent, and keeps it off the projector', async () => {
    const page = await started().newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    const { meeting, date } = await seed(page);
    const base = started().url.split('#')[0];

    // ------------------------------------------------------------ the case and its consent
    await page.goto(`${base}#/cases`);
    await page.getByRole('link', { name: 'Cases', exact: true }).waitFor();
    await page.getByRole('heading', { level: 1, name: 'Cases' }).waitFor();
    await expectNoAxeViolations(page, 'cases, empty');

    await page.getByRole('button', { name: 'New case' }).click();
    const dialog = page.getByRole('dialog', { name: 'New case' });
    await dialog.getByRole('textbox', { name: 'Initials' }).fill('J.T.');
    await choose(page, dialog, /Lead agency$/, 'Shelter North');
    // The checkbox input is visually hidden inside its label: press the label, as a person does.
    const agencies = dialog.getByRole('group', { name: 'Agencies involved' });
    await agencies.getByText('Community Health', { exact: true }).click();
    await agencies.getByText('Police Liaison', { exact: true }).click();
    expect(await agencies.getByRole('checkbox', { name: 'Police Liaison' }).isChecked()).toBe(true);
    await expectNoAxeViolations(page, 'new case dialog');
    await snap(page, 'cases/new-case');
    await dialog.getByRole('button', { name: 'Open case' }).click();

    const code = (await page
      .getByRole('heading', { level: 1, name: /^Case CC-\d{4}-\d{3}/ })
      .textContent())!.match(/CC-\d{4}-\d{3}/)![0];
    await dismissToasts(page);

    // Shelter North: yes. Community Health: yes, but it ran out last year. Police: none on file.
    await choose(page, consentRow(page, 'Shelter North'), /Consent: Shelter North/, 'Yes');
    await consentRow(page, 'Shelter North').getByText('Yes', { exact: true }).first().waitFor();
    await choose(page, consentRow(page, 'Community Health'), /Consent: Community Health/, 'Yes');
    await typeDate(
      consentRow(page, 'Community Health').getByRole('group', { name: /Date consent given/ }),
      '2024-07-02',
    );
    await typeDate(
      consentRow(page, 'Community Health').getByRole('group', { name: /Consent expires/ }),
      '2025-07-02',
    );
    await consentRow(page, 'Community Health')
      .getByRole('textbox', { name: /Form reference/ })
      .fill('Binder 3, tab 12');
    await page.getByRole('heading', { level: 2, name: 'Consent to share' }).click();
    await consentRow(page, 'Community Health')
      .getByText(/Expired on/)
      .waitFor();
    await page.getByText('2 agencies without consent').waitFor();
    await dismissToasts(page);
    await expectNoAxeViolations(page, 'case detail, consent set');
    await snap(page, 'cases/case-detail');

    // ------------------------------------------------------------ the review on the agenda
    await page.goto(`${base}#/meetings/${meeting.id}`);
    await page.getByRole('button', { name: 'Add item' }).click();
    const adding = page.getByRole('dialog', { name: 'Add an agenda item' });
    await adding.getByRole('textbox', { name: /^Title/ }).fill(`Case review ${code}`);
    await choose(page, adding, /Kind$/, 'Case review');
    await adding.getByRole('textbox', { name: /^Minutes/ }).fill('15');
    await choose(page, adding, /Presenting agency$/, 'Shelter North');
    await adding.getByRole('combobox', { name: 'Case' }).fill('CC');
    await page.getByRole('option', { name: `${code} — Shelter North` }).click();
    await adding.getByText(/^Case reviews are internal by default/).waitFor();
    await expectNoAxeViolations(page, 'case review item form');
    await snap(page, 'cases/agenda-item-form');
    await adding.getByRole('button', { name: 'Add item' }).click();
    await adding.waitFor({ state: 'detached' });
    await dismissToasts(page);

    // ------------------------------------------------------------ run mode: the consent check
    await page.goto(`${base}#/meetings/${meeting.id}/run`);
    await page.getByRole('heading', { level: 2, name: /^Now/ }).waitFor();
    await page.keyboard.press('2');
    await page.getByRole('heading', { level: 2, name: `Now ${code}` }).waitFor();
    const check = page.getByRole('note', { name: 'Present without consent on file:' });
    await check.waitFor();
    expect(await check.getByRole('listitem').allTextContents()).toEqual([
      'Community Health (consent expired)',
      'Police Liaison (consent unknown)',
    ]);
    expect(await check.textContent()).not.toContain('Shelter North');
    await dismissToasts(page);
    await expectNoAxeViolations(page, 'run mode, case review');
    await snap(page, 'cases/run-consent-check');
    // On a 1366×768 projector the notice leaves the countdown above the fold.
    const viewport = page.viewportSize();
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.evaluate(() => window.scrollTo(0, 0));
    const timer = await page.locator('.run-now [role="timer"]').boundingBox();
    expect(timer && timer.y + timer.height).toBeLessThanOrEqual(768);
    await page.screenshot({ path: 'test-results/cases/run-consent-check-1366x768.png' });
    if (viewport) await page.setViewportSize(viewport);

    // ------------------------------------------------------------ the presenter view
    const presenter = await started().newPage();
    await presenter.goto(`${base}#/present/${meeting.id}`);
    await presenter.getByRole('heading', { level: 1, name: `Now ${code}` }).waitFor();
    await presenter.getByRole('timer').waitFor();
    const shown = (await presenter.locator('body').innerText()).toLowerCase();
    for (const hidden of ['case review', 'shelter north', 'police', 'consent', 'j.t.']) {
      expect(shown).not.toContain(hidden);
    }
    await expectNoAxeViolations(presenter, 'presenter view, case review');
    await snap(presenter, 'cases/presenter');

    // ------------------------------------------------------------ the privacy screen
    await page.getByRole('link', { name: 'Take notes' }).click();
    const panel = page.getByRole('region', { name: 'Case review' });
    await panel
      .getByRole('textbox', { name: 'Situation (de-identified)' })
      .fill('Lost housing in October; staying with family. Call her at 416-555-0199.');
    await panel.getByText('Phone number: 416-555-0199').waitFor();
    await expectNoAxeViolations(page, 'notes, case review panel');
    await snap(page, 'cases/notes-case-review');
    // A phone is replaced by its placeholder, never by the case code ("call her at CC-…").
    await panel.getByRole('button', { name: 'Replace with [phone]: 416-555-0199' }).click();
    // A long text grows its box instead of being clipped.
    const questions = panel.getByRole('textbox', { name: 'Clarifying questions' });
    const heightBefore = await questions.evaluate((el) => el.clientHeight);
    await questions.fill(Array.from({ length: 8 }, (_, i) => `Question ${i + 1}?`).join('\n'));
    const grown = await questions.evaluate((el) => ({
      height: el.clientHeight,
      content: el.scrollHeight,
    }));
    expect(grown.height).toBeGreaterThan(heightBefore);
    expect(grown.content).toBeLessThanOrEqual(grown.height);
    // Due again today: the case shows as due for review.
    await typeDate(panel.getByRole('group', { name: 'Next review' }), date);
    await page
      .getByText(/Saved at/)
      .first()
      .waitFor();

    await page.keyboard.press('Control+Shift+H');
    await page.getByText('Privacy screen on — press Ctrl+Shift+H to show the notes').waitFor();
    expect(await panel.count()).toBe(0);
    // Hidden, not merely covered: nothing of the review is visible or in the accessibility tree.
    expect(await page.getByText('Lost housing in October').isVisible()).toBe(false);
    expect(await page.getByRole('textbox').count()).toBe(0);
    await expectNoAxeViolations(page, 'notes, privacy screen');
    await snap(page, 'cases/notes-privacy');

    // Still on back in run mode, with the time box in view.
    await page.getByRole('link', { name: 'Back to run mode' }).click();
    await page.getByText('Privacy screen on — press Ctrl+Shift+H to show the notes').waitFor();
    await page.getByRole('timer').waitFor();
    expect(await check.count()).toBe(0);
    await expectNoAxeViolations(page, 'run mode, privacy screen');
    await snap(page, 'cases/run-privacy');
    await page.getByRole('button', { name: 'Show the notes' }).click();
    await check.waitFor();

    // The review on the case's timeline.
    await page.goto(`${base}#/cases`);
    const row = page.getByRole('row', { name: new RegExp(code) });
    await row.getByText('Review due').waitFor();
    await row.getByText('2 agencies without consent').waitFor();
    await dismissToasts(page);
    await expectNoAxeViolations(page, 'cases list');
    await snap(page, 'cases/list');
    await page.getByRole('link', { name: code }).click();
    await page.getByText(/Due for review on/).waitFor();
    await page.getByRole('region', { name: 'Reviews' }).getByRole('article').waitFor();
    await page
      .getByText(`Lost housing in October; staying with family. Call her at [phone].`)
      .waitFor();
    await dismissToasts(page);
    await expectNoAxeViolations(page, 'case detail, timeline');
    await snap(page, 'cases/case-timeline');

    expect(errors).toEqual([]);
  });
});
