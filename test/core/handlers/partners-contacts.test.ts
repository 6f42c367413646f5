import { describe, expect, it } from 'vitest';
import { makeTestCore } from '../../helpers/core';
import { changes } from '../../helpers/meetings';
import { heldMeeting, orgs } from '../../helpers/partners';

async function setUp() {
  const core = makeTestCore();
  const [Shelter, Health] = await orgs(core, 'Shelter North', 'Community Health');
  const ana = await core.ok('person.create', {
    name: 'Ana Tremblay',
    membership: { organizationId: Shelter },
  });
  return { core, Shelter, Health, ana };
}

describe('contact.add / update / delete / undelete', () => {
  it('logs a contact with defaults, names resolved, and tells the partners domain', async () => {
    const { core, Shelter, ana } = await setUp();
    const seen = changes(core);
    const contact = await core.ok('contact.add', {
      organizationId: Shelter,
      personId: ana.id,
      date: '2026-11-20',
      summary: '  Winter plan  ',
      followUpDate: '2026-12-04',
    });
    expect(contact).toEqual({
      id: contact.id,
      organizationId: Shelter,
      organizationName: 'Shelter North',
      personId: ana.id,
      personName: 'Ana Tremblay',
      date: '2026-11-20',
      channel: 'call',
      summary: 'Winter plan',
      followUpDate: '2026-12-04',
      automatic: false,
      meetingId: null,
      createdAt: core.clock.now(),
      updatedAt: core.clock.now(),
    });
    expect(seen).toEqual([['partners']]);
  });

  it('updates what it names, deletes softly and undeletes', async () => {
    const { core, Shelter, Health, ana } = await setUp();
    const contact = await core.ok('contact.add', {
      organizationId: Shelter,
      personId: ana.id,
      date: '2026-11-20',
    });
    core.clock.advance(1000);
    const updated = await core.ok('contact.update', {
      id: contact.id,
      changes: { organizationId: Health, personId: null, channel: 'visit' },
    });
    expect(updated).toMatchObject({
      organizationName: 'Community Health',
      personId: null,
      personName: null,
      channel: 'visit',
      date: '2026-11-20',
      updatedAt: contact.createdAt + 1000,
    });
    expect(await core.ok('contact.delete', { id: contact.id })).toEqual({ id: contact.id });
    expect(await core.ok('contact.list', {})).toEqual([]);
    // A deleted contact is gone for everything but undelete.
    expect(
      await core.fails('contact.update', { id: contact.id, changes: { summary: 'x' } }),
    ).toMatchObject({ code: 'not_found' });
    expect(await core.fails('contact.delete', { id: contact.id })).toMatchObject({
      code: 'not_found',
    });
    expect(await core.ok('contact.undelete', { id: contact.id })).toMatchObject({
      id: contact.id,
      channel: 'visit',
    });
    expect(await core.ok('contact.list', {})).toHaveLength(1);
  });

  it('refuses unknown organizations, people and contacts, and bad dates or channels', async () => {
    const { core, Shelter } = await setUp();
    expect(
      await core.fails('contact.add', { organizationId: 'nope', date: '2026-11-20' }),
    ).toMatchObject({ code: 'not_found' });
    expect(
      await core.fails('contact.add', {
        organizationId: Shelter,
        personId: 'nobody',
        date: '2026-11-20',
      }),
    ).toMatchObject({ code: 'not_found' });
    expect(
      await core.fails('contact.add', { organizationId: Shelter, date: '20/11/2026' }),
    ).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: ['date'], message: 'invalidDate' }],
    });
    expect(
      await core.fails('contact.add', {
        organizationId: Shelter,
        date: '2026-11-20',
        channel: 'fax',
      }),
    ).toMatchObject({ code: 'invalid_input' });
    expect(await core.fails('contact.undelete', { id: 'nope' })).toMatchObject({
      code: 'not_found',
    });
  });
});

