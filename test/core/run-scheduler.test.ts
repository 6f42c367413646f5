import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCore } from '../../electron/core/create-core';
import { openDatabase } from '../../electron/core/db/open';
import type { Schedule } from '../../electron/core/ports';
import { MAX_TIMEOUT_MS, timeoutSchedule } from '../../electron/core/run/timeout-schedule';
import { remainingAt } from '../../shared/domain/timer';
import type { RpcEvent } from '../../shared/rpc';
import { makeTestCore, type TestCore } from '../helpers/core';
import { useTempDirs } from '../helpers/temp-dirs';

const SEC = 1000;
const MIN = 60 * SEC;
const T0 = Date.UTC(2026, 10, 23, 14, 0);

const tempDir = useTempDirs('roundtable-run-');

async function startMeeting(core: TestCore, plannedMinutes = 10) {
  await core.ok('template.save', { kind: 'other', language: 'en', items: [] });
  const meeting = await core.ok('meeting.create', {
    title: 'Committee',
    kind: 'other',
    date: '2026-11-23',
    startTime: '09:00',
    endTime: '11:00',
    timeZone: 'America/Toronto',
    language: 'en',
  });
  const item = await core.ok('agenda.add', {
    meetingId: meeting.id,
    item: { title: 'Updates', plannedMinutes },
  });
  await core.ok('run.start', { meetingId: meeting.id });
  return { meetingId: meeting.id, itemId: item.id };
}

function listen(core: Pick<TestCore, 'onEvent'>) {
  const events: RpcEvent[] = [];
  core.onEvent((e) => events.push(e));
  return events;
}

const phases = (events: RpcEvent[]) =>
  events.filter((e) => e.event === 'timer.phase').map((e) => e.payload);

describe('restart recovery', () => {
  it('a countdown running when the app closed carries on, and its next event fires', async () => {
    const file = path.join(tempDir(), 'roundtable.db');
    const first = makeTestCore({ file });
    const { meetingId, itemId } = await startMeeting(first);
    first.clock.advance(MIN);
    first.close();

    // Four minutes later (the app was closed meanwhile), on the same file.
    const second = makeTestCore({ file, start: T0 + 5 * MIN });
    const events = listen(second);
    const detail = await second.ok('meeting.get', { id: meetingId });
    expect(detail.run?.currentItemId).toBe(itemId);
    expect(remainingAt(detail.run!.timer, second.clock.now())).toBe(5 * MIN);
    expect(second.clock.pending()).toEqual([T0 + 8 * MIN]);
    // The host that keeps the system awake subscribed after the core started: it still hears.
    expect(events).toEqual([{ event: 'timer.running', payload: { running: true } }]);

    second.clock.advance(3 * MIN);
    expect(phases(events)).toEqual([{ meetingId, itemId, phase: 'warning', at: T0 + 8 * MIN }]);
    second.clock.advance(10 * MIN);
    expect(phases(events).map((p) => (p as { phase: string }).phase)).toEqual([
      'warning',
      'final',
      'overtime',
    ]);
    second.close();
  });

  it('a paused countdown stays paused, with nothing scheduled and nothing running', async () => {
    const file = path.join(tempDir(), 'roundtable.db');
    const first = makeTestCore({ file });
    const { meetingId } = await startMeeting(first);
    first.clock.advance(2 * MIN);
    await first.ok('run.pause', { meetingId });
    first.close();

    const second = makeTestCore({ file, start: T0 + 60 * MIN });
    const events = listen(second);
    const detail = await second.ok('meeting.get', { id: meetingId });
    expect(detail.run?.timer).toMatchObject({ status: 'paused', remainingMs: 8 * MIN });
    expect(second.clock.pending()).toEqual([]);
    expect(events).toEqual([]);
    await second.ok('run.resume', { meetingId });
    expect(second.clock.pending()).toEqual([T0 + 66 * MIN]);
    second.close();
  });

  it('close cancels what was scheduled', async () => {
    const core = makeTestCore();
    await startMeeting(core);
    expect(core.clock.pending()).toHaveLength(1);
    core.close();
    expect(core.clock.pending()).toEqual([]);
  });
});

