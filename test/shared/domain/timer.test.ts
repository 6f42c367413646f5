import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  adjust,
  allottedMs,
  createTimer,
  formatCountdown,
  nextPhaseChangeAt,
  pause,
  phaseAt,
  remainingAt,
  reset,
  resume,
  start,
  type TimerState,
} from '../../../shared/domain/timer';

const T0 = Date.UTC(2026, 2, 5, 14, 30);
const MIN = 60_000;

const instant = fc.integer({ min: T0, max: T0 + 4 * 3_600_000 });
const duration = fc.integer({ min: 0, max: 3 * 3_600_000 });

describe('transitions', () => {
  it('start sets the deadline from now and the allotment', () => {
    const running = start(createTimer(5 * MIN), T0);
    expect(running).toEqual({
      status: 'running',
      durationMs: 5 * MIN,
      adjustedMs: 0,
      startedAt: T0,
      deadline: T0 + 5 * MIN,
      remainingMs: null,
    });
    expect(remainingAt(running, T0 + 65_000)).toBe(5 * MIN - 65_000);
  });

  it('returns the same object for a transition that does not apply', () => {
    const idle = createTimer(MIN);
    const running = start(idle, T0);
    const paused = pause(running, T0 + 1000);
    expect(pause(idle, T0)).toBe(idle);
    expect(resume(idle, T0)).toBe(idle);
    expect(start(running, T0 + 5)).toBe(running);
    expect(resume(running, T0 + 5)).toBe(running);
    expect(pause(paused, T0 + 9)).toBe(paused);
    expect(start(paused, T0 + 9)).toBe(paused);
    expect(adjust(running, 0, T0)).toBe(running);
  });

  it('freezes the remaining time while paused, overtime included', () => {
    const running = start(createTimer(MIN), T0);
    const paused = pause(running, T0 + 70_000);
    expect(paused.status).toBe('paused');
    expect(paused.deadline).toBeNull();
    expect(remainingAt(paused, T0 + 10 * MIN)).toBe(-10_000);
    expect(phaseAt(paused, T0 + 10 * MIN)).toBe('overtime');
    const resumed = resume(paused, T0 + 10 * MIN);
    expect(resumed.deadline).toBe(T0 + 10 * MIN - 10_000);
  });

  it('reset goes back to idle, optionally with a new allotment', () => {
    const used = adjust(start(createTimer(MIN), T0), MIN, T0);
    expect(reset(used)).toEqual(createTimer(MIN));
    expect(reset(used, 3 * MIN)).toEqual(createTimer(3 * MIN));
  });

  it('refuses a negative or non-finite allotment', () => {
    expect(() => createTimer(-1)).toThrow(RangeError);
    expect(() => createTimer(Number.NaN)).toThrow(RangeError);
  });

  it('survives a JSON round trip, as persisted state does', () => {
    const paused = pause(adjust(start(createTimer(MIN), T0), MIN, T0 + 5), T0 + 30_000);
    const restored = JSON.parse(JSON.stringify(paused)) as TimerState;
    expect(restored).toEqual(paused);
    expect(remainingAt(resume(restored, T0 + MIN), T0 + MIN)).toBe(90_000);
  });
});

