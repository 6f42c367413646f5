import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  agendaBudget,
  plannedSchedule,
  runProgress,
  type AgendaItemStatus,
  type RunItem,
} from '../../../shared/domain/agenda-budget';

const MIN = 60_000;
const START = Date.UTC(2026, 2, 5, 14, 30);
const END = START + 90 * MIN;

function item(id: string, plannedMinutes: number, status: AgendaItemStatus = 'pending'): RunItem {
  return { id, plannedMinutes, status, actualStartedAt: null, actualEndedAt: null };
}

describe('agendaBudget', () => {
  it('compares the planned total with the meeting length', () => {
    const items = [item('a', 30), item('b', 45), item('c', 10)];
    expect(agendaBudget(items, { startsAt: START, endsAt: END })).toEqual({
      plannedMinutes: 85,
      availableMinutes: 90,
      overrunMinutes: 0,
      fits: true,
    });
    expect(agendaBudget([...items, item('d', 15)], { startsAt: START, endsAt: END })).toEqual({
      plannedMinutes: 100,
      availableMinutes: 90,
      overrunMinutes: 10,
      fits: false,
    });
  });

  it('leaves deferred items and bad numbers out, and never reports negative time', () => {
    const items = [item('a', 60), item('b', 60, 'deferred'), item('c', Number.NaN), item('d', -5)];
    expect(agendaBudget(items, { startsAt: START, endsAt: END }).plannedMinutes).toBe(60);
    expect(agendaBudget(items, { startsAt: END, endsAt: START })).toMatchObject({
      availableMinutes: 0,
      overrunMinutes: 60,
      fits: false,
    });
  });

  it('fits exactly when the overrun is zero', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 120 }), { maxLength: 20 }),
        fc.integer({ min: 0, max: 600 }),
        (minutes, length) => {
          const items = minutes.map((m, i) => item(String(i), m));
          const budget = agendaBudget(items, { startsAt: START, endsAt: START + length * MIN });
          expect(budget.overrunMinutes).toBeGreaterThanOrEqual(0);
          expect(budget.fits).toBe(budget.plannedMinutes <= length);
          expect(budget.plannedMinutes - budget.overrunMinutes).toBeLessThanOrEqual(length);
        },
      ),
    );
  });
});

describe('plannedSchedule', () => {
  it('gives each item its planned start, skipping deferred items', () => {
    const slots = plannedSchedule([item('a', 10), item('b', 20, 'deferred'), item('c', 5)], START);
    expect(slots).toEqual([
      { id: 'a', plannedStartAt: START, plannedEndAt: START + 10 * MIN },
      { id: 'b', plannedStartAt: null, plannedEndAt: null },
      { id: 'c', plannedStartAt: START + 10 * MIN, plannedEndAt: START + 15 * MIN },
    ]);
  });
});

