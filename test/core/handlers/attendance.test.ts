import { describe, expect, it } from 'vitest';
import { makeTestCore, type TestCore } from '../../helpers/core';
import { oneOff, seriesWithPartners } from '../../helpers/meetings';

async function setUp(core: TestCore) {
  const shelter = await core.ok('org.create', { name: 'Shelter North', shortName: 'SN' });
  const police = await core.ok('org.create', { name: 'Police Liaison Unit' });
  const ana = await core.ok('person.create', {
    name: 'Ana Tremblay',
    membership: { organizationId: shelter.id },
  });
  const meeting = await core.ok('meeting.create', oneOff());
  return { shelter, police, ana, meeting };
}

describe('attendance.add', () => {
  it('adds people, agencies and guests, with names for display', async () => {
    const core = makeTestCore();
    const { shelter, police, ana, meeting } = await setUp(core);
    const person = await core.ok('attendance.add', {
      meetingId: meeting.id,
      personId: ana.id,
      organizationId: shelter.id,
    });
    expect(person).toEqual({
      id: person.id,
      meetingId: meeting.id,
      organizationId: shelter.id,
      personId: ana.id,
      guestName: '',
      guestOrganization: '',
      status: 'expected',
      personName: 'Ana Tremblay',
      organizationName: 'Shelter North',
      organizationShortName: 'SN',
    });
    const agency = await core.ok('attendance.add', {
      meetingId: meeting.id,
      organizationId: police.id,
      status: 'regrets',
    });
    expect(agency).toMatchObject({
      personName: null,
      organizationName: 'Police Liaison Unit',
      organizationShortName: null,
      status: 'regrets',
    });
    const guest = await core.ok('attendance.add', {
      meetingId: meeting.id,
      guestName: 'Sam Roy',
      guestOrganization: 'City of Ottawa',
      status: 'present',
    });
    expect(guest).toMatchObject({
      personId: null,
      organizationId: null,
      personName: 'Sam Roy',
      organizationName: 'City of Ottawa',
    });
    const { attendance } = await core.ok('meeting.get', { id: meeting.id });
    expect(attendance.map((a) => a.id)).toEqual([person.id, agency.id, guest.id]);
  });

  it('refuses someone or an agency not in the directory, and an empty row', async () => {
    const core = makeTestCore();
    const { meeting } = await setUp(core);
    expect(
      await core.fails('attendance.add', { meetingId: meeting.id, personId: 'nobody' }),
    ).toMatchObject({ code: 'not_found' });
    expect(
      await core.fails('attendance.add', { meetingId: meeting.id, organizationId: 'none' }),
    ).toMatchObject({ code: 'not_found' });
    expect(
      await core.fails('attendance.add', { meetingId: 'nope', guestName: 'Sam' }),
    ).toMatchObject({ code: 'not_found' });
    expect(await core.fails('attendance.add', { meetingId: meeting.id })).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: ['personId'], message: 'attendeeRequired' }],
    });
  });

  it('lists a person once and an agency-only row once per meeting', async () => {
    const core = makeTestCore();
    const { shelter, ana, meeting } = await setUp(core);
    await core.ok('attendance.add', { meetingId: meeting.id, personId: ana.id });
    expect(
      await core.fails('attendance.add', {
        meetingId: meeting.id,
        personId: ana.id,
        organizationId: shelter.id,
      }),
    ).toMatchObject({
      code: 'conflict',
      issues: [{ path: ['personId'], message: 'alreadyListed' }],
    });
    await core.ok('attendance.add', { meetingId: meeting.id, organizationId: shelter.id });
    expect(
      await core.fails('attendance.add', { meetingId: meeting.id, organizationId: shelter.id }),
    ).toMatchObject({
      code: 'conflict',
      issues: [{ path: ['organizationId'], message: 'alreadyListed' }],
    });
    // Two guests from the same agency are two people.
    await core.ok('attendance.add', {
      meetingId: meeting.id,
      organizationId: shelter.id,
      guestName: 'New worker',
    });
    await core.ok('attendance.add', {
      meetingId: meeting.id,
      organizationId: shelter.id,
      guestName: 'Student',
    });
    // Another meeting has its own list.
    const other = await core.ok('meeting.create', oneOff({ title: 'Other' }));
    await core.ok('attendance.add', { meetingId: other.id, personId: ana.id });
  });
});

