import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { callCore, expectNoAxeViolations, snap, useE2eApp } from '../helpers/e2e';

const started = useE2eApp();

/** Each element is wholly inside the viewport, and the page itself is not scrolled. */
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

describe('run mode’s glossary panel, end to end', () => {
  it('reads a definition aloud beside the countdown, which stays in view at 1366×768', async () => {
    const page = await started().newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.setViewportSize({ width: 1366, height: 768 });
    await callCore(page, 'glossary.add', {
      en: {
        term: 'meeting',
        definition:
          'A gathering of partner agencies to share updates, coordinate supports for joint participants and agree on next steps.',
      },
      fr: {
        term: 'réunion',
        definition:
          'Rencontre des organismes partenaires pour faire le point, coordonner les services et convenir des suites.',
      },
    });
    await callCore(page, 'glossary.add', {
      en: {
        term: 'Ontario Works',
        abbreviations: ['OW'],
        definition: 'Ontario’s income support program for people in financial need.',
      },
    });
    await callCore(page, 'template.save', {
      kind: 'other',
      language: 'en',
      items: [
        { title: 'Agency updates', kind: 'discussion', plannedMinutes: 30, recurring: false },
        {
          title: 'Winter shelter capacity',
          kind: 'discussion',
          plannedMinutes: 20,
          recurring: false,
        },
      ],
    });
    const today = new Date().toISOString().slice(0, 10);
    const meeting = await callCore(page, 'meeting.create', {
      title: 'Housing First committee',
      kind: 'other',
      date: today,
      startTime: '00:00',
      endTime: '23:59',
      timeZone: 'UTC',
      goal: 'Agree on the winter shelter plan',
      language: 'en',
    });

    await page.goto(`${started().url.split('#')[0]}#/meetings/${meeting.id}/run`);
    await page.getByRole('heading', { level: 2, name: /Agency updates/ }).waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.keyboard.press('d');
    const search = page.getByRole('searchbox', { name: 'Search the glossary' });
    await search.waitFor();
    await search.fill('reunion');
    await page.getByRole('heading', { level: 3, name: 'meeting' }).waitFor();
    await expectInView(page, [
      '.run-now [role="timer"]',
      '.run-controls',
      '.glossary-panel .concept-definition__term',
    ]);
    await expectNoAxeViolations(page, 'run screen with the glossary panel');
    await snap(page, 'run/glossary-panel');

    await search.fill('OW');
    await page.getByRole('heading', { level: 3, name: /Ontario Works \(OW\)/ }).waitFor();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.getByRole('region', { name: 'Glossary' }).waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/^Glossary/);
    expect(errors).toEqual([]);
  });
});