describe('runProgress', () => {
  const agenda = [item('a', 10), item('b', 20), item('c', 15)];

  it('is on time before the start and falls behind while nobody starts', () => {
    const early = runProgress({
      items: agenda,
      startsAt: START,
      currentItemId: null,
      now: START - MIN,
    });
    expect(early.behindMs).toBe(0);
    expect(early.plannedEndAt).toBe(START + 45 * MIN);
    const late = runProgress({
      items: agenda,
      startsAt: START,
      currentItemId: null,
      now: START + 5 * MIN,
    });
    expect(late.behindMs).toBe(5 * MIN);
    expect(late.items.map((s) => s.projectedStartAt)).toEqual([
      START + 5 * MIN,
      START + 15 * MIN,
      START + 35 * MIN,
    ]);
  });

  it('counts an overrunning current item as behind', () => {
    const items = [{ ...item('a', 10), actualStartedAt: START }, item('b', 20), item('c', 15)];
    const progress = runProgress({
      items,
      startsAt: START,
      currentItemId: 'a',
      now: START + 12 * MIN,
    });
    expect(progress.behindMs).toBe(2 * MIN);
    expect(progress.projectedEndAt).toBe(START + 47 * MIN);
    expect(progress.items[0]?.projectedStartAt).toBe(START);
    expect(progress.items[1]?.projectedStartAt).toBe(START + 12 * MIN);
  });

  it('counts an item finished early as ahead', () => {
    const items: RunItem[] = [
      { ...item('a', 10, 'discussed'), actualStartedAt: START, actualEndedAt: START + 8 * MIN },
      { ...item('b', 20), actualStartedAt: START + 8 * MIN },
      item('c', 15),
    ];
    const progress = runProgress({
      items,
      startsAt: START,
      currentItemId: 'b',
      now: START + 9 * MIN,
    });
    expect(progress.behindMs).toBe(-2 * MIN);
  });

  it('uses the timer when given, so pauses and added minutes count', () => {
    const items = [{ ...item('a', 10), actualStartedAt: START }, item('b', 20)];
    const progress = runProgress({
      items,
      startsAt: START,
      currentItemId: 'a',
      currentRemainingMs: 6 * MIN, // paused, then a minute added
      now: START + 8 * MIN,
    });
    expect(progress.behindMs).toBe(4 * MIN);
  });

  it('makes up time when an item is deferred mid-meeting, and handles jumping around', () => {
    const items: RunItem[] = [
      // Left with `goto` after using more than its plan: nothing of it is left to do.
      {
        ...item('a', 10),
        actualStartedAt: START,
        actualEndedAt: START + 15 * MIN,
        spentMs: 15 * MIN,
      },
      item('b', 20, 'deferred'),
      { ...item('c', 15), actualStartedAt: START + 15 * MIN },
      item('d', 5),
    ];
    const progress = runProgress({
      items,
      startsAt: START,
      currentItemId: 'c',
      now: START + 16 * MIN,
    });
    // Planned end 30 min after the start; now expected at 16 + 14 + 5 = 35.
    expect(progress.behindMs).toBe(5 * MIN);
    expect(progress.items[1]).toEqual({
      id: 'b',
      plannedStartAt: null,
      plannedEndAt: null,
      projectedStartAt: null,
    });
  });

  it('keeps what is left of an item jumped away from before it was finished', () => {
    // One minute on a, jump to d for two minutes, then back to b: a and d are still to finish.
    const items: RunItem[] = [
      {
        ...item('a', 5),
        actualStartedAt: START,
        actualEndedAt: START + 1 * MIN,
        spentMs: 1 * MIN,
      },
      { ...item('b', 20), actualStartedAt: START + 3 * MIN },
      item('c', 15),
      {
        ...item('d', 10),
        actualStartedAt: START + 1 * MIN,
        actualEndedAt: START + 3 * MIN,
        spentMs: 2 * MIN,
      },
    ];
    const progress = runProgress({
      items,
      startsAt: START,
      currentItemId: 'b',
      currentRemainingMs: 20 * MIN,
      now: START + 3 * MIN,
    });
    // Planned end at 50 min; expected at 3 + 20 (b) + 4 (rest of a) + 15 (c) + 8 (rest of d) = 50:
    // on time, not 12 minutes ahead as if a and d were finished.
    expect(progress.projectedEndAt).toBe(START + 50 * MIN);
    expect(progress.behindMs).toBe(0);
    expect(progress.items.map((slot) => slot.projectedStartAt)).toEqual([
      START + 23 * MIN,
      START + 3 * MIN,
      START + 27 * MIN,
      START + 42 * MIN,
    ]);

    // Once a is discussed it is done, whatever of its plan was left.
    const discussed = runProgress({
      items: items.map((i) => (i.id === 'a' ? { ...i, status: 'discussed' as const } : i)),
      startsAt: START,
      currentItemId: 'b',
      currentRemainingMs: 20 * MIN,
      now: START + 3 * MIN,
    });
    expect(discussed.behindMs).toBe(-4 * MIN);
  });

  it('ends when the last item ended once everything is done', () => {
    const items: RunItem[] = [
      { ...item('a', 10, 'discussed'), actualStartedAt: START, actualEndedAt: START + 12 * MIN },
      {
        ...item('b', 20, 'discussed'),
        actualStartedAt: START + 12 * MIN,
        actualEndedAt: START + 29 * MIN,
      },
    ];
    const progress = runProgress({
      items,
      startsAt: START,
      currentItemId: null,
      now: START + 2 * 60 * MIN,
    });
    expect(progress.projectedEndAt).toBe(START + 29 * MIN);
    expect(progress.behindMs).toBe(-1 * MIN);
  });

  it('grows with the clock exactly while the current item overruns', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 60 * MIN }),
        fc.integer({ min: 0, max: 60 * MIN }),
        (a, b) => {
          const items = [{ ...item('a', 10), actualStartedAt: START }, item('b', 20)];
          const at = (extra: number) =>
            runProgress({
              items,
              startsAt: START,
              currentItemId: 'a',
              now: START + 10 * MIN + extra,
            }).behindMs;
          expect(at(a) - at(b)).toBe(a - b);
        },
      ),
    );
  });
});
