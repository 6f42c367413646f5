import { describe, expect, it } from 'vitest';
import type { ConceptDraft, GlossaryFilter } from '../../../shared/contract';
import { makeTestCore, type TestCore } from '../../helpers/core';
import { dumpDatabase } from '../../helpers/db-snapshot';
import { changes } from '../../helpers/meetings';

const add = (core: TestCore, draft: ConceptDraft) => core.ok('glossary.add', draft);

const list = (core: TestCore, filter: Partial<GlossaryFilter> = {}) =>
  core.ok('glossary.list', { language: 'en', ...filter });

const terms = async (core: TestCore, filter: Partial<GlossaryFilter> = {}) =>
  (await list(core, filter)).items.map((c) => c.en.term || c.fr.term);

/** A small glossary of the field's words. */
async function sample(core: TestCore) {
  const ow = await add(core, {
    en: {
      term: 'Ontario Works',
      abbreviations: ['OW'],
      definition: 'Provincial financial and employment assistance.',
    },
    fr: {
      term: 'Ontario au travail',
      abbreviations: ['OT'],
      definition: 'Aide financière et aide à l’emploi de la province.',
    },
    subject: 'income_support',
  });
  const owner = await add(core, {
    en: {
      term: 'Landlord',
      definition: 'The owner of a rental unit; tenants pay rent to the owner.',
    },
    fr: { term: 'Propriétaire', definition: 'Personne qui loue un logement.' },
    subject: 'housing',
  });
  const meeting = await add(core, {
    en: { term: 'Case conference', definition: 'A réunion of the agencies serving a client.' },
    fr: {
      term: 'Réunion de cas',
      definition: 'Rencontre des organismes qui servent une personne.',
    },
    subject: 'general',
  });
  const housingFirst = await add(core, {
    en: {
      term: 'Housing First',
      synonyms: ['HF approach'],
      definition: 'Permanent housing without preconditions, with supports.',
    },
    fr: { term: 'Logement d’abord', definition: 'Logement permanent sans conditions préalables.' },
    subject: 'housing',
  });
  return { ow, owner, meeting, housingFirst };
}

