import type { GpuSummary } from '../../shared/ipc/app';
import type { Catalog } from '../../shared/ipc/models';
import { probeGpu } from './app/hardware';
import type { CopyIndustry } from '../../shared/ipc/copy';
import { aiBackdrop, type Diffuse } from './image/ai-background/ai-backdrop';
import type { AiBackgrounds } from './image/ad-set';
import { type AdStyle } from '../../shared/ad-design';
import { loadCatalog } from './models/catalog';
import { createDownloadManager, type DownloadManager } from './models/download-manager';
import { createModelsHandlers } from './models/handlers';
import { modelPaths, type ModelPaths } from './models/model-paths';
import { createRegistry, type ModelRegistry } from './models/registry';
import { acquireDataDirLock, type DataDirLock } from './paths/data-dir-lock';
import { findResourcesDir } from './paths/resources-dir';
import { createStorageGuard } from './storage/storage-guard';
import { removeLeftoverPartials } from './fs/timestamped-folder';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { AppInfo } from '../../shared/ipc/app';
import type { JobStage } from '../../shared/ipc/jobs';
import { forkLauncher, inferenceEntry, type ChildLauncher } from '../inference/child-launcher';
import { InferenceHost } from '../inference/inference-host';
import { createCopywriter } from './copy/copywriter';
import { builtinCutoutModel, createCutoutService, type CutoutModel } from './image/cutout/cutout-service';
import type { LookScorer } from './image/ranking/ad-look';
import { createCutoutsHandlers } from './image/cutout/cutouts-handlers';
import { RenderPool } from './image/render/render-pool';
import { findCopyModel } from './copy/model-choice';
import { FifoLane } from './jobs/fifo-lane';
import { createJobsHandlers } from './jobs/handlers';
import { createJobEngine, type JobEngine } from './jobs/job-engine';
import { runPipeline } from './pipeline/pipeline';
import type { Handlers } from '../../shared/ipc/contract';
import type { Envelope } from '../../shared/ipc/wire';
import { createAppHandlers } from './app/handlers';
import { createWarmStart, type WarmStart } from './app/warm-start';
import { warmRenders } from './image/render/warm-render';
import { createGenerationsHandlers } from './generations/handlers';
import type { AdFileDeps } from './image/files/variant-image';
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
import { createSettingsSource } from './settings/settings-source';
import { createSpeedProbe } from './models/download-speed';
import type { SettingsStore } from './settings/settings-store';
import { createShopsHandlers } from './shops/handlers';
import { createVideosHandlers } from './video/handlers';
import { createStoryWriter } from './posting/llm-story';
import type { LlmGenerate } from '../inference/protocol';
import { createVideoTasks, type VideoTasks } from './video/video-tasks';

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
  /** Starts the inference host: a utility process under Electron, a fork under Node (default). */
  inferenceLauncher?: ChildLauncher;
  /** Jobs running at once (default 2); model calls still take the accelerator one at a time. */
  jobConcurrency?: number;
  /** Awaited as each pipeline stage begins; tests use it to hold a job in a stage. */
  beforeStage?: (stage: JobStage, signal: AbortSignal) => Promise<void>;
  /** The model catalog; by default resources/models-catalog.json. Tests serve their own. */
  catalog?: Catalog;
  /** Where the models the app ships are kept as ready files; by default models/builtin in the data folder. Tests share one. */
  builtinModelsDir?: string;
  /** Waits between download retries; tests shorten it. */
  downloadBackoffMs?: (attempt: number) => number;
}

export interface Core {
  readonly dataDir: string;
  readonly handlers: Handlers;
  readonly events: EventHub;
  readonly logger: Logger;
  readonly database: DatabaseHolder;
  readonly media: MediaLibrary;
  readonly jobs: JobEngine;
  readonly videos: VideoTasks;
  readonly inference: InferenceHost;
  /** What draws, saves and packs a result's images again (cut-out cache and render pool included). */
  readonly adFiles: AdFileDeps;
  readonly models: { registry: ModelRegistry; downloads: DownloadManager; paths: ModelPaths };
  /** The cut-out model and render workers started in the background; front doors say when the window is up. */
  readonly warmStart: WarmStart;
  /** Validated call: what every transport binds to. Never throws. */
  call(method: unknown, input: unknown): Promise<Envelope>;
  /** Purges expired deletions and collects unreferenced media now (it also runs on a timer). */
  maintain(now?: number): ReturnType<typeof runMaintenance>;
  /** Cancels running jobs, stops the inference host and timers, and closes the database. */
  close(): Promise<void>;
}

