import ICAL from 'ical.js';
import ical, {
  type CalendarComponent,
  type CalendarResponse,
  type TimeZoneDef,
  type VEvent,
  type VTimeZone,
} from 'node-ical';
import { afterEach, describe, expect, it } from 'vitest';
import { icsFilename, meetingIcs, seriesIcs } from '../../electron/core/ics';
import type { Meeting, Series } from '../../shared/contract/meetings';
import { occurrences, zonedToEpoch, type SeriesException } from '../../shared/domain/recurrence';

const TORONTO = 'America/Toronto';
const CREATED = Date.UTC(2025, 11, 1, 12);
const NOW = Date.UTC(2026, 0, 5, 17, 45, 12);

function meeting(overrides: Partial<Meeting> = {}): Meeting {
  const base = {
    date: '2026-01-15',
    startTime: '09:30',
    endTime: '11:00',
    timeZone: TORONTO,
    ...overrides,
  };
  return {
    id: 'm-1',
    seriesId: null,
    occurrenceDate: null,
    title: 'Complex case consultation',
    kind: 'case_consultation',
    location: 'Community Health Centre, room 2',
    goal: 'Agree on next steps for joint participants',
    chairId: null,
    noteTakerId: null,
    status: 'planned',
    startedAt: null,
    endedAt: null,
    createdAt: CREATED,
    updatedAt: CREATED + 1000,
    startsAt: zonedToEpoch(base.date, base.startTime, base.timeZone),
    endsAt: zonedToEpoch(base.date, base.endTime, base.timeZone),
    ...base,
  };
}

function series(overrides: Partial<Series> = {}): Series {
  return {
    id: 's-1',
    title: 'Housing First case consultation',
    kind: 'case_consultation',
    // Every other Thursday; clocks go forward on 2026-03-08, between the 2nd and 3rd meetings.
    rrule: 'FREQ=WEEKLY;INTERVAL=2',
    startDate: '2026-02-26',
    startTime: '09:30',
    endTime: '11:00',
    timeZone: TORONTO,
    location: 'Shelter boardroom',
    goal: 'Coordinate support for joint participants',
    chairId: null,
    noteTakerId: null,
    createdAt: CREATED,
    updatedAt: CREATED,
    ...overrides,
  };
}

function parse(text: string): CalendarResponse {
  return ical.sync.parseICS(text);
}

function componentsOf<T extends CalendarComponent>(parsed: CalendarResponse, type: T['type']): T[] {
  return Object.values(parsed).filter((c): c is T => c?.type === type);
}

/** The one event of a single-meeting file. */
function onlyEvent(text: string): VEvent {
  const events = componentsOf<VEvent>(parse(text), 'VEVENT');
  expect(events).toHaveLength(1);
  return events[0]!;
}

/** The recurring event of a series file, with its overrides in `recurrences`. */
function masterEvent(text: string): VEvent {
  const events = componentsOf<VEvent>(parse(text), 'VEVENT');
  expect(events).toHaveLength(1);
  expect(events[0]?.rrule).toBeDefined();
  return events[0]!;
}

const value = (v: VEvent['summary'] | undefined) => (typeof v === 'object' ? v.val : v);
const iso = (d: Date | undefined) => d?.toISOString();

/** Instances between two days as node-ical expands them (EXDATE removed, overrides applied). */
function expand(text: string, from = '2026-01-01', to = '2026-12-31') {
  return ical
    .expandRecurringEvent(masterEvent(text), {
      from: new Date(`${from}T00:00:00Z`),
      to: new Date(`${to}T23:59:59Z`),
    })
    .map((i) => ({ start: iso(i.start), end: iso(i.end), override: i.isOverride }));
}

