/**
 * The speed-networking rotation planner: who sits at which table in each round.
 *
 * Pairs are built by construction (the circle method; a product of round-robins when agencies
 * are all the same size), which gives zero repeats as long as that is possible. Tables of 3 to 8,
 * and pairs whose rules the constructions do not satisfy, start from the cheapest of a greedy
 * plan and, when the numbers fit, a combinatorial design (affine geometry, transversal design,
 * Kirkman system: rotation-designs.ts), then go through a tabu search (rotation-search.ts).
 * Everything is seeded, and the search's effort is counted in work units rather than time, so
 * the same input and seed always give the same plan.
 */
import { planWithBudget } from './rotation-plan';
import type { RotationInput, RotationPlan } from './rotation-types';

export type { RotationInput, RotationPlan } from './rotation-types';

/**
 * Search effort in work units (about one pair-count read each): about a quarter of a second on a
 * 2-core laptop for a search that cannot stop early. Usual cases stop long before, as soon as the
 * plan is provably optimal (see repeatCostFloor).
 */
const SEARCH_BUDGET = 40_000_000;

/**
 * Plans `rounds` rounds. Throws a RangeError for a group size outside 2..8, a negative or
 * fractional number of rounds, a duplicate participant or an oversized list.
 */
export function planRotation(input: RotationInput): RotationPlan {
  return planWithBudget(input, SEARCH_BUDGET);
}
