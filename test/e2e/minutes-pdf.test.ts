import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrintToPdf } from '../../electron/core/ports';
import { makeTestCore, type TestCore } from '../helpers/core';
import { CONFIDENTIAL_WORDS, INTERNAL_WORDS, meetingForMinutes, WORDS } from '../helpers/minutes';

/**
 * The minutes printed to PDF for real: the core's PDF export with a printer that does what the
 * desktop app's does (Chromium's print engine on the standalone page, the page's own @page
 * margins, backgrounds, no JavaScript), then read back by a PDF parser, as a person's reader would.
 */

const resultsDir = fileURLToPath(new URL('../../test-results/', import.meta.url));
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

let browser: Browser;

/** What the desktop app's printer does with Electron's printToPDF, done with the same engine. */
const chromiumPrinter: PrintToPdf = async (html) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    const pdf = await page.pdf({
      preferCSSPageSize: true,
      printBackground: true,
      tagged: true,
      outline: true,
    });
    return new Uint8Array(pdf);
  } finally {
    await context.close();
  }
};

/** The text a reader finds in the PDF, with line breaks and odd spaces as plain spaces. */
async function pdfText(bytes: Uint8Array): Promise<{ text: string; pages: number }> {
  const { text, totalPages } = await extractText(new Uint8Array(bytes), { mergePages: true });
  return { text: text.replace(/[\s\u202F\u00A0]+/g, ' '), pages: totalPages };
}

async function save(name: string, bytes: Uint8Array | Buffer): Promise<void> {
  await mkdir(resultsDir, { recursive: true });
  await writeFile(path.join(resultsDir, name), bytes);
}

