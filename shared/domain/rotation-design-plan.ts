/**
 * Plans built from the designs in rotation-designs.ts: people are mapped onto the design's points
 * (hosts and colleagues where they never meet, when the design allows it), the rounds whose pairs
 * cost least under the rules and history are kept, and any rounds beyond the design are left to
 * the greedy start. The planner then keeps whichever start is cheapest and searches from it.
 */
import { designsFor, type Design } from './rotation-designs';
import type { Layout } from './rotation-layout';
import type { IndexRound, Model } from './rotation-model';
import { shuffled, type Random } from './rotation-random';

/**
 * The rounds of each design that fits: nobody sitting out, and at least one round in which the
 * hosts all sit apart. When some tables are one short, the design is for as many people as full
 * tables would seat, and the missing people are points that never meet (in one group of a
 * transversal design, or a single point), so each table loses one at most. Each entry holds at
 * most `rounds` rounds.
 */
export function designStarts(
  model: Model,
  layout: Layout,
  orgs: readonly (string | undefined)[],
  rounds: number,
  random: Random,
): IndexRound[][] {
  const { n } = model;
  const k = layout.sizes[0] ?? 0;
  const missing = k * layout.sizes.length - n;
  if (rounds === 0 || layout.sittingOut.some((out) => out.length > 0) || missing < 0) return [];
  const starts: IndexRound[][] = [];
  for (const design of designsFor(n + missing, k)) {
    if (missing > (design.groups[0]?.length ?? 1)) continue;
    const person = placePeople(design, layout, orgs, missing, random);
    const seated = design.rounds.map((tables) =>
      hostTablesInPlace(
        tables.map((table) => table.map((point) => person[point]!).filter((p) => p >= 0)),
        layout,
      ),
    );
    // Rounds in which two hosts would meet are dropped.
    const usable = seated.filter((tables) => tables !== null);
    if (usable.length === 0) continue;
    const cost = usable.map((tables) => roundCost(model, tables));
    // Cheapest rounds first; a design round's pairs never meet in another of its rounds, so the
    // rounds can be chosen one by one.
    const order = [...usable.keys()].sort((a, b) => cost[a]! - cost[b]! || a - b);
    // A whole design with every pair meeting once is best cycled through again; otherwise the
    // greedy start goes on where the design stops.
    const cycle = design.complete && usable.length === seated.length;
    const length = cycle ? rounds : Math.min(rounds, order.length);
    starts.push(
      Array.from({ length }, (_, r) => ({
        tables: usable[order[r % order.length]!]!.map((table) => table.slice()),
        sittingOut: [],
      })),
    );
  }
  return starts;
}

/**
 * person[point], -1 for the `missing` points nobody takes. Hosts take the first points, so in a
 * design with groups they share group 0 and never meet; the missing points share the last group.
 * With groups, agencies are packed whole into groups (largest first) so colleagues never meet;
 * everyone else fills the remaining points in seeded order.
 */
function placePeople(
  design: Design,
  layout: Layout,
  orgs: readonly (string | undefined)[],
  missing: number,
  random: Random,
): Int32Array {
  const n = orgs.length;
  const hosts = [...Array(n).keys()].filter((p) => layout.hostTable[p]! >= 0);
  const others = shuffled(
    [...Array(n).keys()].filter((p) => layout.hostTable[p]! < 0),
    random,
  );
  const person = new Int32Array(n + missing).fill(-1);
  if (design.groups.length === 0) {
    [...hosts, ...others].forEach((p, point) => (person[point] = p));
    return person;
  }
  const free = design.groups.map((group) => group.slice().reverse());
  const place = (p: number, group: number[]) => (person[group.pop()!] = p);
  for (let i = 0; i < missing; i++) place(-1, free[free.length - 1]!);
  for (const host of hosts) place(host, free[0]!);
  const byOrg = new Map<string, number[]>();
  const loose: number[] = [];
  for (const p of others) {
    const org = orgs[p];
    if (org === undefined) loose.push(p);
    else byOrg.set(org, [...(byOrg.get(org) ?? []), p]);
  }
  const agencies = [...byOrg.values()].sort((a, b) => b.length - a.length);
  for (const members of agencies) {
    const group = free.find((g) => g.length >= members.length);
    if (group) {
      for (const p of members) place(p, group);
    } else {
      // Too big for any group's remaining room: spread over the roomiest groups.
      for (const p of members)
        place(
          p,
          free.reduce((a, b) => (b.length > a.length ? b : a)),
        );
    }
  }
  for (const p of loose)
    place(
      p,
      free.find((g) => g.length > 0)!,
    );
  return person;
}

/** The round's tables reordered so each host sits at their own table; null if two hosts meet. */
function hostTablesInPlace(tables: number[][], layout: Layout): number[][] | null {
  const placed: number[][] = [];
  const rest: number[][] = [];
  for (const table of tables) {
    const hosts = table.filter((p) => layout.hostTable[p]! >= 0);
    if (hosts.length > 1) return null;
    if (hosts.length === 1) placed[layout.hostTable[hosts[0]!]!] = table;
    else rest.push(table);
  }
  for (let t = 0; t < tables.length; t++) placed[t] ??= rest.shift()!;
  return placed;
}

/** What a round's pairs cost on their own: forbidden pairs and pairs that met before. */
function roundCost(model: Model, tables: readonly number[][]): number {
  const { n, penalty, history } = model;
  let cost = 0;
  for (const table of tables) {
    for (let i = 0; i < table.length; i++) {
      for (let j = i + 1; j < table.length; j++) {
        cost += penalty[table[i]! * n + table[j]!]! + history[table[i]! * n + table[j]!]!;
      }
    }
  }
  return cost;
}
