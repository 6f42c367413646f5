import type { RoundsAdvice } from '../contract/networking';

export interface AdviceInput {
  /** People who can be seated (present, not gone). */
  people: number;
  /** People per table: 2 = pairs. */
  groupSize: number;
  /** How many of them each agency has (people with no agency are left out). */
  agencySizes: readonly number[];
  separateSameOrg: boolean;
}

/**
 * The most rounds a group can do with nobody meeting anyone twice, and why — what the setup
 * screen suggests and explains.
 *
 * - Pairs: everyone can meet everyone, n − 1 rounds for an even count (the circle method), n for an
 *   odd one (one person sits out each round).
 * - Tables of k: each round someone meets k − 1 new people among the n − 1 others, so at most
 *   floor((n − 1)/(k − 1)) rounds (at least 1: a single table still makes one round).
 * - Same-agency separation: someone from the largest agency (s people) can meet only the n − s
 *   others, so pairs stop at n − s and tables at floor((n − s)/(k − 1)). The planner reaches
 *   n − s exactly for equal-size agencies in pairs; with unequal sizes, or tables, it is the upper
 *   bound the largest agency sets, which is what the facilitator needs to hear.
 * Hosts are counted like anyone else: they meet whoever comes to their table.
 */
export function adviseRounds(input: AdviceInput): RoundsAdvice {
  const n = input.people;
  const k = input.groupSize;
  if (n < 2) return { rounds: 0, reason: 'too_few', people: n, agencySize: null };
  const pairs = k === 2;
  const free: Pick<RoundsAdvice, 'rounds' | 'reason'> = pairs
    ? { rounds: n % 2 === 0 ? n - 1 : n, reason: n % 2 === 0 ? 'pairs_even' : 'pairs_odd' }
    : { rounds: Math.max(1, Math.floor((n - 1) / (k - 1))), reason: 'tables' };
  const largest = input.separateSameOrg ? Math.max(0, ...input.agencySizes) : 0;
  if (largest >= 2) {
    const others = n - largest;
    const bound = Math.max(1, pairs ? others : Math.floor(others / (k - 1)));
    if (bound < free.rounds) {
      return { rounds: bound, reason: 'agencies', people: n, agencySize: largest };
    }
  }
  return { ...free, people: n, agencySize: null };
}
