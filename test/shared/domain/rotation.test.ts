import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  planRotation,
  type RotationInput,
  type RotationPlan,
} from '../../../shared/domain/rotation';
import {
  affineDesign,
  designsFor,
  transversalDesign,
} from '../../../shared/domain/rotation-designs';
import { galoisField, primePower } from '../../../shared/domain/rotation-field';
import { planWithBudget } from '../../../shared/domain/rotation-plan';

/** `n` people p0…; with `agencySize`, p0..p(a-1) are agency o0, the next a agency o1, and so on. */
function people(n: number, agencySize = 0): RotationInput['participants'] {
  return Array.from({ length: n }, (_, i) => ({
    id: `p${i}`,
    ...(agencySize > 0 ? { org: `o${Math.floor(i / agencySize)}` } : {}),
  }));
}

const pairKey = (a: string, b: string) => (a < b ? `${a} ${b}` : `${b} ${a}`);

/**
 * Counts a plan the plain way, independently of the planner: how often each pair met (an earlier
 * meeting in the history counting once), the repeated pairs, and the forbidden seatings.
 */
function audit(input: RotationInput, plan: RotationPlan) {
  const ids = new Set(input.participants.map((p) => p.id));
  const orgOf = new Map(input.participants.map((p) => [p.id, p.org]));
  const met = new Map<string, number>();
  for (const [a, b] of input.history ?? []) {
    if (a !== b && ids.has(a) && ids.has(b)) met.set(pairKey(a, b), 1);
  }
  const apart = new Set((input.keepApart ?? []).map(([a, b]) => pairKey(a, b)));
  let violations = 0;
  for (const round of plan.rounds) {
    for (const table of round.tables) {
      for (const [i, a] of table.entries()) {
        for (const b of table.slice(i + 1)) {
          met.set(pairKey(a, b), (met.get(pairKey(a, b)) ?? 0) + 1);
          const sameOrg = orgOf.get(a) !== undefined && orgOf.get(a) === orgOf.get(b);
          if (apart.has(pairKey(a, b)) || ((input.separateSameOrg ?? true) && sameOrg)) {
            violations++;
          }
        }
      }
    }
  }
  const counts = [...met.values()];
  return {
    met,
    repeats: counts.filter((c) => c > 1).length,
    violations,
    maxCount: Math.max(0, ...counts),
    sumOfSquares: counts.reduce((sum, c) => sum + c * c, 0),
  };
}

/** Whether `seated` people fit exactly in tables of groupSize or groupSize - 1 (at least 2). */
function fitsTables(seated: number, groupSize: number): boolean {
  const smallest = Math.max(2, groupSize - 1);
  for (let tables = 1; tables * smallest <= seated; tables++) {
    if (seated <= tables * groupSize) return true;
  }
  return seated === 0;
}

/** The least sum of squared pair counts: `meetings` spread as evenly as possible over `pairs`. */
function evenSumOfSquares(meetings: number, pairs: number): number {
  const base = Math.floor(meetings / pairs);
  const extra = meetings - base * pairs;
  return extra * (base + 1) ** 2 + (pairs - extra) * base ** 2;
}

const inputs = fc
  .record({
    participants: fc.array(
      fc.record({
        org: fc.option(fc.constantFrom('A', 'B', 'C', 'D', 'E'), { nil: undefined }),
        host: fc.integer({ min: 0, max: 9 }).map((x) => x === 0),
      }),
      { maxLength: 30 },
    ),
    groupSize: fc.integer({ min: 2, max: 8 }),
    rounds: fc.integer({ min: 0, max: 7 }),
    separateSameOrg: fc.option(fc.boolean(), { nil: undefined }),
    // Indices may point past the list: unknown people must be ignored.
    keepApart: fc.array(fc.tuple(fc.nat(32), fc.nat(32)), { maxLength: 6 }),
    history: fc.array(fc.tuple(fc.nat(32), fc.nat(32)), { maxLength: 30 }),
    seed: fc.integer(),
  })
  .map(({ participants, keepApart, history, ...rest }): RotationInput => {
    const id = (i: number) => `p${i}`;
    return {
      ...rest,
      participants: participants.map(({ org, host }, i) => ({
        id: id(i),
        ...(org === undefined ? {} : { org }),
        ...(host ? { host } : {}),
      })),
      keepApart: keepApart.map(([a, b]): [string, string] => [id(a), id(b)]),
      history: history.map(([a, b]): [string, string] => [id(a), id(b)]),
    };
  });

