import { shuffled, type Random } from './rotation-random';

/**
 * Table sizes for `count` people: `groupSize` or `groupSize - 1`, never fewer than 2, largest
 * first. When no mix of those sizes adds up to `count` (pairs with an odd count, or five people
 * in tables of four), as few people as possible are left out: the sizes then add up to less.
 */
export function tableSizes(count: number, groupSize: number): number[] {
  const smallest = Math.max(2, groupSize - 1);
  for (let seated = count; seated >= smallest; seated--) {
    const tables = Math.ceil(seated / groupSize);
    if (tables * smallest > seated) continue;
    // With pairs every table is full; otherwise the surplus over the small size makes full tables.
    const full = smallest === groupSize ? tables : seated - tables * smallest;
    return Array.from({ length: tables }, (_, t) => (t < full ? groupSize : smallest));
  }
  return [];
}

/**
 * Who sits out in each round. Hosts never do. The others are taken in turn from one seeded cycle,
 * so nobody sits out twice before everyone has sat out once, and the counts never differ by more
 * than one after any round.
 */
export function sitOutSchedule(
  order: readonly number[],
  perRound: number,
  rounds: number,
): number[][] {
  return Array.from({ length: rounds }, (_, round) =>
    Array.from({ length: perRound }, (_, seat) => order[(round * perRound + seat) % order.length]!),
  );
}

export interface Layout {
  sizes: number[];
  /** `hostTable[person]` is the table a host keeps in every round, or -1. */
  hostTable: Int32Array;
  /** Per round, the people (indices) who sit out. */
  sittingOut: number[][];
  /** Non-hosts in sit-out order: the constructions align with it. */
  sitOutOrder: number[];
}

/**
 * Fixes the parts of the plan that the search never changes: table sizes, hosts' tables and the
 * sit-out rota. Hosts beyond the number of tables cannot each keep a table, so the later ones (in
 * input order) are seated like everyone else.
 */
export function planLayout(
  hosts: readonly boolean[],
  groupSize: number,
  rounds: number,
  random: Random,
): Layout {
  const count = hosts.length;
  const sizes = tableSizes(count, groupSize);
  const hostTable = new Int32Array(count).fill(-1);
  const others: number[] = [];
  let nextTable = 0;
  for (let person = 0; person < count; person++) {
    if (hosts[person] && nextTable < sizes.length) hostTable[person] = nextTable++;
    else others.push(person);
  }
  const sitOutOrder = shuffled(others, random);
  const perRound = count - sizes.reduce((sum, size) => sum + size, 0);
  const sittingOut = sitOutSchedule(sitOutOrder, perRound, rounds);
  return { sizes, hostTable, sittingOut, sitOutOrder };
}
