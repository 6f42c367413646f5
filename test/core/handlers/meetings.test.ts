import ical, { type CalendarComponent, type VEvent } from 'node-ical';
import { describe, expect, it } from 'vitest';
import { shippedTemplate } from '../../../shared/domain/meeting-templates';
import { makeTestCore } from '../../helpers/core';
import { biweekly, changes, oneOff, torontoWinter } from '../../helpers/meetings';
import { dumpDatabase } from '../../helpers/db-snapshot';

describe('meeting.create', () => {
  it('creates a one-off meeting, placed on the time line in its own zone', async () => {
    const core = makeTestCore();
    const meeting = await core.ok('meeting.create', oneOff({ goal: 'Agree on the referral form' }));
    expect(meeting).toEqual({
      id: 'id-1',
      seriesId: null,
      occurrenceDate: null,
      title: 'Housing First committee',
      kind: 'committee',
      date: '2026-12-01',
      startTime: '09:30',
      endTime: '11:00',
      timeZone: 'America/Toronto',
      startsAt: torontoWinter('2026-12-01', '09:30'),
      endsAt: torontoWinter('2026-12-01', '11:00'),
      location: '',
      goal: 'Agree on the referral form',
      chairId: null,
      noteTakerId: null,
      status: 'planned',
      startedAt: null,
      endedAt: null,
      createdAt: core.clock.now(),
      updatedAt: core.clock.now(),
    });
  });

  it('starts the agenda from the template of its kind, in the language asked for', async () => {
    const core = makeTestCore();
    const en = await core.ok('meeting.create', oneOff());
    const fr = await core.ok('meeting.create', oneOff({ kind: 'interagency', language: 'fr' }));
    const titles = async (id: string) =>
      (await core.ok('meeting.get', { id })).items.map((i) => [i.title, i.plannedMinutes]);
    const expected = (kind: 'committee' | 'interagency', language: 'en' | 'fr') =>
      shippedTemplate(kind, language).map((t) => [t.title, t.plannedMinutes]);
    expect(await titles(en.id)).toEqual(expected('committee', 'en'));
    expect(await titles(fr.id)).toEqual(expected('interagency', 'fr'));
    const [first] = (await core.ok('meeting.get', { id: en.id })).items;
    expect(first).toMatchObject({
      meetingId: en.id,
      seriesId: null,
      position: 0,
      status: 'pending',
    });
  });

  it('refuses a chair or note-taker who is not in the directory, and saves nothing', async () => {
    const core = makeTestCore();
    expect(await core.fails('meeting.create', oneOff({ chairId: 'nobody' }))).toMatchObject({
      code: 'not_found',
    });
    expect(await core.fails('meeting.create', oneOff({ noteTakerId: 'nobody' }))).toMatchObject({
      code: 'not_found',
    });
    expect(await core.ok('meeting.list', {})).toEqual([]);
    expect(dumpDatabase(core.db).agenda_items).toEqual([]);
  });

  it('refuses an end before the start, and an unknown time zone, field by field', async () => {
    const core = makeTestCore();
    const error = await core.fails(
      'meeting.create',
      oneOff({ endTime: '09:00', timeZone: 'Mars/Olympus' }),
    );
    expect(error.code).toBe('invalid_input');
    expect(error.issues?.map((i) => [i.path.join('.'), i.message])).toEqual(
      expect.arrayContaining([['timeZone', 'invalidTimeZone']]),
    );
    expect(await core.fails('meeting.create', oneOff({ endTime: '09:00' }))).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: ['endTime'], message: 'endTimeBeforeStart' }],
    });
  });
});

