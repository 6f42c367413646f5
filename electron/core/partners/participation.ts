import type { AgencyParticipation, Participation } from '../../../shared/contract';
import type { Db } from '../db/open';
import { perDb } from '../db/repos/per-db';
import { seriesRepo } from '../db/repos/series';
import { found } from '../handlers/require';

const statements = perDb((db: Db) => ({
  /** The series' meetings held (started or ended; a cancelled one was not), in date order. */
  held: db.prepare<[string], { id: string; date: string }>(`
    SELECT id, date FROM meetings
    WHERE series_id = ? AND status IN ('in_progress', 'ended')
    ORDER BY date, start_time, starts_at, id`),
  /**
   * Every agency row on the held meetings' lists, read from the attendance_meeting_organization
   * index alone, as arrays: grouping them here is cheaper than SQLite's temporary B-tree.
   */
  rows: db
    .prepare<
      [string],
      [meetingId: string, organizationId: string, present: number, regrets: number]
    >(
      `SELECT a.meeting_id, a.organization_id, a.status = 'present', a.status = 'regrets'
       FROM meetings m JOIN attendance a ON a.meeting_id = m.id
       WHERE m.series_id = ? AND m.status IN ('in_progress', 'ended')
         AND a.organization_id IS NOT NULL`,
    )
    .raw(),
  agency: db.prepare<[string], { name: string; archived: number }>(
    'SELECT name, archived_at IS NOT NULL AS archived FROM organizations WHERE id = ?',
  ),
}));

/**
 * Who comes to a series. An agency counts from the first held meeting whose attendance list
 * named it (invited, excused or present): meetings before it joined are not missed. It attended
 * a meeting when someone from it was present. `missedInARow` counts back from the latest held
 * meeting to the last one it attended (or to when it joined), so the chair sees whom to invite
 * again. Regrets sent for a meeting it did not attend are counted apart (they are still missed). Archived agencies are left out: nobody will invite them.
 */
export function seriesParticipation(db: Db, seriesId: string): Participation {
  const series = found(seriesRepo(db).get(seriesId), 'series', seriesId);
  const { held, rows: listed, agency: agencyRow } = statements(db);
  const meetings = held.all(seriesId);
  const position = new Map(meetings.map((m, index) => [m.id, index]));

  // Per agency: the first held meeting that listed it, and the held meetings it attended.
  const agencies = new Map<
    string,
    { first: number; attended: Set<number>; regrets: Set<number> }
  >();
  for (const [meetingId, organizationId, present, regrets] of listed.all(seriesId)) {
    const index = position.get(meetingId);
    if (index === undefined) continue;
    let agency = agencies.get(organizationId);
    if (!agency) {
      agency = { first: index, attended: new Set(), regrets: new Set() };
      agencies.set(organizationId, agency);
    }
    if (index < agency.first) agency.first = index;
    if (present) agency.attended.add(index);
    if (regrets) agency.regrets.add(index);
  }

  const last = meetings.length - 1;
  const rows: AgencyParticipation[] = [];
  for (const [organizationId, agency] of agencies) {
    const org = agencyRow.get(organizationId);
    if (!org || org.archived) continue;
    const heldSince = meetings.length - agency.first;
    const lastIndex = agency.attended.size ? Math.max(...agency.attended) : null;
    rows.push({
      organizationId,
      name: org.name,
      held: heldSince,
      attended: agency.attended.size,
      // One of its people there while another sent regrets: it attended.
      regrets: [...agency.regrets].filter((index) => !agency.attended.has(index)).length,
      rate: heldSince === 0 ? 0 : agency.attended.size / heldSince,
      lastAttended: lastIndex === null ? null : meetings[lastIndex]!.date,
      missedInARow: last - (lastIndex ?? agency.first - 1),
    });
  }
  rows.sort((a, b) => b.missedInARow - a.missedInARow || a.name.localeCompare(b.name));
  return { seriesId, seriesTitle: series.title, held: meetings.length, agencies: rows };
}
