import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/create-core';
import { openDatabase } from '../../../electron/core/db/open';
import type { Schedule } from '../../../electron/core/ports';
import type { RpcEvent } from '../../../shared/rpc';
import { makeTestCore, type TestCore } from '../../helpers/core';
import { biweekly, changes, oneOff } from '../../helpers/meetings';
import { useTempDirs } from '../../helpers/temp-dirs';
import { MIN, networkingEvent, pairsOf, SEC, T0, where } from './networking-run-fixtures';

const tempDir = useTempDirs('roundtable-networking-run-');

function listen(core: Pick<TestCore, 'onEvent'>) {
  const events: RpcEvent[] = [];
  core.onEvent((e) => events.push(e));
  return events;
}

const phases = (events: RpcEvent[]) =>
  events.filter((e) => e.event === 'timer.phase').map((e) => e.payload);

const get = (core: TestCore, meetingId: string) => core.ok('networking.get', { meetingId });

describe('networking.start', () => {
  it('puts the meeting in progress with round 1’s countdown running; round 1 is held', async () => {
    const core = makeTestCore();
    const { meetingId } = await networkingEvent(core);
    const seen = changes(core);
    const session = await core.ok('networking.start', { meetingId });
    expect(where(session)).toEqual({
      phase: 'round',
      round: 1,
      status: 'running',
      deadline: T0 + 5 * MIN,
    });
    expect(session.plan?.rounds.map((r) => r.held)).toEqual([true, false, false]);
    expect(seen).toEqual([['networking', 'meetings']]);
    const meeting = await core.ok('meeting.get', { id: meetingId });
    expect(meeting.meeting).toMatchObject({ status: 'in_progress', startedAt: T0 });
    expect(meeting.run).toMatchObject({ currentItemId: null, timer: session.run.timer });
    // The core watches the countdown: warning at 2:00 left, final at 0:30, then zero.
    expect(core.clock.pending()).toEqual([T0 + 3 * MIN]);

    // A double press changes nothing and says nothing.
    expect(await core.ok('networking.start', { meetingId })).toEqual(session);
    expect(seen).toHaveLength(1);
  });

  it('plans first when there is no plan, or check-in changed who is here', async () => {
    const core = makeTestCore();
    const { meetingId, session } = await networkingEvent(core, { people: 5 });
    await core.ok('networking.updateParticipant', {
      id: session.participants[4]!.id,
      changes: { present: false },
    });
    expect((await get(core, meetingId)).planStale).toBe(true);
    const started = await core.ok('networking.start', { meetingId });
    expect(started.planStale).toBe(false);
    expect(started.plan!.rounds[0]!.tables.flat()).toHaveLength(4);
    expect(started.plan!.rounds[0]!.sittingOut).toEqual([]);
  });

  it('refuses with fewer than two people checked in, and once the event is finished', async () => {
    const core = makeTestCore();
    const { meetingId, session } = await networkingEvent(core, { people: 2 });
    await core.ok('networking.updateParticipant', {
      id: session.participants[0]!.id,
      changes: { present: false },
    });
    expect(await core.fails('networking.start', { meetingId })).toMatchObject({
      code: 'conflict',
      message: 'Check in at least two participants before starting.',
    });
    await core.ok('networking.updateParticipant', {
      id: session.participants[0]!.id,
      changes: { present: true },
    });
    await core.ok('networking.start', { meetingId });
    await core.ok('networking.finish', { meetingId });
    expect(await core.fails('networking.start', { meetingId })).toMatchObject({
      code: 'conflict',
      message: 'This event is over.',
    });
  });

  it('is refused for a meeting of another kind', async () => {
    const core = makeTestCore();
    const meeting = await core.ok('meeting.create', oneOff({ kind: 'committee' }));
    expect(await core.fails('networking.start', { meetingId: meeting.id })).toMatchObject({
      code: 'invalid_input',
    });
  });
});

