import { describe, expect, it } from 'vitest';
import {
  MAX_GLOSSARY_FILE_CHARS,
  type ConceptDraft,
  type DuplicateChoice,
  type GlossaryFormat,
} from '../../../shared/contract';
import { makeTestCore, type TestCore } from '../../helpers/core';
import { dumpDatabase } from '../../helpers/db-snapshot';
import { changes } from '../../helpers/meetings';

const add = (core: TestCore, draft: ConceptDraft) => core.ok('glossary.add', draft);

const all = async (core: TestCore) =>
  (await core.ok('glossary.list', { language: 'en', limit: 1000 })).items;

const importFile = (
  core: TestCore,
  format: GlossaryFormat,
  content: string,
  options: {
    dryRun?: boolean;
    duplicates?: DuplicateChoice;
    choices?: { line: number; choice: DuplicateChoice }[];
  } = {},
) => core.ok('glossary.import', { format, content, ...options });

async function agencies(core: TestCore) {
  const shelter = await core.ok('org.create', { name: 'Refuge du Nord', shortName: 'RDN' });
  const cmha = await core.ok('org.create', { name: 'CMHA Ottawa' });
  return { shelter, cmha };
}

/** A glossary using every field: both languages, acronyms, links, meanings, awkward text. */
async function richGlossary(core: TestCore) {
  const { shelter, cmha } = await agencies(core);
  const ow = await add(core, {
    en: {
      term: 'Ontario Works',
      abbreviations: ['OW'],
      synonyms: ['social assistance (Ontario)'],
      definition: 'Income support and employment help, delivered by Service Managers.',
      note: 'Say “OW”, not “welfare”.',
    },
    fr: {
      term: 'Ontario au travail',
      abbreviations: ['OT'],
      definition:
        'Soutien du revenu et aide à l’emploi, offerts par les gestionnaires de services.',
    },
    subject: 'income_support',
    meanings: [
      { organizationId: shelter.id, en: 'Who pays a bed: the OW office.', fr: 'Qui paie le lit.' },
      { organizationId: cmha.id, en: 'A referral source: [fr] is not a marker here.', fr: '' },
    ],
    reviewedOn: '2026-10-01',
  });
  const home = await add(core, {
    en: { term: 'Ontario Health atHome', definition: 'Home and community care.' },
    fr: {
      term: 'Santé à domicile Ontario',
      definition: 'Soins à domicile et en milieu communautaire.',
    },
    subject: 'health',
  });
  await add(core, {
    en: { term: 'Local Health Integration Network', abbreviations: ['LHIN'] },
    fr: { term: 'réseau local d’intégration des services de santé', abbreviations: ['RLISS'] },
    subject: 'health',
    status: 'deprecated',
    preferredId: home.id,
  });
  const hf = await add(core, {
    en: {
      term: 'Housing First',
      synonyms: ['HF approach', 'pipe | in a synonym', 'back\\slash'],
      definition: 'A "housing-first" approach, with supports;\nno preconditions, no “readiness”.',
      note: 'Commas, "quotes" and | pipes survive.',
    },
    fr: { term: 'Logement d’abord', definition: 'Approche « Logement d’abord ».' },
    subject: 'housing',
    organizationId: cmha.id,
    seeAlso: [ow.id],
  });
  await add(core, {
    fr: {
      term: 'Table de concertation',
      definition: 'Réunion des organismes, à l’échelle régionale.',
    },
    subject: 'governance',
    status: 'admitted',
    seeAlso: [hf.id, ow.id],
  });
  await add(core, {
    en: { term: '=SUM(A1) risk', definition: '@formula-looking text stays text.' },
    subject: 'general',
  });
  await add(core, {
    en: { term: 'Acronym only side', abbreviations: ['AOS'] },
    fr: { abbreviations: ['CSA'], note: 'Pas de terme français encore.' },
    meanings: [{ organizationId: shelter.id, en: '', fr: 'Sens au Refuge : [en] entre crochets' }],
    subject: 'justice',
  });
}

async function freshCoreWithAgencies() {
  const core = makeTestCore();
  await agencies(core);
  return core;
}

