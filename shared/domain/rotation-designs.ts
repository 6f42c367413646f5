/**
 * Resolvable designs that seat people in tables of k with nobody meeting twice, for the cases
 * where a local search struggles to find such a plan (or never does in its budget). Each design is
 * a list of rounds, each a list of tables of points 0..n-1; the planner maps people onto points.
 *
 * - Affine geometry AG(d, q), q a prime power: q^d points, the lines of one direction are a round,
 *   and the (q^d - 1)/(q - 1) directions give that many rounds in which every pair meets exactly
 *   once (16 people in 4s for 5 rounds, 64 in 4s for 21, 27 in 3s for 13…).
 * - Resolvable transversal design RTD(k, m), m a prime power ≥ k: k groups of m points; in round s,
 *   table c holds the point c + s·g of each group g. Two points of different groups meet in exactly
 *   one of the m rounds, two of the same group never (32 people in 4s for 8 rounds…).
 * - A Kirkman triple system of order 21 (21 people in 3s for 10 rounds), developed from base
 *   blocks over Z7 × {0, 1, 2}.
 */
import { galoisField } from './rotation-field';

export type DesignRound = number[][];

export interface Design {
  rounds: DesignRound[];
  /** Every pair meets exactly once over all the rounds: cycling through them again is optimal. */
  complete: boolean;
  /**
   * Points that never meet, when the design has such classes (the groups of a transversal
   * design): colleagues placed in one of them are never seated together.
   */
  groups: number[][];
}

/** The designs that seat n people in tables of exactly k (k ≥ 3), best first. */
export function designsFor(n: number, k: number): Design[] {
  const designs: Design[] = [];
  if (k < 3 || n % k !== 0) return designs;
  const affine = affineDesign(n, k);
  if (affine) designs.push(affine);
  if (n === 21 && k === 3) designs.push(kirkman21());
  const transversal = transversalDesign(k, n / k);
  if (transversal) designs.push(transversal);
  return designs;
}

/** AG(d, q) with q^d = n, d ≥ 2, or null. */
export function affineDesign(n: number, q: number): Design | null {
  const field = galoisField(q);
  let d = 0;
  for (let rest = n; rest > 1; rest /= q) {
    if (rest % q !== 0) return null;
    d++;
  }
  if (!field || d < 2) return null;
  const vector = (point: number) =>
    Array.from({ length: d }, (_, i) => Math.floor(point / q ** i) % q);
  const point = (coordinates: number[]) => coordinates.reduceRight((sum, c) => sum * q + c, 0);
  const rounds: DesignRound[] = [];
  // One direction per point of the projective space: the vectors whose last non-zero coordinate is 1.
  for (let v = 1; v < n; v++) {
    const direction = vector(v);
    if (direction.findLast((c) => c !== 0) !== 1) continue;
    const seen = new Uint8Array(n);
    const tables: number[][] = [];
    for (let p = 0; p < n; p++) {
      if (seen[p]) continue;
      const base = vector(p);
      const line = Array.from({ length: q }, (_, t) =>
        point(base.map((c, i) => field.add(c, field.mul(t, direction[i]!)))),
      );
      for (const x of line) seen[x] = 1;
      tables.push(line);
    }
    rounds.push(tables);
  }
  return { rounds, complete: true, groups: [] };
}

/** RTD(k, m): point g·m + x is element x of group g. Null unless m is a prime power ≥ k. */
export function transversalDesign(k: number, m: number): Design | null {
  const field = galoisField(m);
  if (!field || k > m) return null;
  const rounds = Array.from({ length: m }, (_, s): DesignRound =>
    Array.from({ length: m }, (_, c) =>
      Array.from({ length: k }, (_, g) => g * m + field.add(c, field.mul(s, g))),
    ),
  );
  const groups = Array.from({ length: k }, (_, g) =>
    Array.from({ length: m }, (_, x) => g * m + x),
  );
  return { rounds, complete: false, groups };
}

/**
 * KTS(21) on the points (x, i), x in Z7 and i in {0, 1, 2}, numbered 7i + x. Three rounds are the
 * translates of one triple {(0,0), (a,1), (b,2)} each; the other seven are the translates of one
 * base round. The base blocks were found by a small exhaustive search for blocks covering every
 * difference (within a level and between two levels) exactly once; the tests check the result.
 */
function kirkman21(): Design {
  const fixed: [number, number][] = [
    [0, 0],
    [1, 2],
    [2, 5],
  ];
  const base: [number, number][][] = [
    [
      [0, 0],
      [1, 0],
      [3, 0],
    ],
    [
      [2, 0],
      [0, 1],
      [6, 2],
    ],
    [
      [4, 0],
      [1, 1],
      [3, 2],
    ],
    [
      [5, 0],
      [4, 1],
      [1, 2],
    ],
    [
      [6, 0],
      [2, 1],
      [0, 2],
    ],
    [
      [3, 1],
      [5, 1],
      [6, 1],
    ],
    [
      [2, 2],
      [4, 2],
      [5, 2],
    ],
  ];
  const at = (x: number, level: number, shift: number) => 7 * level + ((x + shift) % 7);
  const rounds: DesignRound[] = fixed.map(([a, b]) =>
    Array.from({ length: 7 }, (_, s) => [at(0, 0, s), at(a, 1, s), at(b, 2, s)]),
  );
  for (let s = 0; s < 7; s++) {
    rounds.push(base.map((triple) => triple.map(([x, level]) => at(x, level, s))));
  }
  return { rounds, complete: true, groups: [] };
}