describe('contact.list', () => {
  it('merges logged contacts with the meetings attended, newest first', async () => {
    const { core, Shelter, Health, ana } = await setUp();
    const meeting = await heldMeeting(core, '2026-11-10', {
      present: [Shelter, Health],
      title: 'Housing First committee',
    });
    // Ana was there for the shelter too: the agency's contact is one, named after her.
    await core.ok('attendance.add', {
      meetingId: meeting.id,
      personId: ana.id,
      organizationId: Shelter,
      status: 'present',
    });
    const late = await core.ok('contact.add', { organizationId: Shelter, date: '2026-11-12' });
    const early = await core.ok('contact.add', {
      organizationId: Shelter,
      date: '2026-11-01',
      channel: 'email',
    });
    const sameDay = await core.ok('contact.add', { organizationId: Health, date: '2026-11-10' });

    const all = await core.ok('contact.list', {});
    expect(all.map((c) => [c.date, c.organizationName, c.automatic])).toEqual([
      ['2026-11-12', 'Shelter North', false],
      ['2026-11-10', 'Community Health', false],
      ['2026-11-10', 'Shelter North', true],
      ['2026-11-10', 'Community Health', true],
      ['2026-11-01', 'Shelter North', false],
    ]);
    expect(all.map((c) => c.id).slice(0, 2)).toEqual([late.id, sameDay.id]);
    expect(all[4]!.id).toBe(early.id);

    const shelter = await core.ok('contact.list', { organizationId: Shelter });
    expect(shelter).toHaveLength(3);
    expect(shelter[1]).toEqual({
      id: expect.stringMatching(/^meeting:/),
      organizationId: Shelter,
      organizationName: 'Shelter North',
      // The first present on the list speaks for the agency: here its agency-only row.
      personId: null,
      personName: null,
      date: '2026-11-10',
      channel: 'meeting',
      summary: 'Housing First committee',
      followUpDate: null,
      automatic: true,
      meetingId: meeting.id,
      createdAt: expect.any(Number),
      updatedAt: expect.any(Number),
    });
    // Stable: the same meeting and agency give the same id on every read.
    expect((await core.ok('contact.list', { organizationId: Shelter }))[1]!.id).toBe(
      shelter[1]!.id,
    );
    expect(shelter[1]!.id).not.toBe(all[3]!.id);

    expect(
      (await core.ok('contact.list', { from: '2026-11-05', to: '2026-11-11' })).map((c) => c.date),
    ).toEqual(['2026-11-10', '2026-11-10', '2026-11-10']);
    expect(await core.ok('contact.list', { limit: 2 })).toHaveLength(2);
  });

  it('names the person present when the agency came through someone', async () => {
    const { core, Shelter, ana } = await setUp();
    const meeting = await core.ok('meeting.create', {
      title: 'Interagency',
      kind: 'interagency',
      date: '2026-11-17',
      startTime: '09:00',
      endTime: '10:00',
      timeZone: 'America/Toronto',
      language: 'en',
    });
    await core.ok('attendance.add', {
      meetingId: meeting.id,
      personId: ana.id,
      organizationId: Shelter,
      status: 'present',
    });
    await core.ok('run.start', { meetingId: meeting.id });
    expect(await core.ok('contact.list', { organizationId: Shelter })).toMatchObject([
      { personId: ana.id, personName: 'Ana Tremblay', meetingId: meeting.id, automatic: true },
    ]);
  });

  it('refuses to change or delete an automatic contact, saying where to change it', async () => {
    const { core, Shelter } = await setUp();
    await heldMeeting(core, '2026-11-10', { present: [Shelter] });
    const [automatic] = await core.ok('contact.list', {});
    for (const [method, input] of [
      ['contact.update', { id: automatic!.id, changes: { summary: 'x' } }],
      ['contact.delete', { id: automatic!.id }],
      ['contact.undelete', { id: automatic!.id }],
    ] as const) {
      expect(await core.fails(method, input)).toMatchObject({
        code: 'conflict',
        message: expect.stringMatching(/attendance/),
        issues: [{ path: ['id'], message: 'automaticContact' }],
      });
    }
  });
});

describe('org.delete with history', () => {
  it('refuses to delete an organization with logged contacts or cases, and keeps them', async () => {
    const { core, Health } = await setUp();
    const [Clinic] = await orgs(core, 'Walk-in Clinic');
    await core.ok('contact.add', { organizationId: Health, date: '2026-11-20' });
    await core.ok('case.create', { code: 'CC-2026-001', agencyIds: [Clinic!] });
    for (const id of [Health, Clinic!]) {
      expect(await core.fails('org.delete', { id })).toMatchObject({
        code: 'conflict',
        message: expect.stringMatching(/contacts or cases/),
      });
    }
    expect(await core.ok('contact.list', { organizationId: Health })).toHaveLength(1);
    // Once the contact is deleted (soft), nothing holds the organization.
    const [contact] = await core.ok('contact.list', { organizationId: Health });
    await core.ok('contact.delete', { id: contact!.id });
    await core.ok('org.delete', { id: Health });
  });
});
