import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Native runtimes (llama.cpp, onnxruntime) are safer in forked processes than in worker threads.
    pool: 'forks',
    // Two at once even on a 2-core machine: many files mostly wait (child processes, job queues,
    // worker pools), and one at a time left the suite far beyond its 15 minutes.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'main',
          include: ['src/*.test.ts', 'src/main/**/*.test.ts', 'src/shared/**/*.test.ts'],
          // A worker process serves file after file instead of a fresh one per file: each fresh one
          // paid again for importing the core (sharp, satori, node-llama-cpp) and for touching new
          // memory. It relies on each file closing what it opens (cores, hosts, process listeners).
          isolate: false,
        },
      },
      {
        extends: true,
        // Each of these mocks the window's store for its own components: they need modules of their own.
        test: { name: 'renderer', include: ['src/renderer/**/*.test.ts'] },
      },
    ],
  },
});