describe('times the clocks skip', () => {
  // On 2026-03-08 Toronto's clocks go from 02:00 straight to 03:00.
  const gap = { date: '2026-03-08', startTime: '02:30', endTime: '03:30' };

  it('refuses a meeting that would start or end in the skipped hour, on that field', async () => {
    const core = makeTestCore();
    expect(await core.fails('meeting.create', oneOff(gap))).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: ['startTime'], message: 'nonexistentTime' }],
    });
    expect(
      await core.fails('meeting.create', oneOff({ ...gap, startTime: '01:30', endTime: '02:15' })),
    ).toMatchObject({ issues: [{ path: ['endTime'], message: 'nonexistentTime' }] });
    const meeting = await core.ok('meeting.create', oneOff({ ...gap, startTime: '03:00' }));
    expect(meeting.endsAt - meeting.startsAt).toBe(30 * 60_000);
    expect(
      await core.fails('meeting.update', { id: meeting.id, changes: { startTime: '02:00' } }),
    ).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: ['changes', 'startTime'], message: 'nonexistentTime' }],
    });
  });

  it('refuses a series whose first meeting, or a move, falls in the skipped hour', async () => {
    const core = makeTestCore();
    // 2026-03-08 is a Sunday.
    expect(
      await core.fails(
        'series.create',
        biweekly({ rrule: 'FREQ=WEEKLY', startDate: gap.date, startTime: '02:30' }),
      ),
    ).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: ['startTime'], message: 'nonexistentTime' }],
    });
    const { series } = await core.ok('series.create', biweekly());
    expect(
      await core.fails('series.update', {
        id: series.id,
        changes: { rrule: 'FREQ=WEEKLY', startDate: gap.date, startTime: '02:30' },
      }),
    ).toMatchObject({ issues: [{ path: ['changes', 'startTime'], message: 'nonexistentTime' }] });
    expect(
      await core.fails('series.moveOccurrence', {
        id: series.id,
        originalDate: '2026-12-15',
        date: gap.date,
        time: '02:30',
      }),
    ).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: ['time'], message: 'nonexistentTime' }],
    });
  });
});

describe('meeting.update', () => {
  it('recomputes when it starts and ends from the date, times and zone', async () => {
    const core = makeTestCore();
    const ana = await core.ok('person.create', { name: 'Ana' });
    const meeting = await core.ok('meeting.create', oneOff());
    core.clock.advance(1000);
    const moved = await core.ok('meeting.update', {
      id: meeting.id,
      changes: { date: '2026-12-08', endTime: '12:00', chairId: ana.id },
    });
    expect(moved).toMatchObject({
      date: '2026-12-08',
      startTime: '09:30',
      endTime: '12:00',
      startsAt: torontoWinter('2026-12-08', '09:30'),
      endsAt: torontoWinter('2026-12-08', '12:00'),
      chairId: ana.id,
      title: 'Housing First committee',
      updatedAt: meeting.createdAt + 1000,
    });
    const winnipeg = await core.ok('meeting.update', {
      id: meeting.id,
      changes: { timeZone: 'America/Winnipeg' },
    });
    // Same wall clock, an hour later on the time line.
    expect(winnipeg.startsAt - moved.startsAt).toBe(3_600_000);
    expect((await core.ok('meeting.get', { id: meeting.id })).chairName).toBe('Ana');
  });

  it('checks one time given alone against the stored other, and the people it names', async () => {
    const core = makeTestCore();
    const meeting = await core.ok('meeting.create', oneOff());
    expect(
      await core.fails('meeting.update', { id: meeting.id, changes: { endTime: '09:00' } }),
    ).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: ['changes', 'endTime'], message: 'endTimeBeforeStart' }],
    });
    expect(
      await core.fails('meeting.update', { id: meeting.id, changes: { noteTakerId: 'nobody' } }),
    ).toMatchObject({ code: 'not_found' });
    expect(
      await core.fails('meeting.update', { id: 'nope', changes: { title: 'X' } }),
    ).toMatchObject({ code: 'not_found' });
    expect((await core.ok('meeting.get', { id: meeting.id })).meeting.endTime).toBe('11:00');
  });

  it('records a series meeting given another date as its occurrence moved, and forgets it back home', async () => {
    const core = makeTestCore();
    const { series, firstMeeting } = await core.ok('series.create', biweekly());
    await core.ok('meeting.update', {
      id: firstMeeting.id,
      changes: { date: '2026-12-02', startTime: '13:00', endTime: '14:30' },
    });
    const [first] = (await core.ok('series.get', { id: series.id, count: 1 })).occurrences;
    expect(first).toMatchObject({
      originalDate: '2026-12-01',
      date: '2026-12-02',
      time: '13:00',
      status: 'moved',
      meetingId: firstMeeting.id,
    });
    await core.ok('meeting.update', {
      id: firstMeeting.id,
      changes: { date: '2026-12-01', startTime: '09:30', endTime: '11:00' },
    });
    const [back] = (await core.ok('series.get', { id: series.id, count: 1 })).occurrences;
    expect(back).toMatchObject({ date: '2026-12-01', time: '09:30', status: 'scheduled' });
  });
});

