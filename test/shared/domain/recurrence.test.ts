import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkSeries,
  defaultRule,
  isOccurrenceDate,
  MAX_OCCURRENCES,
  occurrences,
  parseRule,
  zonedToEpoch,
  type SeriesException,
  type SeriesRecurrence,
} from '../../../shared/domain/recurrence';

const TORONTO = 'America/Toronto';

/** Local wall-clock time of an instant in a time zone, 'YYYY-MM-DD HH:mm'. */
function wallClock(ms: number, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(ms)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

function series(overrides: Partial<SeriesRecurrence> = {}): SeriesRecurrence {
  return {
    rrule: 'FREQ=WEEKLY;INTERVAL=2',
    start: { date: '2026-02-26', time: '09:30' }, // a Thursday
    timeZone: TORONTO,
    ...overrides,
  };
}

describe('parseRule', () => {
  it('accepts and normalises valid rules', () => {
    expect(parseRule('FREQ=WEEKLY;INTERVAL=2')).toEqual({
      ok: true,
      value: {
        rule: 'FREQ=WEEKLY;INTERVAL=2',
        frequency: 'WEEKLY',
        parts: { FREQ: 'WEEKLY', INTERVAL: '2' },
      },
    });
    const monthly = parseRule(' RRULE:freq=monthly;byday=-1fr ');
    expect(monthly.ok && monthly.value.rule).toBe('FREQ=MONTHLY;BYDAY=-1FR');
    for (const ok of [
      'FREQ=DAILY;COUNT=10',
      'FREQ=WEEKLY;BYDAY=MO,WE;WKST=SU',
      'FREQ=MONTHLY;BYMONTHDAY=-1',
      'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=1',
      'FREQ=YEARLY;BYMONTH=3;BYDAY=2TU',
      'FREQ=WEEKLY;UNTIL=20261231',
      'FREQ=WEEKLY;UNTIL=20261231T235959Z',
    ]) {
      expect(parseRule(ok), ok).toMatchObject({ ok: true });
    }
  });

  it('explains what is wrong with an invalid rule', () => {
    const cases: [string, string, string | null][] = [
      ['', 'empty', null],
      ['RRULE:', 'empty', null],
      ['garbage', 'syntax', null],
      ['FREQ=WEEKLY;;INTERVAL=2', 'syntax', null],
      ['FREQ=NOPE', 'invalid-value', 'FREQ'],
      ['FREQ=WEEKLY;INTERVAL=abc', 'invalid-value', 'INTERVAL'],
      ['FREQ=WEEKLY;INTERVAL=0', 'invalid-value', 'INTERVAL'],
      ['FREQ=WEEKLY;BYDAY=XX', 'invalid-value', 'BYDAY'],
      ['FREQ=MONTHLY;BYMONTHDAY=40', 'invalid-value', 'BYMONTHDAY'],
      ['FREQ=YEARLY;BYMONTH=13', 'invalid-value', 'BYMONTH'],
      ['FREQ=WEEKLY;UNTIL=20260230', 'invalid-value', 'UNTIL'],
      ['FREQ=WEEKLY;FOO=1', 'unknown-part', 'FOO'],
      ['FREQ=WEEKLY;FREQ=DAILY', 'duplicate-part', 'FREQ'],
      ['INTERVAL=2', 'missing-frequency', 'FREQ'],
      ['FREQ=HOURLY', 'unsupported', 'FREQ'],
      ['FREQ=DAILY;BYHOUR=9,14', 'unsupported', 'BYHOUR'],
      ['FREQ=WEEKLY;COUNT=3;UNTIL=20261231', 'conflict', 'UNTIL'],
      ['FREQ=WEEKLY;BYDAY=1TU', 'conflict', 'BYDAY'],
      ['FREQ=WEEKLY;BYMONTHDAY=3', 'conflict', 'BYMONTHDAY'],
      ['FREQ=MONTHLY;BYWEEKNO=3', 'conflict', 'BYWEEKNO'],
      ['FREQ=MONTHLY;BYSETPOS=1', 'conflict', 'BYSETPOS'],
      ['FREQ=WEEKLY\nINTERVAL=2', 'syntax', null],
    ];
    for (const [text, code, part] of cases) {
      const result = parseRule(text);
      expect(result.ok, text).toBe(false);
      if (!result.ok) {
        expect(result.error, text).toMatchObject({ code, part });
        expect(result.error.message.length).toBeGreaterThan(0);
      }
    }
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(typeof parseRule(text).ok).toBe('boolean');
      }),
    );
  });
});

