import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import type { ConceptDraft, ExportedFile, MinutesFormat } from '../../../shared/contract';
import { makeTestCore, type TestCore } from '../../helpers/core';
import { meetingForMinutes } from '../../helpers/minutes';

/** Intl and French typography put no-break spaces in: compare words, not space characters. */
const spaces = (text: string) => text.replace(/[\s\u202F\u00A0]+/g, ' ');

async function readable(file: ExportedFile): Promise<string> {
  if (file.encoding === 'utf8') return spaces(file.content);
  const buffer = Buffer.from(file.content, 'base64');
  if (file.mimeType === 'application/pdf') return spaces(buffer.toString('utf8'));
  const { value } = await mammoth.extractRawText({ buffer });
  return spaces(value);
}

/**
 * The fixture's meeting (test/helpers/minutes.ts) says "kangaroo" in its shareable item,
 * "pineapple" only in its internal item, "walrus" only in its confidential one, "Quorum" in the
 * general notes and "capacity" in the deferred item's notes.
 */
async function setUp() {
  const core = makeTestCore({
    printToPdf: (html) => Promise.resolve(new TextEncoder().encode(`%PDF-1.7 fake\n${html}`)),
  });
  const fixture = await meetingForMinutes(core);
  const add = (draft: ConceptDraft) => core.ok('glossary.add', draft);
  const kangaroo = await add({
    en: { term: 'kangaroo', abbreviations: ['KGR'], definition: 'A marsupial that hops.' },
    fr: { term: 'kangourou', abbreviations: ['KGO'], definition: 'Un marsupial qui saute.' },
  });
  const pineapple = await add({
    en: { term: 'pineapple', definition: 'A tropical fruit.' },
    fr: { term: 'ananas', definition: 'Un fruit tropical.' },
  });
  await add({
    en: { term: 'walrus', definition: 'A large marine mammal.' },
    fr: { term: 'morse', definition: 'Un grand mammifère marin.' },
  });
  // English only: the French minutes fall back to it.
  const quorum = await add({
    en: { term: 'quorum', definition: 'The fewest members needed to decide.' },
  });
  const bedCapacity = await add({
    en: { term: 'bed capacity', definition: 'Beds a shelter can offer in a night.' },
    fr: { term: 'capacité d’accueil', definition: 'Lits qu’un refuge peut offrir par nuit.' },
  });
  // "capacity" is the deprecated word: the minutes teach the preferred one.
  await add({
    en: { term: 'capacity' },
    fr: { term: 'capacité' },
    status: 'deprecated',
    preferredId: bedCapacity.id,
  });
  await add({ en: { term: 'Ontario Works', abbreviations: ['OW'], definition: 'Unused here.' } });
  const deleted = await add({ en: { term: 'agencies', definition: 'Deleted.' } });
  await core.ok('glossary.delete', { id: deleted.id });
  return { core, ...fixture, kangaroo, pineapple, quorum, bedCapacity };
}

const get = (
  core: TestCore,
  meetingId: string,
  extra: Partial<{ includeInternal: boolean; includeTerms: boolean; language: 'en' | 'fr' }> = {},
) => core.ok('minutes.get', { meetingId, language: 'en', includeTerms: true, ...extra });