describe('the round timer with auto-advance', () => {
  it('runs round → switch → round by itself, each countdown from the last deadline, then done', async () => {
    const core = makeTestCore();
    const { meetingId } = await networkingEvent(core);
    const events = listen(core);
    await core.ok('networking.start', { meetingId });

    core.clock.advance(5 * MIN);
    let session = await get(core, meetingId);
    expect(where(session)).toEqual({
      phase: 'switch',
      round: 1,
      status: 'running',
      deadline: T0 + 6 * MIN,
    });
    expect(session.run.timer).toMatchObject({ durationMs: 60 * SEC, startedAt: T0 + 5 * MIN });
    // The round's phases were announced on time, as any countdown's (no agenda item here).
    expect(phases(events)).toEqual([
      { meetingId, itemId: null, phase: 'warning', at: T0 + 3 * MIN },
      { meetingId, itemId: null, phase: 'final', at: T0 + 4 * MIN + 30 * SEC },
      { meetingId, itemId: null, phase: 'overtime', at: T0 + 5 * MIN },
    ]);
    expect(events.filter((e) => e.event === 'data.changed').map((e) => e.payload)).toEqual([
      { domains: ['networking', 'meetings'] },
      { domains: ['networking', 'meetings'] },
    ]);

    core.clock.advance(1 * MIN);
    session = await get(core, meetingId);
    expect(where(session)).toEqual({
      phase: 'round',
      round: 2,
      status: 'running',
      deadline: T0 + 11 * MIN,
    });
    expect(session.plan?.rounds.map((r) => r.held)).toEqual([true, true, false]);

    // Round 3 is the last: no switch after it; the event is done and the meeting stays open.
    core.clock.advance(11 * MIN);
    session = await get(core, meetingId);
    expect(where(session)).toEqual({ phase: 'done', round: 3, status: null, deadline: null });
    expect(session.plan?.rounds.every((r) => r.held)).toBe(true);
    expect((await core.ok('meeting.get', { id: meetingId })).meeting.status).toBe('in_progress');
    expect(core.clock.pending()).toEqual([]);
    expect(events.filter((e) => e.event === 'timer.running').at(-1)?.payload).toEqual({
      running: false,
    });
  });

  it('goes from round to round when the switch lasts 0 s', async () => {
    const core = makeTestCore();
    const { meetingId } = await networkingEvent(core, { format: { switchSeconds: 0 } });
    await core.ok('networking.start', { meetingId });
    core.clock.advance(5 * MIN + 10 * SEC);
    expect(where(await get(core, meetingId))).toEqual({
      phase: 'round',
      round: 2,
      status: 'running',
      deadline: T0 + 10 * MIN,
    });
  });

  it('leaves an ordinary meeting’s countdown in overtime', async () => {
    const core = makeTestCore();
    await core.ok('template.save', { kind: 'other', language: 'en', items: [] });
    const { id } = await core.ok('meeting.create', oneOff({ kind: 'other', date: '2026-11-23' }));
    await core.ok('agenda.add', { meetingId: id, item: { title: 'Updates', plannedMinutes: 1 } });
    await core.ok('run.start', { meetingId: id });
    const seen = changes(core);
    core.clock.advance(2 * MIN);
    expect(seen).toEqual([]);
    expect(core.logged).toEqual([]);
    expect((await core.ok('meeting.get', { id })).run?.timer.status).toBe('running');
  });
});

describe('without auto-advance', () => {
  it('runs into overtime and waits; advance moves on from now', async () => {
    const core = makeTestCore();
    const { meetingId } = await networkingEvent(core, { format: { autoAdvance: false } });
    const events = listen(core);
    await core.ok('networking.start', { meetingId });
    core.clock.advance(7 * MIN);
    let session = await get(core, meetingId);
    expect(where(session)).toEqual({
      phase: 'round',
      round: 1,
      status: 'running',
      deadline: T0 + 5 * MIN,
    });
    expect(phases(events).at(-1)).toMatchObject({ phase: 'overtime', at: T0 + 5 * MIN });

    session = await core.ok('networking.advance', { meetingId });
    expect(where(session)).toEqual({
      phase: 'switch',
      round: 1,
      status: 'running',
      deadline: T0 + 8 * MIN,
    });
    session = await core.ok('networking.advance', { meetingId });
    expect(where(session)).toMatchObject({ phase: 'round', round: 2, deadline: T0 + 12 * MIN });
  });

  it('moves on at once, once, from now, when auto-advance is switched on over a countdown past zero', async () => {
    const core = makeTestCore();
    const { meetingId } = await networkingEvent(core, { format: { autoAdvance: false } });
    await core.ok('networking.start', { meetingId });
    core.clock.advance(7 * MIN);
    const session = await core.ok('networking.setFormat', {
      meetingId,
      format: { autoAdvance: true },
    });
    // Not replayed from the 5-minute deadline (which would be round 2 by now).
    expect(where(session)).toMatchObject({ phase: 'switch', round: 1, deadline: T0 + 8 * MIN });
  });
});

