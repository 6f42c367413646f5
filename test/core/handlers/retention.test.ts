import { describe, expect, it } from 'vitest';
import type { RichDoc } from '../../../shared/domain/rich-text';
import { makeTestCore, type TestCore } from '../../helpers/core';
import { dumpDatabase } from '../../helpers/db-snapshot';
import { changes, oneOff } from '../../helpers/meetings';

const NOW = Date.UTC(2026, 10, 23, 14, 0);

const doc = (text: string): RichDoc => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

/**
 * Cases opened in January 2024 and reviewed at a meeting then, closed at different dates; the
 * clock then moves to 2026-11-23, when 24 months back is 2024-11-23.
 */
async function casesReviewedIn2024(): Promise<{
  core: TestCore;
  meetingId: string;
  ids: Record<'old' | 'onCutoff' | 'recent' | 'open' | 'deleted', string>;
  items: Record<'old' | 'recent' | 'other', string>;
  actionId: string;
}> {
  const core = makeTestCore({ start: Date.UTC(2024, 0, 10, 14, 0), osUser: 'ana' });
  const shelter = await core.ok('org.create', { name: 'Shelter North' });
  const newCase = (code: string, initials = '') => core.ok('case.create', { code, initials });
  const old = await newCase('CC-2024-001', 'J.D.');
  const onCutoff = await newCase('CC-2024-002');
  const recent = await newCase('CC-2024-003', 'M.T.');
  const open = await newCase('CC-2024-004', 'A.B.');
  const deleted = await newCase('CC-2024-005', 'L.R.');

  const meeting = await core.ok(
    'meeting.create',
    oneOff({ title: 'Case consultation', date: '2024-02-06' }),
  );
  const meetingId = meeting.id;
  const review = async (caseId: string, situation: string, notes: string, first = true) => {
    const item = await core.ok('agenda.add', {
      meetingId,
      item: { title: 'Case review', kind: 'case_review', caseId },
    });
    await core.ok('caseReview.save', {
      itemId: item.id,
      situation,
      questions: first ? 'Is the sister still able to host?' : 'Any income?',
      offers: [{ organizationId: shelter.id, offer: first ? 'A bed from March' : 'A worker' }],
    });
    if (notes !== '') await core.ok('note.save', { meetingId, itemId: item.id, doc: doc(notes) });
    return item.id;
  };
  const oldItem = await review(
    old.id,
    'Staying with her sister on Elm Street',
    'Kowalczyk said yes',
  );
  const recentItem = await review(recent.id, 'Couch-surfing', 'Zybrowski follows up', false);
  await review(onCutoff.id, 'Waiting for a detox bed', '', false);
  const other = await core.ok('agenda.add', { meetingId, item: { title: 'Shelter updates' } });
  await core.ok('note.save', {
    meetingId,
    itemId: other.id,
    doc: doc('Kowalczyk building reopens'),
  });

  await core.ok('decision.add', { meetingId, itemId: oldItem, text: 'Refer to Housing First' });
  const action = await core.ok('action.add', {
    meetingId,
    itemId: oldItem,
    description: 'Book the intake appointment',
    organizationId: shelter.id,
  });
  await core.ok('action.update', { id: action.id, changes: { status: 'done' } });
  await core.ok('action.add', { meetingId, itemId: oldItem, description: 'Call back in March' });

  await core.ok('case.close', { id: old.id, closedOn: '2024-06-30', reason: 'Housed' });
  await core.ok('case.close', { id: onCutoff.id, closedOn: '2024-11-23', reason: 'Moved away' });
  await core.ok('case.close', { id: recent.id, closedOn: '2024-11-24', reason: 'Housed' });
  await core.ok('case.close', { id: deleted.id, closedOn: '2024-03-01', reason: 'Housed' });
  await core.ok('case.delete', { id: deleted.id });
  core.clock.set(NOW);
  return {
    core,
    meetingId,
    ids: {
      old: old.id,
      onCutoff: onCutoff.id,
      recent: recent.id,
      open: open.id,
      deleted: deleted.id,
    },
    items: { old: oldItem, recent: recentItem, other: other.id },
    actionId: action.id,
  };
}

const row = (core: TestCore, sql: string, ...params: string[]) =>
  core.db.prepare(sql).get(...params) as Record<string, unknown>;

const ftsHits = (core: TestCore, word: string) =>
  (
    core.db.prepare(`SELECT count(*) AS n FROM search_fts WHERE search_fts MATCH ?`).get(word) as {
      n: number;
    }
  ).n;

describe('retention.preview', () => {
  it('lists the closed cases past the retention period, with what purging empties and keeps', async () => {
    const { core, ids } = await casesReviewedIn2024();
    expect(await core.ok('retention.preview', {})).toEqual({
      cutoff: '2024-11-23',
      months: 24,
      cases: [
        {
          id: ids.old,
          code: 'CC-2024-001',
          closedOn: '2024-06-30',
          hasInitials: true,
          reviews: 1,
          notes: 1,
          keptDecisions: 1,
          keptActions: 2,
        },
        {
          id: ids.onCutoff,
          code: 'CC-2024-002',
          closedOn: '2024-11-23',
          hasInitials: false,
          reviews: 1,
          notes: 0,
          keptDecisions: 0,
          keptActions: 0,
        },
      ],
    });
  });

  it('follows the setting, and lists nothing when cases are kept forever', async () => {
    const { core, ids } = await casesReviewedIn2024();
    await core.ok('settings.update', { retentionMonths: 12 });
    const twelve = await core.ok('retention.preview', {});
    expect(twelve.cutoff).toBe('2025-11-23');
    expect(twelve.cases.map((c) => c.id)).toEqual([ids.old, ids.onCutoff, ids.recent]);
    await core.ok('settings.update', { retentionMonths: 0 });
    expect(await core.ok('retention.preview', {})).toEqual({ cutoff: null, months: 0, cases: [] });
    expect(await core.fails('retention.purge', { caseIds: [ids.old] })).toMatchObject({
      code: 'conflict',
    });
  });
});

