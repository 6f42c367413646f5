import { describe, expect, it } from 'vitest';
import { makeTestCore, type TestCore } from '../../helpers/core';
import { changes } from '../../helpers/meetings';
import { heldMeeting, orgs, TODAY } from '../../helpers/partners';

const DAY = 86_400_000;

async function statusAfter(core: TestCore, cadence: string, lastContact: string) {
  const org = await core.ok('org.create', { name: `Agency ${cadence} ${lastContact}` });
  await core.ok('partner.setProfile', {
    organizationId: org.id,
    cadence: cadence as 'monthly',
  });
  await core.ok('contact.add', { organizationId: org.id, date: lastContact });
  const rows = await core.ok('partner.cadence', {});
  return rows.find((r) => r.organizationId === org.id)!;
}

describe('partner.cadence', () => {
  it('lists every organization not archived, as a member contacted monthly by default', async () => {
    const core = makeTestCore();
    const [Shelter, Health, Closed] = await orgs(core, 'Shelter', 'Health', 'Closed');
    await core.ok('org.setArchived', { id: Closed, archived: true });
    expect(await core.ok('partner.cadence', {})).toEqual([
      {
        organizationId: Health,
        name: 'Health',
        shortName: '',
        networkStatus: 'member',
        cadence: 'monthly',
        lastContactDate: null,
        lastContactChannel: null,
        daysSince: null,
        dueDate: null,
        status: 'never',
      },
      expect.objectContaining({ organizationId: Shelter, status: 'never' }),
    ]);
  });

  it('puts a monthly contact due a calendar month later: due today is due soon, yesterday overdue', async () => {
    const core = makeTestCore();
    expect(await statusAfter(core, 'monthly', '2026-10-23')).toMatchObject({
      lastContactDate: '2026-10-23',
      lastContactChannel: 'call',
      daysSince: 31,
      dueDate: TODAY,
      status: 'due_soon',
    });
    expect(await statusAfter(core, 'monthly', '2026-10-22')).toMatchObject({
      dueDate: '2026-11-22',
      status: 'overdue',
    });
    // Seven days ahead is still due soon; eight is on track.
    expect(await statusAfter(core, 'monthly', '2026-10-30')).toMatchObject({
      dueDate: '2026-11-30',
      status: 'due_soon',
    });
    expect(await statusAfter(core, 'monthly', '2026-11-01')).toMatchObject({
      dueDate: '2026-12-01',
      status: 'on_track',
      daysSince: 22,
    });
    // A month after 31 October is 30 November: the month's end, not 1 December.
    expect(await statusAfter(core, 'monthly', '2026-10-31')).toMatchObject({
      dueDate: '2026-11-30',
      status: 'due_soon',
    });
    expect(await statusAfter(core, 'monthly', TODAY)).toMatchObject({
      daysSince: 0,
      dueDate: '2026-12-23',
      status: 'on_track',
    });
  });

  it('warns two days ahead for a weekly cadence, a week for the others', async () => {
    const core = makeTestCore();
    expect(await statusAfter(core, 'weekly', '2026-11-15')).toMatchObject({
      dueDate: '2026-11-22',
      status: 'overdue',
    });
    expect(await statusAfter(core, 'weekly', '2026-11-16')).toMatchObject({
      dueDate: TODAY,
      status: 'due_soon',
    });
    expect(await statusAfter(core, 'weekly', '2026-11-18')).toMatchObject({
      dueDate: '2026-11-25',
      status: 'due_soon',
    });
    expect(await statusAfter(core, 'weekly', '2026-11-19')).toMatchObject({
      dueDate: '2026-11-26',
      status: 'on_track',
    });
    expect(await statusAfter(core, 'biweekly', '2026-11-09')).toMatchObject({
      dueDate: TODAY,
      status: 'due_soon',
    });
    expect(await statusAfter(core, 'biweekly', '2026-11-08')).toMatchObject({
      status: 'overdue',
    });
    expect(await statusAfter(core, 'quarterly', '2026-08-23')).toMatchObject({
      dueDate: TODAY,
      status: 'due_soon',
    });
    expect(await statusAfter(core, 'quarterly', '2026-09-08')).toMatchObject({
      dueDate: '2026-12-08',
      status: 'on_track',
    });
    expect(await statusAfter(core, 'none', '2025-01-01')).toMatchObject({
      lastContactDate: '2025-01-01',
      dueDate: null,
      status: 'untracked',
    });
  });

  it('moves with the clock: due soon today, overdue tomorrow', async () => {
    const core = makeTestCore();
    const { id } = await statusAfter(core, 'monthly', '2026-10-23').then((r) => ({
      id: r.organizationId,
    }));
    core.clock.advance(DAY);
    const row = (await core.ok('partner.cadence', {})).find((r) => r.organizationId === id);
    expect(row).toMatchObject({ status: 'overdue', daysSince: 32, dueDate: TODAY });
  });

  it('leaves out contacts dated after today and deleted ones', async () => {
    const core = makeTestCore();
    const [Shelter] = await orgs(core, 'Shelter');
    await core.ok('contact.add', { organizationId: Shelter, date: '2026-12-01', channel: 'visit' });
    const gone = await core.ok('contact.add', { organizationId: Shelter, date: '2026-11-20' });
    await core.ok('contact.add', {
      organizationId: Shelter,
      date: '2026-09-01',
      channel: 'email',
    });
    await core.ok('contact.delete', { id: gone.id });
    expect((await core.ok('partner.cadence', {}))[0]).toMatchObject({
      lastContactDate: '2026-09-01',
      lastContactChannel: 'email',
      status: 'overdue',
    });
  });

  it('counts a meeting attended as a contact on its date, but not one only planned or missed', async () => {
    const core = makeTestCore();
    const [Shelter, Police, Health] = await orgs(core, 'Shelter', 'Police', 'Health');
    await heldMeeting(core, '2026-11-10', { present: [Shelter], absent: [Police] });
    // Planned: nobody has attended it yet.
    const planned = await core.ok('meeting.create', {
      title: 'Next',
      kind: 'committee',
      date: '2026-11-20',
      startTime: '09:00',
      endTime: '10:00',
      timeZone: 'America/Toronto',
      language: 'en',
    });
    await core.ok('attendance.add', {
      meetingId: planned.id,
      organizationId: Health,
      status: 'present',
    });
    await core.ok('contact.add', { organizationId: Shelter, date: '2026-11-02' });
    const rows = await core.ok('partner.cadence', {});
    expect(rows.find((r) => r.organizationId === Shelter)).toMatchObject({
      lastContactDate: '2026-11-10',
      lastContactChannel: 'meeting',
      dueDate: '2026-12-10',
      status: 'on_track',
    });
    expect(rows.find((r) => r.organizationId === Police)).toMatchObject({ status: 'never' });
    expect(rows.find((r) => r.organizationId === Health)).toMatchObject({ status: 'never' });
  });

  it('counts a meeting in progress today', async () => {
    const core = makeTestCore();
    const [Shelter] = await orgs(core, 'Shelter');
    await heldMeeting(core, TODAY, { present: [Shelter], running: true });
    expect((await core.ok('partner.cadence', {}))[0]).toMatchObject({
      lastContactDate: TODAY,
      status: 'on_track',
    });
  });

  it('orders the most urgent first and filters by network status', async () => {
    const core = makeTestCore();
    const [Aa, Bb, Cc, Dd, Ee] = await orgs(core, 'Aa', 'Bb', 'Cc', 'Dd', 'Ee');
    await core.ok('contact.add', { organizationId: Aa, date: '2026-11-20' }); // on track
    await core.ok('contact.add', { organizationId: Bb, date: '2026-10-20' }); // overdue (3 days)
    await core.ok('contact.add', { organizationId: Cc, date: '2026-10-01' }); // overdue (longer)
    await core.ok('contact.add', { organizationId: Dd, date: '2026-10-25' }); // due soon
    await core.ok('partner.setProfile', { organizationId: Ee, networkStatus: 'potential' });
    const order = (await core.ok('partner.cadence', {})).map((r) => r.name);
    expect(order).toEqual(['Cc', 'Bb', 'Ee', 'Dd', 'Aa']);
    expect(
      (await core.ok('partner.cadence', { networkStatus: 'potential' })).map((r) => r.name),
    ).toEqual(['Ee']);
    expect(
      (await core.ok('partner.cadence', { networkStatus: 'member' })).map((r) => r.name),
    ).toEqual(['Cc', 'Bb', 'Dd', 'Aa']);
  });
});

