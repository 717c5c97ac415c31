import { mkdir, readdir, readFile, rename, rm, stat, statfs } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { AppError, toErrorData } from '../../../shared/errors';
import { filesBytes, isCommitSha, type Catalog, type CatalogEntry, type DownloadState, type HubRef } from '../../../shared/ipc/models';
import { pinnedModelSchema, type PinnedModel } from '../../../shared/model-hub';
import { writeFileAtomic } from '../fs/atomic-write';
import { catalogEntry, totalBytes } from './catalog';
import { downloadFile, retrying, type DownloadRetry } from './http-download';
import { fetchTree, hubFileUrl, resolveCommit } from './hub/hub-api';
import { pinFiles } from './hub/pin-files';
import { verifyFile } from './hub/verify-file';
import { mainPathOf, resolveInside, type ModelPaths } from './model-paths';
import type { ModelRegistry } from './registry';
import { formatBytes } from '../../../shared/format-bytes';

/**
 * Written beside the partial files, so a restarted app knows what it was downloading and at which
 * commit; an app from before pinning wrote only the id (such a folder is started over).
 */
const stagingStateSchema = z.union([pinnedModelSchema, z.object({ modelId: z.string() })]);
const stagingStateFile = 'download.json';
/** The verdicts that make a download's files untrustworthy: its partials go, nothing is kept to resume. */
const refusals = new Set(['CHECKSUM_MISMATCH', 'MODEL_INVALID', 'DISK_FULL']);
const progressIntervalMs = 250;
/** Room kept free beyond the model itself: the system and the library still need to write. */
const diskMarginBytes = 512 * 1024 * 1024;

interface Running {
  controller: AbortController;
  state: DownloadState;
  done: Promise<void>;
}

export interface DownloadManagerOptions {
  paths: ModelPaths;
  catalog: Catalog;
  registry: ModelRegistry;
  emit: (state: DownloadState) => void;
  backoffMs?: (attempt: number) => number;
  /** Free-space margin; tests on a tiny tmpfs lower it. */
  marginBytes?: number;
}

const partPath = (staging: string, path: string): string => resolveInside(staging, `${path}.part`);
const donePath = (staging: string, path: string): string => resolveInside(staging, path);

const onDisk = async (path: string): Promise<number> => (await stat(path).catch(() => undefined))?.size ?? 0;

const hubOf = (entry: CatalogEntry): HubRef => {
  if (!entry.hub) throw new AppError('CONFLICT', `${entry.id} has nothing to download`, '앱에 이미 들어 있는 모델이에요.');
  return entry.hub;
};

/**
 * Model downloads: the entry's commit resolved and every file's hash read from the hub's tree at
 * it (stored beside the partials, so a resume asks nothing again), every file into a hidden
 * staging folder as a partial, resumed with Range after a dropped connection, a pause or a
 * restart; each checked against its pinned hash; the folder renamed into models/<role>/<id> and
 * registered only when all files are verified.
 */
