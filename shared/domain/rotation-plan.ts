/** The body of planRotation (rotation.ts): validation, model, construction or search. */
import { planLayout, type Layout } from './rotation-layout';
import {
  KEEP_APART_PENALTY,
  repeatCostFloor,
  SAME_ORG_PENALTY,
  score,
  type IndexRound,
  type Model,
} from './rotation-model';
import { designStarts } from './rotation-design-plan';
import { agencyRounds, circleRounds } from './rotation-pairs';
import { createRandom, shuffled, type Random } from './rotation-random';
import { greedyRounds, tabuSearch } from './rotation-search';
import type { RotationInput, RotationPlan } from './rotation-types';

/** Largest plan accepted: the search keeps n×n tables of pair counts. */
const MAX_PARTICIPANTS = 1000;
const MAX_ROUNDS = 1000;
/**
 * planRotation with an explicit search effort (work units): tests of the invariants, which hold
 * whatever the effort, use a small one to stay fast.
 */
export function planWithBudget(input: RotationInput, budget: number): RotationPlan {
  const { participants, groupSize, rounds } = input;
  if (!Number.isInteger(groupSize) || groupSize < 2 || groupSize > 8) {
    throw new RangeError(`groupSize must be an integer from 2 to 8, not ${groupSize}`);
  }
  if (!Number.isInteger(rounds) || rounds < 0 || rounds > MAX_ROUNDS) {
    throw new RangeError(`rounds must be an integer from 0 to ${MAX_ROUNDS}, not ${rounds}`);
  }
  if (participants.length > MAX_PARTICIPANTS) {
    throw new RangeError(`at most ${MAX_PARTICIPANTS} participants can be planned`);
  }
  const index = new Map<string, number>();
  participants.forEach(({ id }, i) => {
    if (index.has(id)) throw new RangeError(`participant ${id} is listed twice`);
    index.set(id, i);
  });

  const random = createRandom(input.seed ?? 0);
  const model = buildModel(input, index);
  const layout = planLayout(
    participants.map((p) => p.host === true),
    groupSize,
    rounds,
    random,
  );
  const target = repeatCostFloor(model, layout.sizes, rounds, layout.hostTable);
  let plan = cheapestStart(input, model, layout, rounds, random, target);
  if (score(model, plan).cost > target) {
    plan = tabuSearch(model, layout, plan, random, { target, budget });
  }
  const { repeats, violations } = score(model, plan);
  const ids = (people: readonly number[]) =>
    [...people].sort((a, b) => hostFirst(layout, a, b)).map((p) => participants[p]!.id);
  return {
    rounds: plan.map((round) => ({
      tables: round.tables.map(ids),
      sittingOut: ids(round.sittingOut),
    })),
    repeats,
    violations,
  };
}

/**
 * The cheapest of the starts: for pairs, a construction, kept at once when it is optimal; the
 * greedy start; a design's rounds (completed greedily) when one fits — the designs reach zero
 * repeats where the search alone may not.
 */
function cheapestStart(
  input: RotationInput,
  model: Model,
  layout: Layout,
  rounds: number,
  random: Random,
  target: number,
): IndexRound[] {
  const starts: IndexRound[][] = [];
  const pairs = input.groupSize === 2 && pairsByConstruction(input, model, layout, rounds, random);
  if (pairs) {
    if (score(model, pairs).cost <= target) return pairs;
    // Rules the construction ignores (unequal agencies, keepApart, history) can make the greedy
    // start better.
    starts.push(pairs);
  }
  const orgs = input.participants.map((p) => p.org || undefined);
  starts.push(
    greedyRounds(model, layout, rounds, random),
    ...designStarts(model, layout, orgs, rounds, random).map((prefix) =>
      greedyRounds(model, layout, rounds, random, prefix),
    ),
  );
  const costs = starts.map((start) => score(model, start).cost);
  return starts[costs.indexOf(Math.min(...costs))]!;
}