/**
 * Opens the library (migrating the database before anything can call in) and builds the
 * handler map every front door serves.
 */
export function createCore(options: CoreOptions): Core {
  const startedAt = Date.now();
  const dataDir = options.dataDir;
  mkdirSync(dataDir, { recursive: true });
  const lock = acquireDataDirLock(dataDir, options.host);
  try {
    return openCore(options, lock, startedAt);
  } catch (error) {
    lock.release();
    throw error;
  }
}

function openCore(options: CoreOptions, lock: DataDirLock, startedAt: number): Core {
  const dataDir = options.dataDir;
  const logsDir = join(dataDir, 'logs');
  const exportsDir = join(dataDir, 'exports');
  const logger = createFileLogger(logsDir, options.echo);
  const events = createEventHub();
  const storage = createStorageGuard(dataDir, logger, (state) => events.emit('app.storage', state));
  const settingsStore = options.settingsStore ?? createJsonFileSettingsStore(join(dataDir, 'settings.json'), logger);
  const settings = createSettingsSource(settingsStore);
  const database = createDatabaseHolder({ path: join(dataDir, 'adstudio.db'), nativeBinding: options.sqliteNativeBinding });
  const media = createMediaLibrary(mediaPaths(dataDir), database.db, logger);
  const inference = new InferenceHost(options.inferenceLauncher ?? forkLauncher, inferenceEntry().path, logger);
  // One model computation at a time: a second would only fight the first for the same memory.
  const accelerator = new FifoLane(1);
  const models = modelPaths(dataDir);
  const builtinModels = options.builtinModelsDir ?? models.builtin;
  const registry = createRegistry(models);
  const catalog = options.catalog ?? loadCatalog(findResourcesDir());
  const downloads = createDownloadManager({ paths: models, catalog, registry, emit: (state) => events.emit('models.progress', state), backoffMs: options.downloadBackoffMs });
  let gpuProbe: Promise<GpuSummary> | undefined;
  const gpu = () => (gpuProbe ??= probeGpu());
  const llm = {
    run: (request: LlmGenerate, signal: AbortSignal, onChunk: (text: string) => void) => accelerator.run(() => inference.request(request, { signal, onChunk }), { signal }),
    model: async () => findCopyModel(registry, await settings.current()),
    logger,
  };
  const copywriter = createCopywriter(llm);
  // An installed cut-out model (BiRefNet) is used once it is active; ISNet otherwise.
  const cutoutModel = (): CutoutModel => {
    const installed = registry.active('cutout');
    // Keyed by the commit (or install time) too: a newer copy of the model cuts the photos again.
    return installed ? { model: 'birefnet', file: installed.path, key: `${installed.id}@${installed.hub?.commit ?? installed.installedAt}` } : builtinCutoutModel;
  };
  const cutouts = createCutoutService(database.db, media, (request, signal) => accelerator.run(() => inference.request(request, { signal }), { signal }), builtinModels, cutoutModel);
  const renders = new RenderPool();
  const warmStart = createWarmStart(
    {
      cutout: async () => {
        const chosen = cutoutModel();
        const opened = await accelerator.run(() => inference.request({ op: 'segment.warm', model: chosen.model, modelDir: builtinModels, ...(chosen.file ? { modelFile: chosen.file } : {}) }));
        logger.log('info', 'core', 'Cut-out model ready', { assembled: opened.assembled, openMs: Math.round(opened.openMs), firstRunMs: Math.round(opened.warmMs) });
      },
      // A job that started first has warmed the workers with its own ads.
      renders: () => (renders.started ? Promise.resolve() : warmRenders(renders)),
    },
    async () => (await settings.current()).warmStart,
    logger,
  );
  const diffuse: Diffuse = (request, signal, onPreview) => accelerator.run(() => inference.request(request, { signal, onPreview }), { signal });
  const aiBackgrounds = async (context: { imagePrompt: string; style: AdStyle; industry: CopyIndustry }): Promise<AiBackgrounds | undefined> => {
    const model = registry.active('diffusion');
    if (!model) return undefined;
    const current = await settings.current();
    const accelerated = current.gpuEnabled && (await gpu()).onnxProviders.some((p) => p === 'cuda' || p === 'dml' || p === 'coreml');
    return {
      scene: (cutout, spec, signal, onPreview) =>
        aiBackdrop(diffuse, { modelDir: model.path, tinyDecoder: registry.active('vae')?.path, cutout, spec, ...context, performance: current.diffusionPerformance, accelerated, gpu: current.gpuEnabled, idleUnloadMs: current.idleUnloadMinutes * 60_000 }, signal, onPreview),
    };
  };
  const scorer = (): LookScorer | undefined => {
    const model = registry.active('scorer');
    return model && (async (images, prompts, signal) => (await accelerator.run(() => inference.request({ op: 'clip.score', modelDir: model.path, images, prompts: [...prompts] }, { signal }), { signal })).scores);
  };
  const jobs = createJobEngine({
    db: database.db,
    events,
    logger,
    concurrency: options.jobConcurrency ?? 2,
    run: (request, job) => runPipeline({ db: database.db, media, copywriter, cutouts, renders, aiBackgrounds, scorer, logger, now: () => new Date(), beforeStage: options.beforeStage }, request, job),
  });

  const adFiles: AdFileDeps = { db: database.db, media, cutouts, renders, logger };
  const videos = createVideoTasks({ ...adFiles, events });
  const handlers: Handlers = {
    ...createAppHandlers({
      dataDir,
      logsDir,
      host: options.host,
      settings: settingsStore,
      startedAt,
      gpu,
      storage: storage.state,
      memory: async () => ({ appBytes: process.memoryUsage().rss, inferenceBytes: await inference.rssBytes().catch(() => null), warmStart: warmStart.state() }),
    }),
    ...createModelsHandlers({
      dataDir,
      paths: models,
      registry,
      catalog,
      downloads,
      gpu,
      settings: () => settings.current(),
      inspect: (request) => accelerator.run(() => inference.request(request)),
      unloadLlm: async (modelPath) => void (await inference.request({ op: 'llm.unload', modelPath })),
      speed: createSpeedProbe({ catalog, downloads }),
    }),
    ...createSettingsHandlers(settings, events),
    ...createShopsHandlers(database.db),
    ...createSessionsHandlers(database.db),
    ...createGenerationsHandlers(adFiles, exportsDir),
    ...createMediaHandlers(media, logger, storage.observe),
    ...createCutoutsHandlers(adFiles),
    ...createLibraryHandlers(database, media, dataDir, exportsDir),
    ...createJobsHandlers(jobs, database.db),
    ...createVideosHandlers(adFiles, videos, exportsDir, createStoryWriter(llm)),
  };

  const unobserveJobs = events.subscribe((event) => {
    if (event.name === 'job.finished' && event.payload.error) storage.observe(event.payload.error);
    // Turned on in the settings: the window is up already, so the head start can begin once it is quiet.
    if (event.name === 'settings.changed' && event.payload.warmStart) warmStart.whenIdle();
    // A job at work is not quiet: it brings up what it needs itself, and the head start would only queue beside it.
    if (event.name === 'job.progress') warmStart.activity();
  });
  const maintain = (now?: number) => runMaintenance(database.db(), media, logger, now);
  const logFailure = (error: unknown) => logger.log('error', 'library', 'Maintenance failed', { error: String(error) });
  // Nothing is importing yet at start-up, so leftovers in the temp folder are a crash's debris.
  media.clearTemp();
  // The data folder's lock keeps other cores out, so every `.partial` export here is a killed writer's.
  removeLeftoverPartials(exportsDir, 0);
  // Kept so close() can wait for it: closing the database under a running pass would fail it.
  let maintenance = maintain().catch(logFailure);
  const timer = setInterval(() => (maintenance = maintain().catch(logFailure)), maintenanceIntervalMs);
  timer.unref();

  logger.log('info', 'core', 'Core created', { dataDir, host: options.host });
  return {
    dataDir,
    handlers,
    events,
    logger,
    database,
    media,
    jobs,
    videos,
    inference,
    adFiles,
    models: { registry, downloads, paths: models },
    warmStart,
    call: (method, input) => {
      warmStart.activity();
      return dispatch(handlers, logger, method, input, storage);
    },
    maintain,
    async close() {
      clearInterval(timer);
      warmStart.close();
      storage.close();
      unobserveJobs();
      jobs.cancelAll();
      videos.cancelAll();
      await downloads.close();
      await jobs.settled();
      await videos.settled();
      inference.close();
      await renders.close();
      await maintenance;
      database.close();
      lock.release();
    },
  };
}