describe('retention.purge', () => {
  it('removes initials, review texts and notes (search too), and keeps code, decisions and actions', async () => {
    const { core, ids, items, actionId, meetingId } = await casesReviewedIn2024();
    expect((await core.ok('search.query', { query: 'Kowalczyk' })).length).toBe(2);
    const seen = changes(core);

    expect(await core.ok('retention.purge', { caseIds: [ids.old, ids.onCutoff] })).toEqual({
      purged: 2,
    });
    expect(seen.flat().sort()).toEqual(['accessLog', 'cases', 'notes']);

    // Removed: the initials, the review's situation, questions and offers, the item's notes.
    const purged = await core.ok('case.get', { id: ids.old });
    expect(purged).toMatchObject({ code: 'CC-2024-001', initials: '', purgedAt: NOW });
    expect(await core.ok('caseReview.get', { itemId: items.old })).toMatchObject({
      caseCode: 'CC-2024-001',
      situation: '',
      questions: '',
      offers: [],
    });
    expect(row(core, 'SELECT notes, notes_text FROM agenda_items WHERE id = ?', items.old)).toEqual(
      { notes: '', notes_text: '' },
    );
    expect(row(core, 'SELECT offers FROM case_reviews WHERE item_id = ?', items.old)).toEqual({
      offers: '[]',
    });
    // …and from search: the purged note is found nowhere, the other item's note still is.
    const hits = await core.ok('search.query', { query: 'Kowalczyk' });
    expect(hits.map((h) => h.itemId)).toEqual([items.other]);
    expect(ftsHits(core, 'sister')).toBe(0);
    expect(JSON.stringify(dumpDatabase(core.db))).not.toMatch(/Elm Street|the sister|from March/);

    // Kept: the decision, the actions with their outcome, the meeting.
    const decisions = await core.ok('decision.list', { meetingId });
    expect(decisions.map((d) => d.text)).toEqual(['Refer to Housing First']);
    const actions = await core.ok('action.list', { meetingId, today: '2026-11-23' });
    expect(actions.items.map((a) => [a.description, a.status])).toEqual(
      expect.arrayContaining([
        ['Book the intake appointment', 'done'],
        ['Call back in March', 'open'],
      ]),
    );
    expect(actions.items.find((a) => a.id === actionId)?.status).toBe('done');

    // Untouched: the case closed after the cutoff, the open case, the deleted one.
    expect(await core.ok('case.get', { id: ids.recent })).toMatchObject({
      initials: 'M.T.',
      purgedAt: null,
    });
    expect(await core.ok('caseReview.get', { itemId: items.recent })).toMatchObject({
      situation: 'Couch-surfing',
    });
    expect((await core.ok('search.query', { query: 'Zybrowski' })).length).toBe(1);
    expect(row(core, 'SELECT initials FROM cases WHERE id = ?', ids.open)).toEqual({
      initials: 'A.B.',
    });
    expect(row(core, 'SELECT initials FROM cases WHERE id = ?', ids.deleted)).toEqual({
      initials: 'L.R.',
    });

    // Written to the access log, by code only; no longer due.
    expect(await core.ok('accessLog.list', {})).toEqual([
      {
        id: expect.any(String),
        at: NOW,
        action: 'purge',
        what: 'Purged 2 cases: CC-2024-001, CC-2024-002',
        osUser: 'ana',
      },
    ]);
    expect((await core.ok('retention.preview', {})).cases).toEqual([]);
  });

  it('refuses cases that are not due, all or nothing, saying which', async () => {
    const { core, ids } = await casesReviewedIn2024();
    const before = dumpDatabase(core.db);
    const seen = changes(core);
    const error = await core.fails('retention.purge', {
      caseIds: [ids.old, ids.recent, ids.open],
    });
    expect(error).toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(/^CC-2024-003, CC-2024-004 are not due for purging/),
      issues: [
        { path: ['caseIds', 1], message: 'notDue' },
        { path: ['caseIds', 2], message: 'notDue' },
      ],
    });
    expect(await core.fails('retention.purge', { caseIds: [ids.deleted] })).toMatchObject({
      code: 'conflict',
    });
    expect(await core.fails('retention.purge', { caseIds: ['nope'] })).toMatchObject({
      code: 'not_found',
    });
    expect(await core.fails('retention.purge', { caseIds: [] })).toMatchObject({
      code: 'invalid_input',
    });
    expect(dumpDatabase(core.db)).toEqual(before);
    expect(seen).toEqual([]);

    // A case purged once is not due again.
    await core.ok('retention.purge', { caseIds: [ids.old, ids.old] });
    expect(await core.fails('retention.purge', { caseIds: [ids.old] })).toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(/^CC-2024-001 is not due/),
    });
    expect(await core.ok('accessLog.list', {})).toMatchObject([
      { what: 'Purged 1 case: CC-2024-001' },
    ]);
  });
});
