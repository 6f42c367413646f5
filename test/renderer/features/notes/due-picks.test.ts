import { describe, expect, it } from 'vitest';
import { duePicks, inWeeks, isOverdue } from '../../../../renderer/features/notes/due-picks';

describe('due date quick picks', () => {
  it('counts one and two weeks from the meeting’s date, across a month and a year', () => {
    expect(inWeeks('2026-12-01', 1)).toBe('2026-12-08');
    expect(inWeeks('2026-12-22', 2)).toBe('2027-01-05');
    expect(inWeeks('2027-02-22', 1)).toBe('2027-03-01');
  });

  it('counts calendar days, so the clock change in March moves nothing', () => {
    // Clocks go forward in Toronto on 2027-03-14.
    expect(inWeeks('2027-03-09', 1)).toBe('2027-03-16');
  });

  it('offers the next meeting first when the series has one', () => {
    expect(duePicks('2026-12-01', '2026-12-15')).toEqual([
      { kind: 'nextMeeting', date: '2026-12-15' },
      { kind: 'oneWeek', date: '2026-12-08' },
      { kind: 'twoWeeks', date: '2026-12-15' },
    ]);
  });

  it('leaves the next meeting out when there is none', () => {
    expect(duePicks('2026-12-01', null).map((p) => p.kind)).toEqual(['oneWeek', 'twoWeeks']);
  });

  it('calls an open action overdue only from the day after its due date', () => {
    const open = (dueDate: string | null) => ({ status: 'open', dueDate });
    expect(isOverdue(open('2026-12-01'), '2026-12-01')).toBe(false);
    expect(isOverdue(open('2026-12-01'), '2026-12-02')).toBe(true);
    expect(isOverdue(open('2027-01-05'), '2026-12-31')).toBe(false);
    expect(isOverdue(open(null), '2026-12-02')).toBe(false);
    // Done or dropped, it is no longer late.
    expect(isOverdue({ status: 'done', dueDate: '2026-12-01' }, '2026-12-02')).toBe(false);
    expect(isOverdue({ status: 'dropped', dueDate: '2026-12-01' }, '2026-12-02')).toBe(false);
  });
});
