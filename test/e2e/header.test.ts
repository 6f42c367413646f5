import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { callCore, useE2eApp } from '../helpers/e2e';

/**
 * The main header on the widths a chair shares: nine sections, Search and Lock on one line at
 * 1366 px (the usual projector) in English and in French, wrapping below that without running off
 * the screen. Screenshots of the header land in test-results/header/.
 */
const started = useE2eApp();

const resultsDir = fileURLToPath(new URL('../../test-results/header/', import.meta.url));

/** The rows the header's sections and buttons sit on (their vertical middles, rounded). */
async function headerLayout(page: Page) {
  return page.evaluate(() => {
    const header = document.querySelector('.shell__header')!;
    const items = [...header.querySelectorAll('.shell__link, .button')];
    const rows = new Set(
      items.map((item) => {
        const box = item.getBoundingClientRect();
        return Math.round((box.top + box.bottom) / 2 / 10);
      }),
    );
    return {
      items: items.length,
      rows: rows.size,
      overflows: document.documentElement.scrollWidth > window.innerWidth,
    };
  });
}

describe('the main header', () => {
  it('fits on one line at 1366 px in English and in French, and wraps when narrower', async () => {
    const page = await started().newPage();
    await mkdir(resultsDir, { recursive: true });
    for (const language of ['en', 'fr'] as const) {
      await callCore(page, 'settings.update', { language });
      for (const width of [1366, 1920, 1100]) {
        await page.setViewportSize({ width, height: 768 });
        await page.reload({ waitUntil: 'load' });
        const nav = page.getByRole('navigation', {
          name: language === 'en' ? 'Main' : 'Principal',
        });
        await nav
          .getByRole('link', { name: language === 'en' ? 'Settings' : 'Paramètres' })
          .waitFor();
        const box = (await page.locator('.shell__header').boundingBox())!;
        await page.screenshot({
          path: path.join(resultsDir, `header-${language}-${width}.png`),
          clip: { x: 0, y: 0, width, height: Math.ceil(box.height) + 40 },
        });
        const layout = await headerLayout(page);
        // Nine sections, Search, and Lock (the tests' data is locked by a passphrase).
        expect(layout.items).toBe(11);
        expect(layout.overflows).toBe(false);
        if (width >= 1366)
          expect({ language, width, rows: layout.rows }).toEqual({ language, width, rows: 1 });
        else expect(layout.rows).toBeGreaterThan(1);
      }
    }
  }, 120_000);
});