export function createDownloadManager(options: DownloadManagerOptions) {
  const { paths, registry, emit } = options;
  const running = new Map<string, Running>();
  const ended = new Map<string, DownloadState>();

  const received = async (entry: CatalogEntry): Promise<number> => {
    const staging = paths.staging(entry.id);
    let sum = 0;
    for (const file of entry.files) sum += Math.max(await onDisk(donePath(staging, file.path)), await onDisk(partPath(staging, file.path)));
    return sum;
  };

  const stateOf = (entry: CatalogEntry, status: DownloadState['status'], receivedBytes: number, error: AppError | null = null, total = totalBytes(entry)): DownloadState => ({
    modelId: entry.id,
    status,
    receivedBytes,
    totalBytes: total,
    bytesPerSecond: 0,
    etaSeconds: null,
    error: error ? toErrorData(error) : null,
    retry: null,
  });

  /** Room for the rest of these models and of every download already under way, beside the margin. */
  async function ensureSpace(entries: CatalogEntry[]): Promise<void> {
    await mkdir(paths.downloads, { recursive: true });
    const fs = await statfs(paths.downloads);
    const free = fs.bavail * fs.bsize;
    let needed = options.marginBytes ?? diskMarginBytes;
    for (const entry of entries) needed += totalBytes(entry) - (await received(entry));
    for (const [id, job] of running) if (!entries.some((entry) => entry.id === id)) needed += Math.max(0, job.state.totalBytes - job.state.receivedBytes);
    if (free < needed) {
      throw new AppError('DISK_FULL', `Need ${needed} bytes free for ${entries.map((e) => e.id).join(', ')}, have ${free}`, `저장 공간이 부족해요. 모델을 받으려면 ${formatBytes(needed)}가 필요한데 ${formatBytes(free)}만 남아 있어요.`);
    }
  }

  const readStaged = async (id: string) =>
    stagingStateSchema.safeParse(JSON.parse(await readFile(join(paths.staging(id), stagingStateFile), 'utf8').catch(() => 'null'))).data;

  /**
   * The commit and hashes this download is held to. A download already under way keeps its
   * recorded commit (a branch that moved since does not mix two versions' files); a catalog that
   * now pins another commit starts it over.
   */
  async function plan(entry: CatalogEntry, signal: AbortSignal, onRetry: (retry: DownloadRetry) => void): Promise<PinnedModel> {
    const hub = hubOf(entry);
    const staging = paths.staging(entry.id);
    const saved = await readStaged(entry.id);
    const samePaths = saved && 'files' in saved && saved.files.map((file) => file.path).join('\n') === entry.files.map((file) => file.path).join('\n');
    if (saved && 'commit' in saved && samePaths && saved.repo === hub.repo && (!isCommitSha(hub.revision) || saved.commit === hub.revision)) return saved;
    // Files finished under another answer (or none) are only trusted by size: they go, with the partials.
    await rm(staging, { recursive: true, force: true });
    const asking = { signal, backoffMs: options.backoffMs, onRetry };
    const commit = await retrying(() => resolveCommit(hub, signal), asking, `${hub.repo}@${hub.revision}`);
    const pinned = pinFiles(entry, commit, await retrying(() => fetchTree(hub, commit, signal), asking, `${hub.repo} tree at ${commit}`));
    await mkdir(staging, { recursive: true });
    await writeFileAtomic(join(staging, stagingStateFile), JSON.stringify(pinned));
    // Kept after the install too: a copy of this model brought on a USB stick is checked against it.
    await mkdir(paths.hubAnswers, { recursive: true });
    await writeFileAtomic(paths.pinned(entry.id), JSON.stringify(pinned));
    return pinned;
  }

  async function run(entry: CatalogEntry, job: Running): Promise<void> {
    const staging = paths.staging(entry.id);
    await mkdir(staging, { recursive: true });
    const onRetry = (retry: DownloadRetry) => {
      job.state = { ...job.state, bytesPerSecond: 0, etaSeconds: null, retry: { attempt: retry.attempt, attempts: retry.attempts, inSeconds: Math.ceil(retry.waitMs / 1000), reason: retry.reason } };
      emit(job.state);
    };
    const pinned = await plan(entry, job.controller.signal, onRetry);
    const hub = hubOf(entry);
    // The hub's exact sizes, where the catalog gave rounded ones.
    job.state = { ...job.state, totalBytes: filesBytes(pinned.files) };
    let before = 0;
    let lastEmit = 0;
    let lastBytes = job.state.receivedBytes;
    let lastTime = performance.now();
    for (const file of pinned.files) {
      const finishedFile = donePath(staging, file.path);
      if ((await onDisk(finishedFile)) === file.sizeBytes) {
        before += file.sizeBytes;
        continue;
      }
      const part = partPath(staging, file.path);
      await mkdir(dirname(part), { recursive: true });
      await downloadFile({
        url: hubFileUrl(hub, pinned.commit, file.path),
        commit: pinned.commit,
        partPath: part,
        sizeBytes: file.sizeBytes,
        signal: job.controller.signal,
        backoffMs: options.backoffMs,
        onRetry,
        onBytes: (bytes) => {
          const now = performance.now();
          const total = before + bytes;
          // Bytes again after a failed attempt: said at once, not at the next interval.
          if (job.state.retry) job.state = { ...job.state, retry: null };
          else if (now - lastEmit < progressIntervalMs) return;
          const speed = ((total - lastBytes) / Math.max(1, now - lastTime)) * 1000;
          // A smoothed speed: one slow second should not swing the ETA wildly.
          const smoothed = job.state.bytesPerSecond > 0 ? job.state.bytesPerSecond * 0.7 + speed * 0.3 : speed;
          job.state = { ...job.state, receivedBytes: total, bytesPerSecond: smoothed, etaSeconds: smoothed > 0 ? (job.state.totalBytes - total) / smoothed : null };
          lastEmit = now;
          lastBytes = total;
          lastTime = now;
          emit(job.state);
        },
      });
      job.state = { ...job.state, status: 'verifying' };
      emit(job.state);
      await verifyFile(part, file);
      await rename(part, finishedFile);
      before += file.sizeBytes;
      // A pause or cancel during the check stops here: nothing is installed behind the owner's back.
      job.controller.signal.throwIfAborted();
      job.state = { ...job.state, status: 'downloading', receivedBytes: before };
    }
    const target = paths.installDir(entry.role, entry.id);
    await rm(target, { recursive: true, force: true });
    await mkdir(dirname(target), { recursive: true });
    await rename(staging, target);
    // Only once it is in place: a failed rename leaves the staging folder whole, its answer with it.
    await rm(join(target, stagingStateFile), { force: true });
    await registry.add({ id: entry.id, role: entry.role, name: entry.name, format: entry.format, path: mainPathOf(entry, target), sizeBytes: job.state.totalBytes, source: 'catalog', hub: { repo: pinned.repo, commit: pinned.commit }, linked: false, installedAt: Date.now() });
  }

  function start(entry: CatalogEntry, receivedBytes: number): DownloadState {
    const controller = new AbortController();
    const job: Running = { controller, state: stateOf(entry, 'downloading', receivedBytes), done: Promise.resolve() };
    running.set(entry.id, job);
    ended.delete(entry.id);
    job.done = run(entry, job)
      .then(() => {
        job.state = { ...job.state, status: 'done', receivedBytes: job.state.totalBytes, etaSeconds: 0, retry: null };
      })
      .catch(async (error: unknown) => {
        const reason = controller.signal.reason as unknown;
        if (reason === 'pause') job.state = { ...job.state, status: 'paused', bytesPerSecond: 0, etaSeconds: null, retry: null, receivedBytes: await received(entry) };
        else if (reason === 'cancel') {
          await rm(paths.staging(entry.id), { recursive: true, force: true });
          job.state = { ...job.state, status: 'cancelled', receivedBytes: 0, bytesPerSecond: 0, etaSeconds: null, retry: null };
        } else {
          const failure = error instanceof AppError ? error : new AppError('DOWNLOAD_FAILED', String(error));
          // A full disk gets its space back, and a refused model leaves nothing that a restart would offer to resume.
          const refused = refusals.has(failure.code);
          if (refused) await rm(paths.staging(entry.id), { recursive: true, force: true });
          job.state = { ...stateOf(entry, 'failed', refused ? 0 : await received(entry), failure) };
        }
      })
      .finally(() => {
        running.delete(entry.id);
        ended.set(entry.id, job.state);
        emit(job.state);
      });
    emit(job.state);
    return job.state;
  }

  return {
    async download(id: string): Promise<DownloadState> {
      const entry = catalogEntry(options.catalog, id);
      hubOf(entry);
      if (registry.find(id)) throw new AppError('CONFLICT', `${id} is installed`, '이미 설치된 모델이에요.');
      const current = running.get(id);
      if (current) return current.state;
      await ensureSpace([entry]);
      const bytes = await received(entry);
      // A second click may have started it while this one was checking the disk.
      const started = running.get(id);
      return started ? started.state : start(entry, bytes);
    },
    /** Several models as one (a feature's bundle): refused before any starts unless all of them fit on the disk. */
    async downloadAll(ids: string[]): Promise<DownloadState[]> {
      const waiting = ids.map((id) => catalogEntry(options.catalog, id)).filter((entry) => !registry.find(entry.id) && !running.has(entry.id));
      await ensureSpace(waiting);
      const states: DownloadState[] = [];
      for (const id of ids) if (!registry.find(id)) states.push(await this.download(id));
      return states;
    },
    async pause(id: string): Promise<DownloadState> {
      const job = running.get(id);
      if (!job) return this.state(id);
      job.controller.abort('pause');
      await job.done;
      return job.state;
    },
    resume(id: string): Promise<DownloadState> {
      return this.download(id);
    },
    async cancel(id: string): Promise<DownloadState> {
      const entry = catalogEntry(options.catalog, id);
      const job = running.get(id);
      if (job) {
        job.controller.abort('cancel');
        await job.done;
        return job.state;
      }
      await rm(paths.staging(id), { recursive: true, force: true });
      const state = stateOf(entry, 'cancelled', 0);
      ended.set(id, state);
      emit(state);
      return state;
    },
    /** Running, ended this run, and partials a previous run left behind (shown as paused). */
    async list(): Promise<DownloadState[]> {
      const states = new Map<string, DownloadState>([...ended, ...[...running].map(([id, job]) => [id, job.state] as const)]);
      for (const name of await readdir(paths.downloads).catch(() => [] as string[])) {
        if (states.has(name)) continue;
        const saved = await readStaged(name);
        const entry = saved ? options.catalog.entries.find((e) => e.id === saved.modelId) : undefined;
        // The hub's exact total once its answer is stored; the catalog's (maybe rounded) one before.
        const total = saved && 'files' in saved ? filesBytes(saved.files) : undefined;
        if (entry) states.set(entry.id, stateOf(entry, 'paused', await received(entry), null, total));
      }
      return [...states.values()];
    },
    async state(id: string): Promise<DownloadState> {
      return (await this.list()).find((s) => s.modelId === id) ?? stateOf(catalogEntry(options.catalog, id), 'paused', 0);
    },
    /** Waits for a running download to end (tests, shutdown). */
    settled: (id: string): Promise<void> => running.get(id)?.done ?? Promise.resolve(),
    /** Pauses every running download and waits until each has put its partial aside. */
    async close(): Promise<void> {
      const jobs = [...running.values()];
      for (const job of jobs) job.controller.abort('pause');
      await Promise.all(jobs.map((job) => job.done));
    },
  };
}
export type DownloadManager = ReturnType<typeof createDownloadManager>;
