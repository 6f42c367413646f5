import { describe, expect, it } from 'vitest';
import type { AgendaItemDraft, MeetingDetail } from '../../../shared/contract';
import { remainingAt } from '../../../shared/domain/timer';
import type { RpcEvent } from '../../../shared/rpc';
import { makeTestCore, type TestCore } from '../../helpers/core';

const SEC = 1000;
const MIN = 60 * SEC;

/** A meeting with an empty template, so the agenda is exactly the items given. */
async function meetingWith(core: TestCore, items: AgendaItemDraft[], title = 'Committee') {
  await core.ok('template.save', { kind: 'other', language: 'en', items: [] });
  const meeting = await core.ok('meeting.create', {
    title,
    kind: 'other',
    date: '2026-11-23',
    startTime: '09:00',
    endTime: '11:00',
    timeZone: 'America/Toronto',
    language: 'en',
  });
  const ids: string[] = [];
  for (const item of items) {
    ids.push((await core.ok('agenda.add', { meetingId: meeting.id, item })).id);
  }
  return { meetingId: meeting.id, ids };
}

/** Every event the core sends, and the phase events alone as `phase@ms since T0`. */
function record(core: TestCore) {
  const events: RpcEvent[] = [];
  core.onEvent((e) => events.push(e));
  const t0 = core.clock.now();
  return {
    events,
    phases: () =>
      events
        .filter((e) => e.event === 'timer.phase')
        .map((e) => {
          const p = e.payload as { phase: string; at: number };
          return `${p.phase}@${p.at - t0}`;
        }),
    running: () =>
      events
        .filter((e) => e.event === 'timer.running')
        .map((e) => (e.payload as { running: boolean }).running),
    clear: () => void events.splice(0),
  };
}

const item = (detail: MeetingDetail, id: string) => {
  const found = detail.items.find((i) => i.id === id);
  if (!found) throw new Error(`no item ${id}`);
  return found;
};

describe('run.start', () => {
  it('puts the meeting in progress and starts the first pending item', async () => {
    const core = makeTestCore();
    const t0 = core.clock.now();
    const { meetingId, ids } = await meetingWith(core, [
      { title: 'Parked', plannedMinutes: 5, status: 'deferred' },
      { title: 'Welcome', plannedMinutes: 5 },
      { title: 'Updates', plannedMinutes: 10 },
    ]);
    const log = record(core);
    const detail = await core.ok('run.start', { meetingId });
    expect(detail.meeting).toMatchObject({ status: 'in_progress', startedAt: t0, endedAt: null });
    expect(detail.run).toMatchObject({
      currentItemId: ids[1],
      timer: { status: 'running', durationMs: 5 * MIN, deadline: t0 + 5 * MIN },
      round: null,
      speakers: [],
    });
    expect(item(detail, ids[1]!).actualStartedAt).toBe(t0);
    expect(log.events.map((e) => e.event)).toEqual(['data.changed', 'timer.running']);
    expect(log.running()).toEqual([true]);
    expect(core.clock.pending()).toEqual([t0 + 3 * MIN]);
  });

  it('is harmless twice, and refused on an ended meeting', async () => {
    const core = makeTestCore();
    const { meetingId } = await meetingWith(core, [{ title: 'Welcome', plannedMinutes: 5 }]);
    const log = record(core);
    const first = await core.ok('run.start', { meetingId });
    log.clear();
    core.clock.advance(10 * SEC);
    const again = await core.ok('run.start', { meetingId });
    expect(again.run).toEqual(first.run);
    expect(again.meeting.startedAt).toBe(first.meeting.startedAt);
    expect(log.events).toEqual([]);

    await core.ok('run.end', { meetingId });
    expect(await core.fails('run.start', { meetingId })).toMatchObject({ code: 'conflict' });
    expect(await core.fails('run.start', { meetingId: 'nope' })).toMatchObject({
      code: 'not_found',
    });
  });

  it('with an empty agenda, runs with nothing current', async () => {
    const core = makeTestCore();
    const { meetingId } = await meetingWith(core, []);
    const detail = await core.ok('run.start', { meetingId });
    expect(detail.run).toMatchObject({ currentItemId: null, timer: { status: 'idle' } });
    expect(core.clock.pending()).toEqual([]);
  });
});

