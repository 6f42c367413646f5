/**
 * A tiny seeded generator (mulberry32). The planner must give the same plan for the same input
 * and seed — on any machine, in the renderer or the core — so it never touches Math.random.
 */
export type Random = () => number;

export function createRandom(seed: number): Random {
  // The state lives in a typed array: a captured number variable holding 32 bits would be boxed
  // on every draw, and the search draws often.
  const state = Uint32Array.of(seed >>> 0);
  return () => {
    const a = (state[0] = state[0]! + 0x6d2b79f5);
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An integer in [0, bound). */
export function randomInt(random: Random, bound: number): number {
  return Math.floor(random() * bound);
}

/** A shuffled copy (Fisher–Yates). */
export function shuffled<T>(items: readonly T[], random: Random): T[] {
  const copy = items.slice();
  for (let i = copy.length - 1; i > 0; i--) {
    const j = randomInt(random, i + 1);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}
