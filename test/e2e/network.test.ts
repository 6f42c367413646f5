import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { callCore, dismissToasts, expectNoAxeViolations, snap, useE2eApp } from '../helpers/e2e';
import { biweekly } from '../helpers/meetings';

/**
 * Issue 8's partner web as a chair builds it: connections added one by one and from what an
 * organization named (new names become potential partners), seen in the graph (drawn by cytoscape
 * on canvas, under the app's CSP) and in its list alternative, filtered, exported as PNG and SVG,
 * and participation in a series with the agencies that stopped coming. Screenshots land in
 * test-results/network/.
 */
const started = useE2eApp();

const resultsDir = fileURLToPath(new URL('../../test-results/network/', import.meta.url));

/** The machine's calendar day, `days` from today: the host's core counts from the same one. */
function dayFromToday(days: number): string {
  const day = new Date();
  day.setDate(day.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}

/** A dialog as it looks on the screen (a full-page shot would cut the overlay where the window ends). */
async function snapScreen(page: Page, name: string) {
  await mkdir(resultsDir, { recursive: true });
  await page.screenshot({ path: path.join(resultsDir, `${name}.png`) });
}

/** How many pixels within `band` of a PNG's edges are not white (read by the browser's decoder). */
function inkNearEdges(page: Page, png: Buffer, band: number): Promise<number> {
  return page.evaluate(
    async ({ base64, band }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const image = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(image.width, image.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const { data, width, height } = context.getImageData(0, 0, image.width, image.height);
      let ink = 0;
      for (let y = 0; y < height; y++) {
        for (let x = 0; x < width; x++) {
          const inner = x >= band && x < width - band && y >= band && y < height - band;
          const at = (y * width + x) * 4;
          if (!inner && Math.min(data[at]!, data[at + 1]!, data[at + 2]!) < 245) ink++;
        }
      }
      return ink;
    },
    { base64: png.toString('base64'), band },
  );
}

/** Types part of a name in an organization picker and picks the match. */
async function pick(scope: Locator, page: Page, field: RegExp, typed: string, option: string) {
  const box = scope.getByRole('combobox', { name: field });
  await box.click();
  await box.pressSequentially(typed);
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Five agencies; four come to a biweekly consultation, one stopped coming, one never came. */
async function seed(page: Page) {
  const org = async (name: string, shortName = '') =>
    (await callCore(page, 'org.create', { name, shortName })).id;
  const shelter = await org('Maison Bon Accueil', 'MBA');
  const health = await org('Community Health Centre', 'CHC');
  const police = await org('Ottawa Police Liaison Unit', 'OPS');
  const food = await org('Ottawa Food Bank');
  await org('Youth Services Bureau', 'YSB');
  await callCore(page, 'partner.setProfile', { organizationId: food, networkStatus: 'potential' });

  const { series, firstMeeting } = await callCore(
    page,
    'series.create',
    biweekly({ startDate: dayFromToday(-56) }),
  );
  const meetings = [firstMeeting.id];
  for (const days of [-42, -28, -14]) {
    const meeting = await callCore(page, 'series.prepareOccurrence', {
      id: series.id,
      originalDate: dayFromToday(days),
      language: 'en',
    });
    meetings.push(meeting.id);
  }
  const statuses = [
    { [shelter]: 'present', [health]: 'present', [police]: 'present' },
    { [shelter]: 'present', [health]: 'absent', [police]: 'absent' },
    { [shelter]: 'present', [health]: 'present', [police]: 'absent' },
    { [shelter]: 'present', [health]: 'present', [police]: 'absent' },
  ] as const;
  for (const [index, meetingId] of meetings.entries()) {
    for (const [organizationId, status] of Object.entries(statuses[index]!)) {
      await callCore(page, 'attendance.add', { meetingId, organizationId, status });
    }
    await callCore(page, 'run.start', { meetingId });
    await callCore(page, 'run.end', { meetingId });
  }
  await callCore(page, 'connection.add', { fromId: police, toId: shelter, kind: 'refers_to' });
  return { shelter, health, police, food };
}

const orgItem = (page: Page, name: string) =>
  page
    .getByRole('region', { name: 'Organizations and their connections' })
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { level: 4, name: new RegExp(`^${name}`) }) });

