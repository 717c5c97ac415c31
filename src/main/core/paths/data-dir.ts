import { homedir } from 'node:os';
import { join } from 'node:path';

export const productName = 'AdStudio';

/**
 * The same folder Electron uses as userData for this product, so the app, the headless host
 * and the CLI share one library unless told otherwise.
 */
export function defaultUserDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = homedir(),
): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), productName);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', productName);
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), productName);
}

/** `--data-dir <dir>` or `--data-dir=<dir>` wins, then ADSTUDIO_DATA_DIR, then the fallback. */
export function resolveDataDir(argv: readonly string[], env: NodeJS.ProcessEnv, fallback: () => string): string {
  const index = argv.findIndex((arg) => arg === '--data-dir' || arg.startsWith('--data-dir='));
  if (index >= 0) {
    const arg = argv[index] ?? '';
    const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[index + 1];
    if (value) return value;
  }
  if (env.ADSTUDIO_DATA_DIR) return env.ADSTUDIO_DATA_DIR;
  return fallback();
}
