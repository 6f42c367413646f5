import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The passphrase the e2e hosts give at start, in process (e2e.ts) and as a separate program:
 * browser mode has no OS keychain, so the data is encrypted as a person's would be, and no test
 * has to type it on a lock screen.
 */
export const E2E_PASSPHRASE = 'e2e passphrase, for tests only';

/**
 * Browser mode's host (`npm run web`) as a separate process, so a test can kill it the way a crash
 * or a power cut would (SIGKILL: no handler runs, nothing is flushed) and start it again on the
 * same data folder.
 */
export interface HostProcess {
  /** The tokenized link the host printed. */
  url: string;
  /** Kills the process at once and waits until it is gone. */
  kill(): Promise<void>;
}

/** A port free right now, so a restarted host keeps the page's origin (and its localStorage). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

export function startHostProcess(dataDir: string, port: number): Promise<HostProcess> {
  const child: ChildProcess = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      path.join('electron', 'web-host', 'cli.ts'),
      '--data-dir',
      dataDir,
      '--port',
      String(port),
    ],
    {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
      // Browser mode has no OS keychain: the tests' passphrase sets up or unlocks the data.
      env: { ...process.env, ROUNDTABLE_TEST_PASSPHRASE: E2E_PASSPHRASE },
    },
  );
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`The host did not start within 30 s:\n${output}`));
    }, 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /running at (http:\/\/\S+)/.exec(output)?.[1];
      if (!url) return;
      clearTimeout(timer);
      resolve({
        url,
        async kill() {
          child.kill('SIGKILL');
          await exited;
        },
      });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The host exited (${code}) before it started:\n${output}`));
    });
  });
}