// The invariants hold whatever the search effort, so a small one keeps these runs fast.
const quickPlan = (input: RotationInput) => planWithBudget(input, 200_000);

describe('planRotation invariants (property-based)', () => {
  it('seats everyone exactly once per round, in tables of groupSize or groupSize - 1', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const plan = quickPlan(input);
        const everyone = input.participants.map((p) => p.id).sort();
        const n = everyone.length;
        let seated = n;
        while (!fitsTables(seated, input.groupSize)) seated--;
        expect(plan.rounds).toHaveLength(input.rounds);
        for (const round of plan.rounds) {
          expect([...round.tables.flat(), ...round.sittingOut].sort()).toEqual(everyone);
          // Nobody sits out who could have been seated.
          expect(round.sittingOut).toHaveLength(n - seated);
          for (const table of round.tables) {
            expect(table.length).toBeGreaterThanOrEqual(2);
            expect([input.groupSize, input.groupSize - 1]).toContain(table.length);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('rotates sitting out fairly and keeps each host at one table', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const plan = quickPlan(input);
        const tableCount = plan.rounds[0]?.tables.length ?? 0;
        // Hosts beyond the number of tables cannot keep one: they are seated like anyone else.
        const hosts = input.participants
          .filter((p) => p.host)
          .slice(0, tableCount)
          .map((p) => p.id);
        const others = input.participants.map((p) => p.id).filter((id) => !hosts.includes(id));
        const satOut = new Map(others.map((id) => [id, 0]));
        for (const round of plan.rounds) {
          hosts.forEach((host, j) => {
            expect(round.tables.findIndex((table) => table.includes(host))).toBe(j);
          });
          for (const id of round.sittingOut) satOut.set(id, (satOut.get(id) ?? 0) + 1);
          // Nobody sits out twice before everyone has once: counts never drift more than 1 apart.
          const counts = [...satOut.values()];
          if (counts.length > 0) {
            expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
          }
        }
        expect([...satOut.keys()].sort()).toEqual(others.sort());
      }),
      { numRuns: 200 },
    );
  });

  it('reports repeats and violations exactly as an independent count finds them', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const plan = quickPlan(input);
        const { repeats, violations } = audit(input, plan);
        expect({ repeats: plan.repeats, violations: plan.violations }).toEqual({
          repeats,
          violations,
        });
      }),
      { numRuns: 200 },
    );
  });

  it('gives the same plan for the same input and seed', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        expect(planWithBudget(input, 1_000_000)).toEqual(planWithBudget(input, 1_000_000));
      }),
      { numRuns: 50 },
    );
    const input = { participants: people(15), groupSize: 3, rounds: 7, seed: 42 };
    expect(planRotation(input)).toEqual(planRotation(input));
    const plans = [1, 2, 3].map((seed) => JSON.stringify(planRotation({ ...input, seed })));
    expect(new Set(plans).size).toBeGreaterThan(1);
  });

  it('never seats a keep-apart pair together when the tables allow it', () => {
    // At least two tables, and at most n/3 disjoint keep-apart pairs: dealing the pairs out to the
    // tables in turn separates them every round, so a plan without violations exists. A smaller effort only ever finds a
    // worse plan than planRotation's (same seed, same path, earlier stop), so this is conservative.
    const apartInputs = fc
      .integer({ min: 6, max: 24 })
      .chain((n) =>
        fc.record({
          n: fc.constant(n),
          groupSize: fc.integer({ min: 2, max: 4 }),
          rounds: fc.integer({ min: 1, max: 5 }),
          apart: fc.uniqueArray(fc.nat(n - 1), { minLength: 2, maxLength: 2 * Math.floor(n / 3) }),
          seed: fc.integer(),
        }),
      )
      .map(({ n, apart, ...rest }): RotationInput => ({
        ...rest,
        participants: people(n),
        keepApart: Array.from({ length: apart.length >> 1 }, (_, i): [string, string] => [
          `p${apart[2 * i]}`,
          `p${apart[2 * i + 1]}`,
        ]),
      }));
    fc.assert(
      fc.property(apartInputs, (input) => {
        expect(audit(input, planWithBudget(input, 2_000_000)).violations).toBe(0);
      }),
      { numRuns: 60 },
    );
  });
});

