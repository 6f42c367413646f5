import { describe, expect, it } from 'vitest';
import type { RichDoc } from '../../../shared/domain/rich-text';
import { docFromText } from '../../../shared/domain/rich-text';
import { makeTestCore, type TestCore } from '../../helpers/core';
import { dumpDatabase } from '../../helpers/db-snapshot';
import { changes, oneOff } from '../../helpers/meetings';

async function meetingWithItems(core: TestCore) {
  const meeting = await core.ok('meeting.create', oneOff());
  const housing = await core.ok('agenda.add', {
    meetingId: meeting.id,
    item: { title: 'Housing', plannedMinutes: 10 },
  });
  const budget = await core.ok('agenda.add', {
    meetingId: meeting.id,
    item: { title: 'Budget', plannedMinutes: 10 },
  });
  return { meeting, housing, budget };
}

const rich: RichDoc = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: 'Beds' }] },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Shelter ' },
        { type: 'text', text: 'full', marks: [{ type: 'bold' }] },
        {
          type: 'text',
          text: ' see the list',
          marks: [{ type: 'link', attrs: { href: 'https://example.org/beds' } }],
        },
      ],
    },
    {
      type: 'taskList',
      content: [
        {
          type: 'taskItem',
          attrs: { checked: true },
          content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Call the city' }] }],
        },
      ],
    },
  ],
};

const searchRow = (core: TestCore, kind: string, refId: string) =>
  core.db
    .prepare('SELECT title, body FROM search_docs WHERE kind = ? AND ref_id = ?')
    .get(kind, refId) as { title: string; body: string } | undefined;

const ftsHits = (core: TestCore, query: string) =>
  (
    core.db
      .prepare(
        `SELECT s.kind, s.ref_id AS refId FROM search_fts f JOIN search_docs s ON s.id = f.rowid
         WHERE search_fts MATCH ? ORDER BY s.kind, s.ref_id`,
      )
      .all(query) as { kind: string; refId: string }[]
  ).map((r) => `${r.kind}:${r.refId}`);

describe('note.save', () => {
  it("saves an item's notes and the meeting's general notes, read back by meeting.get", async () => {
    const core = makeTestCore();
    const { meeting, housing, budget } = await meetingWithItems(core);
    const seen = changes(core);

    core.clock.advance(1_000);
    expect(
      await core.ok('note.save', { meetingId: meeting.id, itemId: housing.id, doc: rich }),
    ).toEqual({ meetingId: meeting.id, itemId: housing.id, savedAt: core.clock.now() });
    expect(
      await core.ok('note.save', {
        meetingId: meeting.id,
        itemId: null,
        doc: docFromText('Welcome everyone'),
      }),
    ).toEqual({ meetingId: meeting.id, itemId: null, savedAt: core.clock.now() });
    expect(seen).toEqual([['notes'], ['notes']]);

    const detail = await core.ok('meeting.get', { id: meeting.id });
    const byId = new Map(detail.items.map((i) => [i.id, i]));
    expect(byId.get(housing.id)).toMatchObject({ notes: rich, updatedAt: core.clock.now() });
    expect(byId.get(budget.id)!.notes).toBeNull();
    expect(detail.notes).toEqual(docFromText('Welcome everyone'));
  });

  it('stores an emptied editor as no notes', async () => {
    const core = makeTestCore();
    const { meeting, housing } = await meetingWithItems(core);
    await core.ok('note.save', { meetingId: meeting.id, itemId: housing.id, doc: rich });
    await core.ok('note.save', {
      meetingId: meeting.id,
      itemId: housing.id,
      doc: { type: 'doc', content: [{ type: 'paragraph' }] },
    });
    await core.ok('note.save', { meetingId: meeting.id, itemId: null, doc: { type: 'doc' } });
    const detail = await core.ok('meeting.get', { id: meeting.id });
    expect(detail.items.find((i) => i.id === housing.id)!.notes).toBeNull();
    expect(detail.notes).toBeNull();
    expect(searchRow(core, 'item', housing.id)).toEqual({ title: 'Housing', body: '' });
  });

  it('keeps the plain text in the search index, accents folded', async () => {
    const core = makeTestCore();
    const { meeting, housing } = await meetingWithItems(core);
    await core.ok('note.save', {
      meetingId: meeting.id,
      itemId: housing.id,
      doc: docFromText('Prochaine réunion au refuge'),
    });
    await core.ok('note.save', {
      meetingId: meeting.id,
      itemId: null,
      doc: docFromText('Ordre du jour adopté'),
    });
    expect(searchRow(core, 'item', housing.id)).toEqual({
      title: 'Housing',
      body: 'Prochaine réunion au refuge',
    });
    expect(searchRow(core, 'meeting', meeting.id)).toEqual({
      title: 'Housing First committee',
      body: 'Ordre du jour adopté',
    });
    expect(ftsHits(core, 'reunion')).toEqual([`item:${housing.id}`]);
    expect(ftsHits(core, '"adopte"')).toEqual([`meeting:${meeting.id}`]);

    // A new save replaces what the index had.
    await core.ok('note.save', { meetingId: meeting.id, itemId: housing.id, doc: rich });
    expect(ftsHits(core, 'reunion')).toEqual([]);
    expect(ftsHits(core, '"city"')).toEqual([`item:${housing.id}`]);
  });

  it("refuses an item of another meeting, a deleted item and a meeting that doesn't exist", async () => {
    const core = makeTestCore();
    const { meeting, housing, budget } = await meetingWithItems(core);
    const other = await core.ok('meeting.create', oneOff({ title: 'Other' }));
    await core.ok('agenda.delete', { id: budget.id });
    const before = dumpDatabase(core.db);
    const doc = docFromText('x');

    expect(
      await core.fails('note.save', { meetingId: other.id, itemId: housing.id, doc }),
    ).toMatchObject({ code: 'not_found' });
    expect(
      await core.fails('note.save', { meetingId: meeting.id, itemId: budget.id, doc }),
    ).toMatchObject({ code: 'not_found' });
    expect(
      await core.fails('note.save', { meetingId: meeting.id, itemId: 'nope', doc }),
    ).toMatchObject({ code: 'not_found' });
    expect(await core.fails('note.save', { meetingId: 'nope', itemId: null, doc })).toMatchObject({
      code: 'not_found',
    });
    expect(dumpDatabase(core.db)).toEqual(before);
  });

  it('refuses documents the editor could not have made', async () => {
    const core = makeTestCore();
    const { meeting, housing } = await meetingWithItems(core);
    const before = dumpDatabase(core.db);
    const place = { meetingId: meeting.id, itemId: housing.id };

    const scripted = await core.fails('note.save', {
      ...place,
      doc: {
        type: 'doc',
        content: [
          {
            type: 'paragraph',
            content: [
              {
                type: 'text',
                text: 'click',
                marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }],
              },
            ],
          },
        ],
      },
    });
    expect(scripted).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: ['doc'], message: 'unsafeLink' }],
    });

    const unknown = await core.fails('note.save', {
      ...place,
      doc: { type: 'doc', content: [{ type: 'image', attrs: { src: 'https://x.org/a.png' } }] },
    });
    expect(unknown).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: ['doc'], message: 'invalidDocument' }],
    });
    expect(await core.fails('note.save', { ...place, doc: 'plain text' })).toMatchObject({
      code: 'invalid_input',
    });
    expect(dumpDatabase(core.db)).toEqual(before);
  });
});
