import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { buildElectron, type ElectronBuild } from '../../scripts/build-electron';

let outdir: string;
let built: ElectronBuild;

beforeAll(async () => {
  outdir = mkdtempSync(path.join(tmpdir(), 'roundtable-build-'));
  built = await buildElectron(outdir);
}, 60_000);
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

function requiredModules(file: string): string[] {
  const code = readFileSync(file, 'utf8');
  return [...new Set([...code.matchAll(/\brequire\("([^"]+)"\)/g)].map((m) => m[1] ?? ''))].sort();
}

it('bundles main and preload as CommonJS with source maps', () => {
  expect(path.basename(built.main)).toBe('main.cjs');
  expect(path.basename(built.preload)).toBe('preload.cjs');
  expect(readFileSync(built.main, 'utf8')).toContain('//# sourceMappingURL=main.cjs.map');
  expect(readFileSync(`${built.preload}.map`, 'utf8')).toContain('electron/preload/index.ts');
});

it('leaves only electron, better-sqlite3-multiple-ciphers and Node built-ins to the runtime', () => {
  const builtins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
  const external = requiredModules(built.main).filter((name) => !builtins.has(name));
  expect(external).toEqual(['better-sqlite3-multiple-ciphers', 'electron']);
  // The browser-mode host is a separate program and never ships inside the app's main process.
  expect(readFileSync(built.main, 'utf8')).not.toContain('electron/web-host');
});

it('builds a preload that a sandboxed renderer can run: it requires electron and nothing else', () => {
  expect(requiredModules(built.preload)).toEqual(['electron']);

  const exposed = new Map<string, Record<string, unknown>>();
  const electron = {
    contextBridge: {
      exposeInMainWorld: (key: string, api: Record<string, unknown>) => exposed.set(key, api),
    },
    ipcRenderer: { invoke: vi.fn(), on: vi.fn(), removeListener: vi.fn() },
  };
  const module = { exports: {} };
  runInNewContext(readFileSync(built.preload, 'utf8'), {
    module,
    exports: module.exports,
    require: (name: string) => {
      if (name !== 'electron') throw new Error(`A sandboxed preload cannot require ${name}`);
      return electron;
    },
  });
  expect([...exposed.keys()]).toEqual(['roundtable']);
  expect(Object.keys(exposed.get('roundtable') ?? {}).sort()).toEqual(['call', 'onEvent']);
});
