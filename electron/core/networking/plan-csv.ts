/**
 * The speed-networking spreadsheets: the plan (who sits where, round by round) and the contacts
 * summary (who met whom, for follow-up). Headers in the language asked for; cells go through the
 * shared CSV writer, which adds the BOM and defuses formulas in names.
 */
import type { ContactSummary, Language, NetworkingSession } from '../../../shared/contract';
import { networkingLabels } from '../../../shared/networking/labels';
import { toCsv } from '../csv';

/** Round, table, name, agency: a row per seat, table by table; sitting out after the tables. */
export function planCsv(session: NetworkingSession, language: Language): string {
  const labels = networkingLabels(language);
  const byId = new Map(session.participants.map((p) => [p.id, p]));
  const rounds = [...(session.plan?.rounds ?? [])].sort((a, b) => a.number - b.number);
  const rows: string[][] = [];
  const row = (round: number, table: string, id: string) => {
    const person = byId.get(id);
    if (person) rows.push([String(round), table, person.name, person.agency]);
  };
  for (const round of rounds) {
    round.tables.forEach((table, index) => {
      for (const id of table) row(round.number, String(index + 1), id);
    });
    for (const id of round.sittingOut) row(round.number, labels.planSittingOut, id);
  }
  return toCsv(labels.planHeader, rows);
}

/** Participant, agency, met, their agency, round: a row per contact, participants by name. */
export function summaryCsv(summary: readonly ContactSummary[], language: Language): string {
  const rows = summary.flatMap((entry) =>
    entry.met.map((other) => [
      entry.name,
      entry.agency,
      other.name,
      other.agency,
      String(other.round),
    ]),
  );
  return toCsv(networkingLabels(language).summaryHeader, rows);
}