describe('minutes: terms used in this meeting', () => {
  it('lists the live concepts found in what is shared, alphabetically, deprecated ones as the preferred', async () => {
    const { core, meeting, kangaroo, quorum, bedCapacity } = await setUp();
    const { terms } = await get(core, meeting.id);
    expect(terms).toEqual([
      {
        id: bedCapacity.id,
        term: 'bed capacity',
        abbreviations: [],
        definition: 'Beds a shelter can offer in a night.',
        // The minutes said the deprecated word: the list says so, for readers to find it.
        written: ['capacity'],
      },
      {
        id: kangaroo.id,
        term: 'kangaroo',
        abbreviations: ['KGR', 'KGO'],
        definition: 'A marsupial that hops.',
        written: [],
      },
      {
        id: quorum.id,
        term: 'quorum',
        abbreviations: [],
        definition: 'The fewest members needed to decide.',
        // "Quorum" is the term, whatever its case.
        written: [],
      },
    ]);
  });

  it('says how the minutes wrote a term: a deprecated word or acronym, a synonym, the other language', async () => {
    const core = makeTestCore();
    const home = await core.ok('glossary.add', {
      en: { term: 'Ontario Health atHome', abbreviations: ['HCCSS'], definition: 'Home care.' },
      fr: { term: 'Santé à domicile Ontario', abbreviations: ['SDO'] },
      subject: 'health',
    });
    await core.ok('glossary.add', {
      en: { term: 'Local Health Integration Network', abbreviations: ['LHIN'] },
      fr: { term: 'Réseau local d’intégration des services de santé', abbreviations: ['RLISS'] },
      status: 'deprecated',
      preferredId: home.id,
    });
    const ow = await core.ok('glossary.add', {
      en: { term: 'Ontario Works', abbreviations: ['OW'], synonyms: ['welfare'] },
      fr: { term: 'Ontario au travail' },
    });
    const { meeting } = await meetingForMinutes(core);
    await core.ok('meeting.update', {
      id: meeting.id,
      changes: {
        goal: 'LHIN referral, then HCCSS; a Local Health Integration Network form. LHIN again. OW or welfare? ontario-works. ONTARIO WORKS, Welfare.',
      },
    });
    const terms = async (language: 'en' | 'fr') =>
      (await get(core, meeting.id, { language })).terms
        .filter((t) => t.id === home.id || t.id === ow.id)
        .map(({ term, written }) => ({ term, written }));
    expect(await terms('en')).toEqual([
      { term: 'Ontario Health atHome', written: ['LHIN', 'Local Health Integration Network'] },
      { term: 'Ontario Works', written: ['welfare'] },
    ]);
    // In French the English term is a word the minutes wrote; the acronyms shown are both sides'.
    expect(await terms('fr')).toEqual([
      { term: 'Ontario au travail', written: ['welfare', 'ontario-works'] },
      { term: 'Santé à domicile Ontario', written: ['LHIN', 'Local Health Integration Network'] },
    ]);
    const md = await core.ok('minutes.export', {
      meetingId: meeting.id,
      language: 'en',
      format: 'markdown',
      includeTerms: true,
    });
    expect(md.content).toContain(
      '- **Ontario Health atHome (HCCSS, SDO)** — written “LHIN” or “Local Health Integration Network” in these minutes: Home care.',
    );
    const docx = await core.ok('minutes.export', {
      meetingId: meeting.id,
      language: 'fr',
      format: 'docx',
      includeTerms: true,
    });
    expect(await readable(docx)).toContain(
      'Santé à domicile Ontario (SDO, HCCSS) — écrit « LHIN » ou « Local Health Integration Network » dans ce compte rendu',
    );
  });

  it('brings in an internal item’s terms only with internal items, and a confidential one’s never', async () => {
    const { core, meeting, pineapple } = await setUp();
    const shared = await get(core, meeting.id);
    expect(shared.terms.map((t) => t.term)).not.toContain('pineapple');
    const all = await get(core, meeting.id, { includeInternal: true });
    expect(all.terms.map((t) => t.term)).toEqual([
      'bed capacity',
      'kangaroo',
      'pineapple',
      'quorum',
    ]);
    expect(all.terms.find((t) => t.id === pineapple.id)?.definition).toBe('A tropical fruit.');
    expect(all.terms.map((t) => t.term)).not.toContain('walrus');
  });

  it('writes the French side in French minutes, sorted in French, the English where French is missing', async () => {
    const { core, meeting } = await setUp();
    const { terms } = await get(core, meeting.id, { language: 'fr' });
    expect(terms.map((t) => [t.term, t.abbreviations, t.definition])).toEqual([
      ['capacité d’accueil', [], 'Lits qu’un refuge peut offrir par nuit.'],
      ['kangourou', ['KGO', 'KGR'], 'Un marsupial qui saute.'],
      ['quorum', [], 'The fewest members needed to decide.'],
    ]);
  });

  it('lists nothing unless asked', async () => {
    const { core, meeting } = await setUp();
    expect((await get(core, meeting.id, { includeTerms: false })).terms).toEqual([]);
    const { terms } = await core.ok('minutes.get', { meetingId: meeting.id, language: 'en' });
    expect(terms).toEqual([]);
    const md = await core.ok('minutes.export', {
      meetingId: meeting.id,
      language: 'en',
      format: 'markdown',
    });
    expect(md.content).not.toContain('Terms used in this meeting');
  });

  it('follows the glossary as it changes', async () => {
    const { core, meeting, quorum } = await setUp();
    await core.ok('glossary.delete', { id: quorum.id });
    expect((await get(core, meeting.id)).terms.map((t) => t.term)).toEqual([
      'bed capacity',
      'kangaroo',
    ]);
  });

  const FORMATS: MinutesFormat[] = ['markdown', 'html', 'docx', 'pdf'];
  for (const format of FORMATS) {
    it(`${format}: ends with the terms and their definitions, in the minutes’ language`, async () => {
      const { core, meeting } = await setUp();
      const file = (language: 'en' | 'fr') =>
        core.ok('minutes.export', { meetingId: meeting.id, language, format, includeTerms: true });

      const en = await readable(await file('en'));
      const heading = en.indexOf('Terms used in this meeting');
      expect(heading).toBeGreaterThan(en.indexOf('Next meeting'));
      const section = en.slice(heading);
      expect(section).toContain('kangaroo (KGR, KGO)');
      expect(section).toContain('A marsupial that hops.');
      expect(section).toContain('The fewest members needed to decide.');
      expect(section.indexOf('bed capacity')).toBeLessThan(section.indexOf('kangaroo'));
      expect(section.indexOf('kangaroo')).toBeLessThan(section.indexOf('quorum'));
      expect(section).not.toMatch(/pineapple|walrus|Ontario Works|agencies/);

      const fr = await readable(await file('fr'));
      expect(fr).toContain('Termes utilisés pendant la réunion');
      const french = fr.slice(fr.indexOf('Termes utilisés pendant la réunion'));
      expect(french).toContain('kangourou (KGO, KGR)');
      expect(french).toContain('Un marsupial qui saute.');
      expect(fr).not.toContain('Terms used in this meeting');
    });
  }

  it('escapes what the glossary says, and says when a term has no definition', async () => {
    const { core, meeting } = await setUp();
    await core.ok('glossary.add', {
      en: { term: 'terms of reference', definition: 'Says *who* does <what> | [how](x)' },
    });
    await core.ok('glossary.add', { en: { term: 'figures' } });
    const file = (format: MinutesFormat) =>
      core.ok('minutes.export', {
        meetingId: meeting.id,
        language: 'en',
        format,
        includeTerms: true,
      });

    const md = (await file('markdown')).content;
    expect(md).toContain('- **figures**: No definition in the glossary yet.');
    expect(md).toContain(
      '- **terms of reference**: Says \\*who\\* does \\<what\\> \\| \\[how\\](x)',
    );
    const html = (await file('html')).content;
    expect(html).toContain('<dd>Says *who* does &lt;what&gt; | [how](x)</dd>');
    expect(await readable(await file('docx'))).toContain(
      'figures No definition in the glossary yet.',
    );
  });
});
