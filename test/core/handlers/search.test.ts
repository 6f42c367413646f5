import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  SNIPPET_CLOSE,
  SNIPPET_OPEN,
  type MeetingDraft,
  type SearchHit,
  type SearchKind,
} from '../../../shared/contract';
import { docFromText } from '../../../shared/domain/rich-text';
import { makeTestCore, type TestCore } from '../../helpers/core';
import { biweekly, oneOff } from '../../helpers/meetings';

/** A meeting with no agenda but the items a test adds (the shipped templates are emptied). */
async function bareMeeting(core: TestCore, draft: Partial<MeetingDraft> = {}) {
  const meetingDraft = oneOff(draft);
  await core.ok('template.save', { kind: meetingDraft.kind, language: 'en', items: [] });
  return core.ok('meeting.create', meetingDraft);
}

async function item(core: TestCore, meetingId: string, title: string, notes = '') {
  return core.ok('agenda.add', {
    meetingId,
    item: { title, notes: notes === '' ? null : docFromText(notes) },
  });
}

const search = (core: TestCore, query: string, kinds?: SearchKind[]) =>
  core.ok('search.query', kinds ? { query, kinds } : { query });

const ids = (hits: SearchHit[]) => hits.map((hit) => hit.id);

describe('search.query', () => {
  it('ignores accents and case, and matches the start of words', async () => {
    const core = makeTestCore();
    const meeting = await bareMeeting(core);
    const found = await item(core, meeting.id, 'Partenaires', 'Préparer la réunion d’équipe.');
    await item(core, meeting.id, 'Budget', 'Rien à signaler.');
    for (const query of ['reunion', 'REUNION', 'Réunion', 'réun', 'reun', 'RÉUN', 'equipe']) {
      expect(ids(await search(core, query)), query).toEqual([found.id]);
    }
    // Every word must be there.
    expect(await search(core, 'réunion budget')).toEqual([]);
  });

  it('finds "d\'accueil" in notes that say "accueil" alone, whichever apostrophe is typed', async () => {
    const core = makeTestCore();
    const meeting = await bareMeeting(core);
    const elided = await item(core, meeting.id, 'Refuges', 'Le centre d’accueil ouvre lundi.');
    const alone = await item(core, meeting.id, 'Nouvelles', 'Accueil des nouveaux partenaires.');
    for (const query of ["d'accueil", 'd’accueil', 'accueil', "l'accueil"]) {
      expect(new Set(ids(await search(core, query))), query).toEqual(
        new Set([elided.id, alone.id]),
      );
    }
    expect(ids(await search(core, "l'ouvre"))).toEqual([elided.id]);
  });

  it('lists the latest written first for a word of one or two letters, unranked', async () => {
    const core = makeTestCore();
    const meeting = await bareMeeting(core);
    // The title match would rank first; a two-letter query is answered by recency instead.
    const older = await item(core, meeting.id, 'Co-op housing', 'Co-op waiting list.');
    const newer = await item(core, meeting.id, 'Budget', 'Ask the co-op board.');
    expect(ids(await search(core, 'co', ['item']))).toEqual([newer.id, older.id]);
    expect(ids(await search(core, 'co-op housing', ['item']))).toEqual([older.id]);
    const [hit] = await search(core, 'co', ['item']);
    expect(hit!.snippet).toContain(`${SNIPPET_OPEN}co${SNIPPET_CLOSE}`);
  });

  it('ranks a title match above a match in the notes only', async () => {
    const core = makeTestCore();
    const meeting = await bareMeeting(core, { title: 'Partners' });
    // Enough other items that "housing" is a rare word (bm25 ignores a word found everywhere).
    for (const title of ['Welcome', 'Budget', 'Roundtable', 'Other business']) {
      await item(core, meeting.id, title, 'Nothing to report.');
    }
    const inNotes = await item(
      core,
      meeting.id,
      'Updates',
      'The housing team reported on the waitlist and shelter capacity.',
    );
    const inTitle = await item(core, meeting.id, 'Housing', 'Nothing new this time.');
    expect(ids(await search(core, 'housing'))).toEqual([inTitle.id, inNotes.id]);
  });

  it('puts the latest meeting first among equal matches', async () => {
    const core = makeTestCore();
    await core.ok('template.save', { kind: 'committee', language: 'en', items: [] });
    const older = await core.ok('meeting.create', oneOff({ date: '2026-12-01' }));
    const newer = await core.ok('meeting.create', oneOff({ date: '2027-01-12' }));
    const middle = await core.ok('meeting.create', oneOff({ date: '2026-12-15' }));
    const standing = async (meetingId: string) => (await item(core, meetingId, 'Roundtable')).id;
    const [a, b, c] = [
      await standing(older.id),
      await standing(newer.id),
      await standing(middle.id),
    ];
    expect(ids(await search(core, 'roundtable', ['item']))).toEqual([b, c, a]);
    // Also when the page ends among them: the latest ones make the page.
    const page = await core.ok('search.query', { query: 'roundtable', kinds: ['item'], limit: 2 });
    expect(ids(page)).toEqual([b, c]);
  });

  it('says which meeting each hit is in, with a title and a marked snippet', async () => {
    const core = makeTestCore();
    const meeting = await bareMeeting(core, { title: 'Comité logement', date: '2026-12-08' });
    const found = await item(
      core,
      meeting.id,
      'Suivi des refuges',
      'Les refuges du centre-ville sont pleins depuis trois semaines et les listes d’attente ' +
        's’allongent encore; la réunion de janvier en parlera avec les partenaires du réseau.',
    );
    const hits = await search(core, 'reunion');
    expect(hits).toEqual([
      {
        kind: 'item',
        id: found.id,
        meetingId: meeting.id,
        itemId: found.id,
        meetingTitle: 'Comité logement',
        meetingDate: '2026-12-08',
        title: 'Suivi des refuges',
        snippet: expect.stringContaining(`${SNIPPET_OPEN}réunion${SNIPPET_CLOSE}`) as string,
      },
    ]);
    // Twelve words around the match at most, with an ellipsis where the text was cut.
    expect(hits[0]!.snippet).toMatch(/^….+…$/);

    // The meeting itself is found by its title, and by its general notes.
    expect(await search(core, 'comite', ['meeting'])).toEqual([
      expect.objectContaining({
        kind: 'meeting',
        id: meeting.id,
        itemId: null,
        title: 'Comité logement',
        snippet: `${SNIPPET_OPEN}Comité${SNIPPET_CLOSE} logement`,
      }),
    ]);
    await core.ok('note.save', {
      meetingId: meeting.id,
      itemId: null,
      doc: docFromText('Prochaine rencontre au Carrefour jeunesse.'),
    });
    expect(ids(await search(core, 'carrefour'))).toEqual([meeting.id]);
  });

  it('marks matches only: marks stored in the text are left out of the snippet', async () => {
    const core = makeTestCore();
    const meeting = await bareMeeting(core);
    await item(
      core,
      meeting.id,
      'Pasted',
      `Odd ${SNIPPET_OPEN}paste${SNIPPET_CLOSE} about shelters`,
    );
    const [hit] = await search(core, 'shelters');
    expect(hit!.snippet).toBe(`Odd paste about ${SNIPPET_OPEN}shelters${SNIPPET_CLOSE}`);
  });

  it('finds notes as soon as they are saved, and forgets the words taken out', async () => {
    const core = makeTestCore();
    const meeting = await bareMeeting(core);
    const target = await item(core, meeting.id, 'Partner updates');
    expect(await search(core, 'naloxone')).toEqual([]);
    await core.ok('note.save', {
      meetingId: meeting.id,
      itemId: target.id,
      doc: {
        type: 'doc',
        content: [
          { type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: 'Santé' }] },
          {
            type: 'bulletList',
            content: [
              {
                type: 'listItem',
                content: [
                  {
                    type: 'paragraph',
                    content: [
                      { type: 'text', text: 'Naloxone kits', marks: [{ type: 'bold' }] },
                      { type: 'text', text: ' at every site' },
                    ],
                  },
                ],
              },
            ],
          },
        ],
      },
    });
    expect(ids(await search(core, 'naloxone'))).toEqual([target.id]);
    expect(ids(await search(core, 'sante kits'))).toEqual([target.id]);
    await core.ok('note.save', {
      meetingId: meeting.id,
      itemId: target.id,
      doc: docFromText('Nothing else.'),
    });
    expect(await search(core, 'naloxone')).toEqual([]);
  });

  it('leaves out deleted items until they are restored', async () => {
    const core = makeTestCore();
    const meeting = await bareMeeting(core);
    const target = await item(core, meeting.id, 'Transport', 'Bus tickets for participants');
    await core.ok('agenda.delete', { id: target.id });
    expect(await search(core, 'tickets')).toEqual([]);
    await core.ok('agenda.undelete', { id: target.id });
    expect(ids(await search(core, 'tickets'))).toEqual([target.id]);
  });

  it('leaves out what waits in a parking lot, and finds it once pulled into a meeting', async () => {
    const core = makeTestCore();
    await core.ok('template.save', { kind: 'case_consultation', language: 'en', items: [] });
    const { series, firstMeeting } = await core.ok('series.create', biweekly());
    const parked = await core.ok('parking.add', {
      seriesId: series.id,
      item: { title: 'Winter respite', notes: docFromText('Extra cots in January') },
    });
    expect(await search(core, 'respite')).toEqual([]);
    expect(await search(core, 'cots')).toEqual([]);
    await core.ok('parking.pull', { id: parked.id, meetingId: firstMeeting.id });
    expect(await search(core, 'cots')).toEqual([
      expect.objectContaining({ kind: 'item', id: parked.id, meetingId: firstMeeting.id }),
    ]);
  });

  it('finds nothing for an empty query or one with no word in it', async () => {
    const core = makeTestCore();
    const meeting = await bareMeeting(core);
    await item(core, meeting.id, 'Anything', 'Some words here');
    for (const query of ['', '   ', '"', '*', '-', '()', '😀', 'NEAR(', ':']) {
      expect(await search(core, query), query).toEqual([]);
    }
    expect(await search(core, 'words', [])).toEqual([]);
  });

  it('reads nothing typed as query syntax', async () => {
    const core = makeTestCore();
    const meeting = await bareMeeting(core);
    const target = await item(core, meeting.id, 'Near the shelter', 'title or body, not AND');
    for (const query of [
      'title:shelter',
      '"near',
      'NEAR(near shelter)',
      'shelter*',
      '-shelter',
      'body: not',
      'near AND',
      '{title} : shelter',
      '^near',
    ]) {
      expect(ids(await search(core, query)), query).toEqual([target.id]);
    }
  });

  it('keeps to the limit, best matches first', async () => {
    const core = makeTestCore();
    const meeting = await bareMeeting(core);
    for (let i = 0; i < 12; i++) await item(core, meeting.id, `Filler ${i}`, 'Nothing to report.');
    for (let i = 0; i < 8; i++) await item(core, meeting.id, `Topic ${i}`, 'common words');
    const strong = await item(core, meeting.id, 'Common', 'common words');
    const hits = await core.ok('search.query', { query: 'common', limit: 3 });
    expect(hits).toHaveLength(3);
    expect(hits[0]!.id).toBe(strong.id);
    expect(await core.fails('search.query', { query: 'x', limit: 0 })).toMatchObject({
      code: 'invalid_input',
    });
  });

  it('never fails, whatever is typed', async () => {
    const core = makeTestCore();
    const meeting = await bareMeeting(core);
    await item(core, meeting.id, 'Réunion du comité', 'Centre d’accueil, "NEAR" title: * - 😀');
    const fragments = fc.constantFrom(
      '"',
      "'",
      '’',
      '*',
      '-',
      '+',
      '^',
      ':',
      'title:',
      'body:',
      '{title body}:',
      'NEAR(',
      'NEAR/2',
      ')',
      'AND',
      'OR',
      'NOT',
      ' ',
      '😀',
      '\u0301',
      '\uE000',
      '\u0000',
      'réun',
      'd’',
      'x',
    );
    const typed = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 200 }),
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.array(fragments, { maxLength: 40 }).map((parts) => parts.join('').slice(0, 200)),
    );
    await fc.assert(
      fc.asyncProperty(typed, async (query) => {
        const result = await core.call('search.query', { query });
        expect(result.ok, JSON.stringify(query)).toBe(true);
      }),
      { numRuns: 400 },
    );
    expect(core.logged).toEqual([]);
  });
});