describe('partner.setProfile', () => {
  it('sets the cadence and status, keeps what it does not name, and tells the partners domain', async () => {
    const core = makeTestCore();
    const [Shelter] = await orgs(core, 'Shelter');
    const seen = changes(core);
    expect(
      await core.ok('partner.setProfile', { organizationId: Shelter, cadence: 'quarterly' }),
    ).toMatchObject({ cadence: 'quarterly', networkStatus: 'member', status: 'never' });
    expect(
      await core.ok('partner.setProfile', { organizationId: Shelter, networkStatus: 'potential' }),
    ).toMatchObject({ cadence: 'quarterly', networkStatus: 'potential' });
    expect(
      await core.ok('partner.setProfile', { organizationId: Shelter, cadence: 'none' }),
    ).toMatchObject({ status: 'untracked', dueDate: null });
    expect(seen).toEqual([['partners'], ['partners'], ['partners']]);
  });

  it('refuses an unknown organization or cadence', async () => {
    const core = makeTestCore();
    expect(
      await core.fails('partner.setProfile', { organizationId: 'nope', cadence: 'weekly' }),
    ).toMatchObject({ code: 'not_found' });
    const [Shelter] = await orgs(core, 'Shelter');
    expect(
      await core.fails('partner.setProfile', { organizationId: Shelter, cadence: 'daily' }),
    ).toMatchObject({ code: 'invalid_input' });
  });

  it('goes with its organization when that is deleted', async () => {
    const core = makeTestCore();
    const [Shelter] = await orgs(core, 'Shelter');
    await core.ok('partner.setProfile', { organizationId: Shelter, cadence: 'weekly' });
    const contact = await core.ok('contact.add', { organizationId: Shelter, date: '2026-11-20' });
    // A logged contact is history: it keeps the organization until it is deleted itself.
    expect((await core.fails('org.delete', { id: Shelter })).code).toBe('conflict');
    await core.ok('contact.delete', { id: contact.id });
    await core.ok('org.delete', { id: Shelter });
    expect(await core.ok('partner.cadence', {})).toEqual([]);
    expect(await core.ok('contact.list', {})).toEqual([]);
  });
});
