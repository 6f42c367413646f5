import { rm } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type BuildOptions, type Metafile } from 'esbuild';

/**
 * Bundles the Electron main process and the preload into dist-electron/ as CommonJS.
 * Needs no Electron binary: `electron` stays an import resolved at run time, and so does
 * better-sqlite3-multiple-ciphers, whose native addon cannot be bundled.
 */

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  external: ['electron', 'better-sqlite3-multiple-ciphers'],
  sourcemap: true,
  metafile: true,
  logLevel: 'warning',
} satisfies BuildOptions;

const nodeBuiltins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

/** Imports left in an output file for the runtime to resolve. */
function runtimeImports(metafile: Metafile): string[] {
  return Object.values(metafile.outputs).flatMap((output) =>
    output.imports.filter((entry) => entry.external).map((entry) => entry.path),
  );
}

export interface ElectronBuild {
  main: string;
  preload: string;
}

export async function buildElectron(
  outdir = path.join(root, 'dist-electron'),
): Promise<ElectronBuild> {
  await rm(outdir, { recursive: true, force: true });
  const main = path.join(outdir, 'main.cjs');
  const preload = path.join(outdir, 'preload.cjs');
  const [mainResult, preloadResult] = await Promise.all([
    build({ ...common, entryPoints: ['electron/main/index.ts'], outfile: main }),
    build({ ...common, entryPoints: ['electron/preload/index.ts'], outfile: preload }),
  ]);

  // A sandboxed preload can require nothing but electron: anything else fails only at launch,
  // which cannot be tried here, so it is refused at build time instead.
  const preloadImports = runtimeImports(preloadResult.metafile).filter((p) => p !== 'electron');
  if (preloadImports.length > 0) {
    throw new Error(
      `The preload may only import electron; it imports ${preloadImports.join(', ')}`,
    );
  }
  const mainImports = runtimeImports(mainResult.metafile).filter(
    (p) => !common.external.includes(p) && !nodeBuiltins.has(p),
  );
  if (mainImports.length > 0) {
    throw new Error(`The main bundle would need packages at run time: ${mainImports.join(', ')}`);
  }
  return { main, preload };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { main, preload } = await buildElectron();
  console.log(`Built ${path.relative(root, main)} and ${path.relative(root, preload)}`);
}
