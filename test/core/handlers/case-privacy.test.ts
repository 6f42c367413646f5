import { describe, expect, it } from 'vitest';
import { makeTestCore } from '../../helpers/core';
import { oneOff } from '../../helpers/meetings';

/*
 * A case review's typed title could name the client: it never leaves the app (invitations) nor
 * shows where the item is only named (actions, search). Guests count in the consent check.
 */

async function withReview() {
  const core = makeTestCore();
  const shelter = await core.ok('org.create', { name: 'Shelter North' });
  const kase = await core.ok('case.create', {
    code: 'CC-2026-014',
    leadOrganizationId: shelter.id,
  });
  const meeting = await core.ok('meeting.create', oneOff({ kind: 'case_consultation' }));
  const item = await core.ok('agenda.add', {
    meetingId: meeting.id,
    item: { title: 'Review for Jane Tremblay', kind: 'case_review', caseId: kase.id },
  });
  return { core, meeting, item, shelter, kase };
}

const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, '');

describe('the calendar invitation', () => {
  it('lists shareable items and case codes, and only counts the other items', async () => {
    const { core, meeting } = await withReview();
    const add = (title: string, confidentiality: 'shareable' | 'internal' | 'confidential') =>
      core.ok('agenda.add', { meetingId: meeting.id, item: { title, confidentiality } });
    await add('Welcome and introductions', 'shareable');
    await add('Staffing at Shelter North', 'internal');
    await add('Complaint about Mr. Roy', 'confidential');

    const ics = unfold((await core.ok('meeting.exportIcs', { id: meeting.id })).ics);
    expect(ics).toContain('Welcome and introductions');
    expect(ics).toContain('Case review — CC-2026-014');
    expect(ics).toContain('+ 2 items not listed');
    for (const hidden of ['Tremblay', 'Staffing', 'Roy']) expect(ics).not.toContain(hidden);

    await core.ok('settings.update', { language: 'fr' });
    const fr = unfold((await core.ok('meeting.exportIcs', { id: meeting.id })).ics);
    expect(fr).toContain('Discussion de cas — CC-2026-014');
    expect(fr).toContain('+ 2 points non listés');
  });

  it('says nothing of withheld items when every item is shareable', async () => {
    const core = makeTestCore();
    const meeting = await core.ok('meeting.create', oneOff());
    await core.ok('agenda.add', { meetingId: meeting.id, item: { title: 'Round table' } });
    const ics = unfold((await core.ok('meeting.exportIcs', { id: meeting.id })).ics);
    expect(ics).toContain('Round table');
    expect(ics).not.toContain('not listed');
  });
});

describe("an action's agenda item", () => {
  it('is named by the case code for a case review, by its kind when no case is linked', async () => {
    const { core, meeting, item, shelter } = await withReview();
    const action = await core.ok('action.add', {
      meetingId: meeting.id,
      itemId: item.id,
      description: 'Book a housing assessment',
      organizationId: shelter.id,
    });
    expect(action.itemTitle).toBe('Case review — CC-2026-014');
    const list = await core.ok('action.list', { today: '2026-11-23' });
    expect(list.items.map((a) => a.itemTitle)).toEqual(['Case review — CC-2026-014']);
    expect(JSON.stringify(list)).not.toContain('Tremblay');

    await core.ok('agenda.update', { id: item.id, changes: { caseId: null } });
    const [unlinked] = (await core.ok('action.list', { today: '2026-11-23' })).items;
    expect(unlinked?.itemTitle).toBe('Case review');

    await core.ok('settings.update', { language: 'fr' });
    const [french] = (await core.ok('action.list', { today: '2026-11-23' })).items;
    expect(french?.itemTitle).toBe('Discussion de cas');
    // The export speaks its own language, whatever the interface's.
    const { csv } = await core.ok('action.exportCsv', {
      today: '2026-11-23',
      language: 'en',
      includeInternal: true,
    });
    expect(csv).toContain('Case review');
    expect(csv).not.toContain('Tremblay');
  });

  it('names a decision of a case review by the case code too', async () => {
    const { core, meeting, item } = await withReview();
    const decision = await core.ok('decision.add', {
      meetingId: meeting.id,
      itemId: item.id,
      text: 'Refer to the housing first program',
    });
    expect(decision.itemTitle).toBe('Case review — CC-2026-014');
  });
});

