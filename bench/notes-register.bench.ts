/*
 * The note-taker's and the register's queries on ten years of data (see ten-year-dataset.ts):
 * the action register's first page under its common filters and orders, search, the decisions
 * log searched, and the autosave round trip, all through core.call (validation, handler, output
 * check, envelope) on a temp-file database with the app's pragmas (WAL, synchronous=FULL).
 * Budgets (issue 4): register queries and search < 10 ms at the median; autosave < 5 ms.
 *
 * `npm run bench:notes -- [samples]` (200 by default).
 */
import { createCore } from '../electron/core/create-core';
import { notesDoc, random, RARE_WORD, buildTenYearDataset } from './ten-year-dataset';

const samples = Number(process.argv[2] ?? 200);

const built = Date.now();
const data = buildTenYearDataset();
const buildSeconds = (Date.now() - built) / 1000;
const core = createCore({ db: data.db });

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))] ?? Number.NaN;

/** How many rows an answer holds, and how many there are in all when it says. */
function sizeOf(value: unknown): string {
  if (Array.isArray(value)) return `${value.length} rows`;
  if (value && typeof value === 'object' && 'items' in value && 'total' in value) {
    const page = value as { items: unknown[]; total: number };
    return `${page.items.length} of ${page.total}`;
  }
  return 'saved';
}

interface Result {
  name: string;
  median: number;
  p95: number;
  budget: number;
  size: string;
}

/** Times `samples` calls (after a warm-up), each on its own, in milliseconds. */
async function time(name: string, budget: number, call: (n: number) => [string, unknown]) {
  const [method, input] = call(0);
  const first = await core.call(method, input);
  if (!first.ok) throw new Error(`${name}: ${JSON.stringify(first.error)}`);
  for (let n = 0; n < 20; n++) await core.call(...call(n));
  const times: number[] = [];
  for (let n = 0; n < samples; n++) {
    const args = call(n);
    const begin = process.hrtime.bigint();
    const result = await core.call(...args);
    times.push(Number(process.hrtime.bigint() - begin) / 1e6);
    if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.error)}`);
  }
  times.sort((a, b) => a - b);
  return {
    name,
    median: percentile(times, 0.5),
    p95: percentile(times, 0.95),
    budget,
    size: sizeOf(first.value),
  } satisfies Result;
}

const { today, seriesId, organizationId, personId } = data;
const register = (filter: Record<string, unknown>) => (): [string, unknown] => [
  'action.list',
  { today, limit: 50, ...filter },
];
const search = (query: string) => (): [string, unknown] => ['search.query', { query }];

// Two realistic notes documents (2–5 kB of JSON) saved in turn, so every save changes the row
// and its search entry.
const rand = random(7);
const docs = [notesDoc(rand, true, 6), notesDoc(rand, false, 8)];

const results: Result[] = [];
const run = async (name: string, budget: number, call: (n: number) => [string, unknown]) => {
  results.push(await time(name, budget, call));
};

await run('action.list: no filter (by due date)', 10, register({}));
await run('action.list: open + overdue', 10, register({ status: ['open'], due: 'overdue' }));
await run('action.list: by agency', 10, register({ organizationId }));
await run('action.list: by person', 10, register({ personId }));
await run('action.list: series + open', 10, register({ seriesId, status: ['open'] }));
await run('action.list: due this week', 10, register({ due: 'this_week' }));
await run('action.list: sorted by agency', 10, register({ sort: 'agency' }));
await run(
  'action.list: open, sorted by person',
  10,
  register({ status: ['open'], sort: 'person' }),
);
await run('search.query: common word "logement"', 10, search('logement'));
await run('search.query: common word "shelter"', 10, search('shelter'));
await run(`search.query: rare word "${RARE_WORD.toLowerCase()}"`, 10, search('pikwakanagan'));
await run('search.query: accent-folded prefix "reun"', 10, search('reun'));
await run('search.query: two words "hebergement urgence"', 10, search('hebergement urgence'));
await run('search.query: two letters "co"', 10, search('co'));
await run('search.query: stop word "the"', 10, search('the'));
await run('search.query: stop word "les"', 10, search('les'));
await run('decision.list: series log, query "hebergement"', 10, () => [
  'decision.list',
  { seriesId, query: 'hebergement' },
]);
await run('note.save: autosave round trip', 5, (n) => [
  'note.save',
  { meetingId: data.meetingId, itemId: data.itemId, doc: docs[n % 2] },
]);

const bytes = docs.map((doc) => JSON.stringify(doc).length);
const counts = Object.entries(data.counts)
  .map(([table, n]) => `${n} ${table}`)
  .join(', ');
console.log(
  `dataset: ${counts}; built in ${buildSeconds.toFixed(1)} s; temp-file database (WAL, synchronous=FULL); ` +
    `today ${today}; ${samples} samples per query after 20 warm-up calls; autosave docs ${bytes.join(' and ')} bytes; Node ${process.version}`,
);
const width = Math.max(...results.map((r) => r.name.length));
console.log(`${'query'.padEnd(width)}  median ms    p95 ms  budget  result       rows`);
for (const r of results) {
  const verdict = r.median < r.budget ? 'OK' : 'OVER BUDGET';
  console.log(
    `${r.name.padEnd(width)}  ${r.median.toFixed(2).padStart(9)}  ${r.p95.toFixed(2).padStart(8)}  ${`< ${r.budget}`.padStart(6)}  ${verdict.padEnd(11)}  ${r.size}`,
  );
}
core.close();
data.dispose();
