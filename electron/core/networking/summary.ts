/**
 * After the event: each participant's contacts for follow-up, from the rounds actually held (a
 * planned round that never took place introduced nobody). Pure, from the session alone.
 */
import type { ContactSummary, NetworkingSession } from '../../../shared/contract';
import { byName } from '../../../shared/networking/cards';

/**
 * Everyone who was there at some point (checked in, or seated in a held round even if they have
 * since left), alphabetically, each with the people they shared a table with, round by round.
 * Sitting a round out meets nobody; a participant who only sat out has an empty list.
 */
export function contactSummary(session: NetworkingSession): ContactSummary[] {
  const held = (session.plan?.rounds ?? [])
    .filter((round) => round.held)
    .sort((a, b) => a.number - b.number);
  const byId = new Map(session.participants.map((p) => [p.id, p]));
  const met = new Map<string, ContactSummary['met']>();
  const seen = new Set<string>();

  for (const round of held) {
    for (const id of round.sittingOut) seen.add(id);
    for (const table of round.tables) {
      for (const id of table) {
        seen.add(id);
        const list = met.get(id) ?? [];
        for (const other of table) {
          const person = byId.get(other);
          if (other === id || !person) continue;
          list.push({ name: person.name, agency: person.agency, round: round.number });
        }
        met.set(id, list);
      }
    }
  }

  return session.participants
    .filter((p) => p.present || seen.has(p.id))
    .map((p) => ({ participantId: p.id, name: p.name, agency: p.agency, met: met.get(p.id) ?? [] }))
    .sort(byName('en'));
}
