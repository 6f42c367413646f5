import { describe, expect, it } from 'vitest';
import { shippedTemplate } from '../../../shared/domain/meeting-templates';
import { makeTestCore, type TestCore } from '../../helpers/core';
import { dumpDatabase } from '../../helpers/db-snapshot';
import { BIWEEKLY_DATES, biweekly, changes, torontoWinter } from '../../helpers/meetings';

async function ranAndEnded(core: TestCore, meetingId: string) {
  await core.ok('run.start', { meetingId });
  await core.ok('run.end', { meetingId });
}

const occurrencesOf = async (core: TestCore, id: string, count = 4) =>
  (await core.ok('series.get', { id, count, from: '2026-11-01' })).occurrences;

describe('series.create', () => {
  it('creates the series and prepares its first meeting from the template', async () => {
    const core = makeTestCore();
    const { series, firstMeeting } = await core.ok(
      'series.create',
      biweekly({ rrule: 'rrule:freq=weekly;interval=2', location: 'Room 3' }),
    );
    expect(series).toMatchObject({
      id: 'id-1',
      rrule: 'FREQ=WEEKLY;INTERVAL=2',
      startDate: '2026-12-01',
      location: 'Room 3',
    });
    expect(firstMeeting).toMatchObject({
      seriesId: series.id,
      occurrenceDate: '2026-12-01',
      date: '2026-12-01',
      title: 'Complex case consultation',
      kind: 'case_consultation',
      location: 'Room 3',
      startsAt: torontoWinter('2026-12-01', '09:30'),
      status: 'planned',
    });
    const { items, seriesTitle } = await core.ok('meeting.get', { id: firstMeeting.id });
    expect(seriesTitle).toBe('Complex case consultation');
    expect(items.map((i) => i.title)).toEqual(
      shippedTemplate('case_consultation', 'en').map((t) => t.title),
    );
  });

  it('refuses a start date the rule does not give, on the start date field, and saves nothing', async () => {
    const core = makeTestCore();
    // 2026-12-01 is a Tuesday.
    const error = await core.fails('series.create', biweekly({ rrule: 'FREQ=WEEKLY;BYDAY=WE' }));
    expect(error).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: ['startDate'], message: 'notOnRule' }],
    });
    expect(await core.fails('series.create', biweekly({ chairId: 'nobody' }))).toMatchObject({
      code: 'not_found',
    });
    expect(await core.fails('series.create', biweekly({ rrule: 'FREQ=HOURLY' }))).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: ['rrule'], message: 'invalidRule' }],
    });
    const db = dumpDatabase(core.db);
    expect([db.series, db.meetings, db.agenda_items]).toEqual([[], [], []]);
  });
});

describe('series.get', () => {
  it('lists the next occurrences from today, with the meeting prepared for each', async () => {
    const core = makeTestCore();
    const { series, firstMeeting } = await core.ok('series.create', biweekly());
    const { occurrences, parkingLot } = await core.ok('series.get', { id: series.id });
    expect(occurrences).toHaveLength(8);
    expect(occurrences.slice(0, 4).map((o) => o.date)).toEqual(BIWEEKLY_DATES);
    expect(occurrences[0]).toEqual({
      date: '2026-12-01',
      time: '09:30',
      originalDate: '2026-12-01',
      status: 'scheduled',
      startsAt: torontoWinter('2026-12-01', '09:30'),
      meetingId: firstMeeting.id,
      meetingStatus: 'planned',
    });
    expect(occurrences[1]).toMatchObject({ meetingId: null, meetingStatus: null });
    expect(parkingLot).toEqual([]);

    const later = await core.ok('series.get', { id: series.id, from: '2026-12-02', count: 2 });
    expect(later.occurrences.map((o) => o.date)).toEqual(['2026-12-15', '2026-12-29']);
    expect(await core.fails('series.get', { id: 'nope' })).toMatchObject({ code: 'not_found' });
  });

  it('takes "today" in the series’ time zone, not in UTC', async () => {
    const core = makeTestCore();
    const { series } = await core.ok('series.create', biweekly());
    // 03:00 UTC on the 16th is still 22:00 on the 15th in Toronto: that day's meeting is today's.
    core.clock.set(Date.UTC(2026, 11, 16, 3, 0));
    const [first] = (await core.ok('series.get', { id: series.id, count: 1 })).occurrences;
    expect(first?.date).toBe('2026-12-15');
  });
});

