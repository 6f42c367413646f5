import { describe, expect, it } from 'vitest';
import { makeTestCore } from '../../helpers/core';
import { oneOff } from '../../helpers/meetings';

/** What is recorded under an agenda item follows the item's deletion, its undo and its purge. */
describe('decisions and actions of a deleted agenda item', () => {
  async function itemWithRecords() {
    const core = makeTestCore();
    const org = await core.ok('org.create', { name: 'Shelter North' });
    const meeting = await core.ok('meeting.create', oneOff());
    const item = await core.ok('agenda.add', {
      meetingId: meeting.id,
      item: { title: 'Walrus referrals', plannedMinutes: 10 },
    });
    const decision = await core.ok('decision.add', {
      meetingId: meeting.id,
      itemId: item.id,
      text: 'Refer walrus cases to the north team',
    });
    const action = await core.ok('action.add', {
      meetingId: meeting.id,
      itemId: item.id,
      description: 'Call the walrus landlord',
      organizationId: org.id,
    });
    // Deleted on its own before the item: an undo of the item must not bring it back.
    const alone = await core.ok('action.add', {
      meetingId: meeting.id,
      itemId: item.id,
      description: 'Deleted by itself',
    });
    core.clock.advance(1_000);
    await core.ok('action.delete', { id: alone.id });
    core.clock.advance(1_000);
    return { core, org, meeting, item, decision, action };
  }

  const listed = async (core: ReturnType<typeof makeTestCore>, meetingId: string) => ({
    decisions: (await core.ok('decision.list', { meetingId })).map((d) => d.text),
    actions: (await core.ok('action.list', { meetingId, today: '2026-11-23' })).items.map(
      (a) => a.description,
    ),
    found: (await core.ok('search.query', { query: 'walrus' })).map((h) => h.kind).sort(),
  });

  it('go with the item and come back with its undo, but not what was deleted before', async () => {
    const { core, meeting, item } = await itemWithRecords();
    await core.ok('agenda.delete', { id: item.id });
    expect(await listed(core, meeting.id)).toEqual({ decisions: [], actions: [], found: [] });

    await core.ok('agenda.undelete', { id: item.id });
    expect(await listed(core, meeting.id)).toEqual({
      decisions: ['Refer walrus cases to the north team'],
      actions: ['Call the walrus landlord'],
      found: ['action', 'decision', 'item'],
    });
  });

  it('are gone from the minutes once the meeting ends and the deletion is final', async () => {
    const { core, meeting, item } = await itemWithRecords();
    await core.ok('agenda.add', {
      meetingId: meeting.id,
      item: { title: 'Welcome', plannedMinutes: 5 },
    });
    await core.ok('agenda.delete', { id: item.id });
    await core.ok('run.start', { meetingId: meeting.id });
    await core.ok('run.end', { meetingId: meeting.id });
    const minutes = await core.ok('minutes.export', {
      meetingId: meeting.id,
      format: 'markdown',
      language: 'en',
      includeInternal: true,
    });
    expect(minutes.content).not.toMatch(/walrus/i);
    expect(await listed(core, meeting.id)).toEqual({ decisions: [], actions: [], found: [] });
  });

  it('keep their agency from being deleted from the directory', async () => {
    const { core, org } = await itemWithRecords();
    const refused = await core.fails('org.delete', { id: org.id });
    expect(refused).toMatchObject({ code: 'conflict', message: expect.stringMatching(/actions/) });
  });
});
