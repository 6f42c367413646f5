import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plainText } from '../../shared/domain/rich-text';
import { CHROMIUM_ARGS, callCore, snap, VIEWPORT } from '../helpers/e2e';
import { freePort, startHostProcess, type HostProcess } from '../helpers/host-process';
import { oneOff } from '../helpers/meetings';

/**
 * "Nothing typed is lost on a crash, a reload or a kill of the process": the browser-mode host
 * runs as its own process and is killed with SIGKILL while the note-taker types (no handler runs,
 * nothing is flushed), then started again on the same data folder and port, as a person would
 * after a crash. The words typed before and during the outage must all reach the database.
 */
describe('notes survive a host killed mid-session', () => {
  let dataDir: string;
  let browser: Browser;
  let host: HostProcess | undefined;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'roundtable-kill-'));
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: true,
      args: CHROMIUM_ARGS,
    });
  });

  afterAll(async () => {
    await browser?.close();
    await host?.kill();
    await rm(dataDir, { recursive: true, force: true });
  });

  const status = (page: Page) => page.locator('.notes-status');
  const editor = (page: Page, title: string) =>
    page.getByRole('textbox', { name: `Notes: ${title}` });
  const notesUrl = (hostUrl: string, meetingId: string, itemId: string) =>
    `${hostUrl.split('#')[0]}#/meetings/${meetingId}/notes?item=${itemId}`;

  it('keeps what was saved, what was typed just before the kill, and what was typed during it', async () => {
    const port = await freePort();
    host = await startHostProcess(dataDir, port);
    const context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-CA' });
    const page = await context.newPage();
    await page.goto(host.url, { waitUntil: 'load' });

    const meeting = await callCore(page, 'meeting.create', oneOff({ title: 'Housing committee' }));
    const item = await callCore(page, 'agenda.add', {
      meetingId: meeting.id,
      item: { title: 'Winter shelter beds', plannedMinutes: 15 },
    });
    await page.goto(notesUrl(host.url, meeting.id, item.id));
    const notes = editor(page, item.title);
    await notes.click();

    await page.keyboard.type('Saved before the crash.');
    await expect.poll(() => status(page).textContent(), { timeout: 10_000 }).toMatch(/Saved at/);

    // Typed, and the host killed at once: well inside the autosave's pause.
    await page.keyboard.press('Enter');
    await page.keyboard.type('Typed just before the kill.');
    await host.kill();
    host = undefined;
    await page.keyboard.press('Enter');
    await page.keyboard.type('Typed while the host was down.');
    await expect
      .poll(() => status(page).textContent(), { timeout: 15_000 })
      .toMatch(/Not saved — retrying/);
    await snap(page, 'notes/host-killed');

    // The window goes too (its last save attempt on leaving fails: nothing is listening), so
    // only the local copy holds the last two lines.
    await page.goto('about:blank');

    // Started again on the same folder and port (the same origin, so the local copy is there),
    // with a new launch secret: the person opens the new link, as after any restart. The note
    // opens from the local copy, which differs from the database's, and saves it.
    host = await startHostProcess(dataDir, port);
    await page.goto(host.url, { waitUntil: 'load' });
    await page.goto(notesUrl(host.url, meeting.id, item.id));
    await expect
      .poll(() => editor(page, item.title).textContent(), { timeout: 15_000 })
      .toBe('Saved before the crash.Typed just before the kill.Typed while the host was down.');
    await expect.poll(() => status(page).textContent(), { timeout: 15_000 }).toMatch(/Saved at/);
    await snap(page, 'notes/host-restarted');

    // What the database holds, read from a browser with no local copy at all.
    const fresh = await browser.newContext({ viewport: VIEWPORT, locale: 'en-CA' });
    const reader = await fresh.newPage();
    await reader.goto(host.url, { waitUntil: 'load' });
    const detail = await callCore(reader, 'meeting.get', { id: meeting.id });
    expect(plainText(detail.items.find((i) => i.id === item.id)!.notes)).toBe(
      'Saved before the crash.\nTyped just before the kill.\nTyped while the host was down.',
    );
    await fresh.close();
    await context.close();
  });
});
