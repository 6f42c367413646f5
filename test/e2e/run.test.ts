import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { callCore, expectNoAxeViolations, snap, useE2eApp } from '../helpers/e2e';

const started = useE2eApp();

/** A meeting today whose first item is short enough to be in its warning phase at once. */
async function seed(page: Page, firstMinutes: number) {
  await callCore(page, 'template.save', {
    kind: 'other',
    language: 'en',
    items: [
      {
        title:
          'Agency updates: each agency reports on winter shelter capacity, outreach, referrals, the waiting list and anything the table needs to decide today',
        kind: 'round',
        plannedMinutes: firstMinutes,
        recurring: false,
      },
      {
        title: 'Winter shelter capacity',
        kind: 'discussion',
        plannedMinutes: 20,
        recurring: false,
      },
    ],
  });
  // Scheduled for now, so the ahead/behind figure reads as in a real meeting: in a time zone
  // where "now" is not in the day's last hour, so the meeting fits before midnight.
  const { date, startTime, timeZone } = nowWithRoomBeforeMidnight();
  const meeting = await callCore(page, 'meeting.create', {
    title: 'Housing First committee',
    kind: 'other',
    date,
    startTime,
    endTime: '23:59',
    timeZone,
    goal: 'Agree on the winter shelter plan',
    language: 'en',
  });
  for (const guestName of ['Shelter North', 'Police liaison']) {
    await callCore(page, 'attendance.add', { meetingId: meeting.id, guestName, status: 'present' });
  }
  return meeting;
}

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

/** Each element is wholly inside the viewport, and the page itself does not scroll. */
async function expectInView(page: Page, selectors: string[]) {
  const { width, height } = page.viewportSize() ?? { width: 0, height: 0 };
  for (const selector of selectors) {
    const box = await page.locator(selector).first().boundingBox();
    expect(box, `${selector} at ${width}×${height}`).not.toBeNull();
    const { x, y, width: w, height: h } = box!;
    expect({
      selector,
      top: y >= 0,
      left: x >= 0,
      bottom: y + h <= height,
      right: x + w <= width,
    }).toEqual({ selector, top: true, left: true, bottom: true, right: true });
  }
}

describe('run mode, end to end', () => {
  it('runs a meeting with no axe violations, in each phase, in high contrast and on the presenter view', async () => {
    const page = await started().newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    const meeting = await seed(page, 2);

    await page.goto(`${started().url.split('#')[0]}#/meetings/${meeting.id}/run`);
    const region = page.getByRole('region', { name: 'Speaking round' });
    await region.waitFor();
    // Two speakers share two minutes: each turn is a minute, inside the two-minute warning.
    await page.getByText('Less than 2 minutes left — wrap up').waitFor();
    await expectNoAxeViolations(page, 'run screen, warning');
    await snap(page, 'run/warning');

    await page.keyboard.press('?');
    await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
    await expectNoAxeViolations(page, 'shortcuts help');
    await page.keyboard.press('Escape');

    // Take all the time off: over time, then paused.
    await page.getByRole('button', { name: '−1 min' }).click();
    await page.getByText(/^Over time/).waitFor();
    await expectNoAxeViolations(page, 'run screen, over time');
    await snap(page, 'run/overtime');
    await page.getByRole('button', { name: 'Pause' }).click();
    await page.getByText('Paused', { exact: true }).waitFor();

    await page.evaluate(() => (document.documentElement.dataset.contrast = 'high'));
    await expectNoAxeViolations(page, 'run screen, high contrast');
    await snap(page, 'run/high-contrast');
    await page.evaluate(() => (document.documentElement.dataset.contrast = 'normal'));

    const presenter = page.getByRole('link', { name: /Open presenter view/ });
    expect(await presenter.getAttribute('target')).toBe('_blank');
    const [room] = await Promise.all([page.context().waitForEvent('page'), presenter.click()]);
    await room.getByRole('heading', { level: 1, name: /Agency updates/ }).waitFor();
    await room.getByText(/^Over time/).waitFor();
    await expectNoAxeViolations(room, 'presenter view');
    await snap(room, 'run/presenter');
    // On a wall nobody can scroll: everything fits the common projector sizes.
    for (const [width, height] of [
      [1280, 720],
      [1366, 768],
      [1920, 1080],
    ] as const) {
      await room.setViewportSize({ width, height });
      await expectInView(room, [
        '.presenter__goal',
        '[role="timer"]',
        '.next-up',
        '.schedule-figure',
      ]);
      await snap(room, `run/presenter-${width}x${height}`);
    }

    // The room follows the chair.
    await page.keyboard.press('n');
    await room.getByRole('heading', { level: 1, name: /Winter shelter capacity/ }).waitFor();
    await page.getByRole('heading', { level: 2, name: /Winter shelter capacity/ }).waitFor();
    await page.getByText('Time left', { exact: true }).waitFor();
    await expectNoAxeViolations(page, 'run screen, normal');
    await snap(page, 'run/normal');
    // A 1366×768 projector shows the countdown and the main controls without scrolling.
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await expectInView(page, ['.run-now [role="timer"]', '.run-controls']);
    await page.screenshot({ path: 'test-results/run/run-1366x768.png' });

    await page.goto(`${started().url.split('#')[0]}#/settings`);
    await page.getByRole('region', { name: 'Meeting timer' }).waitFor();
    await expectNoAxeViolations(page, 'settings with the meeting timer');
    await page.getByRole('region', { name: 'Meeting timer' }).screenshot({
      path: 'test-results/run/settings-timer.png',
    });
    expect(errors).toEqual([]);
  });
});
