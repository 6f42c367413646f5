import JSZip from 'jszip';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import type { ExportedFile, MinutesFormat } from '../../../shared/contract';
import { escapeMarkdown } from '../../../electron/core/minutes/markdown';
import { asciiSlug } from '../../../electron/core/minutes/export';
import { makeTestCore, type TestCore } from '../../helpers/core';
import { changes } from '../../helpers/meetings';
import {
  CONFIDENTIAL_WORDS,
  INTERNAL_WORDS,
  meetingForMinutes,
  WORDS,
} from '../../helpers/minutes';

/** Intl puts narrow no-break spaces in times ("9:30 a.m."): compare words, not space characters. */
const spaces = (text: string) => text.replace(/[\s\u202F\u00A0]+/g, ' ');

/** What a person reading the file sees: the text of the Markdown or HTML, the DOCX read by mammoth. */
async function readable(file: ExportedFile): Promise<string> {
  if (file.encoding === 'utf8') return spaces(file.content);
  const buffer = Buffer.from(file.content, 'base64');
  if (file.mimeType === 'application/pdf') return spaces(buffer.toString('latin1'));
  const { value } = await mammoth.extractRawText({ buffer });
  return spaces(value);
}

/** Every part of a DOCX (document, properties, numbering…) as text, for words that must be absent. */
async function everyPart(base64: string): Promise<string> {
  const zip = await JSZip.loadAsync(Buffer.from(base64, 'base64'));
  const parts = await Promise.all(
    Object.values(zip.files)
      .filter((f) => !f.dir)
      .map((f) => f.async('string')),
  );
  return parts.join('\n');
}

/** A printer that keeps the page it was given and returns it as the "PDF" bytes. */
function recordingPrinter() {
  const pages: string[] = [];
  return {
    pages,
    printToPdf: (html: string) => {
      pages.push(html);
      return Promise.resolve(new TextEncoder().encode(`%PDF-1.7 fake\n${html}`));
    },
  };
}

async function setUp(options: Parameters<typeof makeTestCore>[0] = {}) {
  const core = makeTestCore(options);
  const fixture = await meetingForMinutes(core);
  return { core, ...fixture };
}

const get = (
  core: TestCore,
  meetingId: string,
  extra: Partial<{ includeInternal: boolean; language: 'en' | 'fr' }> = {},
) => core.ok('minutes.get', { meetingId, language: 'en', ...extra });

