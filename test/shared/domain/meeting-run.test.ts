import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  IDLE_TIMER,
  MIN_DEFAULT_TURN_MS,
  runCommand,
  turnAllotmentMs,
  usedMs,
  type RunCommand,
  type RunInput,
  type RunItem,
  type RunPosition,
  type RunStep,
} from '../../../shared/domain/meeting-run';
import { createRound } from '../../../shared/domain/speaking-round';
import { adjust, createTimer, pause, remainingAt, start } from '../../../shared/domain/timer';

const T0 = Date.UTC(2026, 10, 23, 14, 0);
const MIN = 60_000;

function item(id: string, plannedMinutes: number, extra: Partial<RunItem> = {}): RunItem {
  return {
    id,
    kind: 'discussion',
    plannedMinutes,
    status: 'pending',
    actualStartedAt: null,
    actualEndedAt: null,
    spentMs: 0,
    speakerSeconds: null,
    round: null,
    ...extra,
  };
}

/** A meeting's run as the core keeps it: items and position, applied command after command. */
class Meeting {
  items: RunItem[];
  position: RunPosition = { currentItemId: null, timer: IDLE_TIMER };
  now = T0;
  speakers: string[] = [];

  constructor(items: RunItem[]) {
    this.items = items;
  }

  input(): RunInput {
    return { items: this.items, position: this.position, now: this.now, speakers: this.speakers };
  }

  do(command: RunCommand): RunStep {
    const step = runCommand(this.input(), command);
    const changed = new Map(step.items.map((i) => [i.id, i]));
    this.items = this.items.map((i) => changed.get(i.id) ?? i);
    this.position = step.position;
    return step;
  }

  after(ms: number): this {
    this.now += ms;
    return this;
  }

  get(id: string): RunItem {
    const found = this.items.find((i) => i.id === id);
    if (!found) throw new Error(id);
    return found;
  }

  remaining(): number {
    return remainingAt(this.position.timer, this.now);
  }
}

describe('start', () => {
  it('makes the first pending item current and starts its countdown', () => {
    const m = new Meeting([item('a', 5, { status: 'deferred' }), item('b', 10), item('c', 5)]);
    const step = m.do({ type: 'start' });
    expect(step.changed).toBe(true);
    expect(m.position.currentItemId).toBe('b');
    expect(m.position.timer).toMatchObject({ status: 'running', deadline: T0 + 10 * MIN });
    expect(m.get('b').actualStartedAt).toBe(T0);
    expect(step.items.map((i) => i.id)).toEqual(['b']);
  });

  it('counts down what is left of an item partly discussed earlier', () => {
    const m = new Meeting([item('a', 10, { spentMs: 4 * MIN, actualStartedAt: T0 - MIN })]);
    m.do({ type: 'start' });
    expect(m.remaining()).toBe(6 * MIN);
    expect(m.get('a').actualStartedAt).toBe(T0 - MIN);
  });

  it('is a no-op once an item is current, and with no pending item', () => {
    const m = new Meeting([item('a', 5), item('b', 5)]);
    m.do({ type: 'start' });
    const before = m.position;
    expect(m.after(1000).do({ type: 'start' })).toEqual({
      position: before,
      items: [],
      changed: false,
    });
    const done = new Meeting([item('a', 5, { status: 'discussed' })]);
    expect(done.do({ type: 'start' }).changed).toBe(false);
  });
});

describe('next', () => {
  it('marks the current item discussed, records its time and moves to the next pending one', () => {
    const m = new Meeting([
      item('a', 10),
      item('b', 5, { status: 'discussed' }),
      item('c', 5, { status: 'deferred' }),
      item('d', 8),
    ]);
    m.do({ type: 'start' });
    const step = m.after(7 * MIN).do({ type: 'next' });
    expect(m.get('a')).toMatchObject({
      status: 'discussed',
      actualStartedAt: T0,
      actualEndedAt: T0 + 7 * MIN,
      spentMs: 7 * MIN,
    });
    expect(m.position.currentItemId).toBe('d');
    expect(m.get('d').actualStartedAt).toBe(T0 + 7 * MIN);
    expect(m.remaining()).toBe(8 * MIN);
    expect(step.items.map((i) => i.id).sort()).toEqual(['a', 'd']);
  });

  it('leaves nothing current after the last item, then does nothing', () => {
    const m = new Meeting([item('a', 1)]);
    m.do({ type: 'start' });
    m.after(90_000).do({ type: 'next' });
    expect(m.position).toEqual({ currentItemId: null, timer: IDLE_TIMER });
    expect(m.get('a')).toMatchObject({ status: 'discussed', spentMs: 90_000 });
    expect(m.after(1000).do({ type: 'next' }).changed).toBe(false);
  });

  it('leaves an item deferred during its discussion deferred', () => {
    const m = new Meeting([item('a', 5), item('b', 5)]);
    m.do({ type: 'start' });
    m.items = m.items.map((i) => (i.id === 'a' ? { ...i, status: 'deferred' } : i));
    m.after(MIN).do({ type: 'next' });
    expect(m.get('a')).toMatchObject({ status: 'deferred', spentMs: MIN });
    expect(m.position.currentItemId).toBe('b');
  });

  it('takes up an item added after the agenda ran out', () => {
    const m = new Meeting([item('a', 1)]);
    m.do({ type: 'start' });
    m.do({ type: 'next' });
    m.items = [...m.items, item('aob', 5)];
    m.do({ type: 'next' });
    expect(m.position.currentItemId).toBe('aob');
  });

  it('counts countdown time only: pauses are left out, added minutes are not time used', () => {
    const m = new Meeting([item('a', 10), item('b', 5)]);
    m.do({ type: 'start' });
    m.after(2 * MIN).do({ type: 'pause' });
    m.after(15 * MIN).do({ type: 'resume' });
    m.after(MIN).do({ type: 'adjust', deltaMs: 3 * MIN });
    m.after(9 * MIN).do({ type: 'next' });
    expect(m.get('a').spentMs).toBe(12 * MIN);
    expect(m.get('a').actualEndedAt).toBe(T0 + 27 * MIN);
  });
});