describe('planRotation invariants on design-sized plans (property-based)', () => {
  // Sizes where a design fits (exactly, or with tables one short), with hosts, agencies, history
  // and keepApart mixed in: the design starts must keep every rule the search keeps.
  const designInputs = fc
    .record({
      n: fc.constantFrom(9, 12, 15, 16, 20, 21, 24, 25, 27, 28, 31, 32),
      groupSize: fc.constantFrom(3, 4, 5),
      rounds: fc.integer({ min: 1, max: 12 }),
      hosts: fc.integer({ min: 0, max: 4 }),
      orgs: fc.integer({ min: 0, max: 6 }),
      history: fc.array(fc.tuple(fc.nat(31), fc.nat(31)), { maxLength: 20 }),
      keepApart: fc.array(fc.tuple(fc.nat(31), fc.nat(31)), { maxLength: 3 }),
      seed: fc.integer(),
    })
    .map(({ n, hosts, orgs, history, keepApart, ...rest }): RotationInput => {
      const pair = ([a, b]: [number, number]): [string, string] => [`p${a % n}`, `p${b % n}`];
      return {
        ...rest,
        participants: people(n).map((p, i) => ({
          ...p,
          ...(orgs > 0 ? { org: `o${i % orgs}` } : {}),
          ...(i < hosts ? { host: true } : {}),
        })),
        history: history.map(pair),
        keepApart: keepApart.map(pair),
      };
    });

  it('keeps partitions, sizes, hosts and exact counts, deterministically', () => {
    fc.assert(
      fc.property(designInputs, (input) => {
        const plan = quickPlan(input);
        expect(quickPlan(input)).toEqual(plan);
        const everyone = input.participants.map((p) => p.id).sort();
        const hosts = input.participants.filter((p) => p.host).map((p) => p.id);
        const { repeats, violations } = audit(input, plan);
        expect({ repeats: plan.repeats, violations: plan.violations }).toEqual({
          repeats,
          violations,
        });
        for (const round of plan.rounds) {
          expect([...round.tables.flat(), ...round.sittingOut].sort()).toEqual(everyone);
          expect(round.sittingOut).toHaveLength(0);
          for (const table of round.tables) {
            expect([input.groupSize, input.groupSize - 1]).toContain(table.length);
          }
          const keptHosts = hosts.slice(0, round.tables.length);
          keptHosts.forEach((host, j) => expect(round.tables[j]).toContain(host));
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('pairs by construction', () => {
  it('meets everyone exactly once in n - 1 rounds for an even count', () => {
    for (let n = 2; n <= 30; n += 2) {
      const input = { participants: people(n), groupSize: 2, rounds: n - 1, seed: n };
      const plan = planRotation(input);
      const { met, repeats } = audit(input, plan);
      expect(repeats).toBe(0);
      expect(met.size).toBe((n * (n - 1)) / 2);
      expect(plan.rounds.every((round) => round.sittingOut.length === 0)).toBe(true);
    }
  });

  it('meets everyone exactly once in n rounds for an odd count, each sitting out once', () => {
    for (let n = 3; n <= 29; n += 2) {
      const input = { participants: people(n), groupSize: 2, rounds: n, seed: n };
      const plan = planRotation(input);
      const { met, repeats } = audit(input, plan);
      expect(repeats).toBe(0);
      expect(met.size).toBe((n * (n - 1)) / 2);
      const satOut = plan.rounds.flatMap((round) => round.sittingOut);
      expect(satOut).toHaveLength(n);
      expect(new Set(satOut).size).toBe(n);
    }
  });

  it('keeps a host at table 1 and still reaches zero repeats', () => {
    const participants = people(11).map((p, i) => (i === 4 ? { ...p, host: true } : p));
    const plan = planRotation({ participants, groupSize: 2, rounds: 10, seed: 3 });
    expect(plan.repeats).toBe(0);
    expect(plan.rounds.every((round) => round.tables[0]?.[0] === 'p4')).toBe(true);
  });

  it.each([
    { agencies: 4, size: 3 },
    { agencies: 3, size: 4 },
    { agencies: 5, size: 2 },
    { agencies: 6, size: 5 },
    { agencies: 3, size: 3 },
    { agencies: 5, size: 3 },
  ])(
    'separates $agencies equal agencies of $size with zero repeats for n - $size rounds',
    ({ agencies, size }) => {
      const n = agencies * size;
      const input = { participants: people(n, size), groupSize: 2, rounds: n - size, seed: 7 };
      const plan = planRotation(input);
      expect(plan.violations).toBe(0);
      expect(plan.repeats).toBe(0);
      // With an even count every pair from different agencies has met.
      if (n % 2 === 0) expect(audit(input, plan).met.size).toBe((n * (n - size)) / 2);
    },
  );
});

describe('tables of 3 to 8 by search', () => {
  it('solves 16 people in tables of 4 for 5 rounds with zero repeats (affine plane of order 4)', () => {
    for (const seed of [1, 2]) {
      const input = { participants: people(16), groupSize: 4, rounds: 5, seed };
      const plan = planRotation(input);
      expect(plan.repeats).toBe(0);
      expect(audit(input, plan).met.size).toBe(120);
    }
  });

  it("solves Kirkman's schoolgirls: 15 in tables of 3 for 7 rounds with zero repeats", () => {
    for (const seed of [1, 2]) {
      const input = { participants: people(15), groupSize: 3, rounds: 7, seed };
      const plan = planRotation(input);
      expect(plan.repeats).toBe(0);
      expect(audit(input, plan).met.size).toBe(105);
    }
  });

  it('plans 60 people in tables of 4 for 8 rounds with zero repeats', () => {
    expect(planRotation({ participants: people(60), groupSize: 4, rounds: 8 }).repeats).toBe(0);
  });

  it('separates 8 agencies of 5 in tables of 4 for 6 rounds with zero repeats', () => {
    const plan = planRotation({ participants: people(40, 5), groupSize: 4, rounds: 6, seed: 5 });
    expect(plan).toMatchObject({ repeats: 0, violations: 0 });
  });

  it.each([
    // 6 people in pairs for 10 rounds: two full round-robins, every pair exactly twice.
    { n: 6, groupSize: 2, rounds: 10, meetings: 30 },
    // 9 in tables of 3 can go 4 rounds without a repeat; a fifth repeats 9 pairs once each.
    { n: 9, groupSize: 3, rounds: 5, meetings: 45 },
    // 16 in tables of 4 can go 5 rounds; a sixth repeats 24 pairs once each.
    { n: 16, groupSize: 4, rounds: 6, meetings: 144 },
  ])(
    'spreads unavoidable repeats evenly: $n in tables of $groupSize for $rounds rounds',
    ({ n, groupSize, rounds, meetings }) => {
      const input = { participants: people(n), groupSize, rounds, seed: 11 };
      const plan = planRotation(input);
      const { sumOfSquares, maxCount, repeats } = audit(input, plan);
      const pairs = (n * (n - 1)) / 2;
      expect(sumOfSquares).toBe(evenSumOfSquares(meetings, pairs));
      expect(maxCount).toBe(Math.ceil(meetings / pairs));
      expect(repeats).toBe(plan.repeats);
    },
  );
});

describe('rules', () => {
  it('avoids pairs from the history as if they had met once', () => {
    const first = planRotation({ participants: people(24), groupSize: 4, rounds: 2, seed: 1 });
    const history = first.rounds.flatMap((round) =>
      round.tables.flatMap((table) =>
        table.flatMap((a, i) => table.slice(i + 1).map((b): [string, string] => [a, b])),
      ),
    );
    const input = { participants: people(24), groupSize: 4, rounds: 3, seed: 2, history };
    const plan = planRotation(input);
    expect(plan.repeats).toBe(0);
    expect(audit(input, plan).maxCount).toBe(1);
  });

  it('counts a history pair seated together once as a repeat', () => {
    // Three people in tables of 3: everyone is at the one table, so the history pair repeats.
    const input = {
      participants: people(3),
      groupSize: 3,
      rounds: 1,
      history: [
        ['p0', 'p1'],
        ['p1', 'p0'],
      ] satisfies [string, string][],
    };
    expect(planRotation(input)).toMatchObject({ repeats: 1, violations: 0 });
  });

  it('puts keepApart before same-org separation, and same-org before repeats', () => {
    const participants = [
      { id: 'a1', org: 'A' },
      { id: 'a2', org: 'A' },
      { id: 'b1', org: 'B' },
      { id: 'b2', org: 'B' },
    ];
    const keepApart: [string, string][] = [
      ['a1', 'b1'],
      ['a1', 'b2'],
    ];
    const plan = planRotation({ participants, groupSize: 2, rounds: 1, keepApart });
    // The only seating that respects keepApart puts each agency together: 2 violations.
    expect(plan.rounds[0]?.tables.map((table) => table.join()).sort()).toEqual(['a1,a2', 'b1,b2']);
    expect(plan.violations).toBe(2);
    // Three rounds of 4 people in pairs: a repeat is preferred to seating colleagues together.
    const again = planRotation({ participants, groupSize: 2, rounds: 3 });
    expect(again.violations).toBe(0);
    expect(again.repeats).toBe(2);
  });

  it('lets colleagues meet when separateSameOrg is off', () => {
    const input = { participants: people(8, 4), groupSize: 2, rounds: 7, separateSameOrg: false };
    const plan = planRotation(input);
    expect(plan).toMatchObject({ repeats: 0, violations: 0 });
    expect(audit(input, plan).met.size).toBe(28);
  });

  it('rejects impossible formats', () => {
    const base = { participants: people(6), groupSize: 2, rounds: 3 };
    expect(() => planRotation({ ...base, groupSize: 1 })).toThrow(RangeError);
    expect(() => planRotation({ ...base, groupSize: 9 })).toThrow(RangeError);
    expect(() => planRotation({ ...base, groupSize: 2.5 })).toThrow(RangeError);
    expect(() => planRotation({ ...base, rounds: -1 })).toThrow(RangeError);
    const twice = [...people(3), { id: 'p0' }];
    expect(() => planRotation({ ...base, participants: twice })).toThrow(RangeError);
  });
});

describe('designs', () => {
  /** How often each pair of points shares a table, after checking every round is a partition. */
  function pairTally(n: number, rounds: number[][][], k: number): Map<string, number> {
    const tally = new Map<string, number>();
    for (const tables of rounds) {
      expect(tables.flat().sort((a, b) => a - b)).toEqual([...Array(n).keys()]);
      for (const table of tables) {
        expect(table).toHaveLength(k);
        for (const [i, a] of table.entries()) {
          for (const b of table.slice(i + 1)) {
            const key = pairKey(String(a), String(b));
            tally.set(key, (tally.get(key) ?? 0) + 1);
          }
        }
      }
    }
    return tally;
  }

  it('builds GF(q) for prime powers only, with the field laws', () => {
    expect(galoisField(6)).toBeNull();
    expect(galoisField(12)).toBeNull();
    expect(primePower(1)).toBeNull();
    for (const q of [2, 3, 4, 5, 7, 8, 9, 16, 25, 27]) {
      const field = galoisField(q)!;
      for (let a = 0; a < q; a++) {
        expect(field.add(a, 0)).toBe(a);
        expect(field.mul(a, 1)).toBe(a);
        // Every non-zero element has an inverse, and negation exists.
        if (a > 0)
          expect([...Array(q).keys()].filter((b) => field.mul(a, b) === 1)).toHaveLength(1);
        expect([...Array(q).keys()].filter((b) => field.add(a, b) === 0)).toHaveLength(1);
        for (let b = 0; b < q; b++) {
          expect(field.add(a, b)).toBe(field.add(b, a));
          expect(field.mul(a, b)).toBe(field.mul(b, a));
          for (let c = 0; c < q; c += Math.ceil(q / 5)) {
            expect(field.mul(a, field.add(b, c))).toBe(field.add(field.mul(a, b), field.mul(a, c)));
            expect(field.mul(field.mul(a, b), c)).toBe(field.mul(a, field.mul(b, c)));
          }
        }
      }
    }
  });

  it.each([
    [9, 3],
    [16, 4],
    [25, 5],
    [27, 3],
    [49, 7],
    [64, 4],
    [64, 8],
  ])('AG over %i points in lines of %i: every pair exactly once', (n, q) => {
    const design = affineDesign(n, q)!;
    expect(design.rounds).toHaveLength((n - 1) / (q - 1));
    const tally = pairTally(n, design.rounds, q);
    expect(tally.size).toBe((n * (n - 1)) / 2);
    expect(Math.max(...tally.values())).toBe(1);
  });

  it.each([
    [3, 4],
    [3, 7],
    [4, 8],
    [5, 5],
    [4, 9],
  ])('RTD(%i, %i): different groups meet exactly once, a group never', (k, m) => {
    const design = transversalDesign(k, m)!;
    expect(design.rounds).toHaveLength(m);
    const tally = pairTally(k * m, design.rounds, k);
    expect(tally.size).toBe((k * (k - 1) * m * m) / 2);
    expect(Math.max(...tally.values())).toBe(1);
    for (const group of design.groups) {
      for (const [i, a] of group.entries()) {
        for (const b of group.slice(i + 1))
          expect(tally.has(pairKey(String(a), String(b)))).toBe(false);
      }
    }
    expect(transversalDesign(5, 4)).toBeNull();
    expect(transversalDesign(3, 6)).toBeNull();
  });

  it('has a Kirkman triple system of order 21', () => {
    const kirkman = designsFor(21, 3).find((design) => design.rounds.length === 10)!;
    const tally = pairTally(21, kirkman.rounds, 3);
    expect(tally.size).toBe(210);
    expect(Math.max(...tally.values())).toBe(1);
  });
});

describe('zero repeats through designs', () => {
  it.each([
    { n: 32, groupSize: 4, rounds: 8, note: 'RTD(4, 8); the social golfer 8-4-8' },
    { n: 21, groupSize: 3, rounds: 10, note: 'Kirkman triple system of order 21' },
    { n: 64, groupSize: 4, rounds: 21, note: 'AG(3, 4)' },
    { n: 27, groupSize: 3, rounds: 13, note: 'AG(3, 3)' },
    { n: 31, groupSize: 4, rounds: 8, note: 'RTD(4, 8) less one person' },
    { n: 63, groupSize: 4, rounds: 21, note: 'AG(3, 4) less one person' },
  ])('$n people in tables of $groupSize for $rounds rounds ($note)', ({ n, groupSize, rounds }) => {
    for (const seed of [1, 2]) {
      const input = { participants: people(n), groupSize, rounds, seed };
      const plan = planRotation(input);
      expect(plan).toMatchObject({ repeats: 0, violations: 0 });
      expect(audit(input, plan).maxCount).toBe(1);
    }
  });

  it('seats 4 agencies of 8 in tables of 4 for 8 rounds: everyone meets every other agency once', () => {
    const input = { participants: people(32, 8), groupSize: 4, rounds: 8, seed: 3 };
    const plan = planRotation(input);
    expect(plan).toMatchObject({ repeats: 0, violations: 0 });
    expect(audit(input, plan).met.size).toBe((32 * 24) / 2);
  });

  it('keeps 8 hosts at their tables with zero repeats (hosts share a group of the design)', () => {
    const participants = people(32).map((p, i) => (i % 4 === 0 ? { ...p, host: true } : p));
    const plan = planRotation({ participants, groupSize: 4, rounds: 8, seed: 4 });
    expect(plan.repeats).toBe(0);
    for (const round of plan.rounds) {
      expect(round.tables.map((table) => table[0])).toEqual(
        participants.filter((p) => p.host).map((p) => p.id),
      );
    }
  });

  it('spreads repeats optimally for 12 in tables of 3 over 5 rounds: 3 pairs meet twice', () => {
    // 12 people in 4 tables of 3 can meet no-one twice for 4 rounds at most (there is no nearly
    // Kirkman triple system of order 12). An exhaustive search over 5-round plans (first round
    // fixed, second up to symmetry) finds none whose sum of c·(c-1)/2 over pairs is below 3.
    const input = { participants: people(12), groupSize: 3, rounds: 5, seed: 1 };
    const plan = planRotation(input);
    expect(plan.repeats).toBe(3);
    expect(audit(input, plan).maxCount).toBe(2);
  });
});