describe('minutes.get', () => {
  it('has the header, attendance by agency, the items in order with their decisions and actions', async () => {
    const { core, meeting } = await setUp();
    const minutes = await get(core, meeting.id);

    expect(minutes.meeting).toMatchObject({
      title: 'Complex case consultation',
      seriesTitle: 'Complex case consultation',
      date: '2026-12-01',
      startTime: '09:30',
      endTime: '11:00',
      timeZone: 'America/Toronto',
      location: 'Community Room B, 12 King St.',
      goal: 'Coordinate supports for joint participants',
      chairName: 'Ana Tremblay',
      noteTakerName: 'Luc Gagnon',
    });
    expect(minutes.attendance).toEqual({
      present: [
        { organization: 'Shelter North', people: ['Ana Tremblay'] },
        { organization: 'Mobile Crisis Team', people: ['Marc Dubé'] },
        { organization: 'Community Health', people: ['Luc Gagnon'] },
        { organization: null, people: ['Sam Solo'] },
      ],
      regrets: [{ organization: 'Food Bank', people: ['Rita Regrets'] }],
      absent: [{ organization: 'Legal Aid', people: ['Abe Absent'] }],
      // The meeting has not ended: attendance is not taken yet for whoever is still expected.
      expected: [{ organization: 'Food Bank', people: ['Eve Expected'] }],
      notRecorded: [],
    });
    expect(minutes.generalNotes?.content?.[0]?.content?.[0]?.text).toBe(WORDS.general);

    // Numbered as in the app's agenda: the withheld items 2 and 3 leave a gap.
    expect(minutes.items.map((i) => [i.number, i.title, i.deferred])).toEqual([
      [1, WORDS.shareable.title, false],
      [4, WORDS.deferred.title, true],
    ]);
    const [first] = minutes.items;
    expect(first).toMatchObject({
      presenter: 'Ana Tremblay (Shelter North)',
      confidentiality: 'shareable',
      decisions: [WORDS.shareable.decision],
    });
    expect(first?.actions).toEqual([
      expect.objectContaining({
        description: WORDS.shareable.action,
        organizationName: 'Shelter North',
        personName: 'Ana Tremblay',
        dueDate: '2026-12-15',
        status: 'open',
        itemNumber: 1,
      }),
    ]);
    expect(minutes.otherDecisions).toEqual([WORDS.other]);
    expect(minutes.actions.map((a) => [a.description, a.itemNumber])).toEqual([
      [WORDS.shareable.action, 1],
      ['Book the January room', null],
    ]);
    expect(minutes.withheld).toEqual({
      internal: 1,
      confidential: 1,
      reviewedActions: { internal: 0, confidential: 0 },
    });
    expect(minutes.items.map((i) => i.reviewedActions)).toEqual([null, null]);
    expect(minutes.nextMeetingDate).toBe('2026-12-15');
    expect(minutes.generatedAt).toBe(core.clock.now());
  });

  it('includes internal items only when asked, and never confidential ones', async () => {
    const { core, meeting } = await setUp();
    const minutes = await get(core, meeting.id, { includeInternal: true });
    expect(minutes.items.map((i) => [i.number, i.title, i.confidentiality])).toEqual([
      [1, WORDS.shareable.title, 'shareable'],
      [2, WORDS.internal.title, 'internal'],
      [4, WORDS.deferred.title, 'shareable'],
    ]);
    expect(minutes.items[1]?.decisions).toEqual([WORDS.internal.decision]);
    expect(minutes.actions.map((a) => a.description)).toEqual([
      WORDS.shareable.action,
      WORDS.internal.action,
      'Book the January room',
    ]);
    expect(minutes.withheld).toMatchObject({ internal: 0, confidential: 1 });
    expect(minutes.actions.map((a) => a.itemNumber)).toEqual([1, 2, null]);
    expect(JSON.stringify(minutes)).not.toMatch(/walrus/i);
  });

  it('lists people still expected as such until the meeting ends, then as not recorded', async () => {
    const { core, meeting } = await setUp();
    const eve = [{ organization: 'Food Bank', people: ['Eve Expected'] }];
    expect((await get(core, meeting.id)).attendance).toMatchObject({
      expected: eve,
      notRecorded: [],
    });
    await core.ok('run.start', { meetingId: meeting.id });
    await core.ok('run.end', { meetingId: meeting.id });
    const ended = await get(core, meeting.id);
    expect(ended.attendance).toMatchObject({ expected: [], notRecorded: eve });
    // Present, regrets and absent are as they were.
    expect(ended.attendance.regrets).toEqual([
      { organization: 'Food Bank', people: ['Rita Regrets'] },
    ]);
    const md = spaces(
      (
        await core.ok('minutes.export', {
          meetingId: meeting.id,
          language: 'fr',
          format: 'markdown',
        })
      ).content,
    );
    expect(md).toContain('### Invités (présence non consignée) - **Food Bank** : Eve Expected');
  });

  it('leaves out what was recorded under a deleted item, and breaks with nothing recorded', async () => {
    const { core, meeting } = await setUp();
    const gone = await core.ok('agenda.add', {
      meetingId: meeting.id,
      item: { title: 'Gone item' },
    });
    await core.ok('decision.add', {
      meetingId: meeting.id,
      itemId: gone.id,
      text: 'Gone decision',
    });
    await core.ok('action.add', {
      meetingId: meeting.id,
      itemId: gone.id,
      description: 'Gone action',
    });
    await core.ok('agenda.delete', { id: gone.id });
    await core.ok('agenda.add', {
      meetingId: meeting.id,
      item: { title: 'Coffee', kind: 'break' },
    });

    const text = JSON.stringify(await get(core, meeting.id));
    expect(text).not.toContain('Gone');
    expect(text).not.toContain('Coffee');
  });

  it('is read-only and says which meeting is missing', async () => {
    const { core, meeting } = await setUp();
    const seen = changes(core);
    await get(core, meeting.id);
    await core.ok('minutes.export', { meetingId: meeting.id, language: 'en', format: 'docx' });
    // Only the access log records the export.
    expect(seen).toEqual([['accessLog']]);
    expect(await core.fails('minutes.get', { meetingId: 'nope', language: 'en' })).toMatchObject({
      code: 'not_found',
    });
  });
});