describe('meetingIcs', () => {
  it('puts a winter meeting at its Toronto time, with the TZID and its VTIMEZONE', () => {
    const text = meetingIcs(meeting(), { now: NOW });
    const event = onlyEvent(text);
    expect(iso(event.start)).toBe('2026-01-15T14:30:00.000Z');
    expect(iso(event.end)).toBe('2026-01-15T16:00:00.000Z');
    expect(event.start.tz).toBe(TORONTO);
    expect(event.end?.tz).toBe(TORONTO);
    expect(event.uid).toBe('m-1@roundtable.local');
    expect(iso(event.dtstamp)).toBe(new Date(NOW).toISOString());
    expect(value(event.summary)).toBe('Complex case consultation');
    expect(value(event.location)).toBe('Community Health Centre, room 2');
    expect(value(event.description)).toBe('Agree on next steps for joint participants');
    expect(event.status).toBeUndefined();

    const zones = componentsOf<VTimeZone>(parse(text), 'VTIMEZONE');
    expect(zones.map((z) => z.tzid)).toEqual([TORONTO]);
    const rules = Object.values(zones[0]!).filter(
      (v): v is TimeZoneDef => typeof v === 'object' && 'tzoffsetto' in v,
    );
    expect(Object.fromEntries(rules.map((r) => [r.type, r.tzoffsetto]))).toEqual({
      STANDARD: '-0500',
      DAYLIGHT: '-0400',
    });
  });

  it('puts a summer meeting an hour earlier in UTC', () => {
    const event = onlyEvent(meetingIcs(meeting({ date: '2026-07-09' }), { now: NOW }));
    expect(iso(event.start)).toBe('2026-07-09T13:30:00.000Z');
    expect(iso(event.end)).toBe('2026-07-09T15:00:00.000Z');
  });

  it('marks a cancelled meeting as cancelled', () => {
    const event = onlyEvent(meetingIcs(meeting({ status: 'cancelled' }), { now: NOW }));
    expect(event.status).toBe('CANCELLED');
  });

  it('uses the given description, and leaves out empty fields', () => {
    const described = onlyEvent(meetingIcs(meeting(), { description: 'Goal\n\nAgenda: …' }));
    expect(value(described.description)).toBe('Goal\n\nAgenda: …');
    const bare = onlyEvent(meetingIcs(meeting({ goal: '', location: '   ' })));
    expect(bare.description).toBeUndefined();
    expect(bare.location).toBeUndefined();
  });

  it('stamps the last change when no time is given, so the same meeting gives the same file', () => {
    const m = meeting();
    expect(iso(onlyEvent(meetingIcs(m)).dtstamp)).toBe(new Date(m.updatedAt).toISOString());
    expect(meetingIcs(m)).toBe(meetingIcs(m));
  });

  it('round-trips text with commas, semicolons, line breaks, accents and emoji', () => {
    const title = 'Réunion; cas complexes, «équipe» \\ suivi 🎉👩🏽‍⚕️';
    const goal = `Ligne 1, avec virgule;\npoint-virgule\r\nLigne 3 — très longue ${'é'.repeat(120)} 🏠`;
    const location = 'Salle 2, 123 rue Sainte-Catherine; Montréal (Québec)';
    const text = meetingIcs(meeting({ title, goal, location }), { now: NOW });
    const event = onlyEvent(text);
    expect(value(event.summary)).toBe(title);
    expect(value(event.description)).toBe(goal.replace(/\r\n/g, '\n'));
    expect(value(event.location)).toBe(location);
    // Long lines are folded at 75 octets, never inside a character.
    for (const line of text.split('\r\n')) {
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
      expect(line).not.toContain('\uFFFD');
    }
  });

  it('drops control characters that RFC 5545 text may not hold', () => {
    const event = onlyEvent(meetingIcs(meeting({ title: 'Case\u0007 review\u0000\tA-17' })));
    expect(value(event.summary)).toBe('Case review\tA-17');
  });

  it('names an aliased zone by its canonical TZID, with that VTIMEZONE', () => {
    const text = meetingIcs(meeting({ timeZone: 'America/Montreal' }), { now: NOW });
    const event = onlyEvent(text);
    expect(event.start.tz).toBe(TORONTO);
    expect(iso(event.start)).toBe('2026-01-15T14:30:00.000Z');
    expect(componentsOf<VTimeZone>(parse(text), 'VTIMEZONE').map((z) => z.tzid)).toEqual([TORONTO]);
  });

  it('works in other zones, including UTC', () => {
    const vancouver = onlyEvent(meetingIcs(meeting({ timeZone: 'America/Vancouver' })));
    expect(iso(vancouver.start)).toBe('2026-01-15T17:30:00.000Z');
    const utc = onlyEvent(meetingIcs(meeting({ timeZone: 'UTC' })));
    expect(iso(utc.start)).toBe('2026-01-15T09:30:00.000Z');
  });

  describe('whatever the computer’s own time zone', () => {
    const original = process.env.TZ;
    afterEach(() => {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    });

    it('writes the same file', () => {
      const m = meeting({ date: '2026-03-12' });
      process.env.TZ = 'Asia/Tokyo';
      const fromTokyo = meetingIcs(m, { now: NOW });
      const seriesFromTokyo = seriesIcs(series(), [], NOW);
      process.env.TZ = 'America/Vancouver';
      expect(meetingIcs(m, { now: NOW })).toBe(fromTokyo);
      expect(seriesIcs(series(), [], NOW)).toBe(seriesFromTokyo);
      expect(iso(onlyEvent(fromTokyo).start)).toBe('2026-03-12T13:30:00.000Z');
    });
  });
});