describe('occurrences', () => {
  it('lists a biweekly series', () => {
    expect(occurrences(series(), { count: 3 })).toEqual([
      {
        date: '2026-02-26',
        time: '09:30',
        originalDate: '2026-02-26',
        status: 'scheduled',
        startsAt: Date.UTC(2026, 1, 26, 14, 30),
      },
      {
        date: '2026-03-12',
        time: '09:30',
        originalDate: '2026-03-12',
        status: 'scheduled',
        startsAt: Date.UTC(2026, 2, 12, 13, 30),
      },
      {
        date: '2026-03-26',
        time: '09:30',
        originalDate: '2026-03-26',
        status: 'scheduled',
        startsAt: Date.UTC(2026, 2, 26, 13, 30),
      },
    ]);
  });

  it('stays at 9:30 in Toronto when the clocks go forward in March', () => {
    // Clocks go forward on Sunday 8 March 2026: 9:30 is 14:30 UTC before, 13:30 UTC after.
    const weekly = series({ rrule: 'FREQ=WEEKLY', start: { date: '2026-03-02', time: '09:30' } });
    const list = occurrences(weekly, { from: '2026-03-01', to: '2026-03-16' });
    expect(list.map((o) => `${o.date} ${o.time}`)).toEqual([
      '2026-03-02 09:30',
      '2026-03-09 09:30',
      '2026-03-16 09:30',
    ]);
    expect(list.map((o) => wallClock(o.startsAt, TORONTO).slice(11))).toEqual([
      '09:30',
      '09:30',
      '09:30',
    ]);
    expect(list.map((o) => new Date(o.startsAt).toISOString().slice(11, 16))).toEqual([
      '14:30',
      '13:30',
      '13:30',
    ]);
    expect((list[1]?.startsAt ?? 0) - (list[0]?.startsAt ?? 0)).toBe(7 * 86_400_000 - 3_600_000);
  });

  it('stays at 9:30 in Toronto when the clocks go back in November', () => {
    // Clocks go back on Sunday 1 November 2026: 9:30 is 13:30 UTC before, 14:30 UTC after.
    const list = occurrences(series(), { from: '2026-10-20', to: '2026-11-20' });
    expect(list.map((o) => o.date)).toEqual(['2026-10-22', '2026-11-05', '2026-11-19']);
    expect(list.map((o) => wallClock(o.startsAt, TORONTO))).toEqual([
      '2026-10-22 09:30',
      '2026-11-05 09:30',
      '2026-11-19 09:30',
    ]);
    expect((list[1]?.startsAt ?? 0) - (list[0]?.startsAt ?? 0)).toBe(14 * 86_400_000 + 3_600_000);
  });

  it('does not depend on the time zone of the machine: Paris changes clocks on other days', () => {
    const paris = series({ timeZone: 'Europe/Paris', rrule: 'FREQ=WEEKLY' });
    for (const o of occurrences(paris, { from: '2026-03-01', to: '2026-04-10' })) {
      expect(wallClock(o.startsAt, 'Europe/Paris')).toBe(`${o.date} 09:30`);
    }
  });

  it('applies cancelled and moved exceptions without touching the others', () => {
    const withExceptions = series({
      exceptions: [
        { date: '2026-03-12', kind: 'cancelled' },
        { date: '2026-03-26', kind: 'moved', movedTo: { date: '2026-03-27', time: '13:00' } },
        { date: '2026-03-13', kind: 'cancelled' }, // not an occurrence: ignored
      ],
    });
    expect(occurrences(withExceptions, { count: 4 })).toEqual([
      expect.objectContaining({ date: '2026-02-26', status: 'scheduled' }),
      expect.objectContaining({
        date: '2026-03-12',
        originalDate: '2026-03-12',
        status: 'cancelled',
      }),
      {
        date: '2026-03-27',
        time: '13:00',
        originalDate: '2026-03-26',
        status: 'moved',
        startsAt: Date.UTC(2026, 2, 27, 17, 0),
      },
      expect.objectContaining({ date: '2026-04-09', status: 'scheduled' }),
    ]);
  });

  it('places a moved occurrence in a range by where it now takes place', () => {
    const moved = series({
      exceptions: [
        { date: '2026-03-12', kind: 'moved', movedTo: { date: '2026-03-02', time: '09:30' } },
        { date: '2026-03-26', kind: 'moved', movedTo: { date: '2026-04-01', time: '09:30' } },
      ],
    });
    const march = occurrences(moved, { from: '2026-03-01', to: '2026-03-31' });
    expect(march.map((o) => [o.date, o.originalDate])).toEqual([['2026-03-02', '2026-03-12']]);
    const early = occurrences(moved, { from: '2026-02-01', to: '2026-03-05' });
    expect(early.map((o) => o.originalDate)).toEqual(['2026-02-26', '2026-03-12']);
    const april = occurrences(moved, { from: '2026-04-01', to: '2026-04-01' });
    expect(april.map((o) => o.originalDate)).toEqual(['2026-03-26']);
  });

  it('keeps moved occurrences sorted by when they take place', () => {
    const swapped = series({
      exceptions: [
        { date: '2026-02-26', kind: 'moved', movedTo: { date: '2026-03-20', time: '09:30' } },
      ],
    });
    expect(occurrences(swapped, { count: 3 }).map((o) => o.date)).toEqual([
      '2026-03-12',
      '2026-03-20',
      '2026-03-26',
    ]);
  });

  it('counts from a given day for "upcoming" lists', () => {
    const upcoming = occurrences(series(), { count: 2, from: '2026-06-01' });
    expect(upcoming.map((o) => o.date)).toEqual(['2026-06-04', '2026-06-18']);
    expect(occurrences(series(), { count: 0 })).toEqual([]);
  });

  it('honours COUNT and UNTIL in the rule', () => {
    expect(
      occurrences(series({ rrule: 'FREQ=WEEKLY;INTERVAL=2;COUNT=2' }), { count: 10 }),
    ).toHaveLength(2);
    const dates = (rrule: string) =>
      occurrences(series({ rrule }), { count: 10 }).map((o) => o.date);
    // A date alone includes that day.
    expect(dates('FREQ=WEEKLY;INTERVAL=2;UNTIL=20260312')).toEqual(['2026-02-26', '2026-03-12']);
    // A UTC instant is compared with the meeting's instant: 9:30 EDT on 12 March is 13:30 UTC.
    expect(dates('FREQ=WEEKLY;INTERVAL=2;UNTIL=20260312T133000Z')).toEqual([
      '2026-02-26',
      '2026-03-12',
    ]);
    expect(dates('FREQ=WEEKLY;INTERVAL=2;UNTIL=20260312T132959Z')).toEqual(['2026-02-26']);
  });

  it('follows monthly rules on the nth weekday', () => {
    const third = series({
      rrule: 'FREQ=MONTHLY;BYDAY=3TU',
      start: { date: '2026-03-17', time: '14:00' },
    });
    expect(occurrences(third, { count: 4 }).map((o) => o.date)).toEqual([
      '2026-03-17',
      '2026-04-21',
      '2026-05-19',
      '2026-06-16',
    ]);
  });

  it('caps very long expansions', () => {
    const daily = series({ rrule: 'FREQ=DAILY' });
    expect(occurrences(daily, { from: '2026-01-01', to: '2100-01-01' })).toHaveLength(
      MAX_OCCURRENCES,
    );
    expect(occurrences(daily, { count: 1e9 })).toHaveLength(MAX_OCCURRENCES);
  });

  it('throws on an invalid series, which checkSeries reports first', () => {
    const bad = series({ rrule: 'FREQ=NOPE' });
    expect(checkSeries(bad)).toMatchObject({ code: 'invalid-value', part: 'FREQ' });
    expect(() => occurrences(bad, { count: 1 })).toThrow(RangeError);
    expect(checkSeries(series({ timeZone: 'Mars/Olympus' }))).toMatchObject({
      code: 'invalid-value',
    });
    expect(checkSeries(series({ start: { date: '2026-02-30', time: '09:30' } }))).not.toBeNull();
    expect(checkSeries(series({ start: { date: '2026-02-26', time: '9:30' } }))).not.toBeNull();
    // Thursday start, Tuesday rule: RFC 5545 leaves this undefined, so it is refused.
    expect(checkSeries(series({ rrule: 'FREQ=WEEKLY;BYDAY=TU' }))).toMatchObject({
      code: 'conflict',
    });
    expect(checkSeries(series())).toBeNull();
    expect(() => occurrences(series(), { from: '2026-1-1', to: '2026-02-01' })).toThrow(RangeError);
  });

  it('tells which dates are occurrences, for moving or cancelling one', () => {
    expect(isOccurrenceDate(series(), '2026-03-12')).toBe(true);
    expect(isOccurrenceDate(series(), '2026-03-05')).toBe(false);
    expect(isOccurrenceDate(series(), '2026-02-12')).toBe(false); // before the start
    expect(isOccurrenceDate(series(), 'not a date')).toBe(false);
  });

  const weekly = fc.record({
    interval: fc.integer({ min: 1, max: 4 }),
    startOffset: fc.integer({ min: 0, max: 400 }),
    hour: fc.integer({ min: 0, max: 23 }),
    minute: fc.constantFrom(0, 15, 30, 45),
    zone: fc.constantFrom(TORONTO, 'America/Vancouver', 'Europe/Paris', 'UTC', 'Australia/Sydney'),
    exceptionPicks: fc.array(
      fc.record({
        index: fc.integer({ min: 0, max: 11 }),
        move: fc.integer({ min: -20, max: 20 }),
      }),
      { maxLength: 5 },
    ),
  });

  function day(offset: number): string {
    return new Date(Date.UTC(2026, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
  }

  it('is sorted, unique by original date, on the local clock, with exceptions applied', () => {
    fc.assert(
      fc.property(weekly, ({ interval, startOffset, hour, minute, zone, exceptionPicks }) => {
        const time = `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
        const base: SeriesRecurrence = {
          rrule: `FREQ=WEEKLY;INTERVAL=${interval}`,
          start: { date: day(startOffset), time },
          timeZone: zone,
        };
        const plain = occurrences(base, { count: 12 });
        const exceptions: SeriesException[] = exceptionPicks.map(({ index, move }, i) => {
          const date = plain[index]?.date ?? day(startOffset);
          return move === 0 || i % 2 === 0
            ? { date, kind: 'cancelled' }
            : {
                date,
                kind: 'moved',
                movedTo: { date: day(startOffset + index * 7 + move), time: '12:00' },
              };
        });
        const list = occurrences({ ...base, exceptions }, { count: 12 });

        expect(new Set(list.map((o) => o.originalDate))).toEqual(
          new Set(plain.map((o) => o.originalDate)),
        );
        for (let i = 1; i < list.length; i++) {
          expect(list[i - 1]!.startsAt).toBeLessThanOrEqual(list[i]!.startsAt);
        }
        const last = new Map(exceptions.map((e) => [e.date, e]));
        for (const o of list) {
          const exception = last.get(o.originalDate);
          expect(o.status).toBe(exception?.kind ?? 'scheduled');
          if (exception?.kind === 'moved') expect(o.date).toBe(exception.movedTo.date);
          else expect([o.date, o.time]).toEqual([o.originalDate, time]);
          // On the wall clock, unless the time does not exist that night (clocks going forward).
          const shown = wallClock(o.startsAt, zone);
          if (shown !== `${o.date} ${o.time}`) {
            expect(o.startsAt - zonedToEpoch(o.date, o.time, zone)).toBe(0);
            expect(
              Date.parse(`${shown.replace(' ', 'T')}:00Z`) - Date.parse(`${o.date}T${o.time}:00Z`),
            ).toBe(3_600_000);
          }
        }
        // A range covering the same period lists the same occurrences.
        const first = plain[0]!.date;
        const lastDay = plain[plain.length - 1]!.date;
        const inRange = occurrences(base, { from: first, to: lastDay });
        expect(inRange).toEqual(plain);
      }),
      { numRuns: 60 },
    );
  });
});

describe('zonedToEpoch', () => {
  it('reads a time skipped by the clocks with the offset before the change', () => {
    // 02:30 does not exist in Toronto on 8 March 2026; it is read as 03:30 EDT (07:30 UTC).
    expect(zonedToEpoch('2026-03-08', '02:30', TORONTO)).toBe(Date.UTC(2026, 2, 8, 7, 30));
    // 01:30 happens twice on 1 November 2026; the first (EDT, 05:30 UTC) is taken.
    expect(zonedToEpoch('2026-11-01', '01:30', TORONTO)).toBe(Date.UTC(2026, 10, 1, 5, 30));
  });
});

describe('defaultRule', () => {
  it('proposes biweekly case consultations and monthly partner meetings', () => {
    expect(defaultRule('case_consultation', '2026-02-26')).toBe('FREQ=WEEKLY;INTERVAL=2');
    expect(defaultRule('interagency', '2026-03-17')).toBe('FREQ=MONTHLY;BYDAY=3TU');
    expect(defaultRule('committee', '2026-03-03')).toBe('FREQ=MONTHLY;BYDAY=1TU');
    expect(defaultRule('committee', '2026-03-24')).toBe('FREQ=MONTHLY;BYDAY=4TU');
    expect(defaultRule('committee', '2026-03-31')).toBe('FREQ=MONTHLY;BYDAY=-1TU');
    expect(defaultRule('speed_networking', '2026-03-17')).toBeNull();
    expect(defaultRule('other', '2026-03-17')).toBeNull();
  });

  it('always proposes a rule that its start satisfies', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3650 }),
        fc.constantFrom('case_consultation', 'interagency', 'committee'),
        (offset, kind) => {
          const date = new Date(Date.UTC(2024, 0, 1) + offset * 86_400_000)
            .toISOString()
            .slice(0, 10);
          const rrule = defaultRule(kind, date);
          expect(rrule).not.toBeNull();
          const s = series({ rrule: rrule!, start: { date, time: '09:30' } });
          expect(checkSeries(s)).toBeNull();
          expect(occurrences(s, { count: 1 })[0]?.date).toBe(date);
        },
      ),
      { numRuns: 200 },
    );
  });
});
