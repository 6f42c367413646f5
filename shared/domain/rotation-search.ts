/**
 * Local search for tables of any size (and for pairs when a rule breaks the constructions):
 * a greedy start, then tabu search swapping two people between tables of one round, after
 * Dotú & Van Hentenryck's social golfer search. Hosts and the sit-out rota never move.
 *
 * The effort is counted in work units (pair-count reads), never in elapsed time, so the same input
 * and seed give the same plan on a fast or a slow machine.
 */
import type { Layout } from './rotation-layout';
import { pairCounts, score, type IndexRound, type Model } from './rotation-model';
import { randomInt, shuffled, type Random } from './rotation-random';

/**
 * Each round, fills the tables one after the other with whoever adds the least cost to the table
 * so far (people not met yet, no forbidden pair), ties broken by a seeded shuffle.
 */
export function greedyRounds(
  model: Model,
  layout: Layout,
  rounds: number,
  random: Random,
): IndexRound[] {
  const { n, penalty } = model;
  const counts = Int32Array.from(model.history);
  const plan: IndexRound[] = [];
  for (let r = 0; r < rounds; r++) {
    const sittingOut = layout.sittingOut[r]!;
    const tables = layout.sizes.map((): number[] => []);
    const pool: number[] = [];
    for (let p = 0; p < n; p++) {
      const host = layout.hostTable[p]!;
      if (host >= 0) tables[host]!.push(p);
      else if (!sittingOut.includes(p)) pool.push(p);
    }
    const order = shuffled(pool, random);
    tables.forEach((table, t) => {
      while (table.length < layout.sizes[t]!) {
        let pick = 0;
        let least = Infinity;
        for (let i = 0; i < order.length && table.length > 0; i++) {
          let added = 0;
          for (const x of table) added += counts[order[i]! * n + x]! + penalty[order[i]! * n + x]!;
          if (added < least) [least, pick] = [added, i];
        }
        const person = order.splice(pick, 1)[0]!;
        for (const x of table) {
          counts[person * n + x]!++;
          counts[x * n + person]!++;
        }
        table.push(person);
      }
    });
    plan.push({ tables, sittingOut });
  }
  return plan;
}

export interface SearchOptions {
  /** Stop as soon as the cost is this low: nothing better exists. */
  target: number;
  /** Work units before the search gives up and keeps the best plan seen. */
  budget: number;
}

/** Iterations without a new best before going back to the best plan and shaking it. */
const MAX_STABLE = 400;
const TENURE_MIN = 4;
const TENURE_SPREAD = 12;
/** Work units charged per round visited, so that many tiny rounds still cost their loop time. */
const ROUND_OVERHEAD = 200;
const MAX_TIES = 4096;

