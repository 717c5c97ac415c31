import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'e2e',
  globalSetup: './e2e/global-setup.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  // Playwright empties its output folder on each run; the ads vitest writes to test-results/ads stay.
  outputDir: 'test-results/e2e',
  // An action that waits is bounded, so a missing element fails where it was looked for.
  use: { trace: 'retain-on-failure', screenshot: 'only-on-failure', actionTimeout: 30_000 },
  // One spec set, two windows onto it: the built renderer in Debian's Chromium over the
  // headless host, and the real Electron app where its binary is installed.
  projects: [
    { name: 'chromium', metadata: { target: 'chromium' } },
    { name: 'electron', metadata: { target: 'electron' } },
  ],
});
