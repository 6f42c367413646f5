/**
 * The planner's cost model, on people numbered 0..n-1.
 *
 * A pair that shares a table `c` times (a prior meeting in the history counts as one) costs
 * c·(c-1)/2. The number of seatings is fixed by the table sizes, so minimising this is the same as
 * minimising the sum of squared pair counts: zero when nobody meets twice, and repeats spread as
 * evenly as they can be otherwise. A forbidden pair costs a penalty each time it shares a table;
 * the penalties are far above any repeat cost, so the search gives up any number of repeats before
 * it seats colleagues together, and seats colleagues together before a pair kept apart.
 */
export const SAME_ORG_PENALTY = 1e5;
export const KEEP_APART_PENALTY = 1e9;

export interface Model {
  n: number;
  /** n×n, per seating together: 0, SAME_ORG_PENALTY or KEEP_APART_PENALTY. */
  penalty: Float64Array;
  /** n×n, 1 when the pair met before. */
  history: Uint8Array;
}

/** One round by person index: the tables, then who sits out. */
export interface IndexRound {
  tables: number[][];
  sittingOut: number[];
}

export interface Score {
  /** The search objective (see above). */
  cost: number;
  /** Distinct pairs whose count, history included, is 2 or more. */
  repeats: number;
  /** Seatings of a forbidden pair: one per pair per round it shares a table. */
  violations: number;
}

/** History plus every seating together in `rounds`. */
export function pairCounts(model: Model, rounds: readonly IndexRound[]): Int32Array {
  const counts = Int32Array.from(model.history);
  const { n } = model;
  for (const round of rounds) {
    for (const table of round.tables) {
      for (let i = 0; i < table.length; i++) {
        for (let j = i + 1; j < table.length; j++) {
          const a = table[i]!;
          const b = table[j]!;
          counts[a * n + b]!++;
          counts[b * n + a]!++;
        }
      }
    }
  }
  return counts;
}

export function score(model: Model, rounds: readonly IndexRound[]): Score {
  const { n, penalty } = model;
  const counts = pairCounts(model, rounds);
  let cost = 0;
  let repeats = 0;
  for (let a = 0; a < n; a++) {
    for (let b = a + 1; b < n; b++) {
      const c = counts[a * n + b]!;
      cost += (c * (c - 1)) / 2;
      if (c >= 2) repeats++;
    }
  }
  let violations = 0;
  for (const round of rounds) {
    for (const table of round.tables) {
      for (let i = 0; i < table.length; i++) {
        for (let j = i + 1; j < table.length; j++) {
          const p = penalty[table[i]! * n + table[j]!]!;
          if (p > 0) {
            violations++;
            cost += p;
          }
        }
      }
    }
  }
  return { cost, repeats, violations };
}

/**
 * The least repeat cost any plan can have without violations: all seatings (and prior meetings)
 * spread as evenly as possible over the pairs that may meet. Reaching it means the plan is optimal,
 * so the search can stop early — which is what makes the easy cases instant.
 */
export function repeatCostFloor(
  model: Model,
  sizes: readonly number[],
  rounds: number,
  hostTable: Int32Array,
): number {
  const { n, penalty, history } = model;
  let pairs = 0;
  let meetings = rounds * sizes.reduce((sum, size) => sum + (size * (size - 1)) / 2, 0);
  for (let a = 0; a < n; a++) {
    for (let b = a + 1; b < n; b++) {
      // Two hosts keep different tables, so they can never meet.
      if (penalty[a * n + b]! > 0 || (hostTable[a]! >= 0 && hostTable[b]! >= 0)) continue;
      pairs++;
      meetings += history[a * n + b]!;
    }
  }
  if (pairs === 0) return 0;
  const base = Math.floor(meetings / pairs);
  const extra = meetings - base * pairs;
  return (extra * ((base + 1) * base)) / 2 + (pairs - extra) * ((base * (base - 1)) / 2);
}