describe('glossary concepts', () => {
  it('are added with both sides, tidied, and read back', async () => {
    const core = makeTestCore();
    const shelter = await core.ok('org.create', { name: 'Shelter North' });
    const seen = changes(core);
    const concept = await add(core, {
      en: {
        term: '  Case management ',
        abbreviations: ['CM', 'CM'],
        synonyms: ['case coordination', 'Case Coordination', 'case management'],
        definition: 'Coordinating services around one person.',
        note: 'Used by most funded programs.',
      },
      fr: { term: 'Gestion de cas', abbreviations: ['GC'] },
      subject: 'general',
      organizationId: shelter.id,
      meanings: [{ organizationId: shelter.id, en: 'Weekly check-ins.', fr: '' }],
      reviewedOn: '2026-11-01',
    });
    const now = core.clock.now();
    expect(concept).toEqual({
      id: concept.id,
      en: {
        term: 'Case management',
        abbreviations: ['CM'],
        synonyms: ['case coordination'],
        definition: 'Coordinating services around one person.',
        note: 'Used by most funded programs.',
      },
      fr: {
        term: 'Gestion de cas',
        abbreviations: ['GC'],
        synonyms: [],
        definition: '',
        note: '',
      },
      subject: 'general',
      status: 'preferred',
      preferred: null,
      organization: { id: shelter.id, name: 'Shelter North' },
      meanings: [
        {
          organizationId: shelter.id,
          organizationName: 'Shelter North',
          en: 'Weekly check-ins.',
          fr: '',
        },
      ],
      seeAlso: [],
      reviewedOn: '2026-11-01',
      origin: 'user',
      createdAt: now,
      updatedAt: now,
    });
    expect(await core.ok('glossary.get', { id: concept.id })).toEqual(concept);
    expect(seen).toEqual([['glossary']]);
  });

  it('refuses what zod refuses, with the field and the message key', async () => {
    const core = makeTestCore();
    const before = dumpDatabase(core.db);
    expect(await core.fails('glossary.add', {})).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: ['en', 'term'], message: 'termRequired' }],
    });
    expect(
      await core.fails('glossary.add', { en: { term: 'Shelter' }, status: 'deprecated' }),
    ).toMatchObject({ issues: [{ path: ['preferredId'], message: 'preferredRequired' }] });
    expect(
      await core.fails('glossary.add', { en: { term: 'Shelter' }, preferredId: 'x' }),
    ).toMatchObject({ issues: [{ path: ['preferredId'], message: 'onlyDeprecatedRedirect' }] });
    expect(
      await core.fails('glossary.add', {
        en: { term: 'Shelter', abbreviations: Array.from({ length: 11 }, (_, n) => `A${n}`) },
      }),
    ).toMatchObject({ issues: [{ path: ['en', 'abbreviations'], message: 'tooMany' }] });
    expect(
      await core.fails('glossary.ignoreAcronym', { acronym: 'Ow', ignored: true }),
    ).toMatchObject({ issues: [{ path: ['acronym'], message: 'invalidAcronym' }] });
    expect(dumpDatabase(core.db)).toEqual(before);
  });

  it('refuses references to what does not exist, to itself, or to a deprecated concept', async () => {
    const core = makeTestCore();
    const { ow } = await sample(core);
    const old = await add(core, {
      en: { term: 'Welfare' },
      status: 'deprecated',
      preferredId: ow.id,
    });
    const gone = await add(core, { en: { term: 'Gone' } });
    await core.ok('glossary.delete', { id: gone.id });
    const shelter = await core.ok('org.create', { name: 'Shelter North' });
    const other = await add(core, { en: { term: 'Social assistance' } });
    const before = dumpDatabase(core.db);

    const refused = async (draft: ConceptDraft) => core.fails('glossary.add', draft);
    expect(
      await refused({ en: { term: 'Relief' }, status: 'deprecated', preferredId: old.id }),
    ).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: ['preferredId'], message: 'preferredDeprecated' }],
    });
    expect(
      await refused({ en: { term: 'Relief' }, status: 'deprecated', preferredId: gone.id }),
    ).toMatchObject({ issues: [{ path: ['preferredId'], message: 'unknownConcept' }] });
    expect(
      await refused({
        en: { term: 'Relief' },
        organizationId: 'nope',
        meanings: [
          { organizationId: shelter.id, en: 'a' },
          { organizationId: shelter.id, en: 'b' },
          { organizationId: 'nope', en: 'c' },
        ],
        seeAlso: [ow.id, gone.id, 'nope'],
      }),
    ).toMatchObject({
      code: 'invalid_input',
      message: expect.stringMatching(/agency that is not in the directory/),
      issues: [
        { path: ['organizationId'], message: 'unknownOrganization' },
        { path: ['meanings', 1, 'organizationId'], message: 'duplicateOrganization' },
        { path: ['meanings', 2, 'organizationId'], message: 'unknownOrganization' },
        { path: ['seeAlso', 1], message: 'unknownConcept' },
        { path: ['seeAlso', 2], message: 'unknownConcept' },
      ],
    });
    const self = await core.fails('glossary.update', {
      id: old.id,
      draft: {
        en: { term: 'Welfare' },
        status: 'deprecated',
        preferredId: old.id,
        seeAlso: [old.id],
      },
    });
    expect(self.issues).toEqual([
      { path: ['preferredId'], message: 'preferredSelf' },
      { path: ['seeAlso', 0], message: 'seeAlsoSelf' },
    ]);
    // A concept others redirect to cannot become deprecated: that would chain redirects.
    expect(
      await core.fails('glossary.update', {
        id: ow.id,
        draft: { en: { term: 'Ontario Works' }, status: 'deprecated', preferredId: other.id },
      }),
    ).toMatchObject({ issues: [{ path: ['status'], message: 'redirectedTo' }] });
    expect(
      await core.fails('glossary.update', { id: 'nope', draft: { en: { term: 'x' } } }),
    ).toMatchObject({ code: 'not_found' });
    expect(dumpDatabase(core.db)).toEqual(before);
  });

  it('are updated, and an identical draft changes nothing', async () => {
    const core = makeTestCore();
    const { ow, owner } = await sample(core);
    const seen = changes(core);
    core.clock.advance(60_000);
    const edited = await core.ok('glossary.update', {
      id: ow.id,
      draft: {
        en: { term: 'Ontario Works', abbreviations: ['OW'], definition: 'Income support.' },
        fr: { term: 'Ontario au travail', abbreviations: ['OT'] },
        subject: 'income_support',
        seeAlso: [owner.id],
      },
    });
    expect(edited).toMatchObject({
      en: { definition: 'Income support.' },
      fr: { definition: '' },
      seeAlso: [{ id: owner.id, en: 'Landlord', fr: 'Propriétaire' }],
      createdAt: ow.createdAt,
      updatedAt: core.clock.now(),
    });
    // The link shows on both, and the other concept was not edited.
    const linked = await core.ok('glossary.get', { id: owner.id });
    expect(linked.seeAlso).toEqual([{ id: ow.id, en: 'Ontario Works', fr: 'Ontario au travail' }]);
    expect(linked.updatedAt).toBe(owner.updatedAt);

    core.clock.advance(60_000);
    const unchanged = await core.ok('glossary.update', {
      id: ow.id,
      draft: {
        en: { ...edited.en },
        fr: { ...edited.fr },
        subject: 'income_support',
        seeAlso: [owner.id],
      },
    });
    expect(unchanged).toEqual(edited);

    // Links removed from either side are gone from both.
    await core.ok('glossary.update', {
      id: owner.id,
      draft: { en: { term: 'Landlord' }, fr: { term: 'Propriétaire' }, subject: 'housing' },
    });
    expect((await core.ok('glossary.get', { id: ow.id })).seeAlso).toEqual([]);
    expect(seen).toEqual([['glossary'], ['glossary'], ['glossary']]);
  });

  it('a deprecated term points to the preferred one', async () => {
    const core = makeTestCore();
    const { ow } = await sample(core);
    const welfare = await add(core, {
      en: { term: 'Welfare', definition: 'Older word for social assistance.' },
      fr: { term: 'Bien-être social' },
      status: 'deprecated',
      preferredId: ow.id,
    });
    expect(welfare.preferred).toEqual({
      id: ow.id,
      en: 'Ontario Works',
      fr: 'Ontario au travail',
    });
    expect(await core.ok('glossary.get', { id: welfare.id })).toMatchObject({
      status: 'deprecated',
      preferred: { id: ow.id },
    });
    expect(await terms(core, { status: 'deprecated' })).toEqual(['Welfare']);
  });

  it('are deleted and restored, and a preferred term is not deleted under its redirects', async () => {
    const core = makeTestCore();
    const { ow, owner } = await sample(core);
    const welfare = await add(core, {
      en: { term: 'Welfare' },
      status: 'deprecated',
      preferredId: ow.id,
      seeAlso: [owner.id],
    });
    const seen = changes(core);
    core.clock.advance(1_000);

    expect(await core.fails('glossary.delete', { id: ow.id })).toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(/“Ontario Works” is the preferred term of “Welfare”/),
    });

    expect(await core.ok('glossary.delete', { id: welfare.id })).toEqual({ id: welfare.id });
    expect(await terms(core)).not.toContain('Welfare');
    expect(await core.fails('glossary.get', { id: welfare.id })).toMatchObject({
      code: 'not_found',
    });
    expect(await core.fails('glossary.delete', { id: welfare.id })).toMatchObject({
      code: 'not_found',
    });
    // Its link is hidden while it is deleted…
    expect((await core.ok('glossary.get', { id: owner.id })).seeAlso).toEqual([]);
    // …and kept through an edit of the other concept, so restoring brings it back.
    await core.ok('glossary.update', {
      id: owner.id,
      draft: { en: { term: 'Landlord', definition: 'Owner.' }, fr: { term: 'Propriétaire' } },
    });

    // With nothing redirecting to it any more, the preferred term may go; its redirect then
    // cannot be restored before it.
    await core.ok('glossary.delete', { id: ow.id });
    expect(await core.fails('glossary.undelete', { id: welfare.id })).toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(/restore it first/),
    });
    await core.ok('glossary.undelete', { id: ow.id });
    const restored = await core.ok('glossary.undelete', { id: welfare.id });
    expect(restored).toMatchObject({
      en: { term: 'Welfare' },
      preferred: { id: ow.id },
      seeAlso: [{ id: owner.id }],
      // Deleting is not editing.
      updatedAt: welfare.updatedAt,
    });
    expect(await core.ok('glossary.undelete', { id: welfare.id })).toEqual(restored);
    expect(await terms(core, { query: 'welfare' })).toEqual(['Welfare']);
    expect(await core.fails('glossary.undelete', { id: 'nope' })).toMatchObject({
      code: 'not_found',
    });
    expect(seen).toEqual(Array.from({ length: 6 }, () => ['glossary']));
  });
});