describe('commands outside a meeting in progress', () => {
  it('are conflicts on planned and ended meetings', async () => {
    const core = makeTestCore();
    const { meetingId, ids } = await meetingWith(core, [{ title: 'Welcome', plannedMinutes: 5 }]);
    const commands = [
      ['run.next', { meetingId }],
      ['run.previous', { meetingId }],
      ['run.goto', { meetingId, itemId: ids[0] }],
      ['run.pause', { meetingId }],
      ['run.resume', { meetingId }],
      ['run.adjust', { meetingId, deltaMs: MIN }],
      ['run.round', { meetingId, action: 'next' }],
      ['run.end', { meetingId }],
    ] as const;
    for (const [method, input] of commands) {
      expect(await core.fails(method, input)).toMatchObject({ code: 'conflict' });
    }
    await core.ok('run.start', { meetingId });
    await core.ok('run.end', { meetingId });
    for (const [method, input] of commands) {
      expect(await core.fails(method, input)).toMatchObject({ code: 'conflict' });
    }
    expect(await core.fails('run.next', { meetingId: 'nope' })).toMatchObject({
      code: 'not_found',
    });
  });
});

describe('timer phase events', () => {
  it('fire at the warning, final and overtime instants, then stop', async () => {
    const core = makeTestCore();
    const { meetingId, ids } = await meetingWith(core, [{ title: 'Welcome', plannedMinutes: 5 }]);
    const log = record(core);
    await core.ok('run.start', { meetingId });
    core.clock.advance(3 * MIN - 1);
    expect(log.phases()).toEqual([]);
    core.clock.advance(1);
    expect(log.phases()).toEqual(['warning@180000']);
    expect(log.events.at(-1)).toEqual({
      event: 'timer.phase',
      payload: { meetingId, itemId: ids[0], phase: 'warning', at: core.clock.now() },
    });
    core.clock.advance(10 * MIN);
    expect(log.phases()).toEqual(['warning@180000', 'final@270000', 'overtime@300000']);
    expect(core.clock.pending()).toEqual([]);
  });

  it('pause stops them, resume re-arms them from the time left', async () => {
    const core = makeTestCore();
    const { meetingId } = await meetingWith(core, [{ title: 'Welcome', plannedMinutes: 5 }]);
    const log = record(core);
    await core.ok('run.start', { meetingId });
    core.clock.advance(MIN);
    const paused = await core.ok('run.pause', { meetingId });
    expect(paused.run?.timer).toMatchObject({ status: 'paused', remainingMs: 4 * MIN });
    expect(core.clock.pending()).toEqual([]);
    expect(log.running()).toEqual([true, false]);
    core.clock.advance(30 * MIN);
    expect(log.phases()).toEqual([]);

    // A second pause is a double-press: nothing saved, nothing sent.
    log.clear();
    expect((await core.ok('run.pause', { meetingId })).run).toEqual(paused.run);
    expect(log.events).toEqual([]);

    await core.ok('run.resume', { meetingId });
    expect(log.running()).toEqual([true]);
    core.clock.advance(2 * MIN);
    expect(log.phases()).toEqual([`warning@${31 * MIN + 2 * MIN}`]);
  });

  it('+1 min moves them, and so does a change of thresholds in the settings', async () => {
    const core = makeTestCore();
    const { meetingId } = await meetingWith(core, [{ title: 'Welcome', plannedMinutes: 5 }]);
    const log = record(core);
    const t0 = core.clock.now();
    await core.ok('run.start', { meetingId });
    const adjusted = await core.ok('run.adjust', { meetingId, deltaMs: MIN });
    expect(adjusted.run?.timer).toMatchObject({ adjustedMs: MIN, deadline: t0 + 6 * MIN });
    expect(core.clock.pending()).toEqual([t0 + 4 * MIN]);
    await core.ok('settings.update', { timerWarningSeconds: 60, timerFinalSeconds: 10 });
    expect(core.clock.pending()).toEqual([t0 + 5 * MIN]);
    core.clock.advance(7 * MIN);
    expect(log.phases()).toEqual([
      `warning@${5 * MIN}`,
      `final@${6 * MIN - 10 * SEC}`,
      `overtime@${6 * MIN}`,
    ]);
  });

  it('a countdown started inside the warning window announces only what is still to come', async () => {
    const core = makeTestCore();
    const { meetingId } = await meetingWith(core, [{ title: 'Quick', plannedMinutes: 1 }]);
    const log = record(core);
    await core.ok('run.start', { meetingId });
    core.clock.advance(2 * MIN);
    expect(log.phases()).toEqual([`final@${30 * SEC}`, `overtime@${MIN}`]);
  });

  it('follows each meeting in progress on its own', async () => {
    const core = makeTestCore();
    const a = await meetingWith(core, [{ title: 'A', plannedMinutes: 5 }], 'Meeting A');
    const b = await meetingWith(core, [{ title: 'B', plannedMinutes: 3 }], 'Meeting B');
    const log = record(core);
    await core.ok('run.start', { meetingId: a.meetingId });
    core.clock.advance(MIN);
    await core.ok('run.start', { meetingId: b.meetingId });
    expect(log.running()).toEqual([true]);
    core.clock.advance(4 * MIN);
    const fired = log.events
      .filter((e) => e.event === 'timer.phase')
      .map((e) => e.payload as { meetingId: string; phase: string });
    expect(fired).toEqual([
      expect.objectContaining({ meetingId: b.meetingId, phase: 'warning' }),
      expect.objectContaining({ meetingId: a.meetingId, phase: 'warning' }),
      expect.objectContaining({ meetingId: b.meetingId, phase: 'final' }),
      expect.objectContaining({ meetingId: b.meetingId, phase: 'overtime' }),
      expect.objectContaining({ meetingId: a.meetingId, phase: 'final' }),
      expect.objectContaining({ meetingId: a.meetingId, phase: 'overtime' }),
    ]);
    await core.ok('run.pause', { meetingId: a.meetingId });
    expect(log.running()).toEqual([true]);
    await core.ok('run.end', { meetingId: b.meetingId });
    expect(log.running()).toEqual([true, false]);
  });
});