describe('glossary export', () => {
  it('names the file by date and writes CSV with a BOM, header and one row per concept', async () => {
    const core = makeTestCore();
    await richGlossary(core);
    const file = await core.ok('glossary.export', { format: 'csv' });
    expect(file).toMatchObject({
      filename: 'roundtable-glossary-2026-11-23.csv',
      encoding: 'utf8',
      mimeType: 'text/csv; charset=utf-8',
    });
    const [header] = file.content.split('\r\n');
    expect(header).toBe(
      '\uFEFFen_term,en_abbreviations,en_synonyms,en_definition,en_note,fr_term,fr_abbreviations,fr_synonyms,fr_definition,fr_note,subject,status,preferred_term,agency,agency_meanings,see_also,reviewed_on',
    );
    expect(file.content).toContain(
      'Local Health Integration Network,LHIN,,,,réseau local d’intégration des services de santé,RLISS,,,,health,deprecated,Ontario Health atHome,',
    );
    // Several values separated by " | ", a literal pipe or backslash escaped.
    expect(file.content).toContain('HF approach | pipe \\| in a synonym | back\\\\slash');
    // A formula is defused for spreadsheets.
    expect(file.content).toContain("'=SUM(A1) risk");
    expect(file.content).toContain(
      'CMHA Ottawa: [en] A referral source: \\[fr] is not a marker here. | Refuge du Nord: [en] Who pays a bed: the OW office. [fr] Qui paie le lit.',
    );
  });

  it('writes TBX-Basic: one conceptEntry per concept, statuses, acronyms, cross-references', async () => {
    const core = makeTestCore();
    await richGlossary(core);
    const file = await core.ok('glossary.export', { format: 'tbx' });
    expect(file.filename).toBe('roundtable-glossary-2026-11-23.tbx');
    const xml = file.content;
    expect(xml).toContain(
      '<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">',
    );
    expect(xml.match(/<conceptEntry id="c\d+">/g)).toHaveLength(7);
    expect(xml).toContain(
      '<termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote>',
    );
    expect(xml).toContain('<termNote type="termType">acronym</termNote>');
    expect(xml).toMatch(/<ref type="crossReference" target="c\d+">Ontario Health atHome<\/ref>/);
    expect(xml).toContain('<descrip type="subjectField">housing</descrip>');
    expect(xml).toContain('<admin type="customerSubset">CMHA Ottawa</admin>');
    expect(xml).toContain('<date>2026-10-01</date>');
    expect(xml).toContain('A &quot;housing-first&quot; approach');
  });

  it('round-trips CSV and TBX: export, import into a fresh core, export again gives the same file', async () => {
    const source = makeTestCore();
    await richGlossary(source);
    for (const format of ['csv', 'tbx'] as const) {
      const first = await source.ok('glossary.export', { format });
      const target = await freshCoreWithAgencies();
      expect(await importFile(target, format, first.content)).toEqual({
        dryRun: false,
        created: 7,
        merged: 0,
        skipped: 0,
        duplicates: [],
        ignoredColumns: [],
      });
      const second = await target.ok('glossary.export', { format });
      expect(second.content).toBe(first.content);
      // And across formats: what came in as one format goes out as the other unchanged.
      const other = format === 'csv' ? 'tbx' : 'csv';
      expect((await target.ok('glossary.export', { format: other })).content).toBe(
        (await source.ok('glossary.export', { format: other })).content,
      );
    }
  });

  it('imports what the concepts say: links both ways, the redirect, agency and meanings', async () => {
    const source = makeTestCore();
    await richGlossary(source);
    const target = await freshCoreWithAgencies();
    await importFile(
      target,
      'tbx',
      (await source.ok('glossary.export', { format: 'tbx' })).content,
    );
    const concepts = await all(target);
    const byTerm = (term: string) =>
      concepts.find((c) => c.en.term === term || c.fr.term === term)!;
    expect(byTerm('Local Health Integration Network')).toMatchObject({
      status: 'deprecated',
      preferred: { en: 'Ontario Health atHome' },
      origin: 'import',
    });
    expect(
      byTerm('Ontario Works')
        .seeAlso.map((s) => s.en || s.fr)
        .sort(),
    ).toEqual(['Housing First', 'Table de concertation']);
    expect(byTerm('Housing First')).toMatchObject({
      organization: { name: 'CMHA Ottawa' },
      en: { synonyms: ['HF approach', 'pipe | in a synonym', 'back\\slash'] },
    });
    expect(byTerm('Ontario Works').meanings.map((m) => m.organizationName)).toEqual([
      'CMHA Ottawa',
      'Refuge du Nord',
    ]);
    expect(byTerm('Acronym only side').fr).toEqual({
      term: '',
      abbreviations: ['CSA'],
      synonyms: [],
      definition: '',
      note: 'Pas de terme français encore.',
    });
  });

  it('exports an empty glossary as a header alone, which imports as nothing', async () => {
    const core = makeTestCore();
    const csv = await core.ok('glossary.export', { format: 'csv' });
    expect(csv.content).toBe(
      '\uFEFFen_term,en_abbreviations,en_synonyms,en_definition,en_note,fr_term,fr_abbreviations,fr_synonyms,fr_definition,fr_note,subject,status,preferred_term,agency,agency_meanings,see_also,reviewed_on\r\n',
    );
    expect(await importFile(core, 'csv', csv.content)).toMatchObject({ created: 0 });
    const tbx = await core.ok('glossary.export', { format: 'tbx' });
    expect(await importFile(core, 'tbx', tbx.content)).toMatchObject({ created: 0 });
  });
});

