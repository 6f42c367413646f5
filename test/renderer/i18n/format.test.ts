import { describe, expect, it } from 'vitest';
import { formatDateTime, formatDay } from '../../../renderer/i18n/format';

describe('formatDay', () => {
  it('writes the first of the month as "1er" in French only', () => {
    expect(formatDay('2023-09-01', 'fr-CA')).toBe('1er septembre 2023');
    expect(formatDay('2023-09-02', 'fr-CA')).toBe('2 septembre 2023');
    expect(formatDay('2023-09-01', 'en-CA')).toBe('September 1, 2023');
    expect(formatDateTime(Date.UTC(2026, 10, 1, 15, 0), 'fr-CA')).toMatch(/^1er novembre 2026/);
  });

  it('keeps the calendar day, whatever the time zone', () => {
    expect(formatDay('2026-01-31', 'en-CA')).toBe('January 31, 2026');
  });
});