const FORMATS: MinutesFormat[] = ['markdown', 'html', 'docx', 'pdf'];

/** The text a reader sees, without the markup of Markdown or HTML (entities are not needed here). */
async function plainText(file: ExportedFile): Promise<string> {
  const text = await readable(file);
  return spaces(text.replace(/<[^>]+>/g, '').replace(/\*\*/g, ''));
}

/**
 * The fixture's meeting, then the next meeting of the series with its "Review of open actions"
 * item, where the chair marked the first meeting's open actions: the shareable item's done, a
 * second one carried, the one under no item dropped, a third not reviewed; the internal item's
 * carried and the confidential item's done.
 */
async function reviewedAtNextMeeting(options: Parameters<typeof makeTestCore>[0] = {}) {
  const fixture = await setUp(options);
  const { core, meeting, shareable, shelter, ana } = fixture;
  const intake = await core.ok('action.add', {
    meetingId: meeting.id,
    itemId: shareable.id,
    description: 'Send the intake form',
    organizationId: shelter.id,
    personId: ana.id,
    dueDate: '2026-12-01',
  });
  const hall = await core.ok('action.add', {
    meetingId: meeting.id,
    itemId: shareable.id,
    description: 'Book the hall',
  });
  const next = await core.ok('series.prepareOccurrence', {
    id: fixture.series.id,
    originalDate: '2026-12-15',
    language: 'en',
  });
  const { items } = await core.ok('meeting.get', { id: next.id });
  const reviewIndex = items.findIndex((item) => item.kind === 'action_review');
  expect(reviewIndex).toBeGreaterThan(0);
  // The template's case review slot is internal (as every case review starts); the counts below
  // are about the review of actions, so the slot is made shareable.
  for (const item of items.filter((i) => i.kind === 'case_review')) {
    await core.ok('agenda.update', { id: item.id, changes: { confidentiality: 'shareable' } });
  }
  // An item before the review is confidential: the review keeps its number in the agenda.
  await core.ok('agenda.update', {
    id: items[0]!.id,
    changes: { confidentiality: 'confidential' },
  });

  const byDescription = new Map(
    (await core.ok('action.forReview', { meetingId: next.id })).map((a) => [a.description, a.id]),
  );
  const outcomes = [
    [WORDS.shareable.action, 'done'],
    ['Send the intake form', 'carried'],
    ['Book the January room', 'dropped'],
    [WORDS.internal.action, 'carried'],
    [WORDS.confidential.action, 'done'],
  ] as const;
  for (const [description, outcome] of outcomes) {
    const actionId = byDescription.get(description);
    expect(actionId, description).toBeDefined();
    await core.ok('action.review', { actionId: actionId!, meetingId: next.id, outcome });
  }
  return { ...fixture, next, reviewNumber: reviewIndex + 1, intake, hall };
}

