import type { Attendance, RunState } from '../../../shared/contract';
import type { Db } from '../db/open';
import { organizationsRepo } from '../db/repos/organizations';
import { peopleRepo } from '../db/repos/people';

/**
 * Who speaks for an attendance row in a speaking round: the agency (so two colleagues share one
 * turn), otherwise the person, otherwise the guest row itself.
 */
export function speakerIdOf(row: Attendance): string {
  return row.organizationId ?? row.personId ?? row.id;
}

/** The speakers present, in attendance order, each once. */
export function presentSpeakers(attendance: readonly Attendance[]): string[] {
  const present = attendance.filter((row) => row.status === 'present').map(speakerIdOf);
  return [...new Set(present)];
}

type Speaker = RunState['speakers'][number];

function nameFromAttendance(row: Attendance): string | null {
  if (row.organizationId !== null) return row.organizationShortName ?? row.organizationName;
  // For a guest, the repository already puts the typed name (or agency) in these fields.
  return row.personName ?? row.organizationName;
}

/**
 * Display names for a round's speakers: from the attendance list first (what the chair sees
 * there), then the directory for someone since removed from the list; '' if nothing is left
 * to name them by (a removed guest).
 */
export function speakerNames(
  db: Db,
  ids: readonly string[],
  attendance: readonly Attendance[],
): Speaker[] {
  const known = new Map<string, string>();
  for (const row of attendance) {
    const id = speakerIdOf(row);
    const name = nameFromAttendance(row);
    if (name !== null && !known.has(id)) known.set(id, name);
  }
  return ids.map((id) => ({ id, name: known.get(id) ?? directoryName(db, id) ?? '' }));
}

function directoryName(db: Db, id: string): string | null {
  const org = organizationsRepo(db).get(id);
  if (org) return org.shortName || org.name;
  return peopleRepo(db).get(id)?.name ?? null;
}
