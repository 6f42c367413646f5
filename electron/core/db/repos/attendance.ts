import type { Attendance, AttendanceStatus } from '../../../../shared/contract';
import type { Db } from '../open';
import { perDb } from './per-db';

/** A row as stored; names are resolved when read. */
export interface NewAttendance {
  id: string;
  meetingId: string;
  organizationId: string | null;
  personId: string | null;
  guestName: string;
  guestOrganization: string;
  status: AttendanceStatus;
  position: number;
  createdAt: number;
}

interface AttendanceRow {
  id: string;
  meeting_id: string;
  organization_id: string | null;
  person_id: string | null;
  guest_name: string;
  guest_organization: string;
  status: AttendanceStatus;
  person_name: string | null;
  organization_name: string | null;
  organization_short_name: string | null;
}

const orNull = (text: string) => (text === '' ? null : text);

// A guest's typed names stand in for the directory's.
const toAttendance = (r: AttendanceRow): Attendance => ({
  id: r.id,
  meetingId: r.meeting_id,
  organizationId: r.organization_id,
  personId: r.person_id,
  guestName: r.guest_name,
  guestOrganization: r.guest_organization,
  status: r.status,
  personName: r.person_name ?? orNull(r.guest_name),
  organizationName: r.organization_name ?? orNull(r.guest_organization),
  organizationShortName: orNull(r.organization_short_name ?? ''),
});

const SELECT = `
  SELECT a.id, a.meeting_id, a.organization_id, a.person_id, a.guest_name, a.guest_organization,
    a.status, p.name AS person_name, o.name AS organization_name,
    o.short_name AS organization_short_name
  FROM attendance a
    LEFT JOIN people p ON p.id = a.person_id
    LEFT JOIN organizations o ON o.id = a.organization_id`;

export const attendanceRepo = perDb((db: Db) => {
  const byId = db.prepare<[string], AttendanceRow>(`${SELECT} WHERE a.id = ?`);
  const byMeeting = db.prepare<[string], AttendanceRow>(
    `${SELECT} WHERE a.meeting_id = ? ORDER BY a.position, a.created_at, a.id`,
  );
  const endOfList = db.prepare<[string], { next: number }>(
    'SELECT coalesce(max(position) + 1, 0) AS next FROM attendance WHERE meeting_id = ?',
  );
  const insert = db.prepare(`
    INSERT INTO attendance (id, meeting_id, organization_id, person_id, guest_name,
      guest_organization, status, position, created_at)
    VALUES (:id, :meetingId, :organizationId, :personId, :guestName, :guestOrganization, :status,
      :position, :createdAt)`);
  const setStatus = db.prepare<[AttendanceStatus, string]>(
    'UPDATE attendance SET status = ? WHERE id = ?',
  );
  const remove = db.prepare<[string]>('DELETE FROM attendance WHERE id = ?');

  return {
    get: (id: string) => {
      const row = byId.get(id);
      return row ? toAttendance(row) : undefined;
    },
    /** In the order people were added, with display names resolved. */
    listByMeeting: (meetingId: string) => byMeeting.all(meetingId).map(toAttendance),
    endOfList: (meetingId: string) => endOfList.get(meetingId)?.next ?? 0,
    insert: (row: NewAttendance) =>
      insert.run({
        id: row.id,
        meetingId: row.meetingId,
        organizationId: row.organizationId,
        personId: row.personId,
        guestName: row.guestName,
        guestOrganization: row.guestOrganization,
        status: row.status,
        position: row.position,
        createdAt: row.createdAt,
      }),
    setStatus: (id: string, status: AttendanceStatus) => setStatus.run(status, id),
    remove: (id: string) => remove.run(id),
  };
});
