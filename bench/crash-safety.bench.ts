/*
 * The long run of the crash-safety test (test/core/crash-safety.test.ts): the core in a child
 * process on a file database, killed with SIGKILL at random moments, the file checked after every
 * kill. `npm run bench:crash -- 1000` sets the number of kills (default 500); a seed as the second
 * argument replays a run.
 */
import { runCrashTrials, summarize } from '../test/helpers/crash-harness';

const trials = Number(process.argv[2] ?? 500);
const seed = process.argv[3] === undefined ? undefined : Number(process.argv[3]);
const report = await runCrashTrials({
  trials,
  lanes: 2,
  maxRunMs: 600,
  ...(seed === undefined ? {} : { seed }),
});
console.log(`dataset: one growing database per lane (2 lanes), Node ${process.version}`);
console.log(summarize(report));
for (const failure of report.failures.slice(0, 20)) console.log(`  ${failure}`);
process.exitCode = report.failures.length === 0 ? 0 : 1;