describe('series.list', () => {
  it('gives each series its next occurrence that is not cancelled and its parked items', async () => {
    const core = makeTestCore();
    const { series } = await core.ok('series.create', biweekly());
    await core.ok('series.create', biweekly({ title: 'Agency go-around', kind: 'interagency' }));
    await core.ok('series.cancelOccurrence', { id: series.id, originalDate: '2026-12-01' });
    await core.ok('parking.add', { seriesId: series.id, item: { title: 'Shelter capacity' } });
    const list = await core.ok('series.list', {});
    expect(list.map((s) => s.title)).toEqual(['Agency go-around', 'Complex case consultation']);
    expect(list[1]).toMatchObject({
      id: series.id,
      parkedCount: 1,
      next: { originalDate: '2026-12-15', status: 'scheduled', meetingId: null },
    });
    expect(list[0]).toMatchObject({ parkedCount: 0, next: { date: '2026-12-01' } });
  });

  it('skips a meeting already held today: the next one is the following occurrence', async () => {
    const core = makeTestCore();
    const { series, firstMeeting } = await core.ok('series.create', biweekly());
    core.clock.set(Date.UTC(2026, 11, 1, 17, 0)); // 2026-12-01 at noon in Toronto
    await ranAndEnded(core, firstMeeting.id);
    const [listed] = await core.ok('series.list', {});
    expect(listed?.next).toMatchObject({ originalDate: '2026-12-15', meetingId: null });
    const { occurrences } = await core.ok('series.get', { id: series.id, count: 1 });
    expect(occurrences[0]).toMatchObject({ originalDate: '2026-12-01', meetingStatus: 'ended' });
  });

  it('has no next occurrence once the rule has run out', async () => {
    const core = makeTestCore();
    await core.ok('series.create', biweekly({ rrule: 'FREQ=WEEKLY;INTERVAL=2;COUNT=2' }));
    core.clock.set(Date.UTC(2027, 0, 1));
    expect((await core.ok('series.list', {}))[0]?.next).toBeNull();
  });
});