describe('search.query over decisions and actions', () => {
  it('finds them, filters by kind, and titles them with their text cut short', async () => {
    const core = makeTestCore();
    const meeting = await bareMeeting(core, { title: 'Table de concertation' });
    const under = await item(core, meeting.id, 'Hébergement d’urgence');
    const longText =
      'Le comité demande au Refuge du Nord d’ajouter dix lits d’hébergement d’urgence pendant les grands froids de janvier et février.';
    const decision = await core.ok('decision.add', {
      meetingId: meeting.id,
      itemId: under.id,
      text: longText,
    });
    const action = await core.ok('action.add', {
      meetingId: meeting.id,
      itemId: under.id,
      description: 'Appeler le refuge pour confirmer les lits',
      personName: 'Josée Gagnon',
    });

    const all = await search(core, 'hebergement');
    expect(new Set(ids(all))).toEqual(new Set([under.id, decision.id]));
    const decisionHit = all.find((hit) => hit.kind === 'decision')!;
    expect(decisionHit).toMatchObject({
      meetingId: meeting.id,
      itemId: under.id,
      meetingTitle: 'Table de concertation',
    });
    expect(decisionHit.title.length).toBeLessThanOrEqual(80);
    expect(decisionHit.title.endsWith('…')).toBe(true);
    expect(longText.startsWith(decisionHit.title.slice(0, -1))).toBe(true);

    expect(ids(await search(core, 'refuge'))).toEqual(
      expect.arrayContaining([decision.id, action.id]),
    );
    expect(ids(await search(core, 'refuge', ['action']))).toEqual([action.id]);
    expect(ids(await search(core, 'refuge', ['decision', 'item']))).toEqual([decision.id]);
    // An action is found by the name typed for its owner too, and titled by its description.
    expect(await search(core, 'josee')).toEqual([
      expect.objectContaining({
        kind: 'action',
        id: action.id,
        title: 'Appeler le refuge pour confirmer les lits',
      }),
    ]);
  });

  it('leaves out deleted decisions and actions until they are restored', async () => {
    const core = makeTestCore();
    const meeting = await bareMeeting(core);
    const decision = await core.ok('decision.add', {
      meetingId: meeting.id,
      text: 'Adopt the winter protocol',
    });
    const action = await core.ok('action.add', {
      meetingId: meeting.id,
      description: 'Circulate the winter protocol',
    });
    expect(new Set(ids(await search(core, 'winter')))).toEqual(new Set([decision.id, action.id]));
    await core.ok('decision.delete', { id: decision.id });
    await core.ok('action.delete', { id: action.id });
    expect(await search(core, 'winter')).toEqual([]);
    await core.ok('decision.undelete', { id: decision.id });
    await core.ok('action.undelete', { id: action.id });
    expect(new Set(ids(await search(core, 'winter')))).toEqual(new Set([decision.id, action.id]));
  });
});
