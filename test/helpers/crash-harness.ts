import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { openDatabase } from '../../electron/core/db/open';
import { readFact, seeded, type Fact } from './crash-workload';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const childSource = fileURLToPath(new URL('./crash-child.ts', import.meta.url));

/**
 * The child, bundled once per run: the TypeScript loader costs about a second per start on these
 * machines, the bundle a quarter of that, so the same budget gives several times more kills. It
 * sits under node_modules so that better-sqlite3-multiple-ciphers (a native addon, not bundled) resolves.
 */
async function bundleChild(): Promise<string> {
  const dir = path.join(repoRoot, 'node_modules', '.cache', 'roundtable-crash');
  mkdirSync(dir, { recursive: true });
  const outfile = path.join(dir, `crash-child-${process.pid}-${Date.now()}.mjs`);
  await build({
    entryPoints: [childSource],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    external: ['better-sqlite3-multiple-ciphers'],
    logLevel: 'silent',
  });
  return outfile;
}

export interface CrashOptions {
  /** Kills in total, spread over the lanes. */
  trials: number;
  /** Independent databases killed in parallel (one child each at a time). */
  lanes?: number;
  /** Upper bound of the random time a child runs after it is ready. */
  maxRunMs?: number;
  seed?: number;
}

export interface CrashReport {
  trials: number;
  /** Writes acknowledged by a child before it was killed, all found again. */
  acknowledged: number;
  /** Facts checked after each kill (every acknowledged write so far, on every trial). */
  checks: number;
  /** Kills that landed before the child was ready (while it opened or migrated the file). */
  killedDuringStart: number;
  elapsedMs: number;
  seed: number;
  failures: string[];
}

interface Expectation {
  acked: string | undefined;
  inFlight: Set<string>;
}

/** Runs one child until a random moment, SIGKILLs it, and returns the complete lines it printed. */
function runChild(
  script: string,
  file: string,
  seed: number,
  random: () => number,
  maxRunMs: number,
) {
  return new Promise<{ lines: string[]; beforeReady: boolean }>((resolve, reject) => {
    const child = spawn(process.execPath, [script, file, String(seed)], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    let ready = false;
    // One kill in eight lands while the child is still opening (or migrating) the database.
    const early = random() < 1 / 8;
    const kill = () => child.kill('SIGKILL');
    const timer = early ? setTimeout(kill, random() * 400) : undefined;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      if (!ready && out.startsWith('R\n')) {
        ready = true;
        if (!early) setTimeout(kill, random() * maxRunMs);
      }
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
    child.on('error', reject);
    // 'close', not 'exit': lines still in the pipe when the child died must be read too.
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (signal !== 'SIGKILL') {
        reject(new Error(`The child exited by itself (code ${code}): ${err.slice(0, 2000)}`));
        return;
      }
      // A line cut by the kill was never completely acknowledged: only whole lines count.
      const lines = out.split('\n').slice(0, -1);
      resolve({ lines, beforeReady: !ready });
    });
  });
}

/** After a kill: the file opens, passes the full integrity check, and holds every acknowledged write. */
function verify(
  file: string,
  expected: Map<string, Expectation>,
  failures: string[],
  trial: string,
) {
  const db = openDatabase(file);
  try {
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') failures.push(`${trial}: integrity_check says ${String(integrity)}`);
    const orphans = db.pragma('foreign_key_check') as unknown[];
    if (orphans.length > 0) failures.push(`${trial}: ${orphans.length} foreign key violations`);
    for (const [key, e] of expected) {
      const actual = readFact(db, key);
      if (actual !== undefined && e.inFlight.has(actual)) {
        // The write in flight did commit: from now on it is the value to find.
        e.acked = actual;
      } else if (e.acked !== undefined && actual !== e.acked) {
        // (A key only ever written in flight, never acknowledged, holds whatever it held before.)
        failures.push(`${trial}: ${key} is ${String(actual)}, acknowledged ${String(e.acked)}`);
      }
      e.inFlight.clear();
    }
    return expected.size;
  } finally {
    db.close();
  }
}

async function runLane(
  script: string,
  lane: number,
  trials: number,
  options: Required<CrashOptions>,
  report: CrashReport,
) {
  const dir = mkdtempSync(path.join(tmpdir(), 'roundtable-crash-'));
  const file = path.join(dir, 'roundtable.db');
  const random = seeded(options.seed + lane);
  const expected = new Map<string, Expectation>();
  const expect = (key: string) => {
    let e = expected.get(key);
    if (!e) expected.set(key, (e = { acked: undefined, inFlight: new Set() }));
    return e;
  };
  try {
    for (let t = 0; t < trials; t++) {
      const childSeed = options.seed * 1000 + lane * 100_000 + t;
      const { lines, beforeReady } = await runChild(
        script,
        file,
        childSeed,
        random,
        options.maxRunMs,
      );
      if (beforeReady) report.killedDuringStart++;
      let pending: Fact[] = [];
      for (const line of lines) {
        if (line.startsWith('I ')) {
          pending = JSON.parse(line.slice(2)) as Fact[];
        } else if (line.startsWith('A ')) {
          for (const [key, value] of JSON.parse(line.slice(2)) as Fact[]) {
            const e = expect(key);
            e.acked = value;
            e.inFlight.clear();
          }
          pending = [];
          report.acknowledged++;
        } else if (line.startsWith('E ')) {
          pending = [];
        }
      }
      for (const [key, value] of pending) expect(key).inFlight.add(value);
      report.checks += verify(
        file,
        expected,
        report.failures,
        `lane ${lane} trial ${t} (seed ${childSeed})`,
      );
      report.trials++;
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Starts, kills and checks children until `trials` kills are done; never throws on a finding. */
export async function runCrashTrials(options: CrashOptions): Promise<CrashReport> {
  const all: Required<CrashOptions> = {
    lanes: 2,
    maxRunMs: 300,
    seed: Date.now() % 100_000,
    ...options,
  };
  const report: CrashReport = {
    trials: 0,
    acknowledged: 0,
    checks: 0,
    killedDuringStart: 0,
    elapsedMs: 0,
    seed: all.seed,
    failures: [],
  };
  const started = performance.now();
  const script = await bundleChild();
  try {
    await Promise.all(
      Array.from({ length: all.lanes }, (_, lane) =>
        runLane(script, lane, Math.ceil((all.trials - lane) / all.lanes), all, report),
      ),
    );
  } finally {
    rmSync(script, { force: true });
  }
  report.elapsedMs = Math.round(performance.now() - started);
  return report;
}

export const summarize = (r: CrashReport) =>
  `crash safety: ${r.trials} SIGKILLs (${r.killedDuringStart} during start-up), ${r.acknowledged} acknowledged writes, ` +
  `${r.checks} fact checks, ${r.failures.length} failures, ${(r.elapsedMs / 1000).toFixed(1)} s (seed ${r.seed})`;