describe('series.update', () => {
  it('carries copied details to upcoming meetings, but not to one edited on its own or one held', async () => {
    const core = makeTestCore();
    const { series, firstMeeting } = await core.ok('series.create', biweekly());
    const second = await core.ok('series.prepareOccurrence', {
      id: series.id,
      originalDate: '2026-12-15',
      language: 'en',
    });
    const third = await core.ok('series.prepareOccurrence', {
      id: series.id,
      originalDate: '2026-12-29',
      language: 'en',
    });
    await ranAndEnded(core, firstMeeting.id);
    await core.ok('meeting.update', { id: third.id, changes: { location: 'Library' } });

    const updated = await core.ok('series.update', {
      id: series.id,
      changes: { title: 'Case table', location: 'Room 3' },
    });
    expect(updated).toMatchObject({ title: 'Case table', location: 'Room 3' });
    const meetings = async () =>
      (await core.ok('meeting.list', { seriesId: series.id })).map((m) => [m.title, m.location]);
    expect(await meetings()).toEqual([
      ['Complex case consultation', ''],
      ['Case table', 'Room 3'],
      ['Case table', 'Library'],
    ]);
    expect((await core.ok('meeting.get', { id: second.id })).meeting.title).toBe('Case table');
  });

  it('moves upcoming meetings to the new time, leaving moved and held ones where they are', async () => {
    const core = makeTestCore();
    const { series, firstMeeting } = await core.ok('series.create', biweekly());
    const prepare = (originalDate: string) =>
      core.ok('series.prepareOccurrence', { id: series.id, originalDate, language: 'en' });
    const second = await prepare('2026-12-15');
    const third = await prepare('2026-12-29');
    await core.ok('series.moveOccurrence', {
      id: series.id,
      originalDate: '2026-12-29',
      date: '2026-12-30',
      time: '13:00',
    });
    await ranAndEnded(core, firstMeeting.id);

    await core.ok('series.update', {
      id: series.id,
      changes: { startTime: '10:00', endTime: '11:30' },
    });
    const get = async (id: string) => (await core.ok('meeting.get', { id })).meeting;
    expect(await get(second.id)).toMatchObject({
      date: '2026-12-15',
      startTime: '10:00',
      endTime: '11:30',
      startsAt: torontoWinter('2026-12-15', '10:00'),
    });
    expect(await get(third.id)).toMatchObject({ date: '2026-12-30', startTime: '13:00' });
    expect(await get(firstMeeting.id)).toMatchObject({ startTime: '09:30', status: 'ended' });
    const occurrences = await occurrencesOf(core, series.id);
    expect(occurrences.map((o) => [o.date, o.time, o.status])).toEqual([
      ['2026-12-01', '10:00', 'scheduled'],
      ['2026-12-15', '10:00', 'scheduled'],
      ['2026-12-30', '13:00', 'moved'],
      ['2027-01-12', '10:00', 'scheduled'],
    ]);
  });

  it('on a new rule, leaves meetings off it as one-offs, drops cancelled ones and forgets their exceptions', async () => {
    const core = makeTestCore();
    const { series, firstMeeting } = await core.ok('series.create', biweekly());
    const prepare = (originalDate: string) =>
      core.ok('series.prepareOccurrence', { id: series.id, originalDate, language: 'en' });
    const second = await prepare('2026-12-15');
    const third = await prepare('2026-12-29');
    await core.ok('series.cancelOccurrence', { id: series.id, originalDate: '2026-12-29' });

    // Weekly on Wednesdays from 2026-12-02: no Tuesday is a date of the series any more.
    await core.ok('series.update', {
      id: series.id,
      changes: { rrule: 'FREQ=WEEKLY;BYDAY=WE', startDate: '2026-12-02' },
    });
    const left = (await core.ok('meeting.get', { id: second.id })).meeting;
    expect(left).toMatchObject({ seriesId: null, occurrenceDate: null, date: '2026-12-15' });
    expect((await core.ok('meeting.get', { id: firstMeeting.id })).items.length).toBeGreaterThan(0);
    expect(await core.fails('meeting.get', { id: third.id })).toMatchObject({ code: 'not_found' });
    expect(dumpDatabase(core.db).series_exceptions).toEqual([]);
    expect((await occurrencesOf(core, series.id, 2)).map((o) => o.date)).toEqual([
      '2026-12-02',
      '2026-12-09',
    ]);
  });

  it('refuses a rule that does not give the start date, and an end before the stored start', async () => {
    const core = makeTestCore();
    const { series } = await core.ok('series.create', biweekly());
    expect(
      await core.fails('series.update', {
        id: series.id,
        changes: { rrule: 'FREQ=WEEKLY;BYDAY=WE' },
      }),
    ).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: ['changes', 'startDate'], message: 'notOnRule' }],
    });
    expect(
      await core.fails('series.update', { id: series.id, changes: { endTime: '09:00' } }),
    ).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: ['changes', 'endTime'], message: 'endTimeBeforeStart' }],
    });
    expect(
      await core.fails('series.update', { id: series.id, changes: { chairId: 'nobody' } }),
    ).toMatchObject({ code: 'not_found' });
    expect((await core.ok('series.get', { id: series.id })).series).toEqual(series);
  });
});

describe('series.delete', () => {
  it('deletes what has not taken place and keeps what has, as meetings of their own', async () => {
    const core = makeTestCore();
    const { series, firstMeeting } = await core.ok('series.create', biweekly());
    const prepare = (originalDate: string) =>
      core.ok('series.prepareOccurrence', { id: series.id, originalDate, language: 'en' });
    const second = await prepare('2026-12-15');
    const third = await prepare('2026-12-29');
    await core.ok('series.cancelOccurrence', { id: series.id, originalDate: '2026-12-29' });
    await ranAndEnded(core, firstMeeting.id);
    await core.ok('parking.add', { seriesId: series.id, item: { title: 'Later' } });

    expect(await core.ok('series.delete', { id: series.id })).toEqual({ id: series.id });
    expect(await core.fails('series.get', { id: series.id })).toMatchObject({ code: 'not_found' });
    const kept = await core.ok('meeting.get', { id: firstMeeting.id });
    expect(kept.meeting).toMatchObject({ seriesId: null, occurrenceDate: null, status: 'ended' });
    expect(kept.items.length).toBeGreaterThan(0);
    for (const gone of [second.id, third.id]) {
      expect(await core.fails('meeting.get', { id: gone })).toMatchObject({ code: 'not_found' });
    }
    const db = dumpDatabase(core.db);
    expect(db.series_exceptions).toEqual([]);
    const parked = (db.agenda_items ?? []).filter(
      (row) => (row as { meeting_id: unknown }).meeting_id === null,
    );
    expect(parked).toEqual([]);
  });
});

