import { docFromText } from '../../../shared/domain/rich-text';
import { describe, expect, it } from 'vitest';
import { makeTestCore, type TestCore } from '../../helpers/core';
import { dumpDatabase } from '../../helpers/db-snapshot';
import { biweekly, oneOff } from '../../helpers/meetings';

/** A meeting whose agenda is exactly A, B, C (the committee template emptied first). */
async function meetingABC(core: TestCore, draft = oneOff()) {
  await core.ok('template.save', { kind: draft.kind, language: 'en', items: [] });
  const meeting = await core.ok('meeting.create', draft);
  const ids: Record<string, string> = {};
  for (const title of ['A', 'B', 'C']) {
    ids[title] = (await core.ok('agenda.add', { meetingId: meeting.id, item: { title } })).id;
  }
  return { meeting, ids: ids as Record<'A' | 'B' | 'C', string> };
}

const titles = async (core: TestCore, meetingId: string) =>
  (await core.ok('meeting.get', { id: meetingId })).items.map((i) => i.title);

describe('agenda.add', () => {
  it('adds at the end, or at a position with the others moving down', async () => {
    const core = makeTestCore();
    const { meeting } = await meetingABC(core);
    const added = await core.ok('agenda.add', {
      meetingId: meeting.id,
      item: { title: 'First', kind: 'round', plannedMinutes: 15, speakerSeconds: 90 },
      position: 0,
    });
    expect(added).toMatchObject({
      meetingId: meeting.id,
      seriesId: null,
      title: 'First',
      kind: 'round',
      plannedMinutes: 15,
      speakerSeconds: 90,
      status: 'pending',
      recurring: false,
      notes: null,
      spentMs: 0,
      actualStartedAt: null,
      parkedFromMeetingId: null,
    });
    await core.ok('agenda.add', { meetingId: meeting.id, item: { title: 'Middle' }, position: 2 });
    await core.ok('agenda.add', { meetingId: meeting.id, item: { title: 'Far' }, position: 99 });
    expect(await titles(core, meeting.id)).toEqual(['First', 'A', 'Middle', 'B', 'C', 'Far']);
    const positions = (await core.ok('meeting.get', { id: meeting.id })).items.map(
      (i) => i.position,
    );
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('names the presenter from the directory, and refuses one who is not there', async () => {
    const core = makeTestCore();
    const { meeting } = await meetingABC(core);
    const org = await core.ok('org.create', { name: 'Shelter North' });
    const ana = await core.ok('person.create', { name: 'Ana' });
    const item = await core.ok('agenda.add', {
      meetingId: meeting.id,
      item: { title: 'Update', presenterPersonId: ana.id, presenterOrganizationId: org.id },
    });
    expect(item).toMatchObject({
      presenterName: 'Ana',
      presenterOrganizationName: 'Shelter North',
    });
    for (const presenter of [
      { presenterPersonId: 'nobody' },
      { presenterOrganizationId: 'none' },
    ]) {
      expect(
        await core.fails('agenda.add', {
          meetingId: meeting.id,
          item: { title: 'X', ...presenter },
        }),
      ).toMatchObject({ code: 'not_found' });
    }
    expect(
      await core.fails('agenda.add', { meetingId: 'nope', item: { title: 'X' } }),
    ).toMatchObject({ code: 'not_found' });
    expect(await titles(core, meeting.id)).toEqual(['A', 'B', 'C', 'Update']);
  });
});

describe('agenda.update', () => {
  it('changes only what it names, and checks presenters', async () => {
    const core = makeTestCore();
    const { ids } = await meetingABC(core);
    const ana = await core.ok('person.create', { name: 'Ana' });
    const updated = await core.ok('agenda.update', {
      id: ids.B,
      changes: { plannedMinutes: 25, presenterPersonId: ana.id, recurring: true },
    });
    expect(updated).toMatchObject({
      title: 'B',
      plannedMinutes: 25,
      presenterName: 'Ana',
      recurring: true,
    });
    expect(
      await core.fails('agenda.update', { id: ids.B, changes: { presenterPersonId: 'nobody' } }),
    ).toMatchObject({ code: 'not_found' });
    expect(
      await core.fails('agenda.update', { id: ids.B, changes: { plannedMinutes: 2000 } }),
    ).toMatchObject({ code: 'invalid_input', issues: [{ message: 'invalidMinutes' }] });
    await core.ok('agenda.delete', { id: ids.B });
    expect(await core.fails('agenda.update', { id: ids.B, changes: { title: 'Z' } })).toMatchObject(
      { code: 'not_found' },
    );
  });
});

describe('agenda.delete and agenda.undelete', () => {
  it('hides a deleted item and puts it back where it was', async () => {
    const core = makeTestCore();
    const { meeting, ids } = await meetingABC(core);
    expect(await core.ok('agenda.delete', { id: ids.B })).toEqual({ id: ids.B });
    expect(await titles(core, meeting.id)).toEqual(['A', 'C']);
    expect(await core.fails('agenda.delete', { id: ids.B })).toMatchObject({ code: 'not_found' });
    expect(await core.ok('agenda.undelete', { id: ids.B })).toMatchObject({ title: 'B' });
    expect(await titles(core, meeting.id)).toEqual(['A', 'B', 'C']);
    // Undoing twice is harmless.
    await core.ok('agenda.undelete', { id: ids.B });
    expect(await titles(core, meeting.id)).toEqual(['A', 'B', 'C']);
  });

  it('puts it back at its place even after the others were reordered', async () => {
    const core = makeTestCore();
    const { meeting, ids } = await meetingABC(core);
    await core.ok('agenda.delete', { id: ids.B });
    await core.ok('agenda.reorder', { meetingId: meeting.id, itemIds: [ids.C, ids.A] });
    await core.ok('agenda.undelete', { id: ids.B });
    expect(await titles(core, meeting.id)).toEqual(['C', 'B', 'A']);
  });

  it('refuses to delete the item under discussion, and purges deletions when the meeting ends', async () => {
    const core = makeTestCore();
    const { meeting, ids } = await meetingABC(core);
    await core.ok('agenda.delete', { id: ids.C });
    await core.ok('run.start', { meetingId: meeting.id });
    expect(await core.fails('agenda.delete', { id: ids.A })).toMatchObject({ code: 'conflict' });
    await core.ok('run.end', { meetingId: meeting.id });
    expect(await core.fails('agenda.undelete', { id: ids.C })).toMatchObject({
      code: 'not_found',
    });
    expect(dumpDatabase(core.db).agenda_items).toHaveLength(2);
  });
});

describe('agenda.reorder', () => {
  it('rewrites the order, and refuses a list that is not exactly the meeting’s items', async () => {
    const core = makeTestCore();
    const { meeting, ids } = await meetingABC(core);
    const other = await meetingABC(core, oneOff({ title: 'Other' }));
    const reordered = await core.ok('agenda.reorder', {
      meetingId: meeting.id,
      itemIds: [ids.C, ids.A, ids.B],
    });
    expect(reordered.map((i) => [i.title, i.position])).toEqual([
      ['C', 0],
      ['A', 1],
      ['B', 2],
    ]);
    for (const itemIds of [
      [ids.C, ids.A],
      [ids.C, ids.A, ids.B, ids.B],
      [ids.C, ids.A, ids.A],
      [ids.C, ids.A, other.ids.B],
      [],
    ]) {
      expect(await core.fails('agenda.reorder', { meetingId: meeting.id, itemIds })).toMatchObject({
        code: 'invalid_input',
        issues: [{ path: ['itemIds'], message: 'invalid' }],
      });
    }
    // A deleted item is not part of the agenda to order.
    await core.ok('agenda.delete', { id: ids.A });
    expect(
      await core.fails('agenda.reorder', { meetingId: meeting.id, itemIds: [ids.A, ids.B, ids.C] }),
    ).toMatchObject({ code: 'invalid_input' });
    await core.ok('agenda.reorder', { meetingId: meeting.id, itemIds: [ids.B, ids.C] });
    expect(await titles(core, meeting.id)).toEqual(['B', 'C']);
    expect(await core.fails('agenda.reorder', { meetingId: 'nope', itemIds: [] })).toMatchObject({
      code: 'not_found',
    });
  });
});

describe('the parking lot', () => {
  async function seriesMeeting(core: TestCore) {
    await core.ok('template.save', { kind: 'case_consultation', language: 'en', items: [] });
    const { series, firstMeeting } = await core.ok('series.create', biweekly());
    const item = await core.ok('agenda.add', {
      meetingId: firstMeeting.id,
      item: {
        title: 'Shelter capacity',
        plannedMinutes: 15,
        notes: docFromText('Numbers from the city'),
      },
    });
    return { series, meeting: firstMeeting, item };
  }

  it('parks an item of a series meeting: deferred here, one copy waiting in the lot', async () => {
    const core = makeTestCore();
    const { series, meeting, item } = await seriesMeeting(core);
    const parked = await core.ok('agenda.park', { id: item.id });
    expect(parked).toMatchObject({ id: item.id, status: 'deferred', meetingId: meeting.id });
    // Parking twice (a double click) keeps a single copy.
    await core.ok('agenda.park', { id: item.id });
    const { parkingLot } = await core.ok('series.get', { id: series.id });
    expect(parkingLot).toHaveLength(1);
    expect(parkingLot[0]).toMatchObject({
      meetingId: null,
      seriesId: series.id,
      title: 'Shelter capacity',
      plannedMinutes: 15,
      // Notes belong to the meeting they were written in.
      notes: null,
      status: 'pending',
      parkedFromMeetingId: meeting.id,
    });
    expect(parkingLot[0]?.id).not.toBe(item.id);
    expect(
      (dumpDatabase(core.db).agenda_items as { id: string; source_item_id: string | null }[]).find(
        (row) => row.id === parkingLot[0]?.id,
      )?.source_item_id,
    ).toBe(item.id);
    // The lot's own items cannot be parked again.
    expect(await core.fails('agenda.park', { id: parkingLot[0]!.id })).toMatchObject({
      code: 'conflict',
    });
  });

  it('has no parking lot for a one-off meeting', async () => {
    const core = makeTestCore();
    const { ids } = await meetingABC(core);
    expect(await core.fails('agenda.park', { id: ids.A })).toMatchObject({ code: 'conflict' });
    expect(await core.fails('agenda.park', { id: 'nope' })).toMatchObject({ code: 'not_found' });
  });

  it('adds to the lot directly and pulls an item into a meeting of the same series, at the end', async () => {
    const core = makeTestCore();
    const { series, meeting, item } = await seriesMeeting(core);
    const waiting = await core.ok('parking.add', {
      seriesId: series.id,
      item: { title: 'Transit passes', plannedMinutes: 5 },
    });
    expect(waiting).toMatchObject({
      meetingId: null,
      seriesId: series.id,
      parkedFromMeetingId: null,
    });
    expect(
      await core.fails('parking.add', { seriesId: 'nope', item: { title: 'X' } }),
    ).toMatchObject({ code: 'not_found' });

    const pulled = await core.ok('parking.pull', { id: waiting.id, meetingId: meeting.id });
    expect(pulled).toMatchObject({
      id: waiting.id,
      meetingId: meeting.id,
      seriesId: null,
      status: 'pending',
    });
    expect(await titles(core, meeting.id)).toEqual(['Shelter capacity', 'Transit passes']);
    expect((await core.ok('series.get', { id: series.id })).parkingLot).toEqual([]);
    // Already in a meeting: nothing to pull.
    expect(
      await core.fails('parking.pull', { id: waiting.id, meetingId: meeting.id }),
    ).toMatchObject({ code: 'conflict' });
    expect(await core.fails('parking.pull', { id: item.id, meetingId: meeting.id })).toMatchObject({
      code: 'conflict',
    });
  });

  it('refuses to pull into another series’ meeting, a one-off or a meeting that has ended', async () => {
    const core = makeTestCore();
    const { series, meeting } = await seriesMeeting(core);
    const waiting = await core.ok('parking.add', { seriesId: series.id, item: { title: 'Later' } });
    const other = await core.ok('series.create', biweekly({ title: 'Other' }));
    const oneOffMeeting = await core.ok('meeting.create', oneOff());
    expect(
      await core.fails('parking.pull', { id: waiting.id, meetingId: other.firstMeeting.id }),
    ).toMatchObject({
      code: 'conflict',
      issues: [{ path: ['meetingId'], message: 'notInSeries' }],
    });
    expect(
      await core.fails('parking.pull', { id: waiting.id, meetingId: oneOffMeeting.id }),
    ).toMatchObject({ code: 'conflict' });
    await core.ok('run.start', { meetingId: meeting.id });
    await core.ok('run.end', { meetingId: meeting.id });
    expect(
      await core.fails('parking.pull', { id: waiting.id, meetingId: meeting.id }),
    ).toMatchObject({ code: 'conflict' });
    expect((await core.ok('series.get', { id: series.id })).parkingLot).toHaveLength(1);
  });

  it('deletes and restores a parked item like any other', async () => {
    const core = makeTestCore();
    const { series } = await seriesMeeting(core);
    const waiting = await core.ok('parking.add', { seriesId: series.id, item: { title: 'Later' } });
    await core.ok('agenda.delete', { id: waiting.id });
    expect((await core.ok('series.get', { id: series.id })).parkingLot).toEqual([]);
    await core.ok('agenda.undelete', { id: waiting.id });
    expect((await core.ok('series.get', { id: series.id })).parkingLot).toHaveLength(1);
  });
});