describe('the review of open actions in the next meeting’s minutes', () => {
  it('lists each reviewed action under the review item, with its outcome and where it came from', async () => {
    const { core, next, reviewNumber } = await reviewedAtNextMeeting();
    const minutes = await get(core, next.id);
    const review = minutes.items.find((item) => item.reviewedActions !== null);
    expect(review?.number).toBe(reviewNumber);
    expect(review?.title).toBe('Review of open actions');
    expect(minutes.items.filter((item) => item.reviewedActions !== null)).toHaveLength(1);
    expect(review?.reviewedActions).toEqual([
      {
        id: expect.any(String),
        description: WORDS.shareable.action,
        organizationName: 'Shelter North',
        personName: 'Ana Tremblay',
        dueDate: '2026-12-15',
        outcome: 'done',
        fromMeetingDate: '2026-12-01',
      },
      expect.objectContaining({ description: 'Book the January room', outcome: 'dropped' }),
      expect.objectContaining({
        description: 'Send the intake form',
        dueDate: '2026-12-01',
        outcome: 'carried',
      }),
      expect.objectContaining({ description: 'Book the hall', outcome: null }),
    ]);
    expect(minutes.withheld).toEqual({
      internal: 0,
      confidential: 1,
      reviewedActions: { internal: 1, confidential: 1 },
    });
    expect(JSON.stringify(minutes)).not.toMatch(/walrus|pineapple/i);

    const all = await get(core, next.id, { includeInternal: true });
    expect(
      all.items
        .flatMap((item) => item.reviewedActions ?? [])
        .map((a) => [a.description, a.outcome]),
    ).toContainEqual([WORDS.internal.action, 'carried']);
    expect(all.withheld.reviewedActions).toEqual({ internal: 0, confidential: 1 });
    expect(JSON.stringify(all)).not.toMatch(/walrus/i);
  });

  it('leaves the review out with its item when the item itself is withheld', async () => {
    const { core, next } = await reviewedAtNextMeeting();
    const { items } = await core.ok('meeting.get', { id: next.id });
    const review = items.find((item) => item.kind === 'action_review')!;
    await core.ok('agenda.update', { id: review.id, changes: { confidentiality: 'internal' } });
    const minutes = await get(core, next.id);
    expect(minutes.items.every((item) => item.reviewedActions === null)).toBe(true);
    expect(JSON.stringify(minutes)).not.toMatch(/kangaroo|intake/i);
    // The item is counted; what was under it is not counted again.
    expect(minutes.withheld).toEqual({
      internal: 1,
      confidential: 1,
      reviewedActions: { internal: 0, confidential: 0 },
    });
  });

  for (const format of FORMATS) {
    it(`${format}: says what the review decided, and never a confidential item’s action`, async () => {
      const printer = recordingPrinter();
      const { core, next, reviewNumber } = await reviewedAtNextMeeting({
        printToPdf: printer.printToPdf,
      });
      const exported = (includeInternal: boolean, language: 'en' | 'fr' = 'en') =>
        core.ok('minutes.export', { meetingId: next.id, language, format, includeInternal });

      const shared = await exported(false);
      const all = await exported(true);
      const french = await exported(false, 'fr');
      if (format === 'pdf') {
        // The printed page is the HTML export's: its words are checked there.
        expect(printer.pages).toHaveLength(3);
        expect(printer.pages.join('\n')).not.toMatch(/walrus/i);
        expect(printer.pages[0]).not.toMatch(/pineapple/i);
        expect(printer.pages[0]).toContain('Send the intake form');
        return;
      }

      const text = await plainText(shared);
      for (const words of [
        `${reviewNumber}. Review of open actions`,
        'Actions from earlier meetings',
        `Done — ${WORDS.shareable.action} — Ana Tremblay (Shelter North), due Dec 15, 2026, from the meeting of Dec 1, 2026`,
        'Carried forward — Send the intake form — Ana Tremblay (Shelter North), due Dec 1, 2026, from the meeting of Dec 1, 2026',
        'Dropped — Book the January room — Pat Typed (Community Health), from the meeting of Dec 1, 2026',
        'Not reviewed — Book the hall — from the meeting of Dec 1, 2026',
        '1 agenda item was withheld from these minutes (1 confidential).',
        '2 actions from earlier meetings were withheld from these minutes (1 internal, 1 confidential).',
        'No new action items.',
      ]) {
        expect(text, words).toContain(words);
      }
      expect(text).not.toContain('No action items.');
      for (const word of [...CONFIDENTIAL_WORDS, ...INTERNAL_WORDS]) {
        expect(text).not.toContain(word);
      }

      const allText = await plainText(all);
      expect(allText).toContain(`Carried forward — ${WORDS.internal.action} — Ana Tremblay`);
      expect(allText).toContain(
        '1 action from an earlier meeting was withheld from these minutes (1 confidential).',
      );
      for (const word of CONFIDENTIAL_WORDS) expect(allText).not.toContain(word);

      const frText = await plainText(french);
      for (const words of [
        'Suivis des rencontres précédentes',
        `Fait — ${WORDS.shareable.action} — Ana Tremblay (Shelter North), échéance : 15 déc. 2026, décidé à la rencontre du 1 déc. 2026`,
        'Reporté — Send the intake form',
        'Abandonné — Book the January room',
        'Non examiné — Book the hall',
        '2 suivis de rencontres précédentes ont été omis de ce compte rendu (1 interne, 1 confidentiel).',
        'Aucun nouveau suivi.',
      ]) {
        expect(frText, words).toContain(words);
      }

      if (format === 'docx') {
        for (const file of [shared, all, french]) {
          expect(await everyPart(file.content)).not.toMatch(/walrus/i);
        }
        expect(await everyPart(shared.content)).not.toMatch(/pineapple/i);
      }
    });
  }
});