describe('glossary duplicates', () => {
  const probe = (
    en: { term?: string; abbreviations?: string[] } = {},
    fr: { term?: string; abbreviations?: string[] } = {},
  ) => ({
    en: { term: en.term ?? '', abbreviations: en.abbreviations ?? [] },
    fr: { term: fr.term ?? '', abbreviations: fr.abbreviations ?? [] },
  });

  it('finds live concepts with the same term in a language or the same acronym, for the form', async () => {
    const core = makeTestCore();
    const { ow, owner, housingFirst } = await sample(core);
    const lbs = await add(core, {
      en: { term: 'Literacy and Basic Skills', abbreviations: ['L&BS'] },
    });
    const seen = changes(core);
    const find = (input: ReturnType<typeof probe> & { exceptId?: string }) =>
      core.ok('glossary.findDuplicates', input);
    const ref = (c: { id: string; en: { term: string }; fr: { term: string } }) => ({
      id: c.id,
      en: c.en.term,
      fr: c.fr.term,
    });

    // Terms ignoring case and accents, each in its own language.
    expect(await find(probe({ term: '  ontario WORKS ' }))).toEqual([ref(ow)]);
    expect(await find(probe({}, { term: 'proprietaire' }))).toEqual([ref(owner)]);
    expect(await find(probe({ term: 'Propriétaire' }))).toEqual([]);
    // Acronyms exactly, in either language, several words of them too, blanks ignored.
    expect(await find(probe({ abbreviations: ['OT', ' '] }))).toEqual([ref(ow)]);
    expect(await find(probe({}, { abbreviations: ['ot'] }))).toEqual([]);
    expect(await find(probe({ abbreviations: ['L&BS'] }))).toEqual([ref(lbs)]);
    expect(await find(probe({ abbreviations: ['BS', 'L'] }))).toEqual([]);
    // Several, oldest first; the concept being edited is not its own duplicate.
    const both = probe({ term: 'Housing first', abbreviations: ['OW'] });
    expect(await find(both)).toEqual([ref(ow), ref(housingFirst)]);
    expect(await find({ ...both, exceptId: ow.id })).toEqual([ref(housingFirst)]);
    expect(await find(probe())).toEqual([]);
    expect(seen).toEqual([]);

    // A deleted concept is no duplicate.
    await core.ok('glossary.delete', { id: housingFirst.id });
    expect(await find(both)).toEqual([ref(ow)]);
  });
});

