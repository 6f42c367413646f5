import { mkdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LocalCore } from '../core/create-core';
import { KeyFileError, openCore, storagePaths, type VaultHost } from '../core/open-core';
import { parseCliArgs, USAGE, UsageError, type CliOptions } from './args';
import { startWebHost, type WebHost } from './server';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

function readVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
      version?: unknown;
    };
    return typeof pkg.version === 'string' ? pkg.version : '0.0.0';
  } catch {
    return '0.0.0';
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** A failure the person can act on: printed as is, without a stack. */
class StartupError extends Error {}

/**
 * FOR TESTS ONLY: ROUNDTABLE_TEST_PASSPHRASE sets the vault up with that passphrase, or unlocks
 * it, at start, so end-to-end tests that start this program need not type it in every page. A
 * passphrase in the environment is readable by other programs of the account: never set it for
 * real data. Without it, browser mode (which has no OS keychain) asks for the passphrase.
 */
const TEST_PASSPHRASE_ENV = 'ROUNDTABLE_TEST_PASSPHRASE';

function vaultHost(env: NodeJS.ProcessEnv): VaultHost {
  const passphrase = env[TEST_PASSPHRASE_ENV];
  return passphrase ? { passphrase } : {};
}

function startCore(options: CliOptions): LocalCore {
  try {
    mkdirSync(options.dataDir, { recursive: true });
  } catch (error) {
    throw new StartupError(
      `Roundtable could not create its data folder ${options.dataDir}: ${messageOf(error)}\n` +
        'Choose another folder with --data-dir.',
    );
  }
  const storage = storagePaths(options.dataDir);
  try {
    return openCore({ storage, version: readVersion(), vault: vaultHost(process.env) });
  } catch (error) {
    if (error instanceof KeyFileError) throw new StartupError(error.message);
    throw new StartupError(
      `Roundtable could not open its database ${storage.file}:\n  ${messageOf(error)}\n` +
        'Check that the folder is writable and that no newer version of Roundtable created this file.',
    );
  }
}

async function serve(core: LocalCore, options: CliOptions): Promise<WebHost> {
  try {
    return await startWebHost({
      core,
      staticDir: path.join(repoRoot, 'dist', 'renderer'),
      port: options.port,
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') {
      throw new StartupError(
        `Port ${options.port} is already in use. Choose another with --port, or leave --port out to use a free one.`,
      );
    }
    if (code === 'EACCES') {
      throw new StartupError(
        `Roundtable is not allowed to listen on port ${options.port}. Choose a port above 1023.`,
      );
    }
    throw new StartupError(`Roundtable could not start its web server: ${messageOf(error)}`);
  }
}

/** Resolves with an exit code, or with 'running' once the server is up and waiting for a signal. */
async function main(argv: readonly string[]): Promise<number | 'running'> {
  let options: CliOptions;
  try {
    options = parseCliArgs(argv, {
      platform: process.platform,
      env: process.env,
      home: os.homedir(),
      cwd: process.cwd(),
    });
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (options.help) {
    process.stdout.write(USAGE);
    return 0;
  }

  const core = startCore(options);
  let host: WebHost;
  try {
    host = await serve(core, options);
  } catch (error) {
    core.close();
    throw error;
  }

  // Not awaited: a backup of a large database must not delay the link; failures are logged inside.
  core
    .autoBackupIfDue()
    .catch((error: unknown) => console.error('[roundtable] Automatic backup', error));

  const vault = await core.call('vault.status', {});
  const waiting = vault.ok && (vault.value as { state: string }).state !== 'open';
  process.stdout.write(
    `\nRoundtable is running at ${host.url}\n\n` +
      `  Open that link in your web browser (it works on this computer only).\n` +
      (waiting ? `  Your data is encrypted: the page asks for your passphrase.\n` : '') +
      `  Data folder: ${options.dataDir}\n` +
      `  Press Ctrl+C to stop.\n\n`,
  );

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) {
      // A second Ctrl+C means "now": the database is consistent after every committed call anyway.
      process.exit(130);
    }
    stopping = true;
    process.stdout.write(`\nStopping Roundtable (${signal})…\n`);
    host
      .close()
      .catch((error: unknown) => process.stderr.write(`${messageOf(error)}\n`))
      .finally(() => {
        core.close();
        process.exit(0);
      });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  return 'running';
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code !== 'running') process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof StartupError) {
      process.stderr.write(`\n${error.message}\n`);
    } else {
      console.error(error);
    }
    process.exitCode = 1;
  },
);