describe('glossary import', () => {
  it('accepts French headers, a semicolon delimiter, French subject and status labels', async () => {
    const core = makeTestCore();
    const seen = changes(core);
    const csv = [
      'Terme anglais;Terme français;Sigles FR;Définition FR;Domaine;Statut;Couleur',
      'Housing First;Logement d’abord;;Un logement d’abord.;Logement;privilégié;bleu',
      'Welfare;Bien-être social;BES;;Soutien du revenu;à éviter;',
    ].join('\n');
    // "Welfare" names no preferred term: refused, nothing imported.
    const refused = await core.fails('glossary.import', { format: 'csv', content: csv });
    expect(refused.issues).toEqual([
      { path: ['line', 3, 'preferred_term'], message: 'preferredRequired' },
    ]);
    const fixed = csv
      .replace('Statut;Couleur', 'Statut;Utiliser plutôt;Couleur')
      .replace('privilégié;bleu', 'privilégié;;bleu')
      .replace('à éviter;', 'à éviter;Logement d’abord;');
    const result = await importFile(core, 'csv', fixed);
    expect(result).toMatchObject({ created: 2, ignoredColumns: ['Couleur'] });
    const concepts = await all(core);
    expect(concepts.map((c) => [c.en.term, c.subject, c.status, c.preferred?.fr ?? null])).toEqual([
      ['Housing First', 'housing', 'preferred', null],
      ['Welfare', 'income_support', 'deprecated', 'Logement d’abord'],
    ]);
    expect(concepts[1]!.fr.abbreviations).toEqual(['BES']);
    expect(seen).toEqual([['glossary']]);
  });

  it('refuses a malformed CSV file with every line and reason, importing nothing', async () => {
    const core = makeTestCore();
    await agencies(core);
    const before = dumpDatabase(core.db);
    const csv = [
      'en_term,fr_term,fr_definition,subject,status,preferred_term,agency,agency_meanings,see_also,reviewed_on',
      'Good row,Bonne ligne,,housing,preferred,,,,,',
      'Bad subject,,,astrology,,,,,,',
      ',,Une définition sans terme,housing,,,,,,',
      `Long,,${'x'.repeat(4001)},,,,,,,`,
      'Unknown preferred,,,,deprecated,Nowhere Term,,,,',
      'Unknown agency,,,,,,Agence fantôme,,,',
      'Bad status,,,,sometimes,,,,,',
      'Bad meaning,,,,,,,"Refuge du Nord: no marker",,',
      'Bad link,,,,,,,,Missing,',
      'Bad date,,,,,,,,,2026-13-45',
    ].join('\n');
    const error = await core.fails('glossary.import', { format: 'csv', content: csv });
    expect(error.code).toBe('invalid_input');
    expect(error.message).toContain('line 3');
    expect(error.issues).toEqual([
      { path: ['line', 3, 'subject'], message: 'invalidSubject' },
      { path: ['line', 4, 'en_term'], message: 'termRequired' },
      { path: ['line', 5, 'fr_definition'], message: 'tooLong' },
      { path: ['line', 6, 'preferred_term'], message: 'unknownTerm' },
      { path: ['line', 7, 'agency'], message: 'unknownOrganization' },
      { path: ['line', 8, 'status'], message: 'invalidTermStatus' },
      { path: ['line', 9, 'agency_meanings'], message: 'invalidMeaning' },
      { path: ['line', 10, 'see_also'], message: 'unknownTerm' },
      { path: ['line', 11, 'reviewed_on'], message: 'invalidDate' },
    ]);
    expect(dumpDatabase(core.db)).toEqual(before);
  });

  it('refuses a term or acronym of only punctuation or emoji on its line, importing nothing', async () => {
    const core = makeTestCore();
    const csv = [
      'en_term,en_abbreviations,fr_term,fr_synonyms',
      'Good row,GR,Bonne ligne,',
      '—,,Tiret,',
      'Smile,🙂,Sourire,',
      'Fine,,Bien,"bien | ?!"',
    ].join('\n');
    const error = await core.fails('glossary.import', { format: 'csv', content: csv });
    expect(error.issues).toEqual([
      { path: ['line', 3, 'en_term'], message: 'termNeedsLetter' },
      { path: ['line', 4, 'en_abbreviations'], message: 'termNeedsLetter' },
      { path: ['line', 5, 'fr_synonyms'], message: 'termNeedsLetter' },
    ]);
    expect(await all(core)).toEqual([]);
  });

  it('refuses a CSV file without a term column, as when its header row is missing', async () => {
    const core = makeTestCore();
    const error = await core.fails('glossary.import', {
      format: 'csv',
      content: 'Housing First,Logement d’abord\nCase management,Gestion de cas\n',
    });
    expect(error.issues).toEqual([{ path: ['line', 1, 'en_term'], message: 'missingColumn' }]);
    expect(
      (await core.fails('glossary.import', { format: 'csv', content: 'en_term\n"open quote\n' }))
        .issues?.[0],
    ).toMatchObject({ message: 'unclosedQuote' });
  });

  it('refuses a file over the size limit in words people understand', async () => {
    const core = makeTestCore();
    const error = await core.fails('glossary.import', {
      format: 'csv',
      content: 'x'.repeat(MAX_GLOSSARY_FILE_CHARS + 1),
    });
    expect(error.issues).toEqual([{ path: ['content'], message: 'fileTooLarge' }]);
  });

  it('refuses a deprecated term that points to another deprecated one, or to itself', async () => {
    const core = makeTestCore();
    const csv = [
      'en_term,status,preferred_term',
      'Old name,deprecated,Older name',
      'Older name,deprecated,Current name',
      'Current name,,',
      'Loop,deprecated,Loop',
    ].join('\n');
    const error = await core.fails('glossary.import', { format: 'csv', content: csv });
    expect(error.issues).toEqual([
      { path: ['line', 2, 'preferred_term'], message: 'preferredDeprecated' },
      { path: ['line', 5, 'preferred_term'], message: 'preferredSelf' },
    ]);
    expect(await all(core)).toEqual([]);
  });

  it('resolves references to concepts already in the glossary', async () => {
    const core = makeTestCore();
    const home = await add(core, { en: { term: 'Ontario Health atHome' } });
    await importFile(
      core,
      'csv',
      'en_term,en_abbreviations,status,preferred_term,see_also\nLocal Health Integration Network,LHIN,deprecated,ontario health athome,Ontario Health atHome\n',
    );
    const lhin = (await all(core)).find((c) => c.en.term.startsWith('Local'))!;
    expect(lhin.preferred?.id).toBe(home.id);
    expect(lhin.seeAlso.map((s) => s.id)).toEqual([home.id]);
  });

  describe('TBX', () => {
    const wrap = (entries: string) => `<?xml version="1.0" encoding="UTF-8"?>
<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
  <tbxHeader><fileDesc><sourceDesc><p>Test</p></sourceDesc></fileDesc></tbxHeader>
  <text>
    <body>
${entries}
    </body>
  </text>
</tbx>
`;
    const entry = (id: string, term: string, status = 'preferredTerm-admn-sts') => `
      <conceptEntry id="${id}">
        <langSec xml:lang="en">
          <termSec>
            <term>${term}</term>
            <termNote type="administrativeStatus">${status}</termNote>
          </termSec>
        </langSec>
      </conceptEntry>`;

    it('refuses a term of only punctuation on its entry’s line', async () => {
      const core = makeTestCore();
      const content = wrap(`${entry('c1', 'Fine')}${entry('c2', '***')}`);
      const error = await core.fails('glossary.import', { format: 'tbx', content });
      // Line 15 opens the second entry.
      expect(error.issues).toEqual([{ path: ['line', 15, 'en_term'], message: 'termNeedsLetter' }]);
    });

    it('refuses XML that is not well-formed, with its line, importing nothing', async () => {
      const core = makeTestCore();
      const before = dumpDatabase(core.db);
      const broken = wrap(`${entry('c1', 'Fine')}\n      <conceptEntry id="c2"><langSec>\n`);
      const error = await core.fails('glossary.import', { format: 'tbx', content: broken });
      expect(error.code).toBe('invalid_input');
      // The unclosed entry is found where </body> closes instead.
      expect(error.issues).toEqual([{ path: ['line', 17], message: 'invalidXml' }]);
      expect(error.message).toMatch(/line 17: the XML is not well-formed/);
      expect(dumpDatabase(core.db)).toEqual(before);
    });

    it('refuses any DOCTYPE: no entity expansion, no external entities', async () => {
      const core = makeTestCore();
      const laughs = `<?xml version="1.0"?>
<!DOCTYPE lolz [
  <!ENTITY lol "lol">
  <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<tbx type="TBX-Basic"><tbxHeader/><text><body><conceptEntry id="c1"><langSec xml:lang="en">
<termSec><term>&lol3;</term></termSec></langSec></conceptEntry></body></text></tbx>`;
      expect(
        (await core.fails('glossary.import', { format: 'tbx', content: laughs })).issues,
      ).toEqual([{ path: ['line', 2], message: 'doctypeRefused' }]);
      const external = `<?xml version="1.0"?>\n<!DOCTYPE tbx SYSTEM "file:///etc/passwd">\n${wrap(entry('c1', 'x')).replace(/^<\?xml[^>]*>\n/, '')}`;
      expect(
        (await core.fails('glossary.import', { format: 'tbx', content: external })).issues,
      ).toEqual([{ path: ['line', 2], message: 'doctypeRefused' }]);
      expect(await all(core)).toEqual([]);
    });

    it('refuses a file that is not TBX, or has no header, and bad values on their entry’s line', async () => {
      const core = makeTestCore();
      expect(
        (await core.fails('glossary.import', { format: 'tbx', content: '<html><body/></html>' }))
          .issues,
      ).toEqual([{ path: ['line', 1], message: 'notTbx' }]);
      const headless = wrap(entry('c1', 'x')).replace(/ {2}<tbxHeader>.*<\/tbxHeader>\n/, '');
      expect(
        (await core.fails('glossary.import', { format: 'tbx', content: headless })).issues,
      ).toEqual([{ path: ['line', 2], message: 'missingHeader' }]);
      const bad = wrap(
        `${entry('c1', 'Fine')}${entry('c2', 'Odd', 'sometimes')}${entry('c1', 'Again')}`,
      );
      expect((await core.fails('glossary.import', { format: 'tbx', content: bad })).issues).toEqual(
        [
          { path: ['line', 15, 'status'], message: 'invalidTermStatus' },
          { path: ['line', 23, 'id'], message: 'duplicateId' },
        ],
      );
      expect(await all(core)).toEqual([]);
    });

    it('reads the TBX 2 form (martif, termEntry, langSet, tig) and ignores other languages', async () => {
      const core = makeTestCore();
      const martif = `<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX-Basic" xml:lang="en-CA">
  <martifHeader><fileDesc><sourceDesc><p>Old tool</p></sourceDesc></fileDesc></martifHeader>
  <text><body>
    <termEntry id="t1">
      <descrip type="subjectField">Santé mentale</descrip>
      <langSet xml:lang="en-CA">
        <tig><term>Canadian Mental Health Association</term>
          <termNote type="termType">fullForm</termNote>
          <descrip type="definition">A community mental health organization.</descrip></tig>
        <tig><term>CMHA</term><termNote type="termType">acronym</termNote></tig>
      </langSet>
      <langSet xml:lang="fr-CA">
        <tig><term>Association canadienne pour la santé mentale</term></tig>
        <tig><term>ACSM</term><termNote type="termType">abbreviation</termNote></tig>
      </langSet>
      <langSet xml:lang="es"><tig><term>Asociación</term></tig></langSet>
    </termEntry>
  </body></text>
</martif>`;
      const result = await importFile(core, 'tbx', martif);
      expect(result).toMatchObject({ created: 1, ignoredColumns: ['langSec xml:lang="es"'] });
      expect((await all(core))[0]).toMatchObject({
        subject: 'mental_health',
        en: {
          term: 'Canadian Mental Health Association',
          abbreviations: ['CMHA'],
          definition: 'A community mental health organization.',
        },
        fr: { term: 'Association canadienne pour la santé mentale', abbreviations: ['ACSM'] },
      });
    });
  });

  describe('duplicates', () => {
    const FILE = [
      'en_term,en_abbreviations,en_definition,fr_term,fr_definition',
      'Ontario Works,OW,,,Aide sociale de l’Ontario.',
      'Housing First,,First definition.,,',
      'housing first,,Second definition.,Logement d’abord,',
      'Case management,,,Gestion de cas,',
    ].join('\n');

    async function withExisting() {
      const core = makeTestCore();
      const ow = await add(core, {
        en: { term: 'Ontario Works', definition: 'Provincial assistance.' },
        fr: { term: 'Ontario au travail' },
        subject: 'income_support',
      });
      return { core, ow };
    }

    it('a dry run reports duplicates in the glossary and within the file, writing nothing', async () => {
      const { core, ow } = await withExisting();
      const before = dumpDatabase(core.db);
      const seen = changes(core);
      const preview = await importFile(core, 'csv', FILE, { dryRun: true });
      expect(preview).toMatchObject({ dryRun: true, created: 2, merged: 0, skipped: 2 });
      expect(preview.duplicates).toEqual([
        {
          line: 2,
          term: 'Ontario Works',
          existing: { id: ow.id, en: 'Ontario Works', fr: 'Ontario au travail' },
          choice: 'skip',
        },
        {
          line: 4,
          term: 'housing first',
          existing: { id: expect.any(String), en: 'Housing First', fr: '' },
          choice: 'skip',
        },
      ]);
      expect(dumpDatabase(core.db)).toEqual(before);
      expect(seen).toEqual([]);
    });

    it('skips duplicates by default, so importing a file twice doubles nothing', async () => {
      const { core } = await withExisting();
      expect(await importFile(core, 'csv', FILE)).toMatchObject({ created: 2, skipped: 2 });
      expect(await importFile(core, 'csv', FILE)).toMatchObject({ created: 0, skipped: 4 });
      expect((await all(core)).map((c) => c.en.term)).toEqual([
        'Case management',
        'Housing First',
        'Ontario Works',
      ]);
    });

    it('merges duplicates: empty fields filled, acronyms added, the kept concept’s text wins', async () => {
      const { core, ow } = await withExisting();
      const result = await importFile(core, 'csv', FILE, { duplicates: 'merge' });
      expect(result).toMatchObject({ created: 2, merged: 2, skipped: 0 });
      expect(result.duplicates.map((d) => d.choice)).toEqual(['merge', 'merge']);
      const merged = await core.ok('glossary.get', { id: ow.id });
      expect(merged).toMatchObject({
        en: { term: 'Ontario Works', abbreviations: ['OW'], definition: 'Provincial assistance.' },
        fr: { term: 'Ontario au travail', definition: 'Aide sociale de l’Ontario.' },
      });
      const hf = (await all(core)).find((c) => c.en.term === 'Housing First')!;
      expect(hf).toMatchObject({
        en: { definition: 'First definition.' },
        fr: { term: 'Logement d’abord' },
      });
    });

    it('adds duplicates when asked, and follows a choice per line', async () => {
      const { core } = await withExisting();
      const result = await importFile(core, 'csv', FILE, {
        duplicates: 'add',
        choices: [{ line: 2, choice: 'skip' }],
      });
      expect(result).toMatchObject({ created: 3, skipped: 1 });
      expect(result.duplicates.map((d) => [d.line, d.choice])).toEqual([
        [2, 'skip'],
        [4, 'add'],
      ]);
      expect((await all(core)).map((c) => c.en.term)).toEqual([
        'Case management',
        'Housing First',
        'housing first',
        'Ontario Works',
      ]);
    });

    it('reports a row doubling an acronym already in the glossary', async () => {
      const { core, ow } = await withExisting();
      await core.ok('glossary.update', {
        id: ow.id,
        draft: { en: { term: 'Ontario Works', abbreviations: ['OW'] }, subject: 'income_support' },
      });
      const preview = await importFile(core, 'csv', 'en_term,en_abbreviations\nOld Welfare,OW\n', {
        dryRun: true,
      });
      expect(preview.duplicates).toEqual([
        expect.objectContaining({
          line: 2,
          term: 'Old Welfare',
          existing: expect.objectContaining({ id: ow.id }),
        }),
      ]);
    });
  });
});
