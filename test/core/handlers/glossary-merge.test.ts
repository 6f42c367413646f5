import { describe, expect, it } from 'vitest';
import type { ConceptDraft } from '../../../shared/contract';
import { makeTestCore, type TestCore } from '../../helpers/core';
import { dumpDatabase } from '../../helpers/db-snapshot';
import { changes } from '../../helpers/meetings';

const add = (core: TestCore, draft: ConceptDraft) => core.ok('glossary.add', draft);

/** Two entries for one concept, as people make them, with what refers to them. */
async function duplicates(core: TestCore) {
  const shelter = await core.ok('org.create', { name: 'Shelter North' });
  const health = await core.ok('org.create', { name: 'Community Health' });
  const related = await add(core, { en: { term: 'Supportive housing' } });
  const other = await add(core, { en: { term: 'Rapid rehousing' } });
  const kept = await add(core, {
    en: { term: 'Housing First', abbreviations: ['HF'], definition: 'Housing without conditions.' },
    subject: 'housing',
    meanings: [{ organizationId: shelter.id, en: 'Our main program.', fr: '' }],
    seeAlso: [related.id],
  });
  core.clock.advance(1_000);
  const duplicate = await add(core, {
    en: {
      term: 'Housing-first approach',
      abbreviations: ['HF', 'HFA'],
      synonyms: ['HF model'],
      definition: 'Another definition.',
      note: 'Canadian model since 2009.',
    },
    fr: { term: 'Logement d’abord', definition: 'Logement sans conditions préalables.' },
    subject: 'general',
    organizationId: health.id,
    meanings: [
      {
        organizationId: shelter.id,
        en: 'Ignored: the kept one has its own.',
        fr: 'Notre programme.',
      },
      { organizationId: health.id, en: 'Referral stream.', fr: '' },
    ],
    seeAlso: [other.id, kept.id],
    reviewedOn: '2026-10-01',
  });
  const redirect = await add(core, {
    en: { term: 'HF program' },
    status: 'deprecated',
    preferredId: duplicate.id,
  });
  return { shelter, health, related, other, kept, duplicate, redirect };
}

describe('merging glossary concepts', () => {
  it('fills the kept concept, moves references to it, and is undone exactly', async () => {
    const core = makeTestCore();
    const { shelter, health, related, other, kept, duplicate, redirect } = await duplicates(core);
    const before = dumpDatabase(core.db);
    const seen = changes(core);
    core.clock.advance(60_000);

    const merged = await core.ok('glossary.merge', { keepId: kept.id, mergeId: duplicate.id });
    expect(merged).toMatchObject({
      id: kept.id,
      en: {
        term: 'Housing First',
        abbreviations: ['HF', 'HFA'],
        // The duplicate's term stays recognisable as a synonym.
        synonyms: ['Housing-first approach', 'HF model'],
        definition: 'Housing without conditions.',
        note: 'Canadian model since 2009.',
      },
      fr: { term: 'Logement d’abord', definition: 'Logement sans conditions préalables.' },
      subject: 'housing',
      status: 'preferred',
      organization: { id: health.id },
      meanings: [
        { organizationId: health.id, en: 'Referral stream.', fr: '' },
        { organizationId: shelter.id, en: 'Our main program.', fr: 'Notre programme.' },
      ],
      reviewedOn: '2026-10-01',
      createdAt: kept.createdAt,
      updatedAt: core.clock.now(),
    });
    expect(merged.seeAlso.map((r) => r.id)).toEqual([other.id, related.id]);
    // The duplicate is gone; what pointed to it points to the kept concept.
    expect(await core.fails('glossary.get', { id: duplicate.id })).toMatchObject({
      code: 'not_found',
    });
    expect((await core.ok('glossary.get', { id: redirect.id })).preferred).toEqual({
      id: kept.id,
      en: 'Housing First',
      fr: 'Logement d’abord',
    });
    expect((await core.ok('glossary.get', { id: other.id })).seeAlso.map((r) => r.id)).toEqual([
      kept.id,
    ]);
    const list = await core.ok('glossary.list', { language: 'en', query: 'HFA' });
    expect(list.items.map((c) => c.id)).toEqual([kept.id]);
    // A merged concept comes back only by undoing the merge.
    expect(await core.fails('glossary.undelete', { id: duplicate.id })).toMatchObject({
      code: 'conflict',
    });

    core.clock.advance(60_000);
    const back = await core.ok('glossary.unmerge', { mergeId: duplicate.id });
    expect(back).toEqual(duplicate);
    expect(dumpDatabase(core.db)).toEqual(before);
    expect((await core.ok('glossary.list', { language: 'en', query: 'HFA' })).total).toBe(1);
    expect(seen).toEqual([['glossary'], ['glossary']]);
    expect(await core.fails('glossary.unmerge', { mergeId: duplicate.id })).toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(/was not merged/),
    });
  });

  it('cannot be undone once the kept concept changed', async () => {
    const core = makeTestCore();
    const { kept, duplicate } = await duplicates(core);
    await core.ok('glossary.merge', { keepId: kept.id, mergeId: duplicate.id });
    // Same instant: the check compares content, not only the time stamp.
    await core.ok('glossary.update', {
      id: kept.id,
      draft: { en: { term: 'Housing First', definition: 'Edited after the merge.' } },
    });
    const before = dumpDatabase(core.db);
    expect(await core.fails('glossary.unmerge', { mergeId: duplicate.id })).toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(/has changed since/),
    });
    expect(dumpDatabase(core.db)).toEqual(before);
  });

  it('refuses merging a concept into itself, into its own redirect, or what is not there', async () => {
    const core = makeTestCore();
    const { kept, duplicate, redirect } = await duplicates(core);
    const before = dumpDatabase(core.db);
    expect(await core.fails('glossary.merge', { keepId: kept.id, mergeId: kept.id })).toMatchObject(
      { code: 'invalid_input', issues: [{ path: ['mergeId'], message: 'sameConcept' }] },
    );
    // "HF program" is deprecated in favour of the duplicate: keeping it would redirect to itself.
    expect(
      await core.fails('glossary.merge', { keepId: redirect.id, mergeId: duplicate.id }),
    ).toMatchObject({ code: 'conflict', message: expect.stringMatching(/keep “Housing-first/) });
    expect(await core.fails('glossary.merge', { keepId: kept.id, mergeId: 'nope' })).toMatchObject({
      code: 'not_found',
    });
    expect(await core.fails('glossary.unmerge', { mergeId: 'nope' })).toMatchObject({
      code: 'not_found',
    });
    expect(dumpDatabase(core.db)).toEqual(before);
  });
});