describe('moving through the agenda', () => {
  it('next, previous and goto record actual start, end and time spent', async () => {
    const core = makeTestCore();
    const t0 = core.clock.now();
    const { meetingId, ids } = await meetingWith(core, [
      { title: 'Welcome', plannedMinutes: 5 },
      { title: 'Updates', plannedMinutes: 10 },
      { title: 'Later', plannedMinutes: 5, status: 'deferred' },
      { title: 'Close', plannedMinutes: 5 },
    ]);
    const [welcome, updates, later, close] = ids as [string, string, string, string];
    await core.ok('run.start', { meetingId });
    core.clock.advance(6 * MIN);
    let detail = await core.ok('run.next', { meetingId });
    expect(item(detail, welcome)).toMatchObject({
      status: 'discussed',
      actualStartedAt: t0,
      actualEndedAt: t0 + 6 * MIN,
      spentMs: 6 * MIN,
    });
    expect(detail.run?.currentItemId).toBe(updates);
    expect(item(detail, updates).actualStartedAt).toBe(t0 + 6 * MIN);

    core.clock.advance(2 * MIN);
    detail = await core.ok('run.previous', { meetingId });
    expect(detail.run?.currentItemId).toBe(welcome);
    // Back on an item that used its 5 minutes: overtime at once, so no event is left to come.
    expect(remainingAt(detail.run!.timer, core.clock.now())).toBe(0);
    expect(core.clock.pending()).toEqual([]);
    expect(item(detail, welcome)).toMatchObject({ status: 'discussed', actualStartedAt: t0 });
    expect(item(detail, updates)).toMatchObject({
      status: 'pending',
      actualEndedAt: t0 + 8 * MIN,
      spentMs: 2 * MIN,
    });

    core.clock.advance(MIN);
    detail = await core.ok('run.goto', { meetingId, itemId: close });
    expect(detail.run?.currentItemId).toBe(close);
    expect(item(detail, welcome).spentMs).toBe(7 * MIN);
    expect(await core.fails('run.goto', { meetingId, itemId: later })).toMatchObject({
      code: 'conflict',
    });
    expect(await core.fails('run.goto', { meetingId, itemId: 'nope' })).toMatchObject({
      code: 'not_found',
    });

    detail = await core.ok('run.goto', { meetingId, itemId: updates });
    expect(remainingAt(detail.run!.timer, core.clock.now())).toBe(8 * MIN);
    core.clock.advance(8 * MIN);
    detail = await core.ok('run.next', { meetingId });
    expect(detail.run?.currentItemId).toBe(close);
    detail = await core.ok('run.next', { meetingId });
    expect(detail.run).toMatchObject({ currentItemId: null, timer: { status: 'idle' } });
    expect(detail.items.map((i) => i.status)).toEqual([
      'discussed',
      'discussed',
      'deferred',
      'discussed',
    ]);
    // Past the end, another Next does nothing.
    const log = record(core);
    await core.ok('run.next', { meetingId });
    expect(log.events).toEqual([]);
  });

  it('run.end records the current item, clears the run and purges deleted items', async () => {
    const core = makeTestCore();
    const t0 = core.clock.now();
    const { meetingId, ids } = await meetingWith(core, [
      { title: 'Welcome', plannedMinutes: 5 },
      { title: 'Updates', plannedMinutes: 10 },
      { title: 'Dropped', plannedMinutes: 10 },
    ]);
    const log = record(core);
    await core.ok('run.start', { meetingId });
    await core.ok('agenda.delete', { id: ids[2]! });
    log.clear();
    core.clock.advance(4 * MIN);
    const ended = await core.ok('run.end', { meetingId });
    expect(ended.meeting).toMatchObject({ status: 'ended', endedAt: t0 + 4 * MIN });
    expect(ended.run).toBeNull();
    expect(ended.items.map((i) => [i.title, i.status, i.spentMs, i.actualEndedAt])).toEqual([
      ['Welcome', 'pending', 4 * MIN, t0 + 4 * MIN],
      ['Updates', 'pending', 0, null],
    ]);
    expect(log.running()).toEqual([false]);
    expect(core.clock.pending()).toEqual([]);
    expect(await core.fails('agenda.undelete', { id: ids[2]! })).toMatchObject({
      code: 'not_found',
    });
    const stored = core.db
      .prepare('SELECT current_item_id, timer FROM meetings WHERE id = ?')
      .get(meetingId);
    expect(stored).toEqual({ current_item_id: null, timer: null });
  });
});