describe('seriesIcs', () => {
  it('repeats every other Thursday at 09:30 Toronto time across the clock change', () => {
    const text = seriesIcs(series(), [], NOW);
    const event = masterEvent(text);
    expect(event.uid).toBe('s-1@roundtable.local');
    expect(event.start.tz).toBe(TORONTO);
    expect(iso(event.start)).toBe('2026-02-26T14:30:00.000Z');
    expect(iso(event.end)).toBe('2026-02-26T16:00:00.000Z');
    expect(iso(event.dtstamp)).toBe(new Date(NOW).toISOString());
    expect(value(event.summary)).toBe('Housing First case consultation');
    expect(expand(text, '2026-02-01', '2026-04-30')).toEqual([
      { start: '2026-02-26T14:30:00.000Z', end: '2026-02-26T16:00:00.000Z', override: false },
      { start: '2026-03-12T13:30:00.000Z', end: '2026-03-12T15:00:00.000Z', override: false },
      { start: '2026-03-26T13:30:00.000Z', end: '2026-03-26T15:00:00.000Z', override: false },
      { start: '2026-04-09T13:30:00.000Z', end: '2026-04-09T15:00:00.000Z', override: false },
      { start: '2026-04-23T13:30:00.000Z', end: '2026-04-23T15:00:00.000Z', override: false },
    ]);
    expect(componentsOf<VTimeZone>(parse(text), 'VTIMEZONE').map((z) => z.tzid)).toEqual([TORONTO]);
  });

  it('leaves out a cancelled occurrence with EXDATE', () => {
    const text = seriesIcs(series(), [{ date: '2026-03-12', kind: 'cancelled' }], NOW);
    const event = masterEvent(text);
    expect(Object.values(event.exdate ?? {}).map(iso)).toContain('2026-03-12T13:30:00.000Z');
    expect(expand(text, '2026-02-01', '2026-03-31').map((i) => i.start)).toEqual([
      '2026-02-26T14:30:00.000Z',
      '2026-03-26T13:30:00.000Z',
    ]);
  });

  it('overrides a moved occurrence with the same UID, its original time as RECURRENCE-ID', () => {
    const moved: SeriesException = {
      date: '2026-03-26',
      kind: 'moved',
      movedTo: { date: '2026-03-27', time: '13:00' },
    };
    const text = seriesIcs(series(), [moved], NOW);
    const event = masterEvent(text);
    // Omit<> over node-ical's index signature loses the field types: read it as the event it is.
    const override = event.recurrences?.['2026-03-26'] as VEvent | undefined;
    expect(override?.uid).toBe('s-1@roundtable.local');
    expect(iso(override?.recurrenceid)).toBe('2026-03-26T13:30:00.000Z');
    expect(override?.recurrenceid?.tz).toBe(TORONTO);
    expect(iso(override?.start)).toBe('2026-03-27T17:00:00.000Z');
    expect(iso(override?.end)).toBe('2026-03-27T18:30:00.000Z');
    expect(value(override?.summary)).toBe('Housing First case consultation');
    expect(expand(text, '2026-03-01', '2026-04-10')).toEqual([
      { start: '2026-03-12T13:30:00.000Z', end: '2026-03-12T15:00:00.000Z', override: false },
      { start: '2026-03-27T17:00:00.000Z', end: '2026-03-27T18:30:00.000Z', override: true },
      { start: '2026-04-09T13:30:00.000Z', end: '2026-04-09T15:00:00.000Z', override: false },
    ]);
  });

  it('takes the last exception per date and ignores dates the rule does not give', () => {
    const exceptions: SeriesException[] = [
      { date: '2026-03-12', kind: 'moved', movedTo: { date: '2026-03-13', time: '10:00' } },
      { date: '2026-03-12', kind: 'cancelled' },
      { date: '2026-03-19', kind: 'cancelled' },
      { date: '2026-03-05', kind: 'moved', movedTo: { date: '2026-03-06', time: '10:00' } },
    ];
    const text = seriesIcs(series(), exceptions, NOW);
    const event = masterEvent(text);
    expect(Object.keys(event.recurrences ?? {})).toEqual([]);
    expect(Object.values(event.exdate ?? {}).map(iso)).toEqual(
      expect.arrayContaining(['2026-03-12T13:30:00.000Z']),
    );
    expect(new Set(Object.values(event.exdate ?? {}).map(iso)).size).toBe(1);
  });

  it('writes UNTIL in UTC, keeping the whole last day', () => {
    const text = seriesIcs(series({ rrule: 'FREQ=WEEKLY;INTERVAL=2;UNTIL=20260409' }), [], NOW);
    expect(masterEvent(text).rrule?.toString()).toContain('UNTIL=20260410T035959Z');
    expect(expand(text).map((i) => i.start)).toEqual([
      '2026-02-26T14:30:00.000Z',
      '2026-03-12T13:30:00.000Z',
      '2026-03-26T13:30:00.000Z',
      '2026-04-09T13:30:00.000Z',
    ]);
    const local = seriesIcs(series({ rrule: 'FREQ=WEEKLY;UNTIL=20260312T093000' }), [], NOW);
    expect(masterEvent(local).rrule?.toString()).toContain('UNTIL=20260312T133000Z');
    expect(expand(local)).toHaveLength(3);
  });

  it('counts a cancelled occurrence against COUNT, as the app does', () => {
    const text = seriesIcs(
      series({ rrule: 'FREQ=WEEKLY;INTERVAL=2;COUNT=4' }),
      [{ date: '2026-03-26', kind: 'cancelled' }],
      NOW,
    );
    expect(expand(text).map((i) => i.start)).toEqual([
      '2026-02-26T14:30:00.000Z',
      '2026-03-12T13:30:00.000Z',
      '2026-04-09T13:30:00.000Z',
    ]);
  });

  it.each([
    ['FREQ=WEEKLY;INTERVAL=2', '2026-02-26', TORONTO],
    ['FREQ=MONTHLY;BYDAY=3TU', '2026-01-20', TORONTO],
    ['FREQ=MONTHLY;BYDAY=-1WE;COUNT=10', '2026-09-30', 'America/Halifax'],
    ['FREQ=WEEKLY;BYDAY=MO,WE;UNTIL=20261231', '2026-10-26', 'America/Vancouver'],
  ])('expands %s like the app’s own rules', (rrule, startDate, timeZone) => {
    const s = series({ rrule, startDate, timeZone });
    const exceptions: SeriesException[] = [];
    const mine = occurrences(
      { rrule, start: { date: startDate, time: s.startTime }, timeZone, exceptions },
      { from: '2026-01-01', to: '2027-06-30' },
    );
    const theirs = expand(seriesIcs(s, exceptions, NOW), '2026-01-01', '2027-06-30');
    expect(theirs.map((i) => i.start)).toEqual(mine.map((o) => new Date(o.startsAt).toISOString()));
  });

  it('refuses a series whose start the rule does not give', () => {
    expect(() => seriesIcs(series({ rrule: 'FREQ=WEEKLY;BYDAY=MO' }), [], NOW)).toThrow(RangeError);
  });
});

