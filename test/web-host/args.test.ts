import { describe, expect, it } from 'vitest';
import {
  defaultDataDir,
  parseCliArgs,
  UsageError,
  type CliEnvironment,
} from '../../electron/web-host/args';

const linux: CliEnvironment = {
  platform: 'linux',
  env: {},
  home: '/home/ana',
  cwd: '/home/ana/work',
};

describe('defaultDataDir', () => {
  it('follows each system’s per-user data folder', () => {
    expect(defaultDataDir(linux)).toBe('/home/ana/.local/share/roundtable');
    expect(defaultDataDir({ ...linux, env: { XDG_DATA_HOME: '/data/ana' } })).toBe(
      '/data/ana/roundtable',
    );
    expect(
      defaultDataDir({
        platform: 'win32',
        env: { APPDATA: 'C:\\Users\\Ana\\AppData\\Roaming' },
        home: 'C:\\Users\\Ana',
        cwd: 'C:\\',
      }),
    ).toBe('C:\\Users\\Ana\\AppData\\Roaming\\Roundtable');
    expect(defaultDataDir({ platform: 'darwin', env: {}, home: '/Users/ana', cwd: '/' })).toBe(
      '/Users/ana/Library/Application Support/Roundtable',
    );
  });

  it('ignores an empty or relative XDG_DATA_HOME, as the XDG spec requires', () => {
    expect(defaultDataDir({ ...linux, env: { XDG_DATA_HOME: '' } })).toBe(
      '/home/ana/.local/share/roundtable',
    );
    expect(defaultDataDir({ ...linux, env: { XDG_DATA_HOME: 'relative/dir' } })).toBe(
      '/home/ana/.local/share/roundtable',
    );
  });

  it('falls back to the roaming folder when APPDATA is missing', () => {
    expect(
      defaultDataDir({ platform: 'win32', env: {}, home: 'C:\\Users\\Ana', cwd: 'C:\\' }),
    ).toBe('C:\\Users\\Ana\\AppData\\Roaming\\Roundtable');
  });
});

describe('parseCliArgs', () => {
  it('defaults to a free port and the per-user folder', () => {
    expect(parseCliArgs([], linux)).toEqual({
      port: 0,
      dataDir: '/home/ana/.local/share/roundtable',
      help: false,
    });
  });

  it('reads --port and --data-dir, resolving the folder against the working directory', () => {
    expect(parseCliArgs(['--port', '4321', '--data-dir', 'meetings'], linux)).toEqual({
      port: 4321,
      dataDir: '/home/ana/work/meetings',
      help: false,
    });
    expect(parseCliArgs(['--port=0', '--data-dir=/srv/rt'], linux)).toMatchObject({
      port: 0,
      dataDir: '/srv/rt',
    });
  });

  it('recognises --help and -h', () => {
    expect(parseCliArgs(['--help'], linux).help).toBe(true);
    expect(parseCliArgs(['-h'], linux).help).toBe(true);
  });

  it.each([
    [['--port', 'abc']],
    [['--port', '-1']],
    [['--port', '65536']],
    [['--port', '80.5']],
    [['--port', '']],
    [['--data-dir', '']],
    [['--data-dir']],
    [['--verbose']],
    [['stray']],
  ])('refuses %j with a usage error', (argv) => {
    expect(() => parseCliArgs(argv, linux)).toThrow(UsageError);
  });
});
