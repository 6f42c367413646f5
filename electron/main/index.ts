import { runApp } from './lifecycle';

// Bundled to dist-electron/main.cjs, next to preload.cjs and one level below dist/renderer.
runApp({ bundleDir: __dirname });
