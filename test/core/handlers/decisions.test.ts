import { describe, expect, it } from 'vitest';
import { makeTestCore, type TestCore } from '../../helpers/core';
import { dumpDatabase } from '../../helpers/db-snapshot';
import { biweekly, changes, oneOff } from '../../helpers/meetings';

async function seriesOfThree(core: TestCore) {
  const { series, firstMeeting } = await core.ok('series.create', biweekly());
  const prepare = (originalDate: string) =>
    core.ok('series.prepareOccurrence', { id: series.id, originalDate, language: 'en' });
  const second = await prepare('2026-12-15');
  const third = await prepare('2026-12-29');
  return { series, meetings: [firstMeeting, second, third] as const };
}

const texts = (list: { text: string }[]) => list.map((d) => d.text);

describe('decisions', () => {
  it('are added under an item or the meeting, with where they were taken', async () => {
    const core = makeTestCore();
    const meeting = await core.ok('meeting.create', oneOff());
    const item = await core.ok('agenda.add', {
      meetingId: meeting.id,
      item: { title: 'Shelter beds', plannedMinutes: 10 },
    });
    const seen = changes(core);

    const underItem = await core.ok('decision.add', {
      meetingId: meeting.id,
      itemId: item.id,
      text: 'Open 20 more beds in January',
    });
    expect(underItem).toEqual({
      id: underItem.id,
      meetingId: meeting.id,
      itemId: item.id,
      seriesId: null,
      text: 'Open 20 more beds in January',
      meetingTitle: 'Housing First committee',
      meetingDate: '2026-12-01',
      itemTitle: 'Shelter beds',
      createdAt: core.clock.now(),
      updatedAt: core.clock.now(),
    });
    core.clock.advance(1_000);
    const general = await core.ok('decision.add', {
      meetingId: meeting.id,
      text: '  Minutes approved  ',
    });
    expect(general).toMatchObject({ itemId: null, itemTitle: null, text: 'Minutes approved' });
    expect(seen).toEqual([['decisions'], ['decisions']]);

    expect(texts(await core.ok('decision.list', { meetingId: meeting.id }))).toEqual([
      'Open 20 more beds in January',
      'Minutes approved',
    ]);
  });

  it('are edited, deleted and restored', async () => {
    const core = makeTestCore();
    const meeting = await core.ok('meeting.create', oneOff());
    const decision = await core.ok('decision.add', { meetingId: meeting.id, text: 'Draft' });
    core.clock.advance(5_000);
    const edited = await core.ok('decision.update', { id: decision.id, text: 'Final wording' });
    expect(edited).toMatchObject({
      text: 'Final wording',
      createdAt: decision.createdAt,
      updatedAt: core.clock.now(),
    });

    expect(await core.ok('decision.delete', { id: decision.id })).toEqual({ id: decision.id });
    expect(await core.ok('decision.list', { meetingId: meeting.id })).toEqual([]);
    // A deleted decision can only be restored.
    expect(await core.fails('decision.update', { id: decision.id, text: 'x' })).toMatchObject({
      code: 'not_found',
    });
    expect(await core.fails('decision.delete', { id: decision.id })).toMatchObject({
      code: 'not_found',
    });

    const restored = await core.ok('decision.undelete', { id: decision.id });
    expect(restored).toMatchObject({ id: decision.id, text: 'Final wording' });
    expect(await core.ok('decision.undelete', { id: decision.id })).toEqual(restored);
    expect(await core.ok('decision.list', { meetingId: meeting.id })).toEqual([restored]);
  });

  it('refuses an item of another meeting, and unknown meetings, series and decisions', async () => {
    const core = makeTestCore();
    const meeting = await core.ok('meeting.create', oneOff());
    const other = await core.ok('meeting.create', oneOff({ title: 'Other' }));
    const item = await core.ok('agenda.add', {
      meetingId: other.id,
      item: { title: 'Elsewhere', plannedMinutes: 5 },
    });
    const before = dumpDatabase(core.db);
    for (const draft of [
      { meetingId: meeting.id, itemId: item.id, text: 'x' },
      { meetingId: meeting.id, itemId: 'nope', text: 'x' },
      { meetingId: 'nope', text: 'x' },
    ]) {
      expect(await core.fails('decision.add', draft)).toMatchObject({ code: 'not_found' });
    }
    expect(await core.fails('decision.update', { id: 'nope', text: 'x' })).toMatchObject({
      code: 'not_found',
    });
    expect(await core.fails('decision.undelete', { id: 'nope' })).toMatchObject({
      code: 'not_found',
    });
    expect(await core.fails('decision.list', { meetingId: 'nope' })).toMatchObject({
      code: 'not_found',
    });
    expect(await core.fails('decision.list', { seriesId: 'nope' })).toMatchObject({
      code: 'not_found',
    });
    expect(await core.fails('decision.list', {})).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: ['meetingId'], message: 'meetingOrSeries' }],
    });
    expect(
      await core.fails('decision.list', { meetingId: meeting.id, seriesId: 'x' }),
    ).toMatchObject({ code: 'invalid_input' });
    expect(await core.fails('decision.add', { meetingId: meeting.id, text: ' ' })).toMatchObject({
      code: 'invalid_input',
    });
    expect(dumpDatabase(core.db)).toEqual(before);
  });

  it("make a series' log, newest meeting first, searchable with or without accents", async () => {
    const core = makeTestCore();
    const { series, meetings } = await seriesOfThree(core);
    const [first, second, third] = meetings;
    const add = async (meetingId: string, text: string) => {
      core.clock.advance(1_000);
      return core.ok('decision.add', { meetingId, text });
    };
    await add(first.id, 'Prochaine réunion au refuge du Nord');
    await add(first.id, 'Budget approved');
    await add(third.id, 'Invite the police liaison');
    const deleted = await add(second.id, 'Réunion annulée');
    await add(second.id, 'Winter plan adopted');
    await core.ok('decision.delete', { id: deleted.id });
    // Another series and a one-off meeting stay out of this log.
    const elsewhere = await core.ok('meeting.create', oneOff());
    await add(elsewhere.id, 'Réunion mensuelle');

    const log = await core.ok('decision.list', { seriesId: series.id });
    expect(log.map((d) => [d.meetingDate, d.text, d.seriesId])).toEqual([
      ['2026-12-29', 'Invite the police liaison', series.id],
      ['2026-12-15', 'Winter plan adopted', series.id],
      ['2026-12-01', 'Budget approved', series.id],
      ['2026-12-01', 'Prochaine réunion au refuge du Nord', series.id],
    ]);

    const search = async (query: string) =>
      texts(await core.ok('decision.list', { seriesId: series.id, query }));
    expect(await search('reunion')).toEqual(['Prochaine réunion au refuge du Nord']);
    expect(await search('RÉUN')).toEqual(['Prochaine réunion au refuge du Nord']);
    expect(await search('nord refuge')).toEqual(['Prochaine réunion au refuge du Nord']);
    expect(await search('plan OR budget')).toEqual([]);
    expect(await search('"winter"')).toEqual(['Winter plan adopted']);
    // Nothing to look for is no filter.
    expect(await search('  ')).toHaveLength(4);
    expect(await search('*?!')).toHaveLength(4);

    expect(texts(await core.ok('decision.list', { meetingId: first.id, query: 'budg' }))).toEqual([
      'Budget approved',
    ]);
    expect(
      texts(await core.ok('decision.list', { meetingId: elsewhere.id, query: 'reunion' })),
    ).toEqual(['Réunion mensuelle']);

    // An edit is searchable at once; a restored decision is found again.
    const [budget] = await core.ok('decision.list', { meetingId: first.id, query: 'budget' });
    await core.ok('decision.update', { id: budget!.id, text: 'Financement approuvé' });
    expect(await search('financement')).toEqual(['Financement approuvé']);
    expect(await search('budget')).toEqual([]);
    await core.ok('decision.undelete', { id: deleted.id });
    expect(await search('annulee')).toEqual(['Réunion annulée']);
  });
});