describe('occurrences', () => {
  it('moves one occurrence, and its prepared meeting with it, touching no other', async () => {
    const core = makeTestCore();
    const { series, firstMeeting } = await core.ok('series.create', biweekly());
    const prepared = await core.ok('series.prepareOccurrence', {
      id: series.id,
      originalDate: '2026-12-15',
      language: 'en',
    });
    await core.ok('meeting.update', { id: prepared.id, changes: { endTime: '10:30' } });
    const moved = await core.ok('series.moveOccurrence', {
      id: series.id,
      originalDate: '2026-12-15',
      date: '2026-12-16',
      time: '13:00',
    });
    expect(moved).toEqual({
      date: '2026-12-16',
      time: '13:00',
      originalDate: '2026-12-15',
      status: 'moved',
      startsAt: torontoWinter('2026-12-16', '13:00'),
      meetingId: prepared.id,
      meetingStatus: 'planned',
    });
    // The meeting keeps its own length (one hour since its edit).
    expect((await core.ok('meeting.get', { id: prepared.id })).meeting).toMatchObject({
      occurrenceDate: '2026-12-15',
      date: '2026-12-16',
      startTime: '13:00',
      endTime: '14:00',
      startsAt: torontoWinter('2026-12-16', '13:00'),
      endsAt: torontoWinter('2026-12-16', '14:00'),
    });
    expect((await occurrencesOf(core, series.id)).map((o) => [o.date, o.time, o.status])).toEqual([
      ['2026-12-01', '09:30', 'scheduled'],
      ['2026-12-16', '13:00', 'moved'],
      ['2026-12-29', '09:30', 'scheduled'],
      ['2027-01-12', '09:30', 'scheduled'],
    ]);
    expect((await core.ok('meeting.get', { id: firstMeeting.id })).meeting.date).toBe('2026-12-01');

    // Moved back to its own date and time, it is simply scheduled again.
    const back = await core.ok('series.moveOccurrence', {
      id: series.id,
      originalDate: '2026-12-15',
      date: '2026-12-15',
      time: '09:30',
    });
    expect(back.status).toBe('scheduled');
    expect(dumpDatabase(core.db).series_exceptions).toEqual([]);
  });

  it('refuses to move a date the rule does not give, past midnight, or a cancelled or held meeting', async () => {
    const core = makeTestCore();
    const { series, firstMeeting } = await core.ok('series.create', biweekly());
    const move = (originalDate: string, time = '13:00') =>
      core.fails('series.moveOccurrence', {
        id: series.id,
        originalDate,
        date: '2026-12-20',
        time,
      });
    expect(await move('2026-12-08')).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: ['originalDate'], message: 'notOnRule' }],
    });
    expect(await move('2026-12-15', '23:00')).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: ['time'] }],
    });
    await core.ok('series.cancelOccurrence', { id: series.id, originalDate: '2026-12-15' });
    expect(await move('2026-12-15')).toMatchObject({ code: 'conflict' });
    await core.ok('run.start', { meetingId: firstMeeting.id });
    expect(await move('2026-12-01')).toMatchObject({ code: 'conflict' });
    expect(
      await core.fails('series.moveOccurrence', {
        id: 'nope',
        originalDate: '2026-12-01',
        date: '2026-12-02',
        time: '09:00',
      }),
    ).toMatchObject({ code: 'not_found' });
  });

  it('refuses to move onto a day another occurrence already holds, its own or moved there', async () => {
    const core = makeTestCore();
    const { series } = await core.ok('series.create', biweekly());
    const move = (originalDate: string, date: string) =>
      core.fails('series.moveOccurrence', { id: series.id, originalDate, date, time: '18:00' });
    const taken = {
      code: 'conflict',
      message: 'Another meeting of this series is on that date: move or cancel it first.',
      issues: [{ path: ['date'], message: 'dateTaken' }],
    };
    // 2026-12-29 is itself an occurrence.
    expect(await move('2026-12-15', '2026-12-29')).toMatchObject(taken);
    await core.ok('series.moveOccurrence', {
      id: series.id,
      originalDate: '2026-12-29',
      date: '2026-12-30',
      time: '09:30',
    });
    expect(await move('2026-12-15', '2026-12-30')).toMatchObject(taken);
    // Its own date moved away, or cancelled, the day is free.
    expect(
      (
        await core.ok('series.moveOccurrence', {
          id: series.id,
          originalDate: '2026-12-15',
          date: '2026-12-29',
          time: '18:00',
        })
      ).date,
    ).toBe('2026-12-29');
    await core.ok('series.cancelOccurrence', { id: series.id, originalDate: '2027-01-12' });
    const prepared = await core.ok('series.prepareOccurrence', {
      id: series.id,
      originalDate: '2026-12-01',
      language: 'en',
    });
    expect(
      (await core.ok('meeting.update', { id: prepared.id, changes: { date: '2027-01-12' } })).date,
    ).toBe('2027-01-12');
    expect(
      await core.fails('meeting.update', { id: prepared.id, changes: { date: '2026-12-30' } }),
    ).toMatchObject({ code: 'conflict', issues: [{ path: ['changes', 'date'] }] });
    // Nor back home onto a day another occurrence has since been moved to.
    await core.ok('series.cancelOccurrence', { id: series.id, originalDate: '2027-01-26' });
    await core.ok('series.moveOccurrence', {
      id: series.id,
      originalDate: '2027-02-09',
      date: '2027-01-26',
      time: '09:30',
    });
    expect(
      await core.fails('series.restoreOccurrence', { id: series.id, originalDate: '2027-01-26' }),
    ).toMatchObject({
      code: 'conflict',
      issues: [{ path: ['originalDate'], message: 'dateTaken' }],
    });
  });

  it('cancels one occurrence and its prepared meeting, and restores both as they were', async () => {
    const core = makeTestCore();
    const { series, firstMeeting } = await core.ok('series.create', biweekly());
    const second = await core.ok('series.prepareOccurrence', {
      id: series.id,
      originalDate: '2026-12-15',
      language: 'en',
    });
    const cancelled = await core.ok('series.cancelOccurrence', {
      id: series.id,
      originalDate: '2026-12-01',
    });
    expect(cancelled).toMatchObject({
      date: '2026-12-01',
      status: 'cancelled',
      meetingId: firstMeeting.id,
      meetingStatus: 'cancelled',
    });
    expect((await occurrencesOf(core, series.id)).map((o) => o.status)).toEqual([
      'cancelled',
      'scheduled',
      'scheduled',
      'scheduled',
    ]);
    expect((await core.ok('meeting.get', { id: second.id })).meeting).toEqual(second);
    const restored = await core.ok('series.restoreOccurrence', {
      id: series.id,
      originalDate: '2026-12-01',
    });
    expect(restored).toMatchObject({ status: 'scheduled', meetingStatus: 'planned' });
    expect((await core.ok('meeting.get', { id: firstMeeting.id })).meeting).toMatchObject({
      status: 'planned',
      date: '2026-12-01',
      startTime: '09:30',
    });
  });

  it('restores a moved occurrence to its original date and time', async () => {
    const core = makeTestCore();
    const { series, firstMeeting } = await core.ok('series.create', biweekly());
    await core.ok('series.moveOccurrence', {
      id: series.id,
      originalDate: '2026-12-01',
      date: '2026-12-03',
      time: '14:00',
    });
    await core.ok('series.restoreOccurrence', { id: series.id, originalDate: '2026-12-01' });
    expect((await core.ok('meeting.get', { id: firstMeeting.id })).meeting).toMatchObject({
      date: '2026-12-01',
      startTime: '09:30',
      endTime: '11:00',
      startsAt: torontoWinter('2026-12-01', '09:30'),
    });
  });

  it('refuses to cancel or restore a meeting that has started or ended', async () => {
    const core = makeTestCore();
    const { series, firstMeeting } = await core.ok('series.create', biweekly());
    const ref = { id: series.id, originalDate: '2026-12-01' };
    await core.ok('run.start', { meetingId: firstMeeting.id });
    expect(await core.fails('series.cancelOccurrence', ref)).toMatchObject({ code: 'conflict' });
    await core.ok('run.end', { meetingId: firstMeeting.id });
    expect(await core.fails('series.cancelOccurrence', ref)).toMatchObject({ code: 'conflict' });
    expect(await core.fails('series.restoreOccurrence', ref)).toMatchObject({ code: 'conflict' });
    expect(
      await core.fails('series.cancelOccurrence', { id: series.id, originalDate: '2026-12-02' }),
    ).toMatchObject({ code: 'invalid_input', issues: [{ message: 'notOnRule' }] });
  });

  it('prepares an occurrence once, from the template, and never a cancelled one', async () => {
    const core = makeTestCore();
    const { series } = await core.ok('series.create', biweekly());
    const ref = { id: series.id, originalDate: '2027-01-12', language: 'fr' as const };
    const prepared = await core.ok('series.prepareOccurrence', ref);
    expect(prepared).toMatchObject({
      seriesId: series.id,
      occurrenceDate: '2027-01-12',
      date: '2027-01-12',
      startsAt: torontoWinter('2027-01-12', '09:30'),
    });
    expect((await core.ok('meeting.get', { id: prepared.id })).items.map((i) => i.title)).toEqual(
      shippedTemplate('case_consultation', 'fr').map((t) => t.title),
    );
    expect(await core.ok('series.prepareOccurrence', ref)).toEqual(prepared);
    expect(await core.ok('meeting.list', { seriesId: series.id })).toHaveLength(2);

    await core.ok('series.cancelOccurrence', { id: series.id, originalDate: '2026-12-29' });
    expect(
      await core.fails('series.prepareOccurrence', { ...ref, originalDate: '2026-12-29' }),
    ).toMatchObject({ code: 'conflict' });
    expect(
      await core.fails('series.prepareOccurrence', { ...ref, originalDate: '2026-12-30' }),
    ).toMatchObject({ code: 'invalid_input', issues: [{ path: ['originalDate'] }] });
  });

  it('prepares a moved occurrence at its new date and time', async () => {
    const core = makeTestCore();
    const { series } = await core.ok('series.create', biweekly());
    await core.ok('series.moveOccurrence', {
      id: series.id,
      originalDate: '2026-12-29',
      date: '2026-12-30',
      time: '13:00',
    });
    const prepared = await core.ok('series.prepareOccurrence', {
      id: series.id,
      originalDate: '2026-12-29',
      language: 'en',
    });
    expect(prepared).toMatchObject({
      occurrenceDate: '2026-12-29',
      date: '2026-12-30',
      startTime: '13:00',
      endTime: '14:30',
    });
  });
});

