import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { AppInfo } from '../../shared/ipc/app';
import type { Handlers } from '../../shared/ipc/contract';
import type { Envelope } from '../../shared/ipc/wire';
import { createAppHandlers } from './app/handlers';
import { createGenerationsHandlers } from './generations/handlers';
import { createDatabaseHolder, type DatabaseHolder } from './library/database-holder';
import { createLibraryHandlers } from './library/handlers';
import { runMaintenance } from './library/maintenance';
import { createFileLogger, type Logger } from './log/logger';
import { createMediaHandlers } from './media/handlers';
import { createMediaLibrary, type MediaLibrary } from './media/media-library';
import { mediaPaths } from './media/media-paths';
import { dispatch } from './rpc/dispatch';
import { createEventHub, type EventHub } from './rpc/event-hub';
import { createSessionsHandlers } from './sessions/handlers';
import { createJsonFileSettingsStore } from './settings/json-file-store';
import { createSettingsHandlers } from './settings/handlers';
import type { SettingsStore } from './settings/settings-store';
import { createShopsHandlers } from './shops/handlers';

/** How often deleted items past their undo window are purged and unreferenced media collected. */
const maintenanceIntervalMs = 60_000;

export interface CoreOptions {
  /** Root of everything the app stores: database, media, models, logs. Created if missing. */
  dataDir: string;
  /** Which front door owns this core; reported by app.info. */
  host: AppInfo['host'];
  /** Defaults to a JSON file in the data folder; Electron passes its electron-store adapter. */
  settingsStore?: SettingsStore;
  /** Electron's build of better-sqlite3's addon; plain Node uses the package's own. */
  sqliteNativeBinding?: string;
  /** Where warnings and errors are echoed besides the log file (stderr for the CLI). */
  echo?: (line: string) => void;
}

export interface Core {
  readonly dataDir: string;
  readonly handlers: Handlers;
  readonly events: EventHub;
  readonly logger: Logger;
  readonly database: DatabaseHolder;
  readonly media: MediaLibrary;
  /** Validated call: what every transport binds to. Never throws. */
  call(method: unknown, input: unknown): Promise<Envelope>;
  /** Purges expired deletions and collects unreferenced media now (it also runs on a timer). */
  maintain(now?: number): ReturnType<typeof runMaintenance>;
  /** Stops timers and closes the database. */
  close(): void;
}

/**
 * Opens the library (migrating the database before anything can call in) and builds the
 * handler map every front door serves.
 */
export function createCore(options: CoreOptions): Core {
  const startedAt = Date.now();
  const dataDir = options.dataDir;
  const logsDir = join(dataDir, 'logs');
  mkdirSync(dataDir, { recursive: true });
  const logger = createFileLogger(logsDir, options.echo);
  const events = createEventHub();
  const settings = options.settingsStore ?? createJsonFileSettingsStore(join(dataDir, 'settings.json'), logger);
  const database = createDatabaseHolder({ path: join(dataDir, 'adstudio.db'), nativeBinding: options.sqliteNativeBinding });
  const media = createMediaLibrary(mediaPaths(dataDir), database.db, logger);

  const handlers: Handlers = {
    ...createAppHandlers({ dataDir, logsDir, host: options.host, settings, startedAt }),
    ...createSettingsHandlers(settings, events),
    ...createShopsHandlers(database.db),
    ...createSessionsHandlers(database.db),
    ...createGenerationsHandlers(database.db),
    ...createMediaHandlers(media),
    ...createLibraryHandlers(database, media, dataDir),
  };

  const maintain = (now?: number) => runMaintenance(database.db(), media, logger, now);
  const logFailure = (error: unknown) => logger.log('error', 'library', 'Maintenance failed', { error: String(error) });
  // Nothing is importing yet at start-up, so leftovers in the temp folder are a crash's debris.
  media.clearTemp();
  void maintain().catch(logFailure);
  const timer = setInterval(() => void maintain().catch(logFailure), maintenanceIntervalMs);
  timer.unref();

  logger.log('info', 'core', 'Core created', { dataDir, host: options.host });
  return {
    dataDir,
    handlers,
    events,
    logger,
    database,
    media,
    call: (method, input) => dispatch(handlers, logger, method, input),
    maintain,
    close() {
      clearInterval(timer);
      database.close();
    },
  };
}