describe('adjust', () => {
  it('adds or removes a minute while running, paused or idle', () => {
    const running = start(createTimer(5 * MIN), T0);
    expect(remainingAt(adjust(running, MIN, T0 + MIN), T0 + MIN)).toBe(5 * MIN);
    expect(remainingAt(adjust(running, -MIN, T0 + MIN), T0 + MIN)).toBe(3 * MIN);
    const paused = pause(running, T0 + MIN);
    expect(adjust(paused, MIN, T0 + 9 * MIN).remainingMs).toBe(5 * MIN);
    const idle = adjust(createTimer(5 * MIN), -MIN, T0);
    expect(allottedMs(idle)).toBe(4 * MIN);
    expect(start(idle, T0).deadline).toBe(T0 + 4 * MIN);
  });

  it('stops at zero when removing time, and never deepens an overtime', () => {
    const running = start(createTimer(MIN), T0);
    const cut = adjust(running, -5 * MIN, T0 + 20_000);
    expect(remainingAt(cut, T0 + 20_000)).toBe(0);
    expect(cut.adjustedMs).toBe(-40_000);
    const over = T0 + 2 * MIN;
    const overtime = adjust(running, -MIN, over);
    expect(overtime).toBe(running);
  });

  it('counts added time from zero in overtime', () => {
    const running = start(createTimer(MIN), T0);
    const at = T0 + MIN + 70_000;
    expect(formatCountdown(remainingAt(running, at))).toBe('-1:10');
    const more = adjust(running, MIN, at);
    expect(remainingAt(more, at)).toBe(MIN);
    expect(phaseAt(more, at)).toBe('warning');
    // The allotment stays consistent with the deadline: started + allotted = deadline.
    expect((more.startedAt ?? 0) + allottedMs(more)).toBe(more.deadline);
  });

  it('is additive while nothing is clamped', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 10 * MIN, max: 60 * MIN }),
        fc.integer({ min: 0, max: 5 * MIN }),
        // At least 5 minutes are left, so two removals of at most 2 minutes never reach zero.
        fc.integer({ min: -2 * MIN, max: 4 * MIN }),
        fc.integer({ min: -2 * MIN, max: 4 * MIN }),
        fc.boolean(),
        (durationMs, elapsed, a, b, paused) => {
          let state = start(createTimer(durationMs), T0);
          const now = T0 + elapsed;
          if (paused) state = pause(state, now);
          const twice = adjust(adjust(state, a, now), b, now);
          const once = adjust(state, a + b, now);
          expect(remainingAt(twice, now)).toBe(remainingAt(once, now));
          expect(twice.adjustedMs).toBe(a + b);
          expect(remainingAt(twice, now)).toBe(remainingAt(state, now) + a + b);
        },
      ),
    );
  });

  it('never takes a timer with time left into overtime', () => {
    fc.assert(
      fc.property(duration, fc.integer({ min: -4 * 3_600_000, max: 0 }), instant, (d, delta, t) => {
        const running = start(createTimer(d), T0);
        const before = remainingAt(running, t);
        const after = remainingAt(adjust(running, delta, t), t);
        if (before > 0) expect(after).toBeGreaterThanOrEqual(0);
        else expect(after).toBe(before);
      }),
    );
  });
});

describe('remainingAt', () => {
  it('is continuous and decreases exactly with the clock while running', () => {
    fc.assert(
      fc.property(duration, instant, instant, (d, a, b) => {
        const running = start(createTimer(d), T0);
        expect(remainingAt(running, a) - remainingAt(running, b)).toBe(b - a);
      }),
    );
  });

  it('pause then resume preserves the remaining time', () => {
    fc.assert(
      fc.property(duration, instant, fc.integer({ min: 0, max: 3_600_000 }), (d, at, gap) => {
        const running = start(createTimer(d), T0);
        const before = remainingAt(running, at);
        const paused = pause(running, at);
        expect(remainingAt(paused, at + gap)).toBe(before);
        const resumed = resume(paused, at + gap);
        expect(remainingAt(resumed, at + gap)).toBe(before);
        expect(remainingAt(resumed, at + gap + 1234)).toBe(before - 1234);
      }),
    );
  });

  it('does not drift over a 60-minute meeting of irregular ticks and pauses', () => {
    // Ticks arrive late and unevenly, as in a throttled page; nothing is counted per tick.
    let state = start(createTimer(60 * MIN), T0);
    let now = T0;
    let pausedAt = 0;
    let pausedFor = 0;
    for (let i = 1; i <= 5000; i++) {
      now += 250 + ((i * 7919) % 1000);
      if (i % 500 === 0) {
        state = pause(state, now);
        pausedAt = now;
      } else if (state.status === 'paused') {
        state = resume(state, now);
        pausedFor += now - pausedAt;
      }
    }
    expect(remainingAt(state, now)).toBe(60 * MIN - (now - T0 - pausedFor));
  });
});

