import { describe, expect, it } from 'vitest';
import type { RunState } from '../../../../shared/contract';
import { currentRemainingMs } from '../../../../renderer/features/run/run-figures';

const MIN = 60_000;
const IDLE = {
  status: 'idle' as const,
  durationMs: 0,
  adjustedMs: 0,
  startedAt: null,
  deadline: null,
  remainingMs: null,
};

describe('currentRemainingMs', () => {
  it('keeps the rest of a round item’s plan once the round is over', () => {
    const run: RunState = {
      currentItemId: 'i',
      timer: IDLE,
      round: { queue: [], current: null, spoken: ['a', 'b'], passed: [], allotmentMs: 2 * MIN },
      speakers: [],
    };
    // 15 minutes planned, two 2-minute turns spoken: 11 minutes of the item are still planned.
    expect(currentRemainingMs(run, 0, { plannedMinutes: 15, spentMs: 4 * MIN })).toBe(11 * MIN);
  });

  it('counts the round when it needs more than the plan', () => {
    const now = 1_000_000;
    const run: RunState = {
      currentItemId: 'i',
      timer: {
        status: 'running',
        durationMs: 2 * MIN,
        adjustedMs: 0,
        startedAt: now,
        deadline: now + 2 * MIN,
        remainingMs: null,
      },
      round: { queue: ['b', 'c'], current: 'a', spoken: [], passed: [], allotmentMs: 2 * MIN },
      speakers: [],
    };
    expect(currentRemainingMs(run, now, { plannedMinutes: 5, spentMs: 0 })).toBe(6 * MIN);
  });
});
