import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer is built once and served by every host: Electron's app:// protocol and browser mode.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'es2023',
    sourcemap: true,
    // A desktop app loads its bundle from disk, once: one larger chunk costs nothing here.
    chunkSizeWarningLimit: 1500,
  },
});
