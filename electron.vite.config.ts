import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { resolve } from 'node:path';

export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        // The Electron shell and the plain-Node CLI (headless host) share the core's chunks;
        // the inference host is its own entry, started as a child process by either.
        input: {
          index: resolve(import.meta.dirname, 'src/main/index.ts'),
          cli: resolve(import.meta.dirname, 'src/main/cli/index.ts'),
          inference: resolve(import.meta.dirname, 'src/main/inference/host/host-main.ts'),
          'render-worker': resolve(import.meta.dirname, 'src/main/core/image/render/render-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload cannot load ES modules: one self-contained CommonJS file.
      rollupOptions: {
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(import.meta.dirname, 'src/renderer'),
    // Relative asset URLs work under app://renderer/ and under the host's /<token>/ prefix alike.
    base: './',
    plugins: [react()],
    build: {
      rollupOptions: { input: resolve(import.meta.dirname, 'src/renderer/index.html') },
    },
  },
});
