/*
 * The process the crash-safety test kills: the core on a file database, driving writes as fast as
 * it can and reporting on stdout. `I <json>` before a write whose facts are known in advance,
 * `A <json>` once the call returned ok (the transaction is committed), `R` when ready.
 * Usage: node --import tsx test/helpers/crash-child.ts <db file> <seed> (the harness runs a bundle of it)
 */
import { writeSync } from 'node:fs';
import { createCore } from '../../electron/core/create-core';
import { openDatabase } from '../../electron/core/db/open';
import { nextOperation, seeded, type ChildState } from './crash-workload';

const [file, seedArg] = process.argv.slice(2);
if (!file) throw new Error('usage: crash-child.ts <db file> <seed>');
const seed = Number(seedArg ?? 1);

const core = createCore({ db: openDatabase(file), log: () => undefined });
const list = await core.call('org.list', { includeArchived: true });
const state: ChildState = {
  seed,
  seq: 0,
  random: seeded(seed),
  organizations: list.ok ? (list.value as { id: string }[]).map((o) => o.id) : [],
};

/**
 * Straight to the pipe, synchronously: `process.stdout` buffers in this process when the pipe is
 * busy, so an acknowledgement could die with it while the next writes commit. Once `writeSync`
 * returns, the line is in the pipe and the parent reads it even after the kill.
 */
function say(line: string): void {
  const bytes = Buffer.from(`${line}\n`);
  let written = 0;
  while (written < bytes.length) {
    try {
      written += writeSync(1, bytes, written);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
    }
  }
}
say('R');
for (;;) {
  state.seq++;
  const op = nextOperation(state);
  if (op.intent.length > 0) say(`I ${JSON.stringify(op.intent)}`);
  const result = await core.call(op.method, op.input);
  if (result.ok) say(`A ${JSON.stringify(op.facts(result.value))}`);
  else say(`E ${op.method} ${result.error.code}`);
}
