import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Native runtimes (llama.cpp, onnxruntime) are safer in forked processes than in worker threads.
    pool: 'forks',
    // Two at once even on a 2-core machine: many files mostly wait (child processes, job queues,
    // worker pools), and one at a time left the suite far beyond its 15 minutes.
    maxWorkers: 2,
  },
});
