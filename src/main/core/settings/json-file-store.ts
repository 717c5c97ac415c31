import { readFile, rename } from 'node:fs/promises';
import type { Settings } from '../../../shared/ipc/settings';
import { writeFileAtomic } from '../fs/atomic-write';
import type { Logger } from '../log/logger';
import type { SettingsStore } from './settings-store';

/** Settings as a JSON file, written atomically; an unreadable file is set aside, not overwritten blindly. */
export function createJsonFileSettingsStore(path: string, logger: Logger): SettingsStore {
  return {
    location: path,
    async load() {
      let text: string;
      try {
        text = await readFile(path, 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw error;
      }
      try {
        return JSON.parse(text) as unknown;
      } catch {
        const aside = `${path}.corrupt-${Date.now()}`;
        await rename(path, aside);
        logger.log('warn', 'settings', 'Settings file was not valid JSON; kept a copy and used defaults', { aside });
        return undefined;
      }
    },
    async save(settings: Settings) {
      await writeFileAtomic(path, `${JSON.stringify(settings, null, 2)}\n`);
    },
  };
}