describe('previous and goto', () => {
  it('goes back to the item before, which keeps its status and gets planned − spent', () => {
    const m = new Meeting([item('a', 10), item('b', 5)]);
    m.do({ type: 'start' });
    m.after(6 * MIN).do({ type: 'next' });
    m.after(2 * MIN).do({ type: 'previous' });
    expect(m.position.currentItemId).toBe('a');
    expect(m.get('a')).toMatchObject({
      status: 'discussed',
      actualStartedAt: T0,
      spentMs: 6 * MIN,
    });
    expect(m.remaining()).toBe(4 * MIN);
    // The item left going back stays pending: it was interrupted, not finished.
    expect(m.get('b')).toMatchObject({
      status: 'pending',
      actualStartedAt: T0 + 6 * MIN,
      actualEndedAt: T0 + 8 * MIN,
      spentMs: 2 * MIN,
    });
    // Next from there finds b again, with the 3 minutes it has left.
    m.after(MIN).do({ type: 'next' });
    expect(m.position.currentItemId).toBe('b');
    expect(m.remaining()).toBe(3 * MIN);
    expect(m.get('a').spentMs).toBe(7 * MIN);
  });

  it('an item that used its time is in overtime at once', () => {
    const m = new Meeting([item('a', 2), item('b', 5)]);
    m.do({ type: 'start' });
    m.after(3 * MIN).do({ type: 'next' });
    m.do({ type: 'previous' });
    expect(m.position.timer.status).toBe('running');
    expect(m.remaining()).toBe(0);
    expect(m.after(1000).remaining()).toBe(-1000);
  });

  it('does nothing at the first item, skips deferred items, and returns from past the end', () => {
    const m = new Meeting([item('a', 5), item('x', 5, { status: 'deferred' }), item('b', 5)]);
    m.do({ type: 'start' });
    expect(m.do({ type: 'previous' }).changed).toBe(false);
    m.do({ type: 'next' });
    m.do({ type: 'previous' });
    expect(m.position.currentItemId).toBe('a');
    m.do({ type: 'goto', itemId: 'b' });
    m.do({ type: 'next' });
    expect(m.position.currentItemId).toBeNull();
    m.do({ type: 'previous' });
    expect(m.position.currentItemId).toBe('b');
  });

  it('goto jumps anywhere not deferred; the current item or an unknown one is a no-op', () => {
    const m = new Meeting([item('a', 5), item('b', 5), item('c', 5, { status: 'deferred' })]);
    m.do({ type: 'start' });
    m.after(MIN).do({ type: 'goto', itemId: 'b' });
    expect(m.position.currentItemId).toBe('b');
    expect(m.get('a')).toMatchObject({ status: 'pending', spentMs: MIN });
    expect(m.do({ type: 'goto', itemId: 'b' }).changed).toBe(false);
    expect(m.do({ type: 'goto', itemId: 'nope' }).changed).toBe(false);
    expect(m.do({ type: 'goto', itemId: 'c' }).changed).toBe(false);
  });
});

