import type { PlannedRound } from '../../../shared/contract';
import type { CoreContext } from '../context';
import { networkingRepo, type ParticipantRecord } from '../db/repos/networking';
import { contactKey } from './session';

/**
 * Who met whom at this event, saved for the series' later sessions to avoid: every pair that
 * shared a table in a held round (rounds never started were never sat), once, with the round they
 * first met in. People are named by keys that outlive this session's participant ids (see
 * migration 0005). Written afresh each time, so finishing twice saves the same rows.
 */
export function saveContacts(
  ctx: CoreContext,
  meeting: { id: string; seriesId: string | null },
  rounds: readonly PlannedRound[],
  participants: readonly ParticipantRecord[],
): number {
  const repo = networkingRepo(ctx.db);
  const byId = new Map(participants.map((p) => [p.id, p]));
  repo.removeContacts(meeting.id);
  const saved = new Set<string>();
  const held = rounds.filter((r) => r.held).sort((a, b) => a.number - b.number);
  for (const round of held) {
    for (const table of round.tables) {
      const people = table.flatMap((id) => byId.get(id) ?? []);
      for (let i = 0; i < people.length; i++) {
        for (let j = i + 1; j < people.length; j++) {
          const [aKey, bKey] = ordered(contactKey(people[i]!), contactKey(people[j]!));
          // The same person listed twice cannot be told apart from themselves: not a contact.
          if (aKey === bKey || saved.has(`${aKey} ${bKey}`)) continue;
          saved.add(`${aKey} ${bKey}`);
          repo.insertContact({
            meetingId: meeting.id,
            seriesId: meeting.seriesId,
            aKey,
            bKey,
            round: round.number,
          });
        }
      }
    }
  }
  return saved.size;
}

/**
 * The pair in SQLite's order (its CHECK compares UTF-8 bytes, where JavaScript's `<` compares
 * UTF-16 units: the two disagree for a few characters, emoji against some CJK among them).
 */
function ordered(x: string, y: string): [string, string] {
  return Buffer.compare(Buffer.from(x), Buffer.from(y)) < 0 ? [x, y] : [y, x];
}