describe('advance, pause, resume, extend', () => {
  it('advance skips the rest of a countdown, through to done; then it changes nothing', async () => {
    const core = makeTestCore();
    const { meetingId } = await networkingEvent(core, { format: { rounds: 2 } });
    expect(await core.fails('networking.advance', { meetingId })).toMatchObject({
      code: 'conflict',
      message: 'The event has not started yet: start it first.',
    });
    await core.ok('networking.start', { meetingId });
    core.clock.advance(MIN);
    expect(where(await core.ok('networking.advance', { meetingId }))).toMatchObject({
      phase: 'switch',
      deadline: T0 + 2 * MIN,
    });
    expect(where(await core.ok('networking.advance', { meetingId }))).toMatchObject({
      phase: 'round',
      round: 2,
      deadline: T0 + 6 * MIN,
    });
    const done = await core.ok('networking.advance', { meetingId });
    expect(where(done)).toEqual({ phase: 'done', round: 2, status: null, deadline: null });
    const seen = changes(core);
    expect(await core.ok('networking.advance', { meetingId })).toEqual(done);
    expect(seen).toEqual([]);
    expect(await core.fails('networking.pause', { meetingId })).toMatchObject({
      code: 'conflict',
    });
  });

  it('pause freezes the countdown (nothing advances), resume and extend move its deadline', async () => {
    const core = makeTestCore();
    const { meetingId } = await networkingEvent(core);
    await core.ok('networking.start', { meetingId });
    core.clock.advance(MIN);
    let session = await core.ok('networking.pause', { meetingId });
    expect(session.run.timer).toMatchObject({ status: 'paused', remainingMs: 4 * MIN });
    const seen = changes(core);
    expect(await core.ok('networking.pause', { meetingId })).toEqual(session);
    expect(seen).toEqual([]);

    core.clock.advance(30 * MIN);
    expect(where(await get(core, meetingId))).toMatchObject({ phase: 'round', status: 'paused' });
    session = await core.ok('networking.resume', { meetingId });
    expect(where(session)).toMatchObject({ status: 'running', deadline: T0 + 35 * MIN });
    session = await core.ok('networking.extend', { meetingId, deltaMs: MIN });
    expect(where(session)).toMatchObject({ deadline: T0 + 36 * MIN });
    expect(session.run.timer?.adjustedMs).toBe(MIN);
    expect(seen).toEqual([
      ['networking', 'meetings'],
      ['networking', 'meetings'],
    ]);

    // Auto-advance acts at the new deadline, not the old one.
    core.clock.set(T0 + 35 * MIN + 30 * SEC);
    expect(where(await get(core, meetingId)).phase).toBe('round');
    core.clock.set(T0 + 36 * MIN);
    expect(where(await get(core, meetingId))).toMatchObject({
      phase: 'switch',
      deadline: T0 + 37 * MIN,
    });
  });

  it('when the rounds are cut down to the current one during its switch, the event is done next', async () => {
    const core = makeTestCore();
    const { meetingId } = await networkingEvent(core);
    await core.ok('networking.start', { meetingId });
    core.clock.advance(5 * MIN);
    await core.ok('networking.setFormat', { meetingId, format: { rounds: 1 } });
    core.clock.advance(MIN);
    expect(where(await get(core, meetingId))).toEqual({
      phase: 'done',
      round: 1,
      status: null,
      deadline: null,
    });
  });

  it('taking all the time left ends the countdown now: auto-advance moves on at once', async () => {
    const core = makeTestCore();
    const { meetingId } = await networkingEvent(core);
    await core.ok('networking.start', { meetingId });
    core.clock.advance(MIN);
    const session = await core.ok('networking.extend', { meetingId, deltaMs: -3_600_000 });
    expect(where(session)).toEqual({
      phase: 'switch',
      round: 1,
      status: 'running',
      deadline: T0 + 2 * MIN,
    });
  });
});

