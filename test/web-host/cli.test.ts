import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rawRequest, rpc } from './http';

const cli = fileURLToPath(new URL('../../electron/web-host/cli.ts', import.meta.url));

interface Run {
  child: ChildProcessWithoutNullStreams;
  output(): string;
  exited: Promise<number | null>;
}

/** Runs the CLI on this Node (the project's Node 22, which better-sqlite3 needs). */
function run(args: string[], env: Record<string, string> = {}): Run {
  const child = spawn(process.execPath, ['--import', 'tsx', cli, ...args], {
    cwd: path.dirname(cli),
    env: { ...process.env, NODE_OPTIONS: '', ...env },
  });
  let text = '';
  child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  return { child, output: () => text, exited };
}

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'roundtable-cli-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('web-host cli', { timeout: 30_000 }, () => {
  it('starts on a data folder, prints the link, serves the core and stops on SIGTERM', async () => {
    const dataDir = path.join(dir, 'nested', 'data');
    // The tests' passphrase sets the encryption up at start (see the next test for a person's start).
    const app = run(['--data-dir', dataDir], { ROUNDTABLE_TEST_PASSPHRASE: 'cli test passphrase' });
    try {
      await expect
        .poll(app.output, { timeout: 20_000 })
        .toMatch(/Roundtable is running at http:\/\/127\.0\.0\.1:\d+\/\?token=/);
      const match = /http:\/\/127\.0\.0\.1:(\d+)\/\?token=([A-Za-z0-9_-]+)/.exec(app.output());
      const port = Number(match?.[1]);
      const token = match?.[2] ?? '';
      expect(app.output()).toContain(dataDir);
      expect(existsSync(path.join(dataDir, 'roundtable.db'))).toBe(true);

      const info = await rpc(
        port,
        { method: 'app.info', input: {} },
        {
          'x-roundtable-token': token,
        },
      );
      expect(JSON.parse(info.body)).toMatchObject({
        ok: true,
        value: { version: expect.stringMatching(/^\d+\.\d+\.\d+/) as string },
      });
      // 503 with build instructions when the renderer has not been built in this checkout.
      expect([200, 503]).toContain((await rawRequest(port, { path: '/' })).status);

      app.child.kill('SIGTERM');
      expect(await app.exited).toBe(0);
    } finally {
      app.child.kill('SIGKILL');
    }
  });

  it('without a passphrase, waits for the page to set one, serving no data meanwhile', async () => {
    const app = run(['--data-dir', dir]);
    try {
      await expect.poll(app.output, { timeout: 20_000 }).toMatch(/Roundtable is running at/);
      expect(app.output()).toContain('the page asks for your passphrase');
      const match = /http:\/\/127\.0\.0\.1:(\d+)\/\?token=([A-Za-z0-9_-]+)/.exec(app.output());
      const headers = { 'x-roundtable-token': match?.[2] ?? '' };
      const port = Number(match?.[1]);
      const status = await rpc(port, { method: 'vault.status', input: {} }, headers);
      expect(JSON.parse(status.body)).toMatchObject({
        ok: true,
        value: { state: 'setup', protection: 'none', osStoreAvailable: false },
      });
      const list = await rpc(port, { method: 'org.list', input: {} }, headers);
      expect(JSON.parse(list.body)).toMatchObject({ ok: false, error: { code: 'locked' } });
      // Nothing is written before the passphrase: no unencrypted database in the meantime.
      expect(existsSync(path.join(dir, 'roundtable.db'))).toBe(false);
      app.child.kill('SIGTERM');
      expect(await app.exited).toBe(0);
    } finally {
      app.child.kill('SIGKILL');
    }
  });

  it('explains a taken port without a stack', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const app = run(['--port', String(port), '--data-dir', dir]);
      expect(await app.exited).toBe(1);
      expect(app.output()).toContain(`Port ${port} is already in use`);
      expect(app.output()).not.toMatch(/\n\s+at /);
    } finally {
      blocker.close();
    }
  });

  it('explains a database it cannot open without a stack', async () => {
    // A folder where the database file should be: SQLite cannot open it.
    const dataDir = path.join(dir, 'data');
    await mkdir(path.join(dataDir, 'roundtable.db'), { recursive: true });
    const app = run(['--data-dir', dataDir]);
    expect(await app.exited).toBe(1);
    expect(app.output()).toContain('could not open its database');
    expect(app.output()).not.toMatch(/\n\s+at /);
  });

  it('prints usage for --help and for a mistyped flag', async () => {
    const help = run(['--help']);
    expect(await help.exited).toBe(0);
    expect(help.output()).toContain('--data-dir');
    const wrong = run(['--prot', '80']);
    expect(await wrong.exited).toBe(2);
    expect(wrong.output()).toContain('Usage:');
  });
});