describe('pause, resume, adjust', () => {
  it('are plain timer transitions; repeats are no-ops', () => {
    const m = new Meeting([item('a', 10)]);
    expect(m.do({ type: 'pause' }).changed).toBe(false);
    m.do({ type: 'start' });
    m.after(MIN).do({ type: 'pause' });
    expect(m.do({ type: 'pause' }).changed).toBe(false);
    m.after(MIN).do({ type: 'resume' });
    expect(m.do({ type: 'resume' }).changed).toBe(false);
    m.do({ type: 'adjust', deltaMs: MIN });
    expect(m.remaining()).toBe(10 * MIN);
    expect(m.position.timer.adjustedMs).toBe(MIN);
  });

  it('adjust does nothing while nothing is timed', () => {
    const m = new Meeting([item('a', 1)]);
    m.do({ type: 'start' });
    m.do({ type: 'next' });
    expect(m.do({ type: 'adjust', deltaMs: MIN }).changed).toBe(false);
  });
});

describe('end', () => {
  it('records the current item without marking it discussed, and stops the timer', () => {
    const m = new Meeting([item('a', 10), item('b', 5)]);
    m.do({ type: 'start' });
    m.after(4 * MIN).do({ type: 'end' });
    expect(m.position).toEqual({ currentItemId: null, timer: IDLE_TIMER });
    expect(m.get('a')).toMatchObject({
      status: 'pending',
      actualEndedAt: T0 + 4 * MIN,
      spentMs: 4 * MIN,
    });
    expect(m.get('b').actualStartedAt).toBeNull();
  });
});

describe('speaking rounds', () => {
  const roundItem = (extra: Partial<RunItem> = {}) => item('r', 12, { kind: 'round', ...extra });

  it('starts a round over the speakers present, the first with the floor and a turn', () => {
    const m = new Meeting([roundItem(), item('b', 5)]);
    m.speakers = ['housing', 'shelter', 'health', 'police'];
    m.do({ type: 'start' });
    const r = m.get('r').round;
    expect(r).toEqual({
      queue: ['shelter', 'health', 'police'],
      current: 'housing',
      spoken: [],
      passed: [],
      allotmentMs: 3 * MIN,
    });
    expect(m.position.timer).toMatchObject({ status: 'running', durationMs: 3 * MIN });
  });

  it('restarts the turn whenever the floor changes hands, and adds each turn to spentMs', () => {
    const m = new Meeting([roundItem({ speakerSeconds: 90 })]);
    m.speakers = ['a', 'b', 'c'];
    m.do({ type: 'start' });
    m.after(80_000).do({ type: 'round', action: 'next' });
    expect(m.get('r').round).toMatchObject({ current: 'b', spoken: ['a'] });
    expect(m.position.timer).toMatchObject({ startedAt: T0 + 80_000, durationMs: 90_000 });
    expect(m.get('r').spentMs).toBe(80_000);

    m.after(5000).do({ type: 'round', action: 'skip' });
    expect(m.get('r').round).toMatchObject({ current: 'c', queue: ['b'] });
    m.after(30_000).do({ type: 'round', action: 'pass' });
    expect(m.get('r').round).toMatchObject({ current: 'b', queue: [], passed: ['c'] });
    // Skipping the only speaker left changes nothing: the turn goes on.
    expect(m.after(10_000).do({ type: 'round', action: 'skip' }).changed).toBe(false);
    m.after(100_000).do({ type: 'round', action: 'next' });
    expect(m.get('r').round).toMatchObject({ current: null, spoken: ['a', 'b'], passed: ['c'] });
    expect(m.position).toEqual({ currentItemId: 'r', timer: IDLE_TIMER });
    expect(m.get('r').spentMs).toBe(80_000 + 5000 + 30_000 + 10_000 + 100_000);
    // Finished: the round commands do nothing; Next moves on.
    expect(m.do({ type: 'round', action: 'next' }).changed).toBe(false);
    m.do({ type: 'next' });
    expect(m.get('r').status).toBe('discussed');
  });

  it('moveToEnd reorders a waiting speaker without touching the turn', () => {
    const m = new Meeting([roundItem()]);
    m.speakers = ['a', 'b', 'c'];
    m.do({ type: 'start' });
    const timer = m.position.timer;
    m.after(1000).do({ type: 'round', action: 'moveToEnd', speakerId: 'b' });
    expect(m.get('r').round).toMatchObject({ current: 'a', queue: ['c', 'b'] });
    expect(m.position.timer).toBe(timer);
    expect(m.do({ type: 'round', action: 'moveToEnd', speakerId: 'zz' }).changed).toBe(false);
    m.do({ type: 'round', action: 'moveToEnd', speakerId: 'a' });
    expect(m.get('r').round).toMatchObject({ current: 'c', queue: ['b', 'a'] });
    expect(m.position.timer.startedAt).toBe(m.now);
  });

  it('shares the planned time evenly by default, never under 30 s', () => {
    expect(turnAllotmentMs(roundItem(), 4)).toBe(3 * MIN);
    expect(turnAllotmentMs(roundItem(), 7)).toBe(102_000);
    expect(turnAllotmentMs(roundItem({ plannedMinutes: 5 }), 30)).toBe(MIN_DEFAULT_TURN_MS);
    expect(turnAllotmentMs(roundItem({ speakerSeconds: 45 }), 3)).toBe(45_000);
  });

  it('lets late arrivals join the end of the queue; keeps the round when coming back', () => {
    const m = new Meeting([roundItem(), item('b', 5)]);
    m.speakers = ['a', 'b'];
    m.do({ type: 'start' });
    m.speakers = ['a', 'b', 'late'];
    m.do({ type: 'round', action: 'next' });
    expect(m.get('r').round).toMatchObject({ current: 'b', queue: ['late'], spoken: ['a'] });
    m.do({ type: 'next' });
    m.do({ type: 'previous' });
    expect(m.get('r').round).toMatchObject({ current: 'b', queue: ['late'], spoken: ['a'] });
    expect(m.position.timer).toMatchObject({ status: 'running', startedAt: m.now });
  });

  it('with nobody present runs on planned time, and starts the round once someone is', () => {
    const m = new Meeting([roundItem()]);
    m.do({ type: 'start' });
    expect(m.get('r').round).toBeNull();
    expect(m.remaining()).toBe(12 * MIN);
    m.speakers = ['a', 'b'];
    m.after(MIN).do({ type: 'round', action: 'next' });
    expect(m.get('r').round).toMatchObject({ current: 'a', queue: ['b'], allotmentMs: 6 * MIN });
    expect(m.get('r').spentMs).toBe(MIN);
  });

  it('round commands on an ordinary item do nothing', () => {
    const m = new Meeting([item('a', 5)]);
    m.speakers = ['x'];
    m.do({ type: 'start' });
    expect(m.do({ type: 'round', action: 'next' }).changed).toBe(false);
  });

  it('an existing round whose floor is empty gives it to the first in line on return', () => {
    const round = createRound(['a', 'b'], MIN);
    const m = new Meeting([roundItem({ round })]);
    m.do({ type: 'start' });
    expect(m.get('r').round).toMatchObject({ current: 'a', queue: ['b'] });
  });
});