describe('confidentiality in every export format', () => {
  for (const format of FORMATS) {
    it(`${format}: confidential never, internal only when included, and says what was withheld`, async () => {
      const printer = recordingPrinter();
      const { core, meeting } = await setUp({ printToPdf: printer.printToPdf });

      const shared = await core.ok('minutes.export', {
        meetingId: meeting.id,
        language: 'en',
        format,
      });
      const sharedText = await readable(shared);
      for (const words of [
        WORDS.shareable,
        { title: WORDS.deferred.title, notes: WORDS.deferred.notes },
      ]) {
        for (const text of Object.values(words)) expect(sharedText).toContain(text);
      }
      expect(sharedText).toContain(WORDS.general);
      expect(sharedText).toContain(WORDS.other);
      expect(sharedText).toContain(
        '2 agenda items were withheld from these minutes (1 internal, 1 confidential).',
      );
      for (const word of [...CONFIDENTIAL_WORDS, ...INTERNAL_WORDS]) {
        expect(sharedText).not.toContain(word);
      }

      const all = await core.ok('minutes.export', {
        meetingId: meeting.id,
        language: 'en',
        format,
        includeInternal: true,
      });
      const allText = await readable(all);
      for (const text of Object.values(WORDS.internal)) expect(allText).toContain(text);
      expect(allText).toContain('Internal: not for distribution');
      expect(allText).toContain('1 agenda item was withheld from these minutes (1 confidential).');
      for (const word of CONFIDENTIAL_WORDS) expect(allText).not.toContain(word);

      if (format === 'docx') {
        for (const file of [shared, all])
          expect(await everyPart(file.content)).not.toMatch(/walrus/i);
        expect(await everyPart(shared.content)).not.toMatch(/pineapple/i);
      }
      if (format === 'pdf') {
        expect(printer.pages).toHaveLength(2);
        expect(printer.pages.join('\n')).not.toMatch(/walrus/i);
        expect(printer.pages[0]).not.toMatch(/pineapple/i);
      }
    });
  }
});

