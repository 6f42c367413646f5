import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { callCore, dismissToasts, expectNoAxeViolations, snap, useE2eApp } from '../helpers/e2e';

const started = useE2eApp();

const go = (page: Page, route: string) =>
  page.goto(`${started().url.split('#')[0]}#${route}`, { waitUntil: 'load' });

const titles = async (page: Page, meetingId: string) =>
  (await callCore(page, 'meeting.get', { id: meetingId })).items.map((item) => item.title);

describe('meeting preparation, end to end', () => {
  it('creates a series and prepares its meeting with no axe violations', async () => {
    const page = await started().newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));

    await go(page, '/meetings');
    await page.getByRole('heading', { level: 1, name: 'Meetings' }).waitFor();
    await expectNoAxeViolations(page, 'meetings, empty');

    await page.getByRole('button', { name: 'New series' }).click();
    const dialog = page.getByRole('dialog', { name: 'New recurring series' });
    await dialog.getByRole('textbox', { name: /^Title/ }).fill('Downtown case consultation');
    await dialog.getByRole('textbox', { name: 'Location' }).fill('Room 204, 100 Main St.');
    await expectNoAxeViolations(page, 'new series form');
    await snap(page, 'meetings/new-series');
    await dialog.getByRole('button', { name: 'Create series' }).click();

    await page.getByRole('button', { name: /Start meeting/ }).waitFor();
    await dismissToasts(page);
    await expectNoAxeViolations(page, 'meeting screen');
    await snap(page, 'meetings/meeting');

    const meetingId = decodeURIComponent(page.url().split('/meetings/')[1] ?? '');
    const org = await callCore(page, 'org.create', { name: 'Downtown Shelter' });
    await callCore(page, 'attendance.add', { meetingId, organizationId: org.id });
    await callCore(page, 'attendance.add', {
      meetingId,
      guestName: 'Amira Haddad',
      guestOrganization: 'Clinique mobile',
      status: 'present',
    });
    await callCore(page, 'agenda.add', {
      meetingId,
      item: { title: 'Guest presentation', plannedMinutes: 60 },
    });
    await page.getByText(/min over$/).waitFor();
    // English punctuation in the names Chromium computes (no space before the colon).
    await page.getByRole('button', { name: 'Remove: Amira Haddad', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Move up: Guest presentation', exact: true }).waitFor();
    await expectNoAxeViolations(page, 'meeting screen, agenda over time, attendance');
    await snap(page, 'meetings/meeting-over');

    // Keyboard drag and drop: the drag handle, an arrow to the next gap, Enter to drop.
    const before = await titles(page, meetingId);
    await page.getByRole('button', { name: `Drag ${before[0]}` }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => titles(page, meetingId)).not.toEqual(before);
    const after = await titles(page, meetingId);
    expect(after[0]).toBe(before[1]);

    // Alt+Down on a row, as the help text says.
    const rowOf = (title: string) => page.getByRole('row', { name: new RegExp(`^${title}`) });
    await rowOf(after[0]!).focus();
    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(async () => (await titles(page, meetingId))[1]).toBe(after[0]);
    await expect
      .poll(() => rowOf(after[0]!).evaluate((e) => e === document.activeElement))
      .toBe(true);

    await page.getByRole('button', { name: 'Add item' }).click();
    await page.getByRole('dialog', { name: 'Add an agenda item' }).waitFor();
    await expectNoAxeViolations(page, 'add agenda item form');
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Add attendee' }).click();
    await page.getByRole('dialog', { name: 'Add attendee' }).waitFor();
    await expectNoAxeViolations(page, 'add attendee form');
    await page.keyboard.press('Escape');

    expect(errors).toEqual([]);
  });

  it('shows a series, the template editor and the carry-forward dialog with no axe violations', async () => {
    const page = await started().newPage();
    const today = new Date().toISOString().slice(0, 10);
    const { series, firstMeeting } = await callCore(page, 'series.create', {
      title: 'Interagency breakfast',
      kind: 'interagency',
      rrule: 'FREQ=WEEKLY',
      startDate: today,
      startTime: '00:00',
      endTime: '23:59',
      timeZone: 'UTC',
      language: 'en',
    });
    await callCore(page, 'parking.add', {
      seriesId: series.id,
      item: { title: 'Youth shelter opening hours' },
    });

    await go(page, `/meetings/series/${series.id}`);
    await page.getByRole('table', { name: 'Coming meetings' }).waitFor();
    await expectNoAxeViolations(page, 'series screen');
    await snap(page, 'meetings/series');

    await go(page, '/settings/templates');
    await page.getByRole('list', { name: /^Items of/ }).waitFor();
    await expectNoAxeViolations(page, 'template editor');
    await snap(page, 'meetings/templates');

    await callCore(page, 'run.start', { meetingId: firstMeeting.id });
    await callCore(page, 'run.end', { meetingId: firstMeeting.id });
    await go(page, `/meetings/${firstMeeting.id}`);
    await page.getByRole('button', { name: 'Prepare the next meeting' }).click();
    await page.getByRole('list', { name: 'Proposed agenda' }).waitFor();
    await expectNoAxeViolations(page, 'carry-forward dialog');
    await snap(page, 'meetings/carry-forward');
  });

  it('reads in French with no axe violations', async () => {
    const page = await started().newPage();
    await callCore(page, 'settings.update', { language: 'fr' });
    await go(page, '/meetings');
    await page.getByRole('heading', { level: 1, name: 'Réunions' }).waitFor();
    await expectNoAxeViolations(page, 'réunions');
    await snap(page, 'meetings/reunions-fr');
    await callCore(page, 'settings.update', { language: 'en' });
  });
});
