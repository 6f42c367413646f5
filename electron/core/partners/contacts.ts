import { createHash } from 'node:crypto';
import type { Contact, ParsedInput } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import type { Db } from '../db/open';
import {
  partnerContactsRepo,
  type AttendedMeeting,
  type ContactRecord,
} from '../db/repos/partner-contacts';

const AUTOMATIC = 'meeting:';

/**
 * An automatic contact's id: stable for its meeting and organization, and recognisable by its
 * prefix. Hashed rather than `meeting:<meetingId>:<organizationId>`, which with UUIDs would pass
 * the contract's 64-character limit on ids.
 */
export function automaticContactId(meetingId: string, organizationId: string): string {
  const digest = createHash('sha256').update(`${meetingId}\u0000${organizationId}`).digest();
  return `${AUTOMATIC}${digest.toString('base64url').slice(0, 24)}`;
}

/** Automatic contacts come from attendance: they are changed there, not here. */
export function assertNotAutomatic(id: string): void {
  if (id.startsWith(AUTOMATIC)) {
    throw new AppError(
      'conflict',
      'This contact is a meeting the organization attended: change the meeting’s attendance instead.',
      [{ path: ['id'], message: 'automaticContact' }],
    );
  }
}

/** Only the contract's fields. */
export const publicContact = ({ deletedAt: _deletedAt, ...c }: ContactRecord): Contact => ({
  ...c,
  automatic: false,
  meetingId: null,
});

export const automaticContact = (m: AttendedMeeting): Contact => ({
  id: automaticContactId(m.meetingId, m.organizationId),
  organizationId: m.organizationId,
  organizationName: m.organizationName,
  personId: m.personId,
  personName: m.personName,
  date: m.date,
  channel: 'meeting',
  summary: m.title,
  followUpDate: null,
  automatic: true,
  meetingId: m.meetingId,
  createdAt: m.startedAt,
  updatedAt: m.updatedAt,
});

/**
 * Logged and automatic contacts together, newest first (on the same day, logged ones first).
 * Each source is read newest first up to the limit, so merging them needs no more.
 */
export function listContacts(db: Db, filter: ParsedInput<'contact.list'>): Contact[] {
  const range = {
    organizationId: filter.organizationId,
    from: filter.from ?? '0000-01-01',
    to: filter.to ?? '9999-12-31',
    limit: filter.limit,
  };
  const repo = partnerContactsRepo(db);
  const logged = repo.list(range).map(publicContact);
  const automatic = repo.attended(range).map(automaticContact);
  const merged: Contact[] = [];
  let l = 0;
  let a = 0;
  while (merged.length < filter.limit && (l < logged.length || a < automatic.length)) {
    const next = logged[l];
    const meeting = automatic[a];
    if (next && (!meeting || next.date >= meeting.date)) {
      merged.push(next);
      l++;
    } else if (meeting) {
      merged.push(meeting);
      a++;
    }
  }
  return merged;
}