describe('minutes.export', () => {
  it('names the file after the date and title, in ASCII, with the right type', async () => {
    const { core, meeting } = await setUp({ printToPdf: recordingPrinter().printToPdf });
    const file = (format: MinutesFormat, language: 'en' | 'fr' = 'en') =>
      core.ok('minutes.export', { meetingId: meeting.id, language, format });
    expect(await file('markdown')).toMatchObject({
      filename: '2026-12-01-complex-case-consultation-minutes.md',
      mimeType: 'text/markdown; charset=utf-8',
      encoding: 'utf8',
    });
    expect(await file('html')).toMatchObject({
      filename: '2026-12-01-complex-case-consultation-minutes.html',
      mimeType: 'text/html; charset=utf-8',
    });
    expect(await file('docx', 'fr')).toMatchObject({
      filename: '2026-12-01-complex-case-consultation-compte-rendu.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      encoding: 'base64',
    });
    const pdf = await file('pdf');
    expect(pdf).toMatchObject({
      filename: '2026-12-01-complex-case-consultation-minutes.pdf',
      mimeType: 'application/pdf',
    });
    expect(Buffer.from(pdf.content, 'base64').subarray(0, 5).toString()).toBe('%PDF-');

    expect(asciiSlug('Réunion d’équipe : Œuvres / CLSC #3')).toBe(
      'reunion-d-equipe-oeuvres-clsc-3',
    );
    expect(asciiSlug('会議')).toBe('');
  });

  it('refuses PDF where the host cannot print, so the app prints through the browser', async () => {
    const { core, meeting } = await setUp();
    const error = await core.fails('minutes.export', {
      meetingId: meeting.id,
      language: 'en',
      format: 'pdf',
    });
    expect(error.code).toBe('unavailable');
    expect(error.message).toMatch(/print/i);
  });

  it('is a standalone HTML page that loads and runs nothing', async () => {
    const { core, meeting } = await setUp();
    const { content } = await core.ok('minutes.export', {
      meetingId: meeting.id,
      language: 'fr',
      format: 'html',
    });
    expect(content).toMatch(/^<!doctype html>\n<html lang="fr">/);
    expect(content).toContain('<meta charset="utf-8">');
    expect(content).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
    expect(content).toContain(
      '<title>Compte rendu — Complex case consultation — 2026-12-01</title>',
    );
    expect(content).toContain('@page');
    expect(content).toContain('<article class="minutes" lang="fr">');
    expect(content).not.toMatch(/<script|<link|<img|<iframe/i);
  });

  it('writes the whole document in French when asked', async () => {
    const { core, meeting } = await setUp();
    for (const format of ['markdown', 'html', 'docx'] as const) {
      const text = await readable(
        await core.ok('minutes.export', { meetingId: meeting.id, language: 'fr', format }),
      );
      for (const words of [
        'Compte rendu',
        'Présences',
        'Présents',
        'Excusés',
        'Absents',
        'À titre individuel',
        'Notes générales',
        'Décision',
        'Suivis',
        'Autres décisions',
        'Reporté à une prochaine rencontre',
        'Prochaine rencontre',
        'mardi 1 décembre 2026',
        'mardi 15 décembre 2026',
        '9 h 30 – 11 h 00 (heure de l’Est)',
        '2 points de l’ordre du jour ont été omis de ce compte rendu (1 interne, 1 confidentiel).',
      ]) {
        expect(text, `${format}: ${words}`).toContain(words);
      }
      expect(text).not.toContain('Attendance');
    }
  });

  it('shows the header, attendance, numbered items, the action table and the next meeting in English', async () => {
    const { core, meeting } = await setUp();
    const md = spaces(
      (
        await core.ok('minutes.export', {
          meetingId: meeting.id,
          language: 'en',
          format: 'markdown',
        })
      ).content,
    );
    for (const words of [
      '# Complex case consultation',
      '**Date:** Tuesday, December 1, 2026',
      '**Time:** 9:30 a.m. – 11:00 a.m. (Eastern Time)',
      '**Location:** Community Room B, 12 King St.',
      '**Chair:** Ana Tremblay',
      '**Note-taker:** Luc Gagnon',
      '**Goal:** Coordinate supports for joint participants',
      '### Present',
      '- **Shelter North**: Ana Tremblay',
      '- **Individuals**: Sam Solo',
      '### Regrets',
      '- **Food Bank**: Rita Regrets',
      '## 1. Terms of reference',
      '*Presented by Ana Tremblay (Shelter North)*',
      '## 4. Shelter capacity update',
      '*Deferred to a later meeting*',
      '- ◆ **Decision:** Adopt the kangaroo terms',
      '- ➜ **Action:** Circulate the kangaroo terms — Ana Tremblay (Shelter North), due Dec 15, 2026',
      '## Other decisions',
      '| Item | Action | Agency | Responsible | Due | Status |',
      '| 1 | Circulate the kangaroo terms | Shelter North | Ana Tremblay | Dec 15, 2026 | Open |',
      '| — | Book the January room | Community Health | Pat Typed | No date | Open |',
      '**Next meeting:** Tuesday, December 15, 2026',
      '**very important**',
      '*somewhat urgent*',
      '[the guide](https://example.org/guide)',
      '### Next steps',
      '- First point',
      '1. Numbered point',
      '- [x] Booked the room',
      '- [ ] Order lunch',
    ]) {
      expect(md).toContain(words);
    }
    expect(md).toContain('### Expected (attendance not taken) - **Food Bank**: Eve Expected');
    expect(md).not.toContain('## 2.');
    expect(md.indexOf('## 1.')).toBeLessThan(md.indexOf('## 4.'));
  });
});