beforeAll(async () => {
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium was not found at ${executablePath}. Install it ` +
        '(`apt-get install chromium` on Debian) or set CHROMIUM_PATH to its binary.',
    );
  }
  browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
});

afterAll(async () => {
  await browser?.close();
});

describe('minutes as PDF', () => {
  let core: TestCore;
  let meetingId: string;
  let fixture: Awaited<ReturnType<typeof meetingForMinutes>>;

  beforeAll(async () => {
    core = makeTestCore({ printToPdf: chromiumPrinter });
    fixture = await meetingForMinutes(core);
    meetingId = fixture.meeting.id;
  });
  afterAll(() => core.close());

  async function exportPdf(language: 'en' | 'fr', includeInternal = false) {
    const file = await core.ok('minutes.export', {
      meetingId,
      language,
      format: 'pdf',
      includeInternal,
    });
    expect(file.mimeType).toBe('application/pdf');
    expect(file.encoding).toBe('base64');
    const bytes = new Uint8Array(Buffer.from(file.content, 'base64'));
    expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe('%PDF-');
    return { file, bytes };
  }

  it('has the meeting’s content, says what was withheld and has no confidential or internal word', async () => {
    const { file, bytes } = await exportPdf('en');
    expect(file.filename).toBe('2026-12-01-complex-case-consultation-minutes.pdf');
    await save('minutes.pdf', bytes);
    const { text, pages } = await pdfText(bytes);
    expect(pages).toBeGreaterThanOrEqual(1);

    for (const words of [
      'Complex case consultation',
      'Tuesday, December 1, 2026',
      '9:30 a.m. – 11:00 a.m. (Eastern Time)',
      'Community Room B, 12 King St.',
      'Coordinate supports for joint participants',
      'Ana Tremblay',
      'Luc Gagnon',
      'Attendance',
      'Shelter North',
      'Mobile Crisis Team',
      'Marc Dubé',
      'Regrets',
      'Rita Regrets',
      'Legal Aid',
      WORDS.general,
      `1. ${WORDS.shareable.title}`,
      'Presented by Ana Tremblay (Shelter North)',
      WORDS.shareable.notes,
      'very important',
      'Booked the room',
      `Decision: ${WORDS.shareable.decision}`,
      `Action: ${WORDS.shareable.action}`,
      // Numbered as in the app's agenda: items 2 and 3 are withheld.
      `4. ${WORDS.deferred.title}`,
      'Deferred to a later meeting',
      WORDS.other,
      'Action items',
      'Responsible',
      'Dec 15, 2026',
      'Book the January room',
      'Pat Typed',
      'Next meeting: Tuesday, December 15, 2026',
      '2 agenda items were withheld from these minutes (1 internal, 1 confidential).',
    ]) {
      expect(text, words).toContain(words);
    }
    for (const word of [...CONFIDENTIAL_WORDS, ...INTERNAL_WORDS]) {
      expect(text).not.toContain(word);
    }
    expect(text).not.toMatch(/walrus|pineapple/i);
    // The meeting has not ended: who is still expected is listed as such.
    expect(text).toContain('Expected (attendance not taken)');
    expect(text).toContain('Eve Expected');
  });

  it('adds the internal item only when asked, still without the confidential one', async () => {
    const { bytes } = await exportPdf('en', true);
    await save('minutes-with-internal.pdf', bytes);
    const { text } = await pdfText(bytes);
    for (const words of Object.values(WORDS.internal)) expect(text).toContain(words);
    expect(text).toContain('Internal: not for distribution');
    expect(text).toContain('1 agenda item was withheld from these minutes (1 confidential).');
    expect(text).not.toMatch(/walrus/i);
  });

  it('is written in French when asked', async () => {
    const { file, bytes } = await exportPdf('fr');
    expect(file.filename).toBe('2026-12-01-complex-case-consultation-compte-rendu.pdf');
    await save('minutes-fr.pdf', bytes);
    const { text } = await pdfText(bytes);
    for (const words of [
      'Compte rendu',
      'mardi 1 décembre 2026',
      '9 h 30 – 11 h 00 (heure de l’Est)',
      'Présences',
      'Excusés',
      'Décision : Adopt the kangaroo terms',
      'Suivis',
      'Échéance',
      'Prochaine rencontre : mardi 15 décembre 2026',
      '2 points de l’ordre du jour ont été omis de ce compte rendu (1 interne, 1 confidentiel).',
    ]) {
      expect(text, words).toContain(words);
    }
    expect(text).not.toMatch(/walrus|pineapple/i);
  });

  it('keeps the PDF’s structure: a document outline and a tagged PDF', async () => {
    const { bytes } = await exportPdf('en');
    const pdf = await getDocumentProxy(new Uint8Array(bytes));
    type Entry = { title: string; items: Entry[] };
    const flatten = (entries: Entry[]): string[] =>
      entries.flatMap((entry) => [entry.title, ...flatten(entry.items ?? [])]);
    const titles = JSON.stringify(flatten((await pdf.getOutline()) ?? []));
    expect(titles).toContain(WORDS.shareable.title);
    expect(titles).not.toMatch(/walrus/i);
    const markInfo = await pdf.getMarkInfo();
    expect(markInfo?.Marked).toBe(true);
  });

  it('tells what the next meeting’s review decided, never a confidential item’s action', async () => {
    const next = await core.ok('series.prepareOccurrence', {
      id: fixture.series.id,
      originalDate: '2026-12-15',
      language: 'en',
    });
    const byDescription = new Map(
      (await core.ok('action.forReview', { meetingId: next.id })).map((a) => [a.description, a]),
    );
    const outcomes = [
      [WORDS.shareable.action, 'done'],
      ['Book the January room', 'carried'],
      [WORDS.confidential.action, 'done'],
    ] as const;
    for (const [description, outcome] of outcomes) {
      const actionId = byDescription.get(description)!.id;
      await core.ok('action.review', { actionId, meetingId: next.id, outcome });
    }
    const file = await core.ok('minutes.export', {
      meetingId: next.id,
      language: 'en',
      format: 'pdf',
      includeInternal: false,
    });
    const bytes = new Uint8Array(Buffer.from(file.content, 'base64'));
    await save('minutes-review.pdf', bytes);
    const { text } = await pdfText(bytes);
    for (const words of [
      'Review of open actions',
      'Actions from earlier meetings',
      `Done — ${WORDS.shareable.action} — Ana Tremblay (Shelter North), due Dec 15, 2026, from the meeting of Dec 1, 2026`,
      'Carried forward — Book the January room',
      // The internal item's action is left unreviewed, the confidential one's marked done: both out.
      '2 actions from earlier meetings were withheld from these minutes (1 internal, 1 confidential).',
      'No new action items.',
    ]) {
      expect(text, words).toContain(words);
    }
    expect(text).not.toMatch(/walrus|pineapple/i);
  });

  it('looks like minutes when printed (a screenshot of the print layout for a person to check)', async () => {
    const { content } = await core.ok('minutes.export', {
      meetingId,
      language: 'en',
      format: 'html',
    });
    const context = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 816, height: 1056 },
    });
    try {
      const page = await context.newPage();
      await page.setContent(content, { waitUntil: 'load' });
      await page.emulateMedia({ media: 'print' });
      // Black on white, serif, a bordered table: the print stylesheet is in effect.
      const look = await page.evaluate(() => {
        const article = document.querySelector('article.minutes')!;
        const cell = document.querySelector('.action-table td')!;
        const style = getComputedStyle(article);
        return {
          color: style.color,
          background: style.backgroundColor,
          font: style.fontFamily,
          border: getComputedStyle(cell).borderTopStyle,
        };
      });
      expect(look).toMatchObject({
        color: 'rgb(17, 17, 17)',
        background: 'rgb(255, 255, 255)',
        border: 'solid',
      });
      expect(look.font).toMatch(/serif/);
      await save('minutes-print.png', await page.screenshot({ fullPage: true }));
    } finally {
      await context.close();
    }
  });
});