describe('meeting.list', () => {
  it('lists by start, filters by date and series, and counts the agenda that will run', async () => {
    const core = makeTestCore();
    await core.ok('template.save', {
      kind: 'committee',
      language: 'en',
      items: [
        { title: 'Welcome', kind: 'discussion', plannedMinutes: 5, recurring: true },
        { title: 'Budget', kind: 'discussion', plannedMinutes: 20, recurring: false },
        { title: 'Training', kind: 'presentation', plannedMinutes: 30, recurring: false },
      ],
    });
    const late = await core.ok(
      'meeting.create',
      oneOff({ title: 'Late', startTime: '15:00', endTime: '16:00' }),
    );
    const early = await core.ok(
      'meeting.create',
      oneOff({ title: 'Early', startTime: '08:00', endTime: '09:00' }),
    );
    const next = await core.ok(
      'meeting.create',
      oneOff({ title: 'Next week', date: '2026-12-08' }),
    );
    const { series, firstMeeting } = await core.ok(
      'series.create',
      biweekly({ startDate: '2026-12-15' }),
    );

    const [, budget, training] = (await core.ok('meeting.get', { id: late.id })).items;
    await core.ok('agenda.update', { id: budget!.id, changes: { status: 'deferred' } });
    await core.ok('agenda.delete', { id: training!.id });

    const all = await core.ok('meeting.list', {});
    expect(all.map((m) => m.title)).toEqual([
      'Early',
      'Late',
      'Next week',
      'Complex case consultation',
    ]);
    expect(all.find((m) => m.id === late.id)).toMatchObject({
      seriesTitle: null,
      itemCount: 1,
      plannedMinutes: 5,
    });
    expect(all.find((m) => m.id === early.id)).toMatchObject({ itemCount: 3, plannedMinutes: 55 });
    expect(all.find((m) => m.id === firstMeeting.id)).toMatchObject({
      seriesId: series.id,
      seriesTitle: 'Complex case consultation',
    });

    const between = await core.ok('meeting.list', { from: '2026-12-02', to: '2026-12-08' });
    expect(between.map((m) => m.id)).toEqual([next.id]);
    expect((await core.ok('meeting.list', { seriesId: series.id })).map((m) => m.id)).toEqual([
      firstMeeting.id,
    ]);
  });
});

describe('meeting.get', () => {
  it('returns the meeting with names, agenda, attendance and no run state while planned', async () => {
    const core = makeTestCore();
    const ana = await core.ok('person.create', { name: 'Ana' });
    const luc = await core.ok('person.create', { name: 'Luc' });
    const meeting = await core.ok(
      'meeting.create',
      oneOff({ chairId: ana.id, noteTakerId: luc.id }),
    );
    const detail = await core.ok('meeting.get', { id: meeting.id });
    expect(detail).toMatchObject({
      meeting: { id: meeting.id },
      seriesTitle: null,
      chairName: 'Ana',
      noteTakerName: 'Luc',
      attendance: [],
      unrepresented: [],
      run: null,
    });
    expect(await core.fails('meeting.get', { id: 'nope' })).toMatchObject({ code: 'not_found' });
  });
});

describe('meeting.delete', () => {
  it('deletes a meeting with its agenda and attendance', async () => {
    const core = makeTestCore();
    const org = await core.ok('org.create', { name: 'Shelter' });
    const meeting = await core.ok('meeting.create', oneOff());
    await core.ok('attendance.add', { meetingId: meeting.id, organizationId: org.id });
    expect(await core.ok('meeting.delete', { id: meeting.id })).toEqual({ id: meeting.id });
    const after = dumpDatabase(core.db);
    expect([after.meetings, after.agenda_items, after.attendance]).toEqual([[], [], []]);
    expect(await core.fails('meeting.delete', { id: meeting.id })).toMatchObject({
      code: 'not_found',
    });
  });

  it('refuses to delete a meeting in progress', async () => {
    const core = makeTestCore();
    const meeting = await core.ok('meeting.create', oneOff());
    await core.ok('run.start', { meetingId: meeting.id });
    expect(await core.fails('meeting.delete', { id: meeting.id })).toMatchObject({
      code: 'conflict',
    });
    await core.ok('run.end', { meetingId: meeting.id });
    await core.ok('meeting.delete', { id: meeting.id });
  });
});