describe('speaking rounds', () => {
  async function roundMeeting(core: TestCore, round: Partial<AgendaItemDraft> = {}) {
    const housing = await core.ok('org.create', { name: 'Housing First Ottawa', shortName: 'HFO' });
    const shelter = await core.ok('org.create', { name: 'Shelter North' });
    const health = await core.ok('org.create', { name: 'Community Health' });
    const ana = await core.ok('person.create', {
      name: 'Ana Roy',
      membership: { organizationId: housing.id, role: 'Lead' },
    });
    const ben = await core.ok('person.create', {
      name: 'Ben Cole',
      membership: { organizationId: housing.id, role: 'Worker' },
    });
    const solo = await core.ok('person.create', { name: 'Dee Solo' });
    const { meetingId, ids } = await meetingWith(core, [
      { title: 'Go-around', kind: 'round', plannedMinutes: 12, ...round },
      { title: 'Close', plannedMinutes: 5 },
    ]);
    const add = (row: Record<string, unknown>) =>
      core.ok('attendance.add', { meetingId, status: 'present', ...row });
    await add({ personId: ana.id, organizationId: housing.id });
    const healthRow = await add({ organizationId: health.id, status: 'regrets' });
    await add({ personId: ben.id, organizationId: housing.id });
    await add({ organizationId: shelter.id });
    await add({ personId: solo.id });
    const guest = await add({ guestName: 'Gail Guest', guestOrganization: 'Visiting Co-op' });
    return { meetingId, ids, housing, shelter, health, healthRow, solo, guest };
  }

  it('makes the agencies present the speakers, names them, and gives the first the floor', async () => {
    const core = makeTestCore();
    const t0 = core.clock.now();
    const { meetingId, housing, shelter, solo, guest } = await roundMeeting(core);
    const detail = await core.ok('run.start', { meetingId });
    expect(detail.run?.round).toEqual({
      queue: [shelter.id, solo.id, guest.id],
      current: housing.id,
      spoken: [],
      passed: [],
      allotmentMs: 3 * MIN,
    });
    expect(detail.run?.speakers).toEqual([
      { id: housing.id, name: 'HFO' },
      { id: shelter.id, name: 'Shelter North' },
      { id: solo.id, name: 'Dee Solo' },
      { id: guest.id, name: 'Gail Guest' },
    ]);
    expect(detail.run?.timer).toMatchObject({
      status: 'running',
      durationMs: 3 * MIN,
      deadline: t0 + 3 * MIN,
    });
    expect(core.clock.pending()).toEqual([t0 + MIN]);
  });

  it('next, skip, pass and moveToEnd pass the floor and restart the turn', async () => {
    const core = makeTestCore();
    const t0 = core.clock.now();
    const { meetingId, ids, housing, shelter, solo, guest } = await roundMeeting(core, {
      speakerSeconds: 120,
    });
    const log = record(core);
    await core.ok('run.start', { meetingId });
    core.clock.advance(100 * SEC);
    let detail = await core.ok('run.round', { meetingId, action: 'next' });
    expect(detail.run?.round).toMatchObject({ current: shelter.id, spoken: [housing.id] });
    expect(detail.run?.timer).toMatchObject({ startedAt: t0 + 100 * SEC, durationMs: 2 * MIN });
    // A 2:00 turn is in its warning from the start: the first event is the final phase.
    expect(log.phases()).toEqual([`final@${90 * SEC}`]);
    expect(core.clock.pending()).toEqual([t0 + 100 * SEC + 90 * SEC]);

    detail = await core.ok('run.round', { meetingId, action: 'skip' });
    expect(detail.run?.round).toMatchObject({ current: solo.id, queue: [guest.id, shelter.id] });
    detail = await core.ok('run.round', { meetingId, action: 'pass' });
    expect(detail.run?.round).toMatchObject({ current: guest.id, passed: [solo.id] });
    detail = await core.ok('run.round', { meetingId, action: 'moveToEnd', speakerId: guest.id });
    expect(detail.run?.round).toMatchObject({ current: shelter.id, queue: [guest.id] });
    expect(await core.fails('run.round', { meetingId, action: 'moveToEnd' })).toMatchObject({
      code: 'invalid_input',
    });

    core.clock.advance(2 * MIN + 5 * SEC);
    expect(log.phases().slice(1)).toEqual([`final@${190 * SEC}`, `overtime@${220 * SEC}`]);
    await core.ok('run.round', { meetingId, action: 'next' });
    detail = await core.ok('run.round', { meetingId, action: 'next' });
    expect(detail.run?.round).toMatchObject({
      current: null,
      queue: [],
      spoken: [housing.id, shelter.id, guest.id],
      passed: [solo.id],
    });
    expect(detail.run?.timer).toMatchObject({ status: 'idle', durationMs: 0 });
    expect(detail.run?.currentItemId).toBe(ids[0]);
    expect(item(detail, ids[0]!).spentMs).toBe(100 * SEC + 2 * MIN + 5 * SEC);
    expect(core.clock.pending()).toEqual([]);

    detail = await core.ok('run.next', { meetingId });
    expect(detail.run).toMatchObject({ currentItemId: ids[1], round: null, speakers: [] });
    expect(item(detail, ids[0]!).status).toBe('discussed');
  });

  it('a late arrival joins the end of the queue at the next round command', async () => {
    const core = makeTestCore();
    const { meetingId, health, healthRow, guest } = await roundMeeting(core);
    await core.ok('run.start', { meetingId });
    await core.ok('attendance.setStatus', { id: healthRow.id, status: 'present' });
    const detail = await core.ok('run.round', { meetingId, action: 'next' });
    expect(detail.run?.round?.queue.slice(-2)).toEqual([guest.id, health.id]);
    expect(detail.run?.speakers.at(-1)).toEqual({ id: health.id, name: 'Community Health' });
  });
});
