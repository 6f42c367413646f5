/*
 * The rotation planner on a fixed set of instances: pairs, tables of 3 and 4, with and without
 * agencies (equal agencies, all separated). For each: the rounds asked, the theoretical maximum
 * without a repeat, floor((n-1)/(k-1)) (pairs with an odd count can do n rounds, one sitting out),
 * the repeats and violations reached, and the median time of 3 runs. Same seed every run, so the
 * plan is the same; only the time varies. Budget: 60 people in tables of 4 for 8 rounds < 1 s.
 */
import { planRotation } from '../shared/domain/rotation';

interface Instance {
  people: number;
  groupSize: number;
  rounds: number;
  agencySize?: number;
  note?: string;
}

const instances: Instance[] = [
  { people: 10, groupSize: 2, rounds: 9 },
  { people: 30, groupSize: 2, rounds: 29 },
  { people: 60, groupSize: 2, rounds: 59 },
  { people: 61, groupSize: 2, rounds: 61 },
  { people: 30, groupSize: 2, rounds: 25, agencySize: 5 },
  { people: 60, groupSize: 2, rounds: 56, agencySize: 4 },
  { people: 9, groupSize: 2, rounds: 6, agencySize: 3 },
  { people: 12, groupSize: 3, rounds: 5, note: 'max 4 in fact; 3 is optimal for 5' },
  { people: 15, groupSize: 3, rounds: 7, note: "Kirkman's schoolgirls" },
  { people: 21, groupSize: 3, rounds: 10, note: 'Kirkman triple system (design)' },
  { people: 36, groupSize: 3, rounds: 10 },
  { people: 36, groupSize: 3, rounds: 10, agencySize: 3 },
  { people: 16, groupSize: 4, rounds: 5, note: 'affine plane of order 4' },
  { people: 32, groupSize: 4, rounds: 8, note: 'RTD(4, 8) (design)' },
  { people: 31, groupSize: 4, rounds: 8, note: 'RTD(4, 8) less one' },
  { people: 40, groupSize: 4, rounds: 10, note: 'search only' },
  { people: 45, groupSize: 4, rounds: 10, agencySize: 9, note: 'search, max 12 apart' },
  { people: 60, groupSize: 4, rounds: 8, note: 'the 1 s budget' },
  { people: 64, groupSize: 4, rounds: 21, note: 'AG(3, 4) (design)' },
  { people: 40, groupSize: 4, rounds: 6, agencySize: 5 },
  { people: 64, groupSize: 4, rounds: 8, agencySize: 4 },
];

const rows = instances.map(({ people, groupSize, rounds, agencySize, note }) => {
  const participants = Array.from({ length: people }, (_, i) => ({
    id: `p${i}`,
    ...(agencySize ? { org: `agency-${Math.floor(i / agencySize)}` } : {}),
  }));
  const times: number[] = [];
  let plan = planRotation({ participants, groupSize, rounds, seed: 1 });
  for (let run = 0; run < 3; run++) {
    const start = performance.now();
    plan = planRotation({ participants, groupSize, rounds, seed: 1 });
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const theoretical =
    groupSize === 2 && people % 2 === 1 ? people : Math.floor((people - 1) / (groupSize - 1));
  return {
    people,
    table: groupSize === 2 ? 'pairs' : `${groupSize}s`,
    agencies: agencySize ? `${people / agencySize} of ${agencySize}` : '-',
    rounds,
    'max w/o repeat': theoretical,
    repeats: plan.repeats,
    violations: plan.violations,
    'ms (median)': Number(times[1]!.toFixed(1)),
    note: note ?? '',
  };
});

console.log(`rotation planner, seed 1, Node ${process.version}`);
console.table(rows);
