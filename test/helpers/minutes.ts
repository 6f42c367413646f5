import type { RichDoc } from '../../shared/domain/rich-text';
import type { TestCore } from './core';
import { seriesWithPartners } from './meetings';

/**
 * Words that appear in one place only, so a test can tell where each part of a meeting ended up.
 * The confidential item's words must never leave the app; the internal ones only when asked.
 */
export const WORDS = {
  shareable: {
    title: 'Terms of reference',
    notes: 'kangaroo',
    decision: 'Adopt the kangaroo terms',
    action: 'Circulate the kangaroo terms',
  },
  internal: {
    title: 'Staff pineapple budget',
    notes: 'pineapple figures',
    decision: 'Approve the pineapple budget',
    action: 'Draft the pineapple memo',
  },
  confidential: {
    title: 'Case walrus review',
    notes: 'walrus housing history',
    decision: 'Refer walrus to the mobile team',
    action: 'Call the walrus landlord',
  },
  deferred: { title: 'Shelter capacity update', notes: 'capacity figures' },
  general: 'Quorum reached with seven agencies',
  other: 'Meet again in January',
} as const;

/** The words that must never appear in any export. */
export const CONFIDENTIAL_WORDS = ['walrus', 'Case walrus review'];
/** The words that appear only when internal items are included. */
export const INTERNAL_WORDS = ['pineapple', 'Staff pineapple budget'];

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });

/** Notes with every kind of block the editor offers, around a distinctive word. */
export function richNotes(word: string): RichDoc {
  return {
    type: 'doc',
    content: [
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: `Discussed the ${word}: ` },
          { type: 'text', text: 'very important', marks: [{ type: 'bold' }] },
          { type: 'text', text: ' and ' },
          { type: 'text', text: 'somewhat urgent', marks: [{ type: 'italic' }] },
          { type: 'text', text: '. See ' },
          {
            type: 'text',
            text: 'the guide',
            marks: [{ type: 'link', attrs: { href: 'https://example.org/guide' } }],
          },
          { type: 'text', text: '.' },
        ],
      },
      { type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: 'Next steps' }] },
      {
        type: 'bulletList',
        content: [
          { type: 'listItem', content: [paragraph('First point')] },
          { type: 'listItem', content: [paragraph('Second point')] },
        ],
      },
      {
        type: 'orderedList',
        attrs: { start: 1 },
        content: [{ type: 'listItem', content: [paragraph('Numbered point')] }],
      },
      {
        type: 'taskList',
        content: [
          { type: 'taskItem', attrs: { checked: true }, content: [paragraph('Booked the room')] },
          { type: 'taskItem', attrs: { checked: false }, content: [paragraph('Order lunch')] },
        ],
      },
    ],
  };
}

/**
 * A case consultation (the first of a biweekly series, Tuesday 2026-12-01 in Toronto) with a
 * shareable, an internal, a confidential and a deferred item, each with notes, a decision and an
 * action; general notes; a decision under no item; attendance by agency with guests.
 */
export async function meetingForMinutes(core: TestCore) {
  const partners = await seriesWithPartners(core);
  const { shelter, health, ana, series, firstMeeting: meeting } = partners;
  const luc = await core.ok('person.create', {
    name: 'Luc Gagnon',
    membership: { organizationId: health.id },
  });
  await core.ok('meeting.update', {
    id: meeting.id,
    changes: {
      location: 'Community Room B, 12 King St.',
      goal: 'Coordinate supports for joint participants',
      chairId: ana.id,
      noteTakerId: luc.id,
    },
  });
  // The template's items go: the test decides the agenda.
  for (const item of (await core.ok('meeting.get', { id: meeting.id })).items) {
    await core.ok('agenda.delete', { id: item.id });
  }

  const add = (title: string, extra: Record<string, unknown> = {}) =>
    core.ok('agenda.add', { meetingId: meeting.id, item: { title, ...extra } });
  const shareable = await add(WORDS.shareable.title, {
    presenterPersonId: ana.id,
    presenterOrganizationId: shelter.id,
  });
  const internal = await add(WORDS.internal.title, { confidentiality: 'internal' });
  const confidential = await add(WORDS.confidential.title, { confidentiality: 'confidential' });
  const deferred = await add(WORDS.deferred.title, { status: 'deferred' });

  const items = [
    [shareable, WORDS.shareable],
    [internal, WORDS.internal],
    [confidential, WORDS.confidential],
  ] as const;
  for (const [item, words] of items) {
    await core.ok('note.save', {
      meetingId: meeting.id,
      itemId: item.id,
      doc: richNotes(words.notes),
    });
    await core.ok('decision.add', { meetingId: meeting.id, itemId: item.id, text: words.decision });
    await core.ok('action.add', {
      meetingId: meeting.id,
      itemId: item.id,
      description: words.action,
      organizationId: shelter.id,
      personId: ana.id,
      dueDate: '2026-12-15',
    });
  }
  await core.ok('note.save', {
    meetingId: meeting.id,
    itemId: deferred.id,
    doc: { type: 'doc', content: [paragraph(WORDS.deferred.notes)] },
  });
  await core.ok('note.save', {
    meetingId: meeting.id,
    itemId: null,
    doc: { type: 'doc', content: [paragraph(WORDS.general)] },
  });
  await core.ok('decision.add', { meetingId: meeting.id, text: WORDS.other });
  await core.ok('action.add', {
    meetingId: meeting.id,
    description: 'Book the January room',
    organizationId: health.id,
    personName: 'Pat Typed',
  });

  const attend = (draft: Record<string, unknown>) =>
    core.ok('attendance.add', { meetingId: meeting.id, ...draft });
  await attend({ organizationId: shelter.id, personId: ana.id, status: 'present' });
  await attend({
    guestName: 'Marc Dubé',
    guestOrganization: 'Mobile Crisis Team',
    status: 'present',
  });
  await attend({ organizationId: health.id, personId: luc.id, status: 'present' });
  await attend({ guestName: 'Sam Solo', status: 'present' });
  await attend({ guestName: 'Rita Regrets', guestOrganization: 'Food Bank', status: 'regrets' });
  await attend({ guestName: 'Abe Absent', guestOrganization: 'Legal Aid', status: 'absent' });
  await attend({ guestName: 'Eve Expected', guestOrganization: 'Food Bank', status: 'expected' });

  return { ...partners, luc, meeting, series, shareable, internal, confidential, deferred };
}