describe('series.exportIcs', () => {
  it('exports the rule with its cancelled and moved occurrences', async () => {
    const core = makeTestCore();
    const { series } = await core.ok('series.create', biweekly());
    await core.ok('series.cancelOccurrence', { id: series.id, originalDate: '2026-12-29' });
    await core.ok('series.moveOccurrence', {
      id: series.id,
      originalDate: '2026-12-15',
      date: '2026-12-16',
      time: '13:00',
    });
    const { ics, filename } = await core.ok('series.exportIcs', { id: series.id });
    expect(filename).toBe('Complex-case-consultation.ics');
    expect(ics).toContain('RRULE:FREQ=WEEKLY;INTERVAL=2');
    expect(ics).toContain('EXDATE;TZID=America/Toronto:20261229T093000');
    expect(ics).toContain('RECURRENCE-ID;TZID=America/Toronto:20261215T093000');
    expect(await core.fails('series.exportIcs', { id: 'nope' })).toMatchObject({
      code: 'not_found',
    });
  });
});

describe('series writes', () => {
  it('tell every window that meetings changed', async () => {
    const core = makeTestCore();
    const seen = changes(core);
    const { series } = await core.ok('series.create', biweekly());
    await core.ok('series.cancelOccurrence', { id: series.id, originalDate: '2026-12-15' });
    await core.fails('series.cancelOccurrence', { id: series.id, originalDate: '2026-12-16' });
    expect(seen).toEqual([['meetings'], ['meetings']]);
  });
});