describe('escaping', () => {
  async function hostile(core: TestCore, meetingId: string) {
    const item = await core.ok('agenda.add', {
      meetingId,
      item: { title: '"><img src=x onerror=alert(1)> *bold?* [x](javascript:alert(1))' },
    });
    await core.ok('note.save', {
      meetingId,
      itemId: item.id,
      doc: {
        type: 'doc',
        content: [
          {
            type: 'paragraph',
            content: [{ type: 'text', text: '<script>alert("x")</script> & # 1. | ~~' }],
          },
          { type: 'paragraph', content: [{ type: 'text', text: '- not a list' }] },
        ],
      },
    });
    await core.ok('action.add', { meetingId, itemId: item.id, description: 'Pipe | in | table' });
  }

  it('HTML: every character that could be markup comes out as text', async () => {
    const { core, meeting } = await setUp();
    await hostile(core, meeting.id);
    const { content } = await core.ok('minutes.export', {
      meetingId: meeting.id,
      language: 'en',
      format: 'html',
    });
    expect(content).not.toMatch(/<script|<img/i);
    expect(content).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; # 1. | ~~');
    expect(content).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(content).not.toMatch(/href="javascript/i);
    expect(content).toContain(
      '<a href="https://example.org/guide" target="_blank" rel="noopener noreferrer">the guide</a>',
    );
  });

  it('Markdown: the text reads as typed, never as markup, and table cells keep their pipes', async () => {
    const { core, meeting } = await setUp();
    await hostile(core, meeting.id);
    const { content } = await core.ok('minutes.export', {
      meetingId: meeting.id,
      language: 'en',
      format: 'markdown',
    });
    expect(content).toContain(
      '## 5. "\\>\\<img src=x onerror=alert(1)\\> \\*bold?\\* \\[x\\](javascript:alert(1))',
    );
    expect(content).toContain('\\<script\\>alert("x")\\</script\\> \\& \\# 1. \\| \\~\\~');
    expect(content).toContain('\n\\- not a list\n');
    expect(content).toContain('| 5 | Pipe \\| in \\| table |');
  });

  it('escapeMarkdown keeps line starts from becoming lists, quotes or headings', () => {
    expect(escapeMarkdown('1. first')).toBe('1\\. first');
    expect(escapeMarkdown('2026) year')).toBe('2026\\) year');
    expect(escapeMarkdown('+ plus')).toBe('\\+ plus');
    expect(escapeMarkdown('> quote')).toBe('\\> quote');
    expect(escapeMarkdown('# hash')).toBe('\\# hash');
    expect(escapeMarkdown('a\nb\r\nc')).toBe('a b c');
    expect(escapeMarkdown('_under_ `code`')).toBe('\\_under\\_ \\`code\\`');
  });
});
