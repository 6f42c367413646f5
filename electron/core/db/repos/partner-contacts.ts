import type { ContactChannel } from '../../../../shared/contract';
import type { Db } from '../open';
import { perDb } from './per-db';

/** A logged contact as stored, with the names joined for display and its deletion stamp. */
export interface ContactRecord {
  id: string;
  organizationId: string;
  organizationName: string;
  personId: string | null;
  personName: string | null;
  date: string;
  channel: ContactChannel;
  summary: string;
  followUpDate: string | null;
  deletedAt: number | null;
  createdAt: number;
  updatedAt: number;
}

export type NewContact = Omit<ContactRecord, 'organizationName' | 'personName'>;

/** A meeting an organization attended (someone from it present), newest first. */
export interface AttendedMeeting {
  meetingId: string;
  title: string;
  date: string;
  organizationId: string;
  organizationName: string;
  /** The first present on the list for that organization (an agency-only row has no one). */
  personId: string | null;
  personName: string | null;
  startedAt: number;
  updatedAt: number;
}

interface ContactRow {
  id: string;
  organization_id: string;
  organization_name: string;
  person_id: string | null;
  person_name: string | null;
  date: string;
  channel: ContactChannel;
  summary: string;
  follow_up_date: string | null;
  deleted_at: number | null;
  created_at: number;
  updated_at: number;
}

interface AttendedRow {
  meeting_id: string;
  title: string;
  date: string;
  organization_id: string;
  organization_name: string;
  person_id: string | null;
  person_name: string | null;
  started_at: number;
  updated_at: number;
}

const toContact = (r: ContactRow): ContactRecord => ({
  id: r.id,
  organizationId: r.organization_id,
  organizationName: r.organization_name,
  personId: r.person_id,
  personName: r.person_name,
  date: r.date,
  channel: r.channel,
  summary: r.summary,
  followUpDate: r.follow_up_date,
  deletedAt: r.deleted_at,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const toAttended = (r: AttendedRow): AttendedMeeting => ({
  meetingId: r.meeting_id,
  title: r.title,
  date: r.date,
  organizationId: r.organization_id,
  organizationName: r.organization_name,
  personId: r.person_id,
  personName: r.person_name,
  startedAt: r.started_at,
  updatedAt: r.updated_at,
});

const SELECT = `
  SELECT c.id, c.organization_id, o.name AS organization_name, c.person_id,
    pe.name AS person_name, c.date, c.channel, c.summary, c.follow_up_date, c.deleted_at,
    c.created_at, c.updated_at
  FROM partner_contacts c
    JOIN organizations o ON o.id = c.organization_id
    LEFT JOIN people pe ON pe.id = c.person_id`;
const LIVE_IN_RANGE = 'c.deleted_at IS NULL AND c.date BETWEEN :from AND :to';
const NEWEST_FIRST = 'ORDER BY c.date DESC, c.created_at DESC, c.rowid DESC LIMIT :limit';

/*
 * A meeting counts as a contact with an organization when someone marked present represented it
 * (the attendance row's agency) and the meeting has started or ended: one row of org_presence,
 * kept by triggers. The person is the first present on the list for that agency.
 */
const ATTENDED = `
  SELECT pr.meeting_id, m.title, pr.date, pr.organization_id, o.name AS organization_name,
    a.person_id, coalesce(pe.name, nullif(a.guest_name, '')) AS person_name,
    coalesce(m.started_at, m.created_at) AS started_at, m.updated_at
  FROM org_presence pr
    JOIN meetings m ON m.id = pr.meeting_id
    JOIN organizations o ON o.id = pr.organization_id
    LEFT JOIN attendance a ON a.id = (
      SELECT f.id FROM attendance f
      WHERE f.meeting_id = pr.meeting_id AND f.organization_id = pr.organization_id
        AND f.status = 'present'
      ORDER BY f.position LIMIT 1)
    LEFT JOIN people pe ON pe.id = a.person_id
  WHERE pr.date BETWEEN :from AND :to`;
const ATTENDED_NEWEST_FIRST = `
  ORDER BY pr.date DESC, m.start_time DESC, pr.meeting_id, pr.organization_id LIMIT :limit`;

interface Range {
  from: string;
  to: string;
  limit: number;
}

export const partnerContactsRepo = perDb((db: Db) => {
  const byId = db.prepare<[string], ContactRow>(`${SELECT} WHERE c.id = ?`);
  const all = db.prepare<Range, ContactRow>(`${SELECT} WHERE ${LIVE_IN_RANGE} ${NEWEST_FIRST}`);
  const byOrganization = db.prepare<Range & { organizationId: string }, ContactRow>(
    `${SELECT} WHERE c.organization_id = :organizationId AND ${LIVE_IN_RANGE} ${NEWEST_FIRST}`,
  );
  const attended = db.prepare<Range, AttendedRow>(`${ATTENDED} ${ATTENDED_NEWEST_FIRST}`);
  const attendedBy = db.prepare<Range & { organizationId: string }, AttendedRow>(
    `${ATTENDED} AND pr.organization_id = :organizationId ${ATTENDED_NEWEST_FIRST}`,
  );
  const insert = db.prepare(`
    INSERT INTO partner_contacts (id, organization_id, person_id, date, channel, summary,
      follow_up_date, deleted_at, created_at, updated_at)
    VALUES (:id, :organizationId, :personId, :date, :channel, :summary, :followUpDate, :deletedAt,
      :createdAt, :updatedAt)`);
  const update = db.prepare(`
    UPDATE partner_contacts SET organization_id = :organizationId, person_id = :personId,
      date = :date, channel = :channel, summary = :summary, follow_up_date = :followUpDate,
      deleted_at = :deletedAt, updated_at = :updatedAt
    WHERE id = :id`);

  const row = (c: NewContact) => ({
    id: c.id,
    organizationId: c.organizationId,
    personId: c.personId,
    date: c.date,
    channel: c.channel,
    summary: c.summary,
    followUpDate: c.followUpDate,
    deletedAt: c.deletedAt,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
  });

  return {
    /** Deleted contacts included (see `deletedAt`), so a deletion can be undone. */
    get: (id: string) => {
      const found = byId.get(id);
      return found ? toContact(found) : undefined;
    },
    /** Live logged contacts dated within [from, to], newest first. */
    list: (range: Range & { organizationId?: string | undefined }) =>
      (range.organizationId === undefined
        ? all.all(range)
        : byOrganization.all({ ...range, organizationId: range.organizationId })
      ).map(toContact),
    /** Meetings attended within [from, to], newest first: the automatic contacts. */
    attended: (range: Range & { organizationId?: string | undefined }) =>
      (range.organizationId === undefined
        ? attended.all(range)
        : attendedBy.all({ ...range, organizationId: range.organizationId })
      ).map(toAttended),
    insert: (c: NewContact) => insert.run(row(c)),
    update: (c: NewContact) => update.run(row(c)),
  };
});