/**
 * ical.js has no zone database of its own: it reads a TZID through the VTIMEZONE of the same file,
 * and without one the time is floating (its zone is then "floating", not the TZID).
 */
describe('a second parser (ical.js), which reads times through the file’s own VTIMEZONE', () => {
  function read(text: string): { events: ICAL.Event[] } {
    const calendar = new ICAL.Component(ICAL.parse(text));
    return { events: calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c)) };
  }

  it('reads the same instants and text from a meeting', () => {
    const title = 'Réunion; cas, suivi\n🎉';
    const { events } = read(meetingIcs(meeting({ date: '2026-07-09', title }), { now: NOW }));
    expect(events).toHaveLength(1);
    const [event] = events;
    expect(event?.startDate.zone?.tzid).toBe(TORONTO);
    expect(event?.startDate.toJSDate().toISOString()).toBe('2026-07-09T13:30:00.000Z');
    expect(event?.endDate.toJSDate().toISOString()).toBe('2026-07-09T15:00:00.000Z');
    expect(event?.summary).toBe(title);
  });

  it('expands a series with its cancellation and its moved occurrence', () => {
    const text = seriesIcs(
      series(),
      [
        { date: '2026-03-12', kind: 'cancelled' },
        { date: '2026-03-26', kind: 'moved', movedTo: { date: '2026-03-27', time: '13:00' } },
      ],
      NOW,
    );
    const { events } = read(text);
    expect(events.every((e) => e.startDate.zone?.tzid === TORONTO)).toBe(true);
    const master = events.find((e) => !e.isRecurrenceException());
    for (const exception of events.filter((e) => e.isRecurrenceException())) {
      master?.relateException(exception);
    }
    const iterator = master!.iterator();
    const starts: string[] = [];
    for (let next = iterator.next(); next && starts.length < 4; next = iterator.next()) {
      starts.push(master!.getOccurrenceDetails(next).startDate.toJSDate().toISOString());
    }
    expect(starts).toEqual([
      '2026-02-26T14:30:00.000Z',
      '2026-03-27T17:00:00.000Z',
      '2026-04-09T13:30:00.000Z',
      '2026-04-23T13:30:00.000Z',
    ]);
  });
});

