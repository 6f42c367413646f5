import { describe, expect, it } from 'vitest';
import { STARTER_TERMS } from '../../../electron/core/glossary/starter-terms';
import { makeTestCore, type TestCore } from '../../helpers/core';
import { changes } from '../../helpers/meetings';

const N = STARTER_TERMS.length;

const all = async (core: TestCore) =>
  (await core.ok('glossary.list', { language: 'en', limit: 1000 })).items;

const byTerm = async (core: TestCore, term: string) =>
  (await all(core)).find((c) => c.en.term === term)!;

describe('the starter glossary', () => {
  it('is offered on first run, and adding it twice doubles nothing', async () => {
    const core = makeTestCore();
    expect(await core.ok('glossary.starterStatus', {})).toEqual({
      available: N,
      installed: 0,
      declined: false,
    });
    const seen = changes(core);
    expect(await core.ok('glossary.addStarter', {})).toEqual({
      available: N,
      installed: N,
      declined: false,
    });
    expect(seen).toEqual([['glossary']]);
    expect(await core.ok('glossary.addStarter', {})).toMatchObject({ installed: N });
    const concepts = await all(core);
    expect(concepts).toHaveLength(N);
    expect(new Set(concepts.map((c) => c.origin))).toEqual(new Set(['starter']));
  });

  it('arrives with its redirects and see-also links, in both languages', async () => {
    const core = makeTestCore();
    await core.ok('glossary.addStarter', {});
    expect(await byTerm(core, 'Local Health Integration Network')).toMatchObject({
      status: 'deprecated',
      preferred: { en: 'Ontario Health atHome', fr: 'Santé à domicile Ontario' },
      fr: { abbreviations: ['RLISS'] },
    });
    expect(await byTerm(core, 'Ontario Works')).toMatchObject({
      subject: 'income_support',
      en: { abbreviations: ['OW'] },
      fr: { term: 'Ontario au travail', abbreviations: ['OT'] },
    });
    // A link declared on one side shows on both.
    const hpp = await byTerm(core, 'Homelessness Prevention Program');
    expect(hpp.seeAlso.map((s) => s.en)).toEqual(['Service Manager']);
    const manager = await byTerm(core, 'Service Manager');
    expect(manager.seeAlso.map((s) => s.en).sort()).toEqual(
      [
        'Consolidated Municipal Service Manager',
        'District Social Services Administration Board',
        'Homelessness Prevention Program',
        'Ontario Works',
      ].sort(),
    );
    const french = await core.ok('glossary.list', {
      language: 'fr',
      query: 'reduction des mefaits',
    });
    expect(french.items[0]?.en.term).toBe('harm reduction');
  });

  it('leaves out entries whose term or acronym the glossary already has', async () => {
    const core = makeTestCore();
    const mine = await core.ok('glossary.add', {
      en: { term: 'Housing First', definition: 'Our own wording.' },
    });
    await core.ok('glossary.add', { en: { term: 'Overnight Warming', abbreviations: ['OW'] } });
    expect(await core.ok('glossary.addStarter', {})).toMatchObject({ installed: N - 2 });
    expect((await all(core)).filter((c) => c.en.term === 'Housing First')).toEqual([
      expect.objectContaining({ id: mine.id, origin: 'user' }),
    ]);
    // Links to the user's concept are not made: adding the starter glossary never edits it.
    expect((await core.ok('glossary.get', { id: mine.id })).seeAlso).toEqual([]);
  });

  it('points a deprecated entry to the user’s concept when that one stands for its preferred term', async () => {
    const core = makeTestCore();
    const mine = await core.ok('glossary.add', { en: { term: 'Ontario Health atHome' } });
    await core.ok('glossary.addStarter', {});
    expect((await byTerm(core, 'Local Health Integration Network')).preferred?.id).toBe(mine.id);
  });

  it('removes the concepts nobody edited and keeps the edited ones, as the user’s own', async () => {
    const core = makeTestCore();
    await core.ok('glossary.addStarter', {});
    core.clock.advance(60_000);
    const edited = await byTerm(core, 'case management');
    await core.ok('glossary.update', {
      id: edited.id,
      draft: {
        en: { ...edited.en, note: 'At our table, “case conference” means something else.' },
        fr: edited.fr,
        subject: edited.subject,
      },
    });
    const seen = changes(core);
    expect(await core.ok('glossary.removeStarter', {})).toEqual({
      available: N,
      installed: 1,
      // Removing it turns the offer down: the first-run banner does not come straight back.
      declined: true,
      removed: N - 1,
      kept: 1,
    });
    expect(seen).toEqual([['glossary']]);
    expect(await core.ok('glossary.starterStatus', {})).toMatchObject({ declined: true });
    expect((await all(core)).map((c) => c.en.term)).toEqual(['case management']);
    // Adding it again brings back what was removed, without doubling the edited one.
    expect(await core.ok('glossary.addStarter', {})).toMatchObject({ installed: N });
    expect(await all(core)).toHaveLength(N);
  });

  it('keeps an unedited entry that a user’s concept names as its preferred term', async () => {
    const core = makeTestCore();
    await core.ok('glossary.addStarter', {});
    const ow = await byTerm(core, 'Ontario Works');
    await core.ok('glossary.add', {
      en: { term: 'Welfare office' },
      status: 'deprecated',
      preferredId: ow.id,
    });
    expect(await core.ok('glossary.removeStarter', {})).toMatchObject({
      removed: N - 1,
      kept: 1,
      installed: 1,
    });
    expect((await byTerm(core, 'Welfare office')).preferred?.id).toBe(ow.id);
  });

  it('keeps an unedited entry that a user’s concept, even a deleted one, redirects or links to', async () => {
    const core = makeTestCore();
    await core.ok('glossary.addStarter', {});
    const ow = await byTerm(core, 'Ontario Works');
    const hpp = await byTerm(core, 'Homelessness Prevention Program');
    const welfare = await core.ok('glossary.add', {
      en: { term: 'Welfare office' },
      status: 'deprecated',
      preferredId: ow.id,
    });
    const dropIn = await core.ok('glossary.add', {
      en: { term: 'Drop-in centre' },
      seeAlso: [hpp.id],
    });
    await core.ok('glossary.delete', { id: welfare.id });
    await core.ok('glossary.delete', { id: dropIn.id });
    expect(await core.ok('glossary.removeStarter', {})).toMatchObject({
      removed: N - 2,
      kept: 2,
      installed: 2,
    });
    expect((await all(core)).map((c) => c.en.term)).toEqual([
      'Homelessness Prevention Program',
      'Ontario Works',
    ]);
    // Undeleting brings each back as it was: the redirect and the link are still there.
    expect(await core.ok('glossary.undelete', { id: welfare.id })).toMatchObject({
      status: 'deprecated',
      preferred: { id: ow.id, en: 'Ontario Works' },
    });
    expect((await core.ok('glossary.undelete', { id: dropIn.id })).seeAlso).toEqual([
      { id: hpp.id, en: 'Homelessness Prevention Program', fr: hpp.fr.term },
    ]);
  });

  it('remembers that the offer was declined', async () => {
    const core = makeTestCore();
    expect(await core.ok('glossary.declineStarter', {})).toEqual({
      available: N,
      installed: 0,
      declined: true,
    });
    expect(await core.ok('glossary.starterStatus', {})).toMatchObject({ declined: true });
    // The app's settings are unaffected by the extra row.
    expect(await core.ok('settings.get', {})).toMatchObject({ language: 'en' });
  });

  it('round-trips through CSV and TBX unchanged', async () => {
    const core = makeTestCore();
    await core.ok('glossary.addStarter', {});
    for (const format of ['csv', 'tbx'] as const) {
      const first = await core.ok('glossary.export', { format });
      const copy = makeTestCore();
      expect(await copy.ok('glossary.import', { format, content: first.content })).toMatchObject({
        created: N,
        duplicates: [],
      });
      expect((await copy.ok('glossary.export', { format })).content).toBe(first.content);
    }
  });
});
