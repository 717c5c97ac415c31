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
  outputDir: 'test-results',
  use: { trace: 'retain-on-failure', screenshot: 'only-on-failure' },
  // One spec set, two windows onto it: the built renderer in Debian's Chromium over the
  // headless host, and the real Electron app where its binary is installed.
  projects: [
    { name: 'chromium', metadata: { target: 'chromium' } },
    { name: 'electron', metadata: { target: 'electron' } },
  ],
});
