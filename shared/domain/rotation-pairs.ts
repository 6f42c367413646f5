/**
 * Constructions for pairs that reach zero repeats without any search. Each returns a cycle of
 * rounds (a list of pairs per round); round r of the plan uses cycle entry r mod length, so past
 * the end every pair meets again, as evenly as possible.
 */
type Pairs = [number, number][];

/**
 * The circle method (round-robin tournament): with an even number of people, everyone meets
 * everyone once in n-1 rounds; with an odd number, in n rounds, and the person at position c sits
 * out in round c — which is how the planner aligns this with its sit-out rota.
 */
export function circleRounds(positions: readonly number[]): Pairs[] {
  const n = positions.length;
  const even = n % 2 === 0;
  const ring = even ? n - 1 : n;
  const at = (i: number) => positions[((i % ring) + ring) % ring]!;
  const rounds: Pairs[] = [];
  for (let c = 0; c < ring; c++) {
    const pairs: Pairs = even ? [[positions[n - 1]!, at(c)]] : [];
    for (let i = 1; i <= (ring - 1) / 2; i++) pairs.push([at(c + i), at(c - i)]);
    rounds.push(pairs);
  }
  return rounds;
}

/**
 * Equal-size agencies (a people each, m agencies, n = m·a even): everyone meets every person from
 * the other agencies exactly once in n - a rounds, and never a colleague.
 *
 * With m even, a round-robin of the agencies gives m-1 rounds of agency pairs; agencies G and H
 * facing each other then spend a rounds pairing G[i] with H[i+s], s = 0..a-1, which covers all
 * a² cross pairs. With m odd (a is then even) each agency is split in two halves; the round-robin
 * of the 2m halves is labelled so that its first round pairs each agency with its own other half,
 * and that round is the one left out.
 */
export function agencyRounds(agencies: readonly (readonly number[])[]): Pairs[] | null {
  const m = agencies.length;
  const a = agencies[0]?.length ?? 0;
  if (m < 2 || a < 2 || agencies.some((agency) => agency.length !== a)) return null;
  if (m % 2 === 0) return crossRounds(agencies, circleRounds(agencies.map((_, g) => g)));
  if (a % 2 === 1) return null;
  const half = a / 2;
  const halves = agencies.flatMap((agency) => [agency.slice(0, half), agency.slice(half)]);
  // Circle positions: infinity = first half of agency 0, 0 = its second half, i and -i = the two
  // halves of agency i, so circle round 0 is exactly the "own other half" round.
  const ring = 2 * m - 1;
  const positions = new Array<number>(2 * m);
  positions[ring] = 0;
  positions[0] = 1;
  for (let g = 1; g < m; g++) {
    positions[g] = 2 * g;
    positions[ring - g] = 2 * g + 1;
  }
  return crossRounds(halves, circleRounds(positions).slice(1));
}

function crossRounds(groups: readonly (readonly number[])[], groupRounds: Pairs[]): Pairs[] {
  const rounds: Pairs[] = [];
  for (const facing of groupRounds) {
    const size = groups[0]!.length;
    for (let shift = 0; shift < size; shift++) {
      rounds.push(
        facing.flatMap(([g, h]) =>
          groups[g]!.map((person, i): [number, number] => [
            person,
            groups[h]![(i + shift) % size]!,
          ]),
        ),
      );
    }
  }
  return rounds;
}
