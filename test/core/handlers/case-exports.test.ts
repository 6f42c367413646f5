import { describe, expect, it } from 'vitest';
import { makeTestCore } from '../../helpers/core';
import { oneOff } from '../../helpers/meetings';

/* Outside the app a case review is its case code: the typed title never leaves in an export. */

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
  return { core, meeting, item, shelter };
}

describe('case reviews in exports', () => {
  it('are named by their case code in the calendar invitation', async () => {
    const { core, meeting } = await withReview();
    const { ics } = await core.ok('meeting.exportIcs', { id: meeting.id });
    const unfolded = ics.replace(/\r\n[ \t]/g, '');
    expect(unfolded).not.toContain('Tremblay');
    expect(unfolded).toContain('CC-2026-014');
  });

  it('are named by their case code in the actions CSV, when internal items are included', async () => {
    const { core, meeting, item, shelter } = await withReview();
    await core.ok('action.add', {
      meetingId: meeting.id,
      itemId: item.id,
      description: 'Book a housing assessment',
      organizationId: shelter.id,
    });
    const { csv } = await core.ok('action.exportCsv', {
      today: '2026-11-23',
      language: 'en',
      includeInternal: true,
    });
    expect(csv).toContain('Book a housing assessment');
    expect(csv).toContain('CC-2026-014');
    expect(csv).not.toContain('Tremblay');
  });
});