describe('glossary search', () => {
  it('ranks an exact acronym first, in either case', async () => {
    const core = makeTestCore();
    const { ow, owner, meeting } = await sample(core);
    const cas = await add(core, {
      en: {
        term: 'Children’s Aid Society',
        abbreviations: ['CAS'],
        definition: 'Child protection.',
      },
      fr: { term: 'Société d’aide à l’enfance', abbreviations: ['SAE'] },
    });
    // "Case conference" matches by its term, "Landlord" by its definition ("cases").
    const landlord = await core.ok('glossary.update', {
      id: owner.id,
      draft: { en: { term: 'Landlord', definition: 'Owner of a unit; sees many cases.' } },
    });
    for (const query of ['CAS', 'cas', ' Cas ']) {
      const { items, total } = await list(core, { query });
      expect(items.map((c) => c.id)).toEqual([cas.id, meeting.id, landlord.id]);
      expect(total).toBe(3);
    }
    // One or two letters look at terms, acronyms and synonyms only, alphabetically after an
    // exact acronym: "Absentee owner" sorts before "Ontario Works", "Landlord" is left out.
    const absentee = await add(core, { en: { term: 'Absentee owner' } });
    for (const query of ['OW', 'ow']) {
      const { items, total } = await list(core, { query });
      expect(items.map((c) => c.id)).toEqual([ow.id, absentee.id]);
      expect(total).toBe(2);
    }
    // The French acronym too, accents and all.
    expect((await list(core, { query: 'SAE' })).items.map((c) => c.id)).toEqual([cas.id]);
    const programme = await add(core, { en: { term: 'Cegep transition program' } });
    const cegep = await add(core, {
      fr: { term: 'Collège d’enseignement général et professionnel', abbreviations: ['CÉGEP'] },
    });
    for (const query of ['cégep', 'CÉGEP']) {
      expect((await list(core, { query })).items.map((c) => c.id)).toEqual([
        cegep.id,
        programme.id,
      ]);
    }
    expect((await list(core, { query: 'OT' })).items.map((c) => c.id)).toEqual([ow.id]);
  });

  it('ranks an exact term before other matches, and terms before definitions', async () => {
    const core = makeTestCore();
    await sample(core);
    await add(core, { en: { term: 'Housing', definition: 'A place to live.' } });
    await add(core, { en: { term: 'Shelter', definition: 'Emergency housing for one night.' } });
    expect(await terms(core, { query: 'housing' })).toEqual([
      'Housing',
      'Housing First',
      'Shelter',
    ]);
  });

  it('takes a French elided article off what was typed, so the exact term comes first', async () => {
    const core = makeTestCore();
    const chronic = await add(core, {
      en: { term: 'Chronic homelessness' },
      fr: {
        term: 'Itinérance chronique',
        synonyms: ['itinérance de longue durée'],
        definition: 'Itinérance qui dure; l’itinérance chronique.',
      },
    });
    const homelessness = await add(core, {
      en: { term: 'Homelessness' },
      fr: {
        term: 'itinérance',
        definition: 'Situation d’une personne sans logement stable, permanent et adéquat.',
      },
    });
    for (const query of ['itinérance', 'l’itinérance', "L'itinerance", 'd’itinérance']) {
      expect((await list(core, { language: 'fr', query })).items.map((c) => c.id)).toEqual([
        homelessness.id,
        chronic.id,
      ]);
    }
  });

  it('lists for one letter the terms in the list’s language and the acronyms starting with it', async () => {
    const core = makeTestCore();
    const { housingFirst } = await sample(core);
    const home = await add(core, {
      en: { term: 'Ontario Health atHome', abbreviations: ['HCCSS'] },
      fr: { term: 'Santé à domicile Ontario' },
    });
    const lodging = await add(core, { fr: { term: 'Hébergement' } });
    const shelter = await add(core, {
      en: { term: 'Shelter' },
      fr: { term: 'Hébergement d’urgence' },
    });
    await add(core, { en: { term: 'Mental health' } });
    const ptsd = await add(core, {
      en: { term: 'Post-traumatic stress disorder', abbreviations: ['PTSD'] },
      fr: { term: 'État de stress post-traumatique', abbreviations: ['ÉSPT'] },
    });
    const ids = async (query: string, language: 'en' | 'fr' = 'en') =>
      (await list(core, { query, language })).items.map((c) => c.id);
    // By the term's key (the French one for a concept with no English), then the acronyms.
    for (const query of ['h', 'H', ' h. '])
      expect(await ids(query)).toEqual([lodging.id, housingFirst.id, home.id]);
    expect(await ids('h', 'fr')).toEqual([lodging.id, shelter.id, home.id]);
    expect(await list(core, { query: 'h' })).toMatchObject({ total: 3, letters: ['H', 'O'] });
    // Accents folded, in the term and in the acronym.
    expect(await ids('é', 'fr')).toEqual([ptsd.id]);
    expect(await ids('e')).toEqual([ptsd.id]);
  });

  it('ignores accents and case, by prefix, in either language', async () => {
    const core = makeTestCore();
    await sample(core);
    expect(await terms(core, { query: 'reunion' })).toEqual(['Case conference']);
    expect(await terms(core, { query: 'RÉUN' })).toEqual(['Case conference']);
    expect(await terms(core, { query: 'hous' })).toEqual(['Housing First']);
    expect(await terms(core, { query: 'logement d’abord' })).toEqual(['Housing First']);
    expect(await terms(core, { query: 'proprietaire' })).toEqual(['Landlord']);
    expect(await terms(core, { query: 'HF appr' })).toEqual(['Housing First']);
    // Only punctuation is no query; FTS5 syntax is text.
    expect(await terms(core, { query: '  ’ ' })).toHaveLength(4);
    expect(await terms(core, { query: 'NEAR(" OR' })).toEqual([]);
  });

  it('sorts in the app’s language, with filters, letters and pages', async () => {
    const core = makeTestCore();
    const shelter = await core.ok('org.create', { name: 'Shelter North' });
    const health = await core.ok('org.create', { name: 'Community Health' });
    await sample(core);
    await add(core, { fr: { term: 'Évaluation', definition: 'Appréciation des besoins.' } });
    await add(core, {
      en: { term: '211 Ontario', definition: 'Helpline.' },
      fr: { term: '211 Ontario', definition: 'Ligne d’aide.' },
      organizationId: health.id,
    });
    await add(core, {
      en: { term: 'Intake', definition: 'First contact.' },
      meanings: [{ organizationId: shelter.id, en: 'The bed assignment.' }],
    });

    expect(await list(core)).toMatchObject({
      total: 7,
      letters: ['#', 'C', 'E', 'H', 'I', 'L', 'O'],
    });
    expect(await terms(core)).toEqual([
      '211 Ontario',
      'Case conference',
      'Évaluation',
      'Housing First',
      'Intake',
      'Landlord',
      'Ontario Works',
    ]);
    // French: by the French term, or the English one for a concept with none.
    expect((await list(core, { language: 'fr' })).items.map((c) => c.fr.term || c.en.term)).toEqual(
      [
        '211 Ontario',
        'Évaluation',
        'Intake',
        'Logement d’abord',
        'Ontario au travail',
        'Propriétaire',
        'Réunion de cas',
      ],
    );
    expect(await terms(core, { letter: 'E' })).toEqual(['Évaluation']);
    expect(await terms(core, { letter: '#' })).toEqual(['211 Ontario']);
    expect(await list(core, { letter: 'Z' })).toMatchObject({ items: [], total: 0 });

    const housing = await list(core, { subject: 'housing' });
    expect(housing.items.map((c) => c.en.term)).toEqual(['Housing First', 'Landlord']);
    expect(housing.letters).toEqual(['H', 'L']);
    expect(await terms(core, { organizationId: shelter.id })).toEqual(['Intake']);
    expect(await terms(core, { organizationId: health.id })).toEqual(['211 Ontario']);
    expect(await terms(core, { missingFrench: true })).toEqual(['Intake']);
    expect(await terms(core, { status: 'admitted' })).toEqual([]);

    const second = await list(core, { limit: 2, offset: 2 });
    expect(second.items.map((c) => c.en.term || c.fr.term)).toEqual([
      'Évaluation',
      'Housing First',
    ]);
    expect(second.total).toBe(7);

    // With a query: letters of the matches, the letter filter on top.
    const searched = await list(core, { query: 'ontario' });
    expect(searched.letters).toEqual(['#', 'O']);
    expect(searched.total).toBe(2);
    expect(await terms(core, { query: 'ontario', letter: '#' })).toEqual(['211 Ontario']);
    expect(await terms(core, { query: 'ontario', subject: 'income_support' })).toEqual([
      'Ontario Works',
    ]);
  });
});
