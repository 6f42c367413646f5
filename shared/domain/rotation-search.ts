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
 * Each round after `prefix` (kept as it is), fills the tables one after the other with whoever
 * adds the least cost to the table so far (people not met yet, no forbidden pair), ties broken by
 * a seeded shuffle.
 */
export function greedyRounds(
  model: Model,
  layout: Layout,
  rounds: number,
  random: Random,
  prefix: readonly IndexRound[] = [],
): IndexRound[] {
  const { n, penalty } = model;
  const counts = pairCounts(model, prefix);
  const plan: IndexRound[] = prefix.slice();
  for (let r = prefix.length; r < rounds; r++) {
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
/**
 * How long a person may not go back to the table they left: 1 to 3 iterations. Short: on the
 * social golfer instances tried (40 in 4s for 10 rounds, 32 in 4s for 8, 36 in 4s for 9…) longer
 * tenures (4 to 16, 10 to 30) reached zero repeats far less often in the same effort.
 */
const TENURE_MIN = 1;
const TENURE_SPREAD = 3;
/**
 * Work units (about one read of a pair count or sum each) charged per iteration and per round
 * visited on top of the reads counted, so that the many cheap iterations of a small plan count.
 */
const ITERATION_OVERHEAD = 250;
const ROUND_OVERHEAD = 20;
const MAX_TIES = 4096;

/** Largest owed-matrix (rounds × people × tables) kept; beyond it, sums are computed when needed. */
const MAX_OWED_CELLS = 1 << 21;

/**
 * The search state: the seating, the pair counts, and for every seated person in every round what
 * their seat costs (`held`, see below), kept up to date move by move so that an iteration only
 * visits the rounds that still have a conflict. When it fits, `owed` also keeps what each person
 * would owe each table, so that weighing a move is a few reads.
 */
class Seating {
  readonly n: number;
  readonly rounds: number;
  readonly tableCount: number;
  readonly members: number[][][] = [];
  /** tableOf[r·n + p]: p's table in round r, or -1 when p sits out. */
  readonly tableOf: Int32Array;
  counts: Int32Array = new Int32Array(0);
  /**
   * held[r·n + p]: the pair costs at p's own table beyond a first meeting. Positive means p is in
   * conflict in round r (a repeat or a forbidden pair): only such people are moved.
   */
  readonly held: Float64Array;
  /** Per round, the movable people in conflict. */
  readonly conflicts: Int32Array;
  /** owed[(r·n + p)·tableCount + t]: p's pair costs with the others at table t in round r. */
  readonly owed: Float64Array | null;
  cost = 0;

  constructor(
    private readonly model: Model,
    private readonly movable: Uint8Array,
    private readonly sittingOut: readonly number[][],
    tableCount: number,
  ) {
    this.n = model.n;
    this.rounds = sittingOut.length;
    this.tableCount = tableCount;
    this.tableOf = new Int32Array(this.rounds * this.n);
    this.held = new Float64Array(this.rounds * this.n);
    this.conflicts = new Int32Array(this.rounds);
    const cells = this.rounds * this.n * tableCount;
    this.owed = cells <= MAX_OWED_CELLS ? new Float64Array(cells) : null;
  }

  load(plan: readonly (readonly (readonly number[])[])[]) {
    const { n, model } = this;
    this.tableOf.fill(-1);
    this.held.fill(0);
    this.conflicts.fill(0);
    plan.forEach((tables, r) => {
      this.members[r] = tables.map((table) => table.slice());
      tables.forEach((table, t) => {
        for (const p of table) this.tableOf[r * n + p] = t;
      });
    });
    const indexPlan = this.members.map((tables, r) => ({
      tables,
      sittingOut: this.sittingOut[r]!,
    }));
    this.counts = pairCounts(model, indexPlan);
    this.cost = score(model, indexPlan).cost;
    for (let r = 0; r < this.rounds; r++) {
      for (let t = 0; t < this.tableCount; t++) this.refresh(r, t);
    }
  }

  weight(p: number, x: number): number {
    return this.counts[p * this.n + x]! + this.model.penalty[p * this.n + x]!;
  }

  /** Recomputes `held` for everyone at table t of round r, and what everyone owes that table. */
  private refresh(r: number, t: number) {
    const { n, held, movable, owed, tableOf, tableCount } = this;
    const table = this.members[r]![t]!;
    if (owed) {
      for (let x = 0; x < n; x++) {
        if (tableOf[r * n + x]! < 0) continue;
        let sum = 0;
        for (let j = 0; j < table.length; j++) {
          if (table[j] !== x) sum += this.weight(x, table[j]!);
        }
        owed[(r * n + x) * tableCount + t] = sum;
      }
    }
    for (let i = 0; i < table.length; i++) {
      const p = table[i]!;
      let sum = 1 - table.length;
      for (let j = 0; j < table.length; j++) {
        if (table[j] !== p) sum += this.weight(p, table[j]!);
      }
      if (movable[p]) this.conflicts[r]! += Number(sum > 0) - Number(held[r * n + p]! > 0);
      held[r * n + p] = sum;
    }
  }

  /** Changes a pair's count, and the sums that involve it in every round but `skip`. */
  private bump(p: number, x: number, change: number, skip: number) {
    const { n, tableOf, held, movable, owed, tableCount } = this;
    this.counts[p * n + x]! += change;
    this.counts[x * n + p]! += change;
    for (let r = 0, at = 0; r < this.rounds; r++, at += n) {
      const tp = tableOf[at + p]!;
      const tx = tableOf[at + x]!;
      if (r === skip || tp < 0 || tx < 0) continue;
      if (owed) {
        owed[(at + p) * tableCount + tx]! += change;
        owed[(at + x) * tableCount + tp]! += change;
      }
      if (tp !== tx) continue;
      const heldP = held[at + p]!;
      const heldX = held[at + x]!;
      held[at + p] = heldP + change;
      held[at + x] = heldX + change;
      if (movable[p]) this.conflicts[r]! += Number(heldP + change > 0) - Number(heldP > 0);
      if (movable[x]) this.conflicts[r]! += Number(heldX + change > 0) - Number(heldX > 0);
    }
  }

  /** into[b] = what each seated b would owe the others at table t of round r. Returns the work. */
  owedTo(r: number, t: number, into: Float64Array): number {
    const { n, owed, tableCount } = this;
    const tables = this.members[r]!;
    if (owed) {
      for (let B = 0; B < tables.length; B++) {
        for (const b of tables[B]!) into[b] = owed[(r * n + b) * tableCount + t]!;
      }
      return n;
    }
    const table = tables[t]!;
    for (let B = 0; B < tables.length; B++) {
      for (const b of tables[B]!) {
        let sum = 0;
        for (let i = 0; i < table.length; i++) {
          if (table[i] !== b) sum += this.weight(b, table[i]!);
        }
        into[b] = sum;
      }
    }
    return n * table.length;
  }

  /** into[t] = what a would owe the others at each table t of round r. Returns the work. */
  owedBy(r: number, a: number, into: Float64Array): number {
    const { n, owed, tableCount, tableOf } = this;
    if (owed) {
      into.set(owed.subarray((r * n + a) * tableCount, (r * n + a + 1) * tableCount));
      return tableCount;
    }
    into.fill(0);
    for (let x = 0; x < n; x++) {
      const t = tableOf[r * n + x]!;
      if (t >= 0 && x !== a) into[t]! += this.weight(a, x);
    }
    return n;
  }

  /** The cost change if a and b (different tables of round r) swapped seats. */
  delta(r: number, a: number, b: number): number {
    const { n, tableOf, held } = this;
    const tables = this.members[r]!;
    let toB = 0;
    for (const x of tables[tableOf[r * n + b]!]!) if (x !== b) toB += this.weight(a, x);
    let toA = 0;
    for (const y of tables[tableOf[r * n + a]!]!) if (y !== a) toA += this.weight(b, y);
    return toB + toA - held[r * n + a]! - held[r * n + b]!;
  }

  /** Swaps a and b in round r; `delta` is the cost change, computed beforehand. */
  swap(r: number, a: number, b: number, delta: number) {
    const { n, tableOf } = this;
    const A = tableOf[r * n + a]!;
    const B = tableOf[r * n + b]!;
    const tableA = this.members[r]![A]!;
    const tableB = this.members[r]![B]!;
    for (const x of tableA) {
      if (x === a) continue;
      this.bump(a, x, -1, r);
      this.bump(b, x, +1, r);
    }
    for (const y of tableB) {
      if (y === b) continue;
      this.bump(b, y, -1, r);
      this.bump(a, y, +1, r);
    }
    tableA[tableA.indexOf(a)] = b;
    tableB[tableB.indexOf(b)] = a;
    tableOf[r * n + a] = B;
    tableOf[r * n + b] = A;
    this.refresh(r, A);
    this.refresh(r, B);
    this.cost += delta;
  }

  snapshot(): number[][][] {
    return this.members.map((round) => round.map((table) => table.slice()));
  }
}

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
  const state = new Seating(
    model,
    movable,
    start.map((round) => round.sittingOut),
    tableCount,
  );
  state.load(start.map((round) => round.tables));
  const { held, tableOf, conflicts } = state;

  let best = state.snapshot();
  let bestCost = state.cost;
  const tied = new Float64Array(MAX_TIES);
  const toA = new Float64Array(n);
  const fromA = new Float64Array(tableCount);
  // Tabu: after a swap, neither person may go back to the table they left in that round for a
  // few iterations (unless that gives a new best plan), so the search cannot just undo itself.
  const leftTable = new Int32Array(rounds * n).fill(-1);
  const leftUntil = new Int32Array(rounds * n);
  // Work units (see ITERATION_OVERHEAD) for a swap and for reloading the best plan.
  const groupSize = Math.max(0, ...layout.sizes);
  const swapWork = 8 * tableCount + 4 * rounds * groupSize + (state.owed ? 2 * n * groupSize : 0);
  const loadWork = 1000 + 2 * n * n + rounds * n * (groupSize + (state.owed ? tableCount : 0));
  let work = 0;
  let stable = 0;
  for (let iteration = 1; state.cost > target && work < budget; iteration++) {
    let bestDelta = Infinity;
    let ties = 0;
    const { counts } = state;
    work += ITERATION_OVERHEAD;
    for (let r = 0, at = 0; r < rounds; r++, at += n) {
      if (conflicts[r] === 0) continue;
      work += ROUND_OVERHEAD;
      const tables = state.members[r]!;
      // (Index loops: this is the hot path, and iterators here cost allocations.)
      for (let A = 0; A < tables.length; A++) {
        const tableA = tables[A]!;
        let worthMoving = false;
        for (let i = 0; i < tableA.length; i++) {
          worthMoving ||= movable[tableA[i]!] === 1 && held[at + tableA[i]!]! > 0;
        }
        if (!worthMoving) continue;
        // toA[b]: what b would owe the people at table A.
        work += state.owedTo(r, A, toA);
        for (let i = 0; i < tableA.length; i++) {
          const a = tableA[i]!;
          if (!movable[a] || held[at + a]! <= 0) continue;
          // fromA[t]: what a would owe the people at table t.
          work += state.owedBy(r, a, fromA);
          for (let B = 0; B < tables.length; B++) {
            if (B === A) continue;
            const base = fromA[B]! - held[at + a]!;
            const tableB = tables[B]!;
            for (let j = 0; j < tableB.length; j++) {
              const b = tableB[j]!;
              if (!movable[b]) continue;
              // a leaves A and joins B without b; b leaves B and joins A without a.
              const delta =
                base + toA[b]! - held[at + b]! - 2 * (counts[a * n + b]! + penalty[a * n + b]!);
              if (delta > bestDelta) continue;
              const undoes =
                (leftTable[at + a] === B && leftUntil[at + a]! >= iteration) ||
                (leftTable[at + b] === A && leftUntil[at + b]! >= iteration);
              if (undoes && state.cost + delta >= bestCost) continue;
              if (delta < bestDelta) {
                bestDelta = delta;
                ties = 0;
              }
              if (ties < MAX_TIES) tied[ties++] = (r * n + a) * n + b;
            }
            work += 3 * tableB.length;
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
      leftTable[r * n + a] = tableOf[r * n + a]!;
      leftTable[r * n + b] = tableOf[r * n + b]!;
      state.swap(r, a, b, bestDelta);
      work += swapWork;
      const until = iteration + TENURE_MIN + randomInt(random, TENURE_SPREAD);
      leftUntil[r * n + a] = until;
      leftUntil[r * n + b] = until;
    }
    if (state.cost < bestCost) {
      best = state.snapshot();
      bestCost = state.cost;
      work += rounds * n;
      stable = 0;
    } else if (++stable > MAX_STABLE || move < 0) {
      // Stuck: start again from the best plan, shaken by a few random swaps.
      state.load(best);
      work += loadWork;
      for (let shakes = 1 + randomInt(random, 3); shakes > 0; shakes--) {
        const r = randomInt(random, rounds);
        const a = randomInt(random, n);
        const b = randomInt(random, n);
        const A = tableOf[r * n + a]!;
        const B = tableOf[r * n + b]!;
        if (A < 0 || B < 0 || A === B || !movable[a] || !movable[b]) continue;
        state.swap(r, a, b, state.delta(r, a, b));
      }
      stable = 0;
    }
  }
  return best.map((tables, r) => ({ tables, sittingOut: start[r]!.sittingOut }));
}