/** How many pixels the graph's canvases have drawn on (cytoscape draws on several layers). */
const drawnPixels = (page: Page) =>
  page.locator('.network-graph__canvas canvas').evaluateAll((canvases) =>
    canvases.reduce((sum, canvas) => {
      const context = (canvas as HTMLCanvasElement).getContext('2d');
      if (!context || canvas.clientWidth === 0) return sum;
      const { data } = context.getImageData(
        0,
        0,
        (canvas as HTMLCanvasElement).width,
        (canvas as HTMLCanvasElement).height,
      );
      let drawn = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) drawn += 1;
      return sum + drawn;
    }, 0),
  );

describe('partner network and participation, end to end', () => {
  it('adds connections, sees them in the graph and the list, exports them, and shows participation', async () => {
    const page = await started().newPage();
    const errors: string[] = [];
    const warnings: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    // A CSP refusal (an inline style cytoscape would add) is a console error.
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
      // Cytoscape warns of a style value it ignores (and draws its default instead).
      // (The browser's advice on this test's own pixel reads is not the app's.)
      if (message.type() === 'warning' && !message.text().startsWith('Canvas2D:')) {
        warnings.push(message.text());
      }
    });
    await seed(page);
    await page.reload({ waitUntil: 'load' });

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Partners' })
      .click();
    await page
      .getByRole('navigation', { name: 'Partner sections' })
      .getByRole('link', { name: 'Network' })
      .click();
    await page.getByRole('heading', { level: 2, name: 'Partner network' }).waitFor();
    const canvas = page.locator('.network-graph__canvas[data-drawing="ready"]');
    await canvas.waitFor();
    await expect.poll(() => drawnPixels(page)).toBeGreaterThan(500);
    await orgItem(page, 'Youth Services Bureau')
      .getByText('Never represented at a meeting')
      .waitFor();
    await page.getByText('Never represented at a meeting (2):').waitFor();

    // One connection through the form.
    await page.getByRole('button', { name: 'Add a connection' }).click();
    const add = page.getByRole('dialog', { name: 'Add a connection' });
    await pick(add, page, /^Organization/, 'Maison', 'Maison Bon Accueil (MBA)');
    await pick(add, page, /^Other organization/, 'CHC', 'Community Health Centre (CHC)');
    await add.getByRole('textbox', { name: 'Note (optional)' }).fill('Nurse visits on Tuesdays.');
    await expectNoAxeViolations(page, 'add a connection');
    await snapScreen(page, 'add-connection');
    await add.getByRole('button', { name: 'Add connection' }).click();
    await add.waitFor({ state: 'detached' });
    await page
      .getByText('Connection added: Maison Bon Accueil refers to Community Health Centre.')
      .waitFor();

    // What Community Health named when asked: one known partner, one new name.
    await page.getByRole('button', { name: 'Ask for connections' }).click();
    const ask = page.getByRole('dialog', { name: 'Ask for connections' });
    await pick(ask, page, /^Organization asked/, 'Community', 'Community Health Centre (CHC)');
    const first = ask.getByRole('group', { name: 'Connection 1' });
    await pick(first, page, /^Organization named/, 'Food', 'Ottawa Food Bank');
    await first.getByRole('button', { name: /How they are connected/ }).click();
    await page.getByRole('option', { name: 'Partners with', exact: true }).click();
    await ask.getByRole('button', { name: 'Add another connection' }).click();
    const second = ask.getByRole('group', { name: 'Connection 2' });
    await second
      .getByRole('combobox', { name: /^Organization named/ })
      .pressSequentially('Mobile Crisis Team');
    await second.getByRole('combobox', { name: /^Organization named/ }).press('Tab');
    await second.getByText('Mobile Crisis Team will be added as a potential partner.').waitFor();
    await second
      .getByRole('textbox', { name: 'Note (optional)' })
      .fill('Night outreach, 24/7 line');
    await expectNoAxeViolations(page, 'ask for connections');
    await snapScreen(page, 'ask-for-connections');
    await ask.getByRole('button', { name: 'Record connections' }).click();
    await ask.waitFor({ state: 'detached' });
    await page
      .getByText(
        '2 connections recorded for Community Health Centre. New potential partner: Mobile Crisis Team.',
      )
      .waitFor();
    await dismissToasts(page);

    // The list says it all in words.
    const shelter = orgItem(page, 'Maison Bon Accueil');
    await expect
      .poll(() => shelter.getByRole('listitem').first().textContent())
      .toBe('Refers to: Community Health Centre');
    expect(await shelter.getByText('Receives referrals from:').locator('..').textContent()).toBe(
      'Receives referrals from: Ottawa Police Liaison Unit',
    );
    const crisis = orgItem(page, 'Mobile Crisis Team');
    await crisis.getByText('Potential partner').waitFor();
    await crisis.getByText('Never represented at a meeting').waitFor();
    expect(await crisis.getByText('Receives referrals from:').locator('..').textContent()).toBe(
      'Receives referrals from: Community Health Centre',
    );
    // The organization asked is opened and highlighted in the graph.
    const health = orgItem(page, 'Community Health Centre');
    await health.getByText('Highlighted in the graph').waitFor();
    await health.getByRole('button', { name: 'Delete: Refers to Mobile Crisis Team' }).waitFor();
    await expect.poll(() => drawnPixels(page)).toBeGreaterThan(500);
    await expectNoAxeViolations(page, 'network');
    await snap(page, 'network/network');
    await canvas.screenshot({ path: path.join(resultsDir, 'graph.png') });

    // Export what the graph shows.
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export as PNG' }).click(),
    ]);
    expect(png.suggestedFilename()).toMatch(/^partner-network-\d{4}-\d{2}-\d{2}\.png$/);
    const pngFile = path.join(resultsDir, 'export.png');
    await png.saveAs(pngFile);
    const pngBytes = await readFile(pngFile);
    expect([...pngBytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    // A white margin all round (24 px at twice the size): no label touches the picture's edge.
    expect(await inkNearEdges(page, pngBytes, 44)).toBe(0);
    const [svg] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export as SVG' }).click(),
    ]);
    expect(svg.suggestedFilename()).toMatch(/^partner-network-\d{4}-\d{2}-\d{2}\.svg$/);
    const svgFile = path.join(resultsDir, 'export.svg');
    await svg.saveAs(svgFile);
    const svgText = await readFile(svgFile, 'utf8');
    expect(svgText).toMatch(/^<svg/);
    expect(svgText).toContain('MBA');
    expect(svgText).toContain('(never attended)');
    expect(svgText).toMatch(/^<svg[^>]* viewBox="-24 -24 /);

    // Filters apply to both views: without referrals and potential partners.
    const filters = page.getByRole('search', { name: 'Filter the network' });
    const layouts = await canvas.getAttribute('data-layouts');
    await filters.locator('label', { hasText: /Refers to$/ }).click();
    await filters.locator('label', { hasText: /Potential partner$/ }).click();
    await orgItem(page, 'Mobile Crisis Team').waitFor({ state: 'detached' });
    await shelter.getByText('No connections shown with these filters.').waitFor();
    await page.getByText('4 organizations, 0 connections shown.').waitFor();
    await snap(page, 'network/network-filtered');
    await canvas.screenshot({ path: path.join(resultsDir, 'graph-filtered.png') });
    await filters.locator('label', { hasText: /Refers to$/ }).click();
    await filters.locator('label', { hasText: /Potential partner$/ }).click();
    await orgItem(page, 'Mobile Crisis Team').waitFor();
    // Hidden and shown again where they stood: no new layout, nothing jumped.
    expect(await canvas.getAttribute('data-layouts')).toBe(layouts);

    // The other layout, and the graph still drawn.
    await page.getByRole('button', { name: /Layout/ }).click();
    await page.getByRole('option', { name: 'Rings (most connected in the middle)' }).click();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.getByRole('button', { name: 'Fit to view' }).click();
    await expect.poll(() => drawnPixels(page)).toBeGreaterThan(500);
    await canvas.screenshot({ path: path.join(resultsDir, 'graph-rings.png') });

    // Participation: the police stopped coming three meetings ago.
    await page
      .getByRole('navigation', { name: 'Partner sections' })
      .getByRole('link', { name: 'Participation' })
      .click();
    await page.getByRole('heading', { level: 2, name: 'Participation in a series' }).waitFor();
    const missing = page.getByRole('region', { name: 'Missed 3 or more in a row' });
    await missing.getByRole('link', { name: 'Ottawa Police Liaison Unit' }).waitFor();
    const table = page.getByRole('table', { name: /^Participation of each agency/ });
    const row = table
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: 'Community Health Centre' }) });
    expect(await row.getByRole('cell').first().textContent()).toBe('3 of 4');
    await expectNoAxeViolations(page, 'participation');
    await snap(page, 'network/participation');

    // In French.
    await callCore(page, 'settings.update', { language: 'fr' });
    await page.goto(new URL('#/partners/network', page.url()).toString());
    await page.reload({ waitUntil: 'load' });
    await page.getByRole('heading', { level: 2, name: 'Réseau de partenaires' }).waitFor();
    await page.locator('.network-graph__canvas[data-drawing="ready"]').waitFor();
    await expectNoAxeViolations(page, 'réseau');
    await snap(page, 'network/reseau-fr');

    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
  });
});
