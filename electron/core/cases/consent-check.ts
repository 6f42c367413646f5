import type { Case, ConsentCheck, Language } from '../../../shared/contract';
import type { Db } from '../db/open';
import { perDb } from '../db/repos/per-db';
import { consentGap } from './consent';

/**
 * The agencies in the room: those marked present for themselves, and those of the people marked
 * present (the agency a person attends for, else where they worked on the meeting's day).
 */
const presentAgencies = perDb((db: Db) =>
  db.prepare<[string], { id: string; name: string }>(`
    SELECT DISTINCT o.id, o.name
    FROM attendance a
      JOIN meetings mt ON mt.id = a.meeting_id
      LEFT JOIN memberships m ON a.organization_id IS NULL AND m.person_id = a.person_id
        AND (m.start_date IS NULL OR m.start_date <= mt.date)
        AND (m.end_date IS NULL OR m.end_date >= mt.date)
      JOIN organizations o ON o.id = coalesce(a.organization_id, m.organization_id)
    WHERE a.meeting_id = ? AND a.status = 'present'
    ORDER BY o.name_key, o.name, o.id`),
);

/**
 * Guests marked present (not in the directory): no consent can be on file for them. Named by the
 * agency they typed, one line per agency (or per "guest" when none was typed); never by name.
 */
const presentGuests = perDb((db: Db) =>
  db
    .prepare<[string], string>(
      `
    SELECT min(trim(guest_organization))
    FROM attendance
    WHERE meeting_id = ? AND status = 'present' AND organization_id IS NULL AND person_id IS NULL
    GROUP BY lower(trim(guest_organization))
    ORDER BY lower(trim(guest_organization)) = '', lower(trim(guest_organization))`,
    )
    .pluck(),
);

const GUEST: Record<Language, string> = { en: 'Guest', fr: 'Personne invitée' };

/** Who in the room the client has not agreed to share with, and why; everyone else present. */
export function consentCheck(
  db: Db,
  kase: Case,
  meetingId: string,
  today: string,
  language: Language,
): ConsentCheck {
  const onFile = new Map(kase.agencies.map((a) => [a.organizationId, a]));
  const check: ConsentCheck = {
    caseId: kase.id,
    caseCode: kase.code,
    withoutConsent: [],
    withConsent: [],
  };
  for (const { id, name } of presentAgencies(db).all(meetingId)) {
    const agency = onFile.get(id);
    const reason = agency ? consentGap(agency, today) : 'not_involved';
    if (reason === null) check.withConsent.push({ organizationId: id, name });
    else check.withoutConsent.push({ organizationId: id, name, reason });
  }
  for (const agency of presentGuests(db).all(meetingId)) {
    check.withoutConsent.push({
      organizationId: null,
      name: agency === '' ? GUEST[language] : agency,
      reason: 'not_involved',
    });
  }
  return check;
}