function hostFirst(layout: Layout, a: number, b: number): number {
  return Number(layout.hostTable[b]! >= 0) - Number(layout.hostTable[a]! >= 0) || a - b;
}

function buildModel(input: RotationInput, index: Map<string, number>): Model {
  const n = input.participants.length;
  const penalty = new Float64Array(n * n);
  const history = new Uint8Array(n * n);
  const pairsOf = (list: [string, string][] | undefined, each: (a: number, b: number) => void) => {
    for (const [x, y] of list ?? []) {
      const a = index.get(x);
      const b = index.get(y);
      // Unknown people (someone not present today) and self-pairs have nothing to avoid.
      if (a !== undefined && b !== undefined && a !== b) {
        each(a * n + b, b * n + a);
      }
    }
  };
  if (input.separateSameOrg ?? true) {
    input.participants.forEach((p, a) => {
      for (let b = a + 1; b < n; b++) {
        if (p.org && p.org === input.participants[b]!.org) {
          penalty[a * n + b] = penalty[b * n + a] = SAME_ORG_PENALTY;
        }
      }
    });
  }
  pairsOf(input.keepApart, (ab, ba) => (penalty[ab] = penalty[ba] = KEEP_APART_PENALTY));
  // A pair listed several times in the history still counts as one earlier meeting.
  pairsOf(input.history, (ab, ba) => (history[ab] = history[ba] = 1));
  return { n, penalty, history };
}

/**
 * Pairs by construction, or null when no construction applies. Several hosts rule them out: two
 * hosts keep two tables, so they can never form a pair, and a round-robin pairs everyone.
 */
function pairsByConstruction(
  input: RotationInput,
  model: Model,
  layout: Layout,
  rounds: number,
  random: Random,
): IndexRound[] | null {
  const { n } = model;
  const hosts = layout.hostTable.filter((table) => table >= 0).length;
  if (n < 2 || hosts > 1) return null;
  // With an odd count, circle position c sits out in circle round c; lining the positions up with
  // the sit-out rota (and the host last) makes round r of the plan use circle round r mod length.
  const positions =
    n % 2 === 0
      ? shuffled([...Array(n).keys()], random)
      : [...layout.sitOutOrder, ...[...Array(n).keys()].filter((p) => layout.hostTable[p]! >= 0)];
  const circle = circleRounds(positions);
  const cycle = n % 2 === 0 ? circle : circle.slice(0, layout.sitOutOrder.length);
  const candidates = [cycle];
  const agencies = agencyGroups(input, random);
  const crossing = n % 2 === 0 && agencies ? agencyRounds(agencies) : null;
  if (crossing) candidates.push(crossing);
  const plans = candidates.map((pairsCycle) =>
    Array.from({ length: rounds }, (_, r): IndexRound => ({
      tables: hostTablesFirst(pairsCycle[r % pairsCycle.length]!, layout),
      sittingOut: layout.sittingOut[r]!,
    })),
  );
  const costs = plans.map((plan) => score(model, plan).cost);
  return plans[costs.indexOf(Math.min(...costs))]!;
}

/** Everyone grouped by agency, in seeded order, when they all have one and agencies are equal. */
function agencyGroups(input: RotationInput, random: Random): number[][] | null {
  if (!(input.separateSameOrg ?? true)) return null;
  const byOrg = new Map<string, number[]>();
  for (const [i, { org }] of input.participants.entries()) {
    if (!org) return null;
    byOrg.set(org, [...(byOrg.get(org) ?? []), i]);
  }
  return shuffled([...byOrg.values()], random).map((members) => shuffled(members, random));
}

function hostTablesFirst(pairs: readonly (readonly number[])[], layout: Layout): number[][] {
  const tables: number[][] = [];
  const others: number[][] = [];
  for (const pair of pairs) {
    const host = pair.find((p) => layout.hostTable[p]! >= 0);
    if (host === undefined) others.push([...pair]);
    else tables[layout.hostTable[host]!] = [...pair];
  }
  for (let t = 0; t < layout.sizes.length; t++) tables[t] ??= others.shift()!;
  return tables;
}
