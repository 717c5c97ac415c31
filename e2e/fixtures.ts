import { _electron, chromium, test as base, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHeadlessHost } from './headless-host';
import { StudioPage } from './pages/studio-page';
import { chromiumArgs, chromiumPath, electronSkipReason, installedElectronBinary } from './targets';

interface Options {
  /** Extra environment for the app (e.g. ADSTUDIO_CATALOG pointing at a test server's catalog). */
  hostEnv: NodeJS.ProcessEnv;
}

interface Fixtures {
  /** A fresh data folder per test: nothing leaks between specs or into the user's own. */
  dataDir: string;
  studio: StudioPage;
}

function appLog(dataDir: string): string {
  const logs = join(dataDir, 'logs');
  if (!existsSync(logs)) return '(no log written)';
  return readdirSync(logs)
    .sort()
    .map((file) => readFileSync(join(logs, file), 'utf8'))
    .join('')
    .slice(-20_000);
}

async function openInChromium(dataDir: string, env: NodeJS.ProcessEnv, use: (page: Page) => Promise<void>): Promise<void> {
  const host = await startHeadlessHost(dataDir, env);
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
  try {
    // The owner's browser lets a local app use the clipboard and save downloads.
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, permissions: ['clipboard-read', 'clipboard-write'], acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(host.url);
    await use(page);
  } finally {
    await browser.close();
    await host.stop();
  }
}

async function openInElectron(binary: string, dataDir: string, env: NodeJS.ProcessEnv, use: (page: Page) => Promise<void>): Promise<void> {
  // What `npm start` does first: Electron's own build of the SQLite addon.
  execFileSync(process.execPath, ['scripts/electron-native.js'], { stdio: 'inherit' });
  const app = await _electron.launch({ executablePath: binary, args: ['out/main/index.js', `--data-dir=${dataDir}`], env: { ...process.env, ...env } as Record<string, string> });
  try {
    await use(await app.firstWindow());
  } finally {
    await app.close();
  }
}

export const test = base.extend<Fixtures & Options>({
  hostEnv: [{}, { option: true }],
  // eslint-disable-next-line no-empty-pattern -- Playwright needs the destructuring form
  dataDir: async ({}, use, testInfo) => {
    const dir = mkdtempSync(join(tmpdir(), 'adstudio-e2e-'));
    await use(dir);
    // A failure on CI is read from its output alone: the app's own log says what the core did.
    if (testInfo.status !== testInfo.expectedStatus) console.log(`[e2e] the app's log for "${testInfo.title}":\n${appLog(dir)}`);
    rmSync(dir, { recursive: true, force: true });
  },
  studio: async ({ dataDir, hostEnv }, use, testInfo) => {
    const withPage = (page: Page) => use(new StudioPage(page));
    if (testInfo.project.metadata.target !== 'electron') return openInChromium(dataDir, hostEnv, withPage);
    const binary = installedElectronBinary();
    testInfo.skip(!binary, electronSkipReason);
    if (binary) await openInElectron(binary, dataDir, hostEnv, withPage);
  },
});

export { expect } from '@playwright/test';
