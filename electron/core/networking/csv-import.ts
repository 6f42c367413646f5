import { MAX_PARTICIPANTS } from '../../../shared/contract/networking';
import { type ErrorIssue } from '../../../shared/errors';
import type { CoreContext } from '../context';
import { csvError, lineIssue, parseCsv } from '../csv';
import { networkingRepo } from '../db/repos/networking';
import {
  alreadyListed,
  insertParticipant,
  listedKeys,
  resolveParticipant,
  type ResolvedParticipant,
} from './participants';

/**
 * Sign-up list columns, as registration forms and spreadsheets name them in English or French.
 * Forms often split the name: "Prénom" + "Nom" (then "Nom" is the family name) or first + last.
 * Anything else (email, phone…) is ignored.
 */
const COLUMNS = {
  name: ['nom', 'full_name', 'nom_complet', 'participant', 'participante', 'person', 'personne'],
  first_name: ['prenom', 'first', 'given_name'],
  last_name: ['nom_de_famille', 'last', 'surname', 'family_name'],
  agency: [
    'organisme',
    'organization',
    'organisation',
    'agence',
    'employer',
    'employeur',
    'organization_name',
    'nom_de_l_organisme',
  ],
} as const;

const MAX_TEXT = 200;

function nameOf(values: Record<string, string>): string {
  const first = values.first_name ?? '';
  const last = values.last_name ?? values.name ?? '';
  if ('first_name' in values) return `${first} ${last}`.trim();
  if ('last_name' in values && 'name' in values) return `${values.name ?? ''} ${last}`.trim();
  return (values.name ?? '').trim();
}

/**
 * Adds a sign-up list, all or nothing: a row that cannot be read rejects the file; someone already
 * on the list (same directory person, or same name and agency) is skipped and reported with their
 * line. Imported people count as present: the facilitator unticks whoever does not come.
 * Runs inside the caller's transaction.
 */
export function importParticipantsCsv(
  ctx: CoreContext,
  meetingId: string,
  csv: string,
): { added: number; skipped: { line: number; name: string }[] } {
  const { rows } = parseCsv(csv, COLUMNS, []);
  const first = rows[0]?.values;
  if (first && !('name' in first) && !('first_name' in first) && !('last_name' in first)) {
    throw csvError([lineIssue(1, 'name', 'missingColumn')]);
  }
  const listed = networkingRepo(ctx.db).participants(meetingId);
  const issues: ErrorIssue[] = [];
  const skipped: { line: number; name: string }[] = [];
  const planned: ResolvedParticipant[] = [];
  const seenPeople = new Set<string>();
  const seenNames = new Set<string>();
  for (const row of rows) {
    const name = nameOf(row.values);
    const agency = row.values.agency ?? '';
    if (!name) issues.push(lineIssue(row.line, 'name', 'required'));
    if (name.length > MAX_TEXT) issues.push(lineIssue(row.line, 'name', 'tooLong'));
    if (agency.length > MAX_TEXT) issues.push(lineIssue(row.line, 'agency', 'tooLong'));
    if (!name || name.length > MAX_TEXT || agency.length > MAX_TEXT) continue;
    const resolved = resolveParticipant(ctx, {
      personId: null,
      name,
      organizationId: null,
      agency,
      host: false,
      present: true,
    });
    // Someone already in the session, or earlier in this file.
    const keys = listedKeys(resolved);
    if (
      alreadyListed(listed, resolved) ||
      (keys.person !== null && seenPeople.has(keys.person)) ||
      seenNames.has(keys.nameAgency)
    ) {
      skipped.push({ line: row.line, name });
      continue;
    }
    if (keys.person !== null) seenPeople.add(keys.person);
    seenNames.add(keys.nameAgency);
    planned.push(resolved);
    if (listed.length + planned.length > MAX_PARTICIPANTS) {
      issues.push(lineIssue(row.line, '', 'tooManyParticipants'));
      break;
    }
  }
  if (issues.length) throw csvError(issues);
  for (const p of planned) insertParticipant(ctx, meetingId, p, { fromRound: 1 });
  return { added: planned.length, skipped };
}