describe('invariants', () => {
  const command: fc.Arbitrary<RunCommand> = fc.oneof(
    fc.constant<RunCommand>({ type: 'start' }),
    fc.constant<RunCommand>({ type: 'next' }),
    fc.constant<RunCommand>({ type: 'previous' }),
    fc.constantFrom('a', 'b', 'r', 'd').map((itemId): RunCommand => ({ type: 'goto', itemId })),
    fc.constant<RunCommand>({ type: 'pause' }),
    fc.constant<RunCommand>({ type: 'resume' }),
    fc
      .integer({ min: -5 * MIN, max: 5 * MIN })
      .map((deltaMs): RunCommand => ({ type: 'adjust', deltaMs })),
    fc
      .constantFrom('next', 'skip', 'pass', 'moveToEnd' as const)
      .map((action): RunCommand => ({ type: 'round', action, speakerId: 's2' })),
  );

  it('spentMs always equals the countdown time the item ran; nothing goes backwards', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(command, fc.integer({ min: 0, max: 10 * MIN })), { maxLength: 40 }),
        (script) => {
          const m = new Meeting([
            item('a', 5),
            item('b', 3),
            item('r', 6, { kind: 'round' }),
            item('d', 4, { status: 'deferred' }),
          ]);
          m.speakers = ['s1', 's2', 's3'];
          // What each item's countdown really ran, measured independently of the machine.
          const ran = new Map<string, number>();
          for (const [cmd, wait] of script) {
            const before = m.position;
            m.after(wait);
            if (before.currentItemId !== null && before.timer.status === 'running') {
              ran.set(before.currentItemId, (ran.get(before.currentItemId) ?? 0) + wait);
            }
            const started = new Map(m.items.map((i) => [i.id, i.actualStartedAt]));
            m.do(cmd);
            for (const i of m.items) {
              const earlier = started.get(i.id);
              if (earlier !== null && earlier !== undefined)
                expect(i.actualStartedAt).toBe(earlier);
            }
            expect(m.get('d')).toMatchObject({ actualStartedAt: null, spentMs: 0 });
          }
          m.do({ type: 'end' });
          for (const i of m.items) expect(i.spentMs).toBe(ran.get(i.id) ?? 0);
        },
      ),
    );
  });

  it('usedMs ignores adjustments and pauses', () => {
    let t = start(createTimer(5 * MIN), T0);
    t = adjust(t, 2 * MIN, T0 + MIN);
    t = pause(t, T0 + 3 * MIN);
    expect(usedMs(t, T0 + 60 * MIN)).toBe(3 * MIN);
    expect(usedMs(createTimer(MIN), T0)).toBe(0);
  });
});
