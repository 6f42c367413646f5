import type { NetworkingFormat, NetworkingSession, PlannedRound } from '../../../shared/contract';
import type { TestCore } from '../../helpers/core';
import { oneOff } from '../../helpers/meetings';

export const SEC = 1000;
export const MIN = 60 * SEC;
/** The test clock's start (makeTestCore). */
export const T0 = Date.UTC(2026, 10, 23, 14, 0);

/**
 * A speed-networking meeting today with `people` participants from as many agencies, in pairs:
 * 5-minute rounds, 1-minute switches, 3 rounds, auto-advance on (overridable), planned.
 */
export async function networkingEvent(
  core: TestCore,
  options: { people?: number; format?: Partial<NetworkingFormat>; meetingId?: string } = {},
): Promise<{ meetingId: string; session: NetworkingSession }> {
  const meetingId =
    options.meetingId ??
    (
      await core.ok(
        'meeting.create',
        oneOff({ title: 'Partners networking', kind: 'speed_networking', date: '2026-11-23' }),
      )
    ).id;
  for (let i = 1; i <= (options.people ?? 6); i++) {
    await core.ok('networking.addParticipant', {
      meetingId,
      participant: { name: `Person ${i}`, agency: `Agency ${i}` },
    });
  }
  await core.ok('networking.setFormat', {
    meetingId,
    format: {
      groupSize: 2,
      rounds: 3,
      roundSeconds: 300,
      switchSeconds: 60,
      autoAdvance: true,
      ...options.format,
    },
  });
  const session = await core.ok('networking.plan', { meetingId });
  return { meetingId, session };
}

/** Every pair seated together in the given rounds, as "a b" with a < b. */
export function pairsOf(rounds: readonly PlannedRound[]): string[] {
  const pairs: string[] = [];
  for (const round of rounds) {
    for (const table of round.tables) {
      for (let i = 0; i < table.length; i++) {
        for (let j = i + 1; j < table.length; j++) {
          const [a, b] = [table[i]!, table[j]!].sort();
          pairs.push(`${a} ${b}`);
        }
      }
    }
  }
  return pairs;
}

/** Where the event is: phase, round, and the countdown's status and deadline. */
export const where = (session: NetworkingSession) => ({
  phase: session.run.phase,
  round: session.run.round,
  status: session.run.timer?.status ?? null,
  deadline: session.run.timer?.deadline ?? null,
});