/** A schedule that only fires when told: a sleeping laptop's timeouts do not run. */
function sleepingSchedule() {
  const waiting = new Set<{ at: number; fn: () => void }>();
  const schedule: Schedule = (at, fn) => {
    const entry = { at, fn };
    waiting.add(entry);
    return () => void waiting.delete(entry);
  };
  return { schedule, waiting };
}

describe('catching up', () => {
  it('after a sleep, moves through every deadline passed, keeping the schedule', async () => {
    let now = T0;
    const { schedule, waiting } = sleepingSchedule();
    let n = 0;
    const core = createCore({
      db: openDatabase(':memory:'),
      clock: { now: () => now },
      schedule,
      newId: () => `id-${++n}`,
    });
    const ok = async (method: string, input: unknown) => {
      const result = await core.call(method, input);
      if (!result.ok) throw new Error(JSON.stringify(result.error));
      return result.value as never;
    };
    const { meetingId } = await networkingEvent({ ok } as unknown as TestCore, {
      format: { rounds: 4 },
    });
    await ok('networking.start', { meetingId });
    const events = listen(core);

    // Asleep from 14:00 to 14:13:30: rounds 1 and 2 and their switches ended meanwhile.
    now = T0 + 13 * MIN + 30 * SEC;
    core.resync();
    const session = (await ok('networking.get', { meetingId })) as Awaited<ReturnType<typeof get>>;
    expect(where(session)).toEqual({
      phase: 'round',
      round: 3,
      status: 'running',
      deadline: T0 + 17 * MIN,
    });
    expect(session.plan?.rounds.map((r) => r.held)).toEqual([true, true, true, false]);
    expect(events.filter((e) => e.event === 'data.changed')).toHaveLength(1);
    // Round 3's warning (2:00 left at 14:15) is what comes next.
    expect([...waiting].map((w) => w.at)).toEqual([T0 + 15 * MIN]);
    core.close();
  });

  it('at start-up, after the app was closed across several deadlines', async () => {
    const file = path.join(tempDir(), 'roundtable.db');
    const first = makeTestCore({ file });
    const { meetingId } = await networkingEvent(first);
    await first.ok('networking.start', { meetingId });
    first.close();

    const second = makeTestCore({ file, start: T0 + 7 * MIN });
    expect(where(await get(second, meetingId))).toEqual({
      phase: 'round',
      round: 2,
      status: 'running',
      deadline: T0 + 11 * MIN,
    });
    expect(second.clock.pending()).toEqual([T0 + 9 * MIN]);
    second.close();

    const third = makeTestCore({ file, start: T0 + 3 * 60 * MIN });
    expect(where(await get(third, meetingId))).toEqual({
      phase: 'done',
      round: 3,
      status: null,
      deadline: null,
    });
    third.close();
  });
});

