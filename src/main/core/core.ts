import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { AppInfo } from '../../shared/ipc/app';
import type { Handlers } from '../../shared/ipc/contract';
import type { Envelope } from '../../shared/ipc/wire';
import { createAppHandlers } from './app/handlers';
import { createFileLogger, type Logger } from './log/logger';
import { dispatch } from './rpc/dispatch';
import { createEventHub, type EventHub } from './rpc/event-hub';
import { createJsonFileSettingsStore } from './settings/json-file-store';
import { createSettingsHandlers } from './settings/handlers';
import type { SettingsStore } from './settings/settings-store';

export interface CoreOptions {
  /** Root of everything the app stores: database, media, models, logs. Created if missing. */
  dataDir: string;
  /** Which front door owns this core; reported by app.info. */
  host: AppInfo['host'];
  /** Defaults to a JSON file in the data folder; Electron passes its electron-store adapter. */
  settingsStore?: SettingsStore;
  /** Where warnings and errors are echoed besides the log file (stderr for the CLI). */
  echo?: (line: string) => void;
}

export interface Core {
  readonly dataDir: string;
  readonly handlers: Handlers;
  readonly events: EventHub;
  readonly logger: Logger;
  /** Validated call: what every transport binds to. Never throws. */
  call(method: unknown, input: unknown): Promise<Envelope>;
}

export function createCore(options: CoreOptions): Core {
  const startedAt = Date.now();
  const dataDir = options.dataDir;
  const logsDir = join(dataDir, 'logs');
  mkdirSync(dataDir, { recursive: true });
  const logger = createFileLogger(logsDir, options.echo);
  const events = createEventHub();
  const settings = options.settingsStore ?? createJsonFileSettingsStore(join(dataDir, 'settings.json'), logger);

  const handlers: Handlers = {
    ...createAppHandlers({ dataDir, logsDir, host: options.host, settings, startedAt }),
    ...createSettingsHandlers(settings, events),
  };

  logger.log('info', 'core', 'Core created', { dataDir, host: options.host });
  return {
    dataDir,
    handlers,
    events,
    logger,
    call: (method, input) => dispatch(handlers, logger, method, input),
  };
}