describe('meeting.exportIcs', () => {
  it('exports the meeting with its goal and agenda as the description', async () => {
    const core = makeTestCore();
    await core.ok('template.save', {
      kind: 'committee',
      language: 'en',
      items: [{ title: 'Budget', kind: 'discussion', plannedMinutes: 20, recurring: false }],
    });
    const meeting = await core.ok('meeting.create', oneOff({ goal: 'Adopt the budget' }));
    const { ics, filename } = await core.ok('meeting.exportIcs', { id: meeting.id });
    expect(filename).toBe('Housing-First-committee-2026-12-01.ics');
    const unfolded = ics.replace(/\r\n[ \t]/g, '');
    expect(unfolded).toContain('SUMMARY:Housing First committee');
    expect(unfolded).toContain('DTSTART;TZID=America/Toronto:20261201T093000');
    expect(unfolded).toContain('DESCRIPTION:Adopt the budget\\n\\n• Budget (20 min)');
    expect(await core.fails('meeting.exportIcs', { id: 'nope' })).toMatchObject({
      code: 'not_found',
    });
  });
});

describe('meeting.exportIcs of a series meeting', () => {
  it('is the series’ own occurrence in a calendar: same UID, its RECURRENCE-ID, a newer SEQUENCE', async () => {
    const core = makeTestCore();
    const { series, firstMeeting } = await core.ok('series.create', biweekly());
    const seriesFile = (await core.ok('series.exportIcs', { id: series.id })).ics;
    core.clock.advance(60_000);
    // The chair moves this one meeting half an hour later and sends it on its own.
    await core.ok('meeting.update', { id: firstMeeting.id, changes: { startTime: '10:00' } });
    const meetingFile = (await core.ok('meeting.exportIcs', { id: firstMeeting.id })).ics;

    const isEvent = (c: CalendarComponent | undefined): c is VEvent => c?.type === 'VEVENT';
    const events = (text: string) => Object.values(ical.sync.parseICS(text)).filter(isEvent);
    const [master] = events(seriesFile);
    const [occurrence] = events(meetingFile);
    expect(occurrence?.uid).toBe(master?.uid);
    expect(occurrence?.recurrenceid?.toISOString()).toBe('2026-12-01T14:30:00.000Z');
    expect(occurrence?.start.toISOString()).toBe('2026-12-01T15:00:00.000Z');
    expect(Number(occurrence?.sequence)).toBeGreaterThan(Number(master?.sequence));

    // Both files in one calendar: one series whose first meeting is replaced, not two events.
    const merged = ical.sync.parseICS(`${seriesFile}\r\n${meetingFile}`);
    const byUid = Object.values(merged).filter(isEvent);
    expect(byUid).toHaveLength(1);
    // Omit<> over node-ical's index signature loses the field types: read it as the event it is.
    const override = byUid[0]?.recurrences?.['2026-12-01'] as VEvent | undefined;
    expect(override?.start.toISOString()).toBe('2026-12-01T15:00:00.000Z');
  });
});

describe('writes', () => {
  it('tell every window that meetings changed, once committed, and never on a refusal', async () => {
    const core = makeTestCore();
    const seen = changes(core);
    const meeting = await core.ok('meeting.create', oneOff());
    await core.ok('meeting.update', { id: meeting.id, changes: { title: 'Renamed' } });
    await core.fails('meeting.update', { id: meeting.id, changes: { chairId: 'nobody' } });
    await core.ok('meeting.get', { id: meeting.id });
    await core.ok('meeting.delete', { id: meeting.id });
    expect(seen).toEqual([['meetings'], ['meetings'], ['meetings']]);
  });
});