describe('search and case reviews', () => {
  const titles = async (core: ReturnType<typeof makeTestCore>, query: string) =>
    (await core.ok('search.query', { query })).filter((h) => h.kind === 'item');

  it('finds a case review by its case code and kind, never by its typed title', async () => {
    const { core, kase, item } = await withReview();
    expect(await titles(core, 'Tremblay')).toEqual([]);
    const [hit] = await titles(core, 'CC-2026-014');
    expect(hit).toMatchObject({ id: item.id, title: 'Case review — CC-2026-014' });
    expect(hit?.snippet).not.toContain('Tremblay');
    expect((await titles(core, 'discussion de cas')).map((h) => h.id)).toContain(item.id);

    // The index follows the case's code, the item's link and its kind.
    await core.ok('case.update', { id: kase.id, changes: { code: 'CC-2026-099' } });
    expect(await titles(core, 'CC-2026-014')).toEqual([]);
    expect((await titles(core, 'CC-2026-099')).map((h) => h.id)).toEqual([item.id]);
    await core.ok('agenda.update', { id: item.id, changes: { caseId: null } });
    expect(await titles(core, 'CC-2026-099')).toEqual([]);
    const unlinked = (await titles(core, 'case review')).find((h) => h.id === item.id);
    expect(unlinked?.title).toBe('Case review');
    await core.ok('agenda.update', { id: item.id, changes: { caseId: kase.id } });
    expect((await titles(core, 'CC-2026-099')).map((h) => h.id)).toEqual([item.id]);
    await core.ok('agenda.update', { id: item.id, changes: { kind: 'discussion' } });
    expect((await titles(core, 'Tremblay')).map((h) => h.title)).toEqual([
      'Review for Jane Tremblay',
    ]);
    expect(await titles(core, 'CC-2026-099')).toEqual([]);
  });
});

describe('case.consentCheck and guests', () => {
  it('names present guests by their typed agency, or as guests, without consent', async () => {
    const { core, meeting, kase, shelter } = await withReview();
    await core.ok('case.setConsent', {
      caseId: kase.id,
      organizationId: shelter.id,
      consent: 'yes',
    });
    const guest = (guestName: string, guestOrganization: string, status = 'present' as const) =>
      core.ok('attendance.add', { meetingId: meeting.id, guestName, guestOrganization, status });
    await guest('Marie Côté', 'Croix-Rouge');
    await guest('Paul Roy', 'croix-rouge ');
    await guest('Sam Lee', '');
    await core.ok('attendance.add', {
      meetingId: meeting.id,
      guestName: 'Absent Guest',
      guestOrganization: 'Legal Aid',
      status: 'regrets',
    });
    await core.ok('attendance.add', {
      meetingId: meeting.id,
      organizationId: shelter.id,
      status: 'present',
    });

    const check = await core.ok('case.consentCheck', { caseId: kase.id, meetingId: meeting.id });
    expect(check.withConsent).toEqual([{ organizationId: shelter.id, name: 'Shelter North' }]);
    expect(check.withoutConsent).toEqual([
      { organizationId: null, name: 'Croix-Rouge', reason: 'not_involved' },
      { organizationId: null, name: 'Guest', reason: 'not_involved' },
    ]);
    expect(JSON.stringify(check)).not.toMatch(/Marie|Paul|Sam/);
  });
});

describe('case initials', () => {
  it('tells a name typed as initials that it is not initials, however long', async () => {
    const core = makeTestCore();
    expect(await core.fails('case.create', { initials: 'John Smith' })).toMatchObject({
      issues: [{ path: ['initials'], message: 'invalidInitials' }],
    });
  });
});