export function tabuSearch(
  model: Model,
  layout: Layout,
  start: readonly IndexRound[],
  random: Random,
  { target, budget }: SearchOptions,
): IndexRound[] {
  const { n, penalty } = model;
  const rounds = start.length;
  const tableCount = layout.sizes.length;
  const movable = Uint8Array.from({ length: n }, (_, p) => Number(layout.hostTable[p]! < 0));
  const members = start.map((round) => round.tables.map((table) => table.slice()));
  const tableOf = members.map(() => new Int32Array(n));
  let counts: Int32Array = new Int32Array(0);
  let cost = 0;
  const load = (from: readonly (readonly number[][])[]) => {
    from.forEach((round, r) => {
      tableOf[r]!.fill(-1);
      round.forEach((table, t) => {
        members[r]![t] = table.slice();
        for (const p of table) tableOf[r]![p] = t;
      });
    });
    const plan = members.map((tables, r) => ({ tables, sittingOut: start[r]!.sittingOut }));
    counts = pairCounts(model, plan);
    cost = score(model, plan).cost;
  };
  load(members);

  // Moves a to b's table and b to a's, keeping the pair counts in step.
  const swap = (r: number, a: number, b: number) => {
    const A = tableOf[r]![a]!;
    const B = tableOf[r]![b]!;
    const tableA = members[r]![A]!;
    const tableB = members[r]![B]!;
    for (const x of tableA) {
      if (x === a) continue;
      counts[a * n + x]!--;
      counts[x * n + a]!--;
      counts[b * n + x]!++;
      counts[x * n + b]!++;
    }
    for (const y of tableB) {
      if (y === b) continue;
      counts[b * n + y]!--;
      counts[y * n + b]!--;
      counts[a * n + y]!++;
      counts[y * n + a]!++;
    }
    tableA[tableA.indexOf(a)] = b;
    tableB[tableB.indexOf(b)] = a;
    tableOf[r]![a] = B;
    tableOf[r]![b] = A;
  };
  // The cost change of a swap, computed directly (used outside the main loop).
  const swapDelta = (r: number, a: number, b: number) => {
    const pairChange = (p: number, x: number, change: number) => {
      const c = counts[p * n + x]!;
      return change > 0 ? c + penalty[p * n + x]! : -(c - 1) - penalty[p * n + x]!;
    };
    let delta = 0;
    for (const x of members[r]![tableOf[r]![a]!]!) {
      if (x !== a) delta += pairChange(a, x, -1) + pairChange(b, x, +1);
    }
    for (const y of members[r]![tableOf[r]![b]!]!) {
      if (y !== b) delta += pairChange(b, y, -1) + pairChange(a, y, +1);
    }
    return delta;
  };

  let best = members.map((round) => round.map((table) => table.slice()));
  let bestCost = cost;
  const tied = new Float64Array(MAX_TIES);
  const held = new Float64Array(n);
  const toA = new Float64Array(n);
  const fromA = new Float64Array(tableCount);
  const groupSize = Math.max(0, ...layout.sizes);
  // Tabu: after a swap, neither person may go back to the table they left in that round for a
  // few iterations (unless that gives a new best plan), so the search cannot just undo itself.
  const leftTable = new Int32Array(rounds * n).fill(-1);
  const leftUntil = new Int32Array(rounds * n);
  let work = 0;
  let stable = 0;
  for (let iteration = 1; cost > target && work < budget; iteration++) {
    let bestDelta = Infinity;
    let ties = 0;
    for (let r = 0; r < rounds; r++) {
      const tables = members[r]!;
      const where = tableOf[r]!;
      // held[p]: what p's seat costs, the pair costs at p's own table beyond a first meeting.
      // Positive means p is in conflict (a repeat or a forbidden pair): only they are moved.
      let conflicts = 0;
      // (Index loops: this is the hot path, and iterators here cost allocations.)
      for (let t = 0; t < tables.length; t++) {
        const table = tables[t]!;
        for (let i = 0; i < table.length; i++) {
          const p = table[i]!;
          let sum = 1 - table.length;
          for (let j = 0; j < table.length; j++) {
            sum += counts[p * n + table[j]!]! + penalty[p * n + table[j]!]!;
          }
          held[p] = sum;
          if (sum > 0 && movable[p]) conflicts++;
        }
      }
      work += ROUND_OVERHEAD + n * groupSize;
      if (conflicts === 0) continue;
      for (let A = 0; A < tables.length; A++) {
        const tableA = tables[A]!;
        let worthMoving = false;
        for (let i = 0; i < tableA.length; i++) {
          worthMoving ||= movable[tableA[i]!] === 1 && held[tableA[i]!]! > 0;
        }
        if (!worthMoving) continue;
        // toA[b]: what b would owe the people at table A.
        for (let b = 0; b < n; b++) {
          let sum = 0;
          for (let i = 0; i < tableA.length; i++) {
            sum += counts[b * n + tableA[i]!]! + penalty[b * n + tableA[i]!]!;
          }
          toA[b] = sum;
        }
        work += n * tableA.length;
        for (let i = 0; i < tableA.length; i++) {
          const a = tableA[i]!;
          if (!movable[a] || held[a]! <= 0) continue;
          // fromA[t]: what a would owe the people at table t.
          fromA.fill(0);
          for (let x = 0; x < n; x++) {
            if (where[x]! >= 0) fromA[where[x]!]! += counts[a * n + x]! + penalty[a * n + x]!;
          }
          work += n;
          for (let B = 0; B < tables.length; B++) {
            if (B === A) continue;
            const base = fromA[B]! - held[a]!;
            const tableB = tables[B]!;
            for (let j = 0; j < tableB.length; j++) {
              const b = tableB[j]!;
              if (!movable[b]) continue;
              // a leaves A and joins B without b; b leaves B and joins A without a.
              const delta =
                base + toA[b]! - held[b]! - 2 * (counts[a * n + b]! + penalty[a * n + b]!);
              if (delta > bestDelta) continue;
              const undoes =
                (leftTable[r * n + a] === B && leftUntil[r * n + a]! >= iteration) ||
                (leftTable[r * n + b] === A && leftUntil[r * n + b]! >= iteration);
              if (undoes && cost + delta >= bestCost) continue;
              if (delta < bestDelta) {
                bestDelta = delta;
                ties = 0;
              }
              if (ties < MAX_TIES) tied[ties++] = (r * n + a) * n + b;
            }
            work += tableB.length;
          }
        }
      }
    }
    // One draw among the best moves (the first MAX_TIES of them) breaks ties fairly.
    const move = ties > 0 ? tied[randomInt(random, ties)]! : -1;
    if (move >= 0) {
      const b = move % n;
      const a = Math.floor(move / n) % n;
      const r = Math.floor(move / (n * n));
      leftTable[r * n + a] = tableOf[r]![a]!;
      leftTable[r * n + b] = tableOf[r]![b]!;
      swap(r, a, b);
      cost += bestDelta;
      const until = iteration + TENURE_MIN + randomInt(random, TENURE_SPREAD);
      leftUntil[r * n + a] = until;
      leftUntil[r * n + b] = until;
    }
    if (cost < bestCost) {
      best = members.map((round) => round.map((table) => table.slice()));
      bestCost = cost;
      stable = 0;
    } else if (++stable > MAX_STABLE || move < 0) {
      // Stuck: start again from the best plan, shaken by a few random swaps.
      load(best);
      for (let shakes = 1 + randomInt(random, 3); shakes > 0; shakes--) {
        const r = randomInt(random, rounds);
        const a = randomInt(random, n);
        const b = randomInt(random, n);
        const A = tableOf[r]![a]!;
        const B = tableOf[r]![b]!;
        if (A < 0 || B < 0 || A === B || !movable[a] || !movable[b]) continue;
        cost += swapDelta(r, a, b);
        swap(r, a, b);
      }
      stable = 0;
    }
  }
  return best.map((tables, r) => ({ tables, sittingOut: start[r]!.sittingOut }));
}
