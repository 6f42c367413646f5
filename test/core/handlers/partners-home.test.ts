import { describe, expect, it } from 'vitest';
import { makeTestCore } from '../../helpers/core';
import { biweekly, oneOff } from '../../helpers/meetings';
import { heldMeeting, orgs, TODAY } from '../../helpers/partners';

describe('home.dashboard', () => {
  it('is empty but for today on a new database', async () => {
    const core = makeTestCore();
    expect(await core.ok('home.dashboard', {})).toEqual({
      today: TODAY,
      nextMeetings: [],
      actionsDue: [],
      partnersDue: [],
      partnersDueTotal: 0,
      casesDue: [],
      changesPending: [],
    });
  });

  it('lists the next five meetings from today, one still in progress first', async () => {
    const core = makeTestCore();
    const running = await heldMeeting(core, '2026-11-20', { running: true });
    await heldMeeting(core, TODAY, { title: 'Held this morning' });
    await core.ok('meeting.create', oneOff({ date: '2026-11-22', title: 'Yesterday' }));
    const dates = ['2026-12-15', TODAY, '2026-11-30', '2026-12-08', '2027-01-05'];
    for (const date of dates) await core.ok('meeting.create', oneOff({ date, title: date }));
    const { series } = await core.ok('series.create', biweekly({ startDate: '2026-11-24' }));
    await core.ok('series.cancelOccurrence', { id: series.id, originalDate: '2026-11-24' });

    const { nextMeetings } = await core.ok('home.dashboard', {});
    expect(nextMeetings.map((m) => [m.date, m.status])).toEqual([
      ['2026-11-20', 'in_progress'],
      [TODAY, 'planned'],
      ['2026-11-30', 'planned'],
      ['2026-12-08', 'planned'],
      ['2026-12-15', 'planned'],
    ]);
    expect(nextMeetings[0]).toEqual({
      id: running.id,
      title: 'Housing First committee',
      kind: 'committee',
      date: '2026-11-20',
      startTime: '09:30',
      status: 'in_progress',
    });
  });

  it('groups open actions due within a week or overdue by agency, the most overdue agency first', async () => {
    const core = makeTestCore();
    const [Shelter, Health] = await orgs(core, 'Shelter North', 'Community Health');
    const meeting = await core.ok('meeting.create', oneOff({ date: '2026-11-03' }));
    const add = (description: string, organizationId: string | null, dueDate: string | null) =>
      core.ok('action.add', { meetingId: meeting.id, description, organizationId, dueDate });
    const overdue = await add('Send consent forms', Shelter, '2026-11-16');
    const dueToday = await add('Call the landlord', Shelter, TODAY);
    const inAWeek = await add('Book the room', Health, '2026-11-30');
    const nobody = await add('Find a speaker', null, '2026-11-01');
    await add('Next month', Health, '2026-12-01');
    await add('Whenever', Health, null);
    const done = await add('Done already', Shelter, '2026-11-02');
    await core.ok('action.update', { id: done.id, changes: { status: 'done' } });
    const deleted = await add('Deleted', Shelter, '2026-11-02');
    await core.ok('action.delete', { id: deleted.id });

    const { actionsDue } = await core.ok('home.dashboard', {});
    expect(actionsDue).toEqual([
      {
        organizationId: null,
        organizationName: null,
        actions: [expect.objectContaining({ id: nobody.id, overdue: true })],
      },
      {
        organizationId: Shelter,
        organizationName: 'Shelter North',
        actions: [
          expect.objectContaining({ id: overdue.id, overdue: true }),
          expect.objectContaining({ id: dueToday.id, overdue: false }),
        ],
      },
      {
        organizationId: Health,
        organizationName: 'Community Health',
        actions: [
          {
            id: inAWeek.id,
            description: 'Book the room',
            dueDate: '2026-11-30',
            overdue: false,
            meetingId: meeting.id,
          },
        ],
      },
    ]);
  });

  it('orders agencies as late as each other by name, none named last', async () => {
    const core = makeTestCore();
    const [Shelter, Health] = await orgs(core, 'Shelter North', 'Community Health');
    const meeting = await core.ok('meeting.create', oneOff({ date: '2026-11-03' }));
    for (const organizationId of [null, Shelter, Health]) {
      await core.ok('action.add', {
        meetingId: meeting.id,
        description: 'Same day',
        organizationId,
        dueDate: '2026-11-20',
      });
    }
    const { actionsDue } = await core.ok('home.dashboard', {});
    expect(actionsDue.map((g) => g.organizationName)).toEqual([
      'Community Health',
      'Shelter North',
      null,
    ]);
  });

  it('lists member partners overdue, never contacted, then due soon: ten at most, with the total', async () => {
    const core = makeTestCore();
    const never = await orgs(
      core,
      ...Array.from({ length: 9 }, (_, n) => `Never ${String(n + 1).padStart(2, '0')}`),
    );
    const [Over, LongOver, Soon, Fine, Maybe, Quiet] = await orgs(
      core,
      'Overdue',
      'Long overdue',
      'Soon',
      'Fine',
      'Maybe',
      'Quiet',
    );
    await core.ok('contact.add', { organizationId: Over, date: '2026-10-20' });
    await core.ok('contact.add', { organizationId: LongOver, date: '2026-06-01' });
    await core.ok('contact.add', { organizationId: Soon, date: '2026-10-28' });
    await core.ok('contact.add', { organizationId: Fine, date: '2026-11-20' });
    await core.ok('partner.setProfile', { organizationId: Maybe, networkStatus: 'potential' });
    await core.ok('partner.setProfile', { organizationId: Quiet, cadence: 'none' });

    const home = await core.ok('home.dashboard', {});
    expect(home.partnersDueTotal).toBe(12);
    expect(home.partnersDue.map((p) => [p.organizationId, p.status])).toEqual([
      [LongOver, 'overdue'],
      [Over, 'overdue'],
      ...never.slice(0, 8).map((id) => [id, 'never']),
    ]);
    // The same rows as the cadence dashboard's.
    const cadence = await core.ok('partner.cadence', {});
    expect(home.partnersDue[0]).toEqual(cadence.find((p) => p.organizationId === LongOver));
    // Due soon comes after the never contacted: counted, but past the ten shown.
    expect(home.partnersDue.some((p) => p.organizationId === Soon)).toBe(false);
  });

  it('lists open cases due for review within two weeks or past', async () => {
    const core = makeTestCore();
    const late = await core.ok('case.create', { nextReviewDate: '2026-11-20' });
    const inTwoWeeks = await core.ok('case.create', { nextReviewDate: '2026-12-07' });
    await core.ok('case.create', { nextReviewDate: '2026-12-08' });
    const closed = await core.ok('case.create', { nextReviewDate: '2026-11-01' });
    await core.ok('case.close', { id: closed.id, closedOn: TODAY, reason: 'Housed' });
    expect((await core.ok('home.dashboard', {})).casesDue).toEqual([
      { id: late.id, code: late.code, nextReviewDate: '2026-11-20', overdue: true },
      { id: inTwoWeeks.id, code: inTwoWeeks.code, nextReviewDate: '2026-12-07', overdue: false },
    ]);
  });
});
