import { describe, expect, it } from 'vitest';
import {
  byUrgency,
  cadenceStanding,
  daysBetween,
  dueDateAfter,
} from '../../../shared/domain/cadence';

describe('dueDateAfter', () => {
  it('adds calendar months, clamped to the end of a shorter month', () => {
    expect(dueDateAfter('2026-01-31', 'monthly')).toBe('2026-02-28');
    expect(dueDateAfter('2028-01-31', 'monthly')).toBe('2028-02-29');
    expect(dueDateAfter('2026-03-31', 'monthly')).toBe('2026-04-30');
    expect(dueDateAfter('2026-12-15', 'monthly')).toBe('2027-01-15');
    expect(dueDateAfter('2026-11-30', 'quarterly')).toBe('2027-02-28');
    expect(dueDateAfter('2026-12-29', 'weekly')).toBe('2027-01-05');
    expect(dueDateAfter('2026-03-01', 'biweekly')).toBe('2026-03-15');
    expect(dueDateAfter('2026-03-01', 'none')).toBeNull();
  });
});

describe('daysBetween', () => {
  it('counts whole calendar days, whatever the clocks do (no DST in calendar days)', () => {
    expect(daysBetween('2026-03-07', '2026-03-09')).toBe(2);
    expect(daysBetween('2026-11-23', '2026-11-20')).toBe(-3);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
  });
});

describe('cadenceStanding', () => {
  it('is due soon on the due day and up to the window before it, overdue the day after', () => {
    const today = '2026-11-23';
    expect(cadenceStanding('2026-10-23', 'monthly', today)).toEqual({
      dueDate: today,
      daysSince: 31,
      status: 'due_soon',
    });
    expect(cadenceStanding('2026-10-22', 'monthly', today).status).toBe('overdue');
    expect(cadenceStanding('2026-10-30', 'monthly', today).status).toBe('due_soon');
    expect(cadenceStanding('2026-10-31', 'monthly', today).status).toBe('due_soon');
    expect(cadenceStanding('2026-11-01', 'monthly', today).status).toBe('on_track');
    expect(cadenceStanding('2026-11-18', 'weekly', today).status).toBe('due_soon');
    expect(cadenceStanding('2026-11-19', 'weekly', today).status).toBe('on_track');
  });

  it('has no due date when never contacted or untracked', () => {
    expect(cadenceStanding(null, 'monthly', '2026-11-23')).toEqual({
      dueDate: null,
      daysSince: null,
      status: 'never',
    });
    expect(cadenceStanding(null, 'none', '2026-11-23').status).toBe('untracked');
    expect(cadenceStanding('2020-01-01', 'none', '2026-11-23')).toEqual({
      dueDate: null,
      daysSince: 2518,
      status: 'untracked',
    });
  });
});

describe('byUrgency', () => {
  it('puts overdue first (longest first), then never, due soon, on track, untracked', () => {
    const rows = [
      { name: 'e', status: 'untracked', dueDate: null },
      { name: 'd', status: 'on_track', dueDate: '2026-12-20' },
      { name: 'c', status: 'due_soon', dueDate: '2026-11-25' },
      { name: 'b', status: 'never', dueDate: null },
      { name: 'a2', status: 'overdue', dueDate: '2026-11-20' },
      { name: 'a1', status: 'overdue', dueDate: '2026-10-01' },
    ] as const;
    expect([...rows].sort(byUrgency).map((r) => r.name)).toEqual(['a1', 'a2', 'b', 'c', 'd', 'e']);
  });
});