/** A schedule that only fires when told: a sleeping laptop's timeouts do not run. */
function manualSchedule() {
  const waiting = new Set<{ at: number; fn: () => void }>();
  const schedule: Schedule = (at, fn) => {
    const entry = { at, fn };
    waiting.add(entry);
    return () => void waiting.delete(entry);
  };
  return { schedule, waiting };
}

describe('resync after sleep', () => {
  it('announces the phase reached while asleep, once, and re-arms what is still to come', async () => {
    let now = T0;
    const { schedule, waiting } = manualSchedule();
    const core = createCore({
      db: openDatabase(':memory:'),
      clock: { now: () => now },
      schedule,
      newId: (() => {
        let n = 0;
        return () => `id-${++n}`;
      })(),
    });
    const call = async (method: string, input: unknown) => {
      const result = await core.call(method, input);
      if (!result.ok) throw new Error(JSON.stringify(result.error));
      return result.value as { id: string };
    };
    await call('template.save', { kind: 'other', language: 'en', items: [] });
    const meeting = await call('meeting.create', {
      title: 'Committee',
      kind: 'other',
      date: '2026-11-23',
      startTime: '09:00',
      endTime: '11:00',
      timeZone: 'America/Toronto',
      language: 'en',
    });
    await call('agenda.add', { meetingId: meeting.id, item: { title: 'A', plannedMinutes: 5 } });
    await call('run.start', { meetingId: meeting.id });
    const events = listen(core);
    expect([...waiting].map((w) => w.at)).toEqual([T0 + 3 * MIN]);

    // Asleep from 14:00 to 14:04:40: the warning timeout never ran; the final phase began at 4:30.
    now = T0 + 4 * MIN + 40 * SEC;
    core.resync();
    expect(phases(events)).toEqual([
      { meetingId: meeting.id, itemId: expect.any(String), phase: 'final', at: T0 + 270 * SEC },
    ]);
    expect([...waiting].map((w) => w.at)).toEqual([T0 + 5 * MIN]);

    // Nothing missed: resync only re-arms.
    core.resync();
    expect(phases(events)).toHaveLength(1);
    expect([...waiting].map((w) => w.at)).toEqual([T0 + 5 * MIN]);
    core.close();
    expect(waiting.size).toBe(0);
  });
});

describe('timeoutSchedule', () => {
  afterEach(() => void vi.useRealTimers());

  it('fires at the instant, not before, and can be cancelled', () => {
    vi.useFakeTimers({ now: T0 });
    const clock = { now: () => Date.now() };
    const schedule = timeoutSchedule(clock);
    const fired: number[] = [];
    schedule(T0 + 500, () => fired.push(Date.now()));
    const cancel = schedule(T0 + 700, () => fired.push(-1));
    vi.advanceTimersByTime(499);
    expect(fired).toEqual([]);
    cancel();
    vi.advanceTimersByTime(1000);
    expect(fired).toEqual([T0 + 500]);
  });

  it('waits out the rest if a timeout comes back early by the clock', () => {
    vi.useFakeTimers({ now: T0 });
    // A clock 3 ms behind the timers' own time: the first timeout fires "early" by it.
    const clock = { now: () => Date.now() - 3 };
    const fired: number[] = [];
    timeoutSchedule(clock)(T0 + 100, () => fired.push(clock.now()));
    vi.advanceTimersByTime(100);
    expect(fired).toEqual([]);
    vi.advanceTimersByTime(3);
    expect(fired).toEqual([T0 + 100]);
  });

  it('waits beyond setTimeout’s 2^31 ms limit in chunks', () => {
    vi.useFakeTimers({ now: T0 });
    const clock = { now: () => Date.now() };
    const fired: number[] = [];
    const at = T0 + MAX_TIMEOUT_MS + 5 * MIN;
    timeoutSchedule(clock)(at, () => fired.push(Date.now()));
    vi.advanceTimersByTime(MAX_TIMEOUT_MS);
    expect(fired).toEqual([]);
    vi.advanceTimersByTime(5 * MIN);
    expect(fired).toEqual([at]);
  });

  it('runs a deadline already passed through the event loop, not inside the caller', () => {
    vi.useFakeTimers({ now: T0 });
    const fired: string[] = [];
    timeoutSchedule({ now: () => Date.now() })(T0 - 10, () => fired.push('late'));
    expect(fired).toEqual([]);
    vi.advanceTimersByTime(0);
    expect(fired).toEqual(['late']);
  });
});