describe('phases', () => {
  const running = start(createTimer(5 * MIN), T0);
  const at = (remaining: number) => T0 + 5 * MIN - remaining;

  it('goes normal → warning → final → overtime, boundaries belonging to the later phase', () => {
    expect(phaseAt(running, at(120_001))).toBe('normal');
    expect(phaseAt(running, at(120_000))).toBe('warning');
    expect(phaseAt(running, at(30_001))).toBe('warning');
    expect(phaseAt(running, at(30_000))).toBe('final');
    expect(phaseAt(running, at(1))).toBe('final');
    expect(phaseAt(running, at(0))).toBe('overtime');
    expect(phaseAt(running, at(-MIN))).toBe('overtime');
  });

  it('honours configured thresholds, and a final threshold above the warning one', () => {
    const thresholds = { warningMs: 60_000, finalMs: 10_000 };
    expect(phaseAt(running, at(90_000), thresholds)).toBe('normal');
    expect(phaseAt(running, at(60_000), thresholds)).toBe('warning');
    expect(phaseAt(running, at(90_000), { warningMs: 60_000, finalMs: 120_000 })).toBe('normal');
    expect(phaseAt(running, at(60_000), { warningMs: 60_000, finalMs: 120_000 })).toBe('final');
    expect(phaseAt(running, at(60_000), { warningMs: 0, finalMs: 0 })).toBe('normal');
  });

  it('schedules the next phase change for the core', () => {
    expect(nextPhaseChangeAt(running, T0)).toBe(at(120_000));
    expect(nextPhaseChangeAt(running, at(120_000))).toBe(at(30_000));
    expect(nextPhaseChangeAt(running, at(10_000))).toBe(at(0));
    expect(nextPhaseChangeAt(running, at(0))).toBeNull();
    expect(nextPhaseChangeAt(createTimer(MIN), T0)).toBeNull();
    expect(nextPhaseChangeAt(pause(running, T0 + 1), T0 + 2)).toBeNull();
    expect(nextPhaseChangeAt(running, T0, { warningMs: 0, finalMs: 0 })).toBe(at(0));
  });

  it('keeps the phase constant until the next change, which does change it', () => {
    fc.assert(
      fc.property(
        duration,
        instant,
        fc.integer({ min: 0, max: 10 * MIN }),
        fc.integer({ min: 0, max: 10 * MIN }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (d, now, warningMs, finalMs, fraction) => {
          const thresholds = { warningMs, finalMs };
          const state = start(createTimer(d), T0);
          const change = nextPhaseChangeAt(state, now, thresholds);
          const phase = phaseAt(state, now, thresholds);
          if (change === null) {
            expect(phase).toBe('overtime');
            return;
          }
          expect(change).toBeGreaterThan(now);
          const between = now + Math.floor((change - now - 1) * fraction);
          expect(phaseAt(state, between, thresholds)).toBe(phase);
          expect(phaseAt(state, change - 1, thresholds)).toBe(phase);
          expect(phaseAt(state, change, thresholds)).not.toBe(phase);
        },
      ),
    );
  });
});

describe('formatCountdown', () => {
  it('formats minutes, hours and overtime', () => {
    expect(formatCountdown(245_000)).toBe('4:05');
    expect(formatCountdown(244_300)).toBe('4:05');
    expect(formatCountdown(1000)).toBe('0:01');
    expect(formatCountdown(1)).toBe('0:01');
    expect(formatCountdown(0)).toBe('0:00');
    expect(formatCountdown(-999)).toBe('0:00');
    expect(formatCountdown(-70_000)).toBe('-1:10');
    expect(formatCountdown(-70_999)).toBe('-1:10');
    expect(formatCountdown(3_723_000)).toBe('1:02:03');
    expect(formatCountdown(-3_600_000)).toBe('-1:00:00');
    expect(formatCountdown(Number.NaN)).toBe('0:00');
  });

  it('shows 0:00 exactly at the deadline and never before', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 * 3_600_000 }), (ms) => {
        expect(formatCountdown(ms)).not.toBe('0:00');
        expect(formatCountdown(ms)).not.toMatch(/^-/);
      }),
    );
  });
});
