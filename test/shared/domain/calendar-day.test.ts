import { describe, expect, it } from 'vitest';
import { isoWeekOf } from '../../../shared/domain/calendar-day';

describe('isoWeekOf', () => {
  it('runs from Monday to Sunday, whichever day of the week is given', () => {
    const week = { monday: '2026-11-23', sunday: '2026-11-29' };
    expect(isoWeekOf('2026-11-23')).toEqual(week); // a Monday
    expect(isoWeekOf('2026-11-25')).toEqual(week);
    expect(isoWeekOf('2026-11-29')).toEqual(week); // a Sunday
  });

  it('crosses months and years', () => {
    expect(isoWeekOf('2027-01-01')).toEqual({ monday: '2026-12-28', sunday: '2027-01-03' });
    expect(isoWeekOf('2028-02-29')).toEqual({ monday: '2028-02-28', sunday: '2028-03-05' });
  });
});