describe('attendance.setStatus and attendance.remove', () => {
  it('marks who came and takes rows off the list', async () => {
    const core = makeTestCore();
    const { ana, meeting } = await setUp(core);
    const row = await core.ok('attendance.add', { meetingId: meeting.id, personId: ana.id });
    expect(await core.ok('attendance.setStatus', { id: row.id, status: 'present' })).toMatchObject({
      id: row.id,
      status: 'present',
      personName: 'Ana Tremblay',
    });
    expect(await core.fails('attendance.setStatus', { id: row.id, status: 'late' })).toMatchObject({
      code: 'invalid_input',
    });
    expect(await core.ok('attendance.remove', { id: row.id })).toEqual({ id: row.id });
    expect((await core.ok('meeting.get', { id: meeting.id })).attendance).toEqual([]);
    expect(await core.fails('attendance.remove', { id: row.id })).toMatchObject({
      code: 'not_found',
    });
    expect(
      await core.fails('attendance.setStatus', { id: row.id, status: 'present' }),
    ).toMatchObject({ code: 'not_found' });
  });
});

describe('unrepresented agencies', () => {
  it('are the invited agencies with nobody present, once the meeting has started', async () => {
    const core = makeTestCore();
    const { shelter, police, ana, meeting } = await setUp(core);
    const health = await core.ok('org.create', { name: 'Community Health' });
    const anaRow = await core.ok('attendance.add', {
      meetingId: meeting.id,
      personId: ana.id,
      organizationId: shelter.id,
    });
    await core.ok('attendance.add', { meetingId: meeting.id, organizationId: police.id });
    await core.ok('attendance.add', { meetingId: meeting.id, organizationId: health.id });
    await core.ok('attendance.add', { meetingId: meeting.id, guestName: 'Sam', status: 'absent' });
    const unrepresented = async () =>
      (await core.ok('meeting.get', { id: meeting.id })).unrepresented;

    // Before it starts, everyone is merely expected: nobody is missing yet.
    expect(await unrepresented()).toEqual([]);
    await core.ok('run.start', { meetingId: meeting.id });
    expect(await unrepresented()).toEqual([
      { id: shelter.id, name: 'Shelter North' },
      { id: police.id, name: 'Police Liaison Unit' },
      { id: health.id, name: 'Community Health' },
    ]);
    await core.ok('attendance.setStatus', { id: anaRow.id, status: 'present' });
    await core.ok('run.end', { meetingId: meeting.id });
    expect(await unrepresented()).toEqual([
      { id: police.id, name: 'Police Liaison Unit' },
      { id: health.id, name: 'Community Health' },
    ]);
  });
});

describe('the invitations of a series', () => {
  it('carry over to the next meeting prepared: directory rows, expected again, guests left out', async () => {
    const core = makeTestCore();
    const { shelter, health, ana, series, firstMeeting } = await seriesWithPartners(core);
    const add = (row: Record<string, unknown>) =>
      core.ok('attendance.add', { meetingId: firstMeeting.id, ...row });
    await add({ personId: ana.id, organizationId: shelter.id, status: 'present' });
    await add({ organizationId: health.id, status: 'regrets' });
    await add({ guestName: 'Sam Roy', guestOrganization: 'City', status: 'present' });
    // A guest from a directory agency leaves the agency invited (once).
    await add({ organizationId: shelter.id, guestName: 'Student' });
    await add({ organizationId: shelter.id, guestName: 'Intern' });

    const second = await core.ok('series.prepareOccurrence', {
      id: series.id,
      originalDate: '2026-12-15',
      language: 'en',
    });
    const { attendance } = await core.ok('meeting.get', { id: second.id });
    expect(
      attendance.map((a) => [a.personName, a.organizationName, a.guestName, a.status]),
    ).toEqual([
      ['Ana Tremblay', 'Shelter North', '', 'expected'],
      [null, 'Community Health', '', 'expected'],
      [null, 'Shelter North', '', 'expected'],
    ]);
    // The first meeting's own list is untouched.
    expect((await core.ok('meeting.get', { id: firstMeeting.id })).attendance).toHaveLength(5);
  });

  it('come from the latest meeting before the one prepared', async () => {
    const core = makeTestCore();
    const { shelter, health, series, firstMeeting } = await seriesWithPartners(core);
    await core.ok('attendance.add', { meetingId: firstMeeting.id, organizationId: shelter.id });
    const prepare = (originalDate: string) =>
      core.ok('series.prepareOccurrence', { id: series.id, originalDate, language: 'en' });
    const third = await prepare('2026-12-29');
    await core.ok('attendance.add', { meetingId: third.id, organizationId: health.id });
    const fourth = await prepare('2027-01-12');
    const second = await prepare('2026-12-15');
    const names = async (id: string) =>
      (await core.ok('meeting.get', { id })).attendance.map((a) => a.organizationName);
    expect(await names(fourth.id)).toEqual(['Shelter North', 'Community Health']);
    expect(await names(second.id)).toEqual(['Shelter North']);
  });
});
