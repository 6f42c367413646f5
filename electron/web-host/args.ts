import path from 'node:path';
import { parseArgs } from 'node:util';

export interface CliOptions {
  /** 0 lets the system pick a free port. */
  port: number;
  dataDir: string;
  help: boolean;
}

export interface CliEnvironment {
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
  home: string;
  cwd: string;
}

export const USAGE = `Usage: npm run web -- [options]

Runs Roundtable in your web browser, on this computer only.

Options:
  --port N          Port to listen on (default: a free port chosen at start)
  --data-dir DIR    Folder holding roundtable.db (default: your user data folder)
  --help            Show this help
`;

/** Thrown for arguments a person typed wrong: print the message and the usage, not a stack. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Each system's conventional per-user data folder (XDG on Linux), so data survives a new checkout. */
export function defaultDataDir({ platform, env, home }: CliEnvironment): string {
  if (platform === 'win32') {
    return path.win32.join(
      env.APPDATA || path.win32.join(home, 'AppData', 'Roaming'),
      'Roundtable',
    );
  }
  if (platform === 'darwin') {
    return path.posix.join(home, 'Library', 'Application Support', 'Roundtable');
  }
  // An empty or relative XDG_DATA_HOME is invalid per the XDG spec and must be ignored.
  const xdg = env.XDG_DATA_HOME;
  const base = xdg && path.posix.isAbsolute(xdg) ? xdg : path.posix.join(home, '.local', 'share');
  return path.posix.join(base, 'roundtable');
}

export function parseCliArgs(argv: readonly string[], environment: CliEnvironment): CliOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: 'string' },
        'data-dir': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }

  let port = 0;
  if (values.port !== undefined) {
    const text = values.port.trim();
    port = Number(text);
    if (!/^\d+$/.test(text) || !Number.isInteger(port) || port > 65535) {
      throw new UsageError(`--port must be a whole number from 0 to 65535 (got "${values.port}").`);
    }
  }

  const dataDirArg = values['data-dir'];
  if (dataDirArg !== undefined && dataDirArg.trim() === '') {
    throw new UsageError('--data-dir needs a folder.');
  }
  const pathApi = environment.platform === 'win32' ? path.win32 : path.posix;
  const dataDir =
    dataDirArg !== undefined
      ? pathApi.resolve(environment.cwd, dataDirArg)
      : defaultDataDir(environment);

  return { port, dataDir, help: values.help };
}