describe('the glossary index for the notes editor', () => {
  it('lists every form of live concepts, and the acronyms people ignore', async () => {
    const core = makeTestCore();
    const ow = await add(core, {
      en: { term: 'Ontario Works', abbreviations: ['OW'], synonyms: ['social assistance'] },
      fr: { term: 'Ontario au travail', abbreviations: ['OT', 'OW'] },
    });
    const welfare = await add(core, {
      en: { term: 'Welfare' },
      status: 'deprecated',
      preferredId: ow.id,
    });
    const onlyFrench = await add(core, {
      fr: { term: 'Carrefour jeunesse-emploi', abbreviations: ['CJE'] },
    });
    const gone = await add(core, { en: { term: 'Gone' } });
    await core.ok('glossary.delete', { id: gone.id });

    const seen = changes(core);
    expect(await core.ok('glossary.ignoreAcronym', { acronym: 'TBD', ignored: true })).toEqual({
      ignoredAcronyms: ['TBD'],
    });
    await core.ok('glossary.ignoreAcronym', { acronym: 'ASAP', ignored: true });
    await core.ok('glossary.ignoreAcronym', { acronym: 'ASAP', ignored: true });
    await core.ok('glossary.ignoreAcronym', { acronym: 'ÉÉ', ignored: true });
    expect(await core.ok('glossary.ignoreAcronym', { acronym: 'ÉÉ', ignored: false })).toEqual({
      ignoredAcronyms: ['ASAP', 'TBD'],
    });
    expect(seen).toEqual(Array.from({ length: 5 }, () => ['glossary']));

    expect(await core.ok('glossary.index', {})).toEqual({
      concepts: [
        {
          id: onlyFrench.id,
          status: 'preferred',
          preferredId: null,
          en: [],
          fr: ['Carrefour jeunesse-emploi'],
          abbreviations: ['CJE'],
        },
        {
          id: ow.id,
          status: 'preferred',
          preferredId: null,
          en: ['Ontario Works', 'social assistance'],
          fr: ['Ontario au travail'],
          abbreviations: ['OW', 'OT'],
        },
        {
          id: welfare.id,
          status: 'deprecated',
          preferredId: ow.id,
          en: ['Welfare'],
          fr: [],
          abbreviations: [],
        },
      ],
      ignoredAcronyms: ['ASAP', 'TBD'],
    });
  });
});
