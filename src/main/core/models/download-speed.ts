import { AppError } from '../../../shared/errors';
import type { Catalog, DownloadSpeed } from '../../../shared/ipc/models';
import { catalogEntry } from './catalog';
import type { DownloadManager } from './download-manager';
import { measureDownloadSpeed } from './http-download';
import { hubFileUrl } from './hub/hub-api';

/** A measured speed stands for a while (a shop's line does not change by the minute); a failed check is tried again soon. */
const measuredForMs = 10 * 60_000;
const unreachableForMs = 30_000;

interface Remembered {
  at: number;
  result: Promise<DownloadSpeed>;
}

export interface SpeedProbeOptions {
  catalog: Catalog;
  downloads: Pick<DownloadManager, 'list'>;
  measure?: (url: string, signal: AbortSignal) => Promise<number>;
  now?: () => number;
}

/**
 * How fast a model's files would come now, for the time its download would take: a short read of
 * its largest file, one at a time per server and remembered for a while; while a download runs, its
 * own speed (a check beside it would only slow it and measure half the line).
 */
export function createSpeedProbe({ catalog, downloads, measure = measureDownloadSpeed, now = Date.now }: SpeedProbeOptions) {
  const remembered = new Map<string, Remembered>();
  const fresh = async (hit: Remembered): Promise<boolean> => now() - hit.at < ((await hit.result).status === 'measured' ? measuredForMs : unreachableForMs);

  return async (modelId: string): Promise<DownloadSpeed> => {
    const entry = catalogEntry(catalog, modelId);
    // The largest file: a config of a few hundred bytes would time nothing but the round trip.
    const file = [...entry.files].sort((a, b) => b.sizeBytes - a.sizeBytes)[0];
    if (!file || !entry.hub) throw new AppError('VALIDATION_FAILED', `Model ${modelId} has no files to download`, '이 모델은 앱에 들어 있어서 받을 필요가 없어요.');
    const running = (await downloads.list()).find((state) => state.status === 'downloading' && state.bytesPerSecond > 0);
    if (running) return { status: 'measured', bytesPerSecond: running.bytesPerSecond, measuredAt: now() };

    const url = hubFileUrl(entry.hub, entry.hub.revision, file.path);
    const server = new URL(url).host;
    const hit = remembered.get(server);
    if (hit && (await fresh(hit))) return hit.result;
    const result = measure(url, new AbortController().signal).then(
      (bytesPerSecond): DownloadSpeed => ({ status: 'measured', bytesPerSecond, measuredAt: now() }),
      // Our own verdicts (an HTTP error, a refused address) are the server's; anything else is the line.
      (error: unknown): DownloadSpeed => ({ status: 'unreachable', reason: error instanceof AppError ? 'server' : 'network' }),
    );
    remembered.set(server, { at: now(), result });
    return result;
  };
}