describe('icsFilename', () => {
  it('joins the title and the date', () => {
    expect(icsFilename('Complex case consultation', '2026-01-15')).toBe(
      'Complex-case-consultation-2026-01-15.ics',
    );
    expect(icsFilename('Housing First committee')).toBe('Housing-First-committee.ics');
  });

  it('removes accents and anything a file system or a mail client might refuse', () => {
    expect(icsFilename('Réunion interorganismes : Montréal/Laval?', '2026-03-12')).toBe(
      'Reunion-interorganismes-Montreal-Laval-2026-03-12.ics',
    );
    expect(icsFilename('../../etc/passwd')).toBe('etc-passwd.ics');
    expect(icsFilename('a<b>c:"d"|e*f\\g\u0000h')).toBe('a-b-c-d-e-f-g-h.ics');
    expect(icsFilename('会议 2026')).toBe('会议-2026.ics');
  });

  it('never gives an empty, reserved or overlong name', () => {
    expect(icsFilename('')).toBe('meeting.ics');
    expect(icsFilename('🎉 !!! ')).toBe('meeting.ics');
    expect(icsFilename('CON')).toBe('CON-meeting.ics');
    expect(icsFilename('lpt1', '2026-01-15')).toBe('lpt1-meeting-2026-01-15.ics');
    const long = icsFilename('Consultation '.repeat(20), '2026-01-15');
    expect(long.length).toBeLessThanOrEqual(80 + '-2026-01-15.ics'.length);
    expect(long).toMatch(/^Consultation-.*[^-]-2026-01-15\.ics$/);
  });
});