describe('networking.finish', () => {
  it('is what ending the meeting from run mode does, so who met whom is kept', async () => {
    const core = makeTestCore();
    const { meetingId } = await networkingEvent(core, { people: 4 });
    await core.ok('networking.start', { meetingId });
    const detail = await core.ok('run.end', { meetingId });
    expect(detail.meeting.status).toBe('ended');
    expect((await core.ok('networking.get', { meetingId })).run.phase).toBe('done');
    expect(core.db.prepare('SELECT count(*) AS n FROM networking_contacts').get()).toEqual({
      n: 2,
    });
  });

  it('saves who met whom in the rounds held, ends the meeting, and is idempotent', async () => {
    const core = makeTestCore();
    const { meetingId } = await networkingEvent(core, { people: 4 });
    expect(await core.fails('networking.finish', { meetingId })).toMatchObject({
      code: 'conflict',
    });
    await core.ok('networking.start', { meetingId });
    core.clock.advance(7 * MIN); // round 2 is on
    const seen = changes(core);
    const session = await core.ok('networking.finish', { meetingId });
    expect(where(session)).toEqual({ phase: 'done', round: 2, status: null, deadline: null });
    expect(seen).toEqual([['networking', 'meetings']]);
    const meeting = await core.ok('meeting.get', { id: meetingId });
    expect(meeting.meeting).toMatchObject({ status: 'ended', endedAt: T0 + 7 * MIN });
    expect(meeting.run).toBeNull();
    expect(core.clock.pending()).toEqual([]);

    const rows = core.db
      .prepare(
        'SELECT series_id, a_key, b_key, round FROM networking_contacts ORDER BY round, a_key',
      )
      .all() as { series_id: string | null; a_key: string; b_key: string; round: number }[];
    const keyOf = (id: string) => {
      const p = session.participants.find((x) => x.id === id)!;
      return `n:${p.name.toLowerCase()}|${p.agency.toLowerCase()}`;
    };
    const held = session.plan!.rounds.filter((r) => r.held);
    expect(held.map((r) => r.number)).toEqual([1, 2]);
    const expected = held.flatMap((r) =>
      pairsOf([r]).map((pair) => {
        const [a, b] = pair.split(' ').map(keyOf).sort();
        return { series_id: null, a_key: a, b_key: b, round: r.number };
      }),
    );
    expect(rows).toEqual(
      expected.sort((x, y) => x.round - y.round || x.a_key!.localeCompare(y.a_key!)),
    );
    expect(rows).toHaveLength(4);

    expect(await core.ok('networking.finish', { meetingId })).toEqual(session);
    expect(seen).toHaveLength(1);
    expect(core.db.prepare('SELECT count(*) AS n FROM networking_contacts').get()).toEqual({
      n: 4,
    });
  });

  it('after the meeting was ended from run mode, still saves the history', async () => {
    const core = makeTestCore();
    const { meetingId } = await networkingEvent(core, { people: 4 });
    await core.ok('networking.start', { meetingId });
    await core.ok('run.end', { meetingId });
    const session = await core.ok('networking.finish', { meetingId });
    expect(where(session)).toMatchObject({ phase: 'done', round: 1 });
    expect(core.db.prepare('SELECT count(*) AS n FROM networking_contacts').get()).toEqual({
      n: 2,
    });
  });

  it('a later session of the same series avoids the pairs who met', async () => {
    const core = makeTestCore();
    const { series, firstMeeting } = await core.ok(
      'series.create',
      biweekly({ title: 'Partners networking', kind: 'speed_networking' }),
    );
    const first = await networkingEvent(core, {
      meetingId: firstMeeting.id,
      people: 4,
      format: { rounds: 1 },
    });
    await core.ok('networking.start', { meetingId: first.meetingId });
    const finished = await core.ok('networking.finish', { meetingId: first.meetingId });
    const nameOf = (s: typeof finished, id: string) =>
      s.participants.find((p) => p.id === id)!.name;
    const met = finished.plan!.rounds[0]!.tables.map((t) =>
      t
        .map((id) => nameOf(finished, id))
        .sort()
        .join(' & '),
    );
    const rows = core.db.prepare('SELECT series_id FROM networking_contacts').all();
    expect(rows).toEqual([{ series_id: series.id }, { series_id: series.id }]);

    const second = await core.ok('series.prepareOccurrence', {
      id: series.id,
      originalDate: '2026-12-15',
      language: 'en',
    });
    const next = await networkingEvent(core, {
      meetingId: second.id,
      people: 4,
      format: { rounds: 1 },
    });
    expect(next.session.historyPairs).toBe(2);
    const pairsNow = next.session.plan!.rounds[0]!.tables.map((t) =>
      t
        .map((id) => nameOf(next.session, id))
        .sort()
        .join(' & '),
    );
    expect(pairsNow.filter((pair) => met.includes(pair))).toEqual([]);
    expect(next.session.plan!.repeats).toBe(0);
  });
});
