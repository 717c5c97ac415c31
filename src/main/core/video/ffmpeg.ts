import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../../shared/errors';
import { asarUnpackedPath } from '../paths/asar-unpacked';
import { packageDir } from '../paths/package-dir';

/**
 * The ffmpeg binary @ffmpeg-installer ships for this platform (a static GPL build with x264;
 * see THIRD_PARTY_NOTICES). Resolved from its per-platform package, not through the wrapper,
 * whose lookup throws a string on an unknown platform; a packaged app runs it from
 * app.asar.unpacked, since no process can be started from inside an archive.
 */
export function ffmpegPath(): string {
  const name = `@ffmpeg-installer/${process.platform}-${process.arch}`;
  let found: string | undefined;
  try {
    found = asarUnpackedPath(join(packageDir(name), process.platform === 'win32' ? 'ffmpeg.exe' : 'ffmpeg'));
  } catch {
    found = undefined;
  }
  if (!found || !existsSync(found)) {
    throw new AppError('VIDEO_FAILED', `No ffmpeg for ${process.platform}-${process.arch} (${name} is not installed)`, '이 컴퓨터에서 쓸 영상 변환기(ffmpeg)가 설치되어 있지 않아요. 앱을 다시 설치해 주세요.');
  }
  return found;
}

export interface FfmpegRun {
  /** Seconds of output expected, for the progress fraction. */
  durationSeconds?: number;
  signal?: AbortSignal;
  /** 0–1 as ffmpeg reports the time it has written. */
  onProgress?: (fraction: number) => void;
}

/** The last lines ffmpeg wrote to stderr: enough to say why it failed, never the whole log. */
const tailBytes = 4096;

/** `out_time=00:00:03.466667` as seconds. */
export function parseProgressTime(line: string): number | undefined {
  const match = /^out_time=(\d+):(\d{2}):(\d{2}(?:\.\d+)?)$/.exec(line.trim());
  if (!match) return undefined;
  return Number(match[1]) * 3600 + Number(match[2]) * 60 + Number(match[3]);
}

/**
 * Runs ffmpeg with `args` (its inputs and outputs; the progress and log options are added
 * here). Resolves when it exits 0; an abort kills the process at once and rejects with CANCELLED.
 */
export function runFfmpeg(args: readonly string[], run: FfmpegRun = {}): Promise<void> {
  const { signal } = run;
  if (signal?.aborted) return Promise.reject(new AppError('CANCELLED', 'ffmpeg run cancelled before it started'));
  return new Promise((resolve, reject) => {
    const child = spawn(ffmpegPath(), ['-nostdin', '-hide_banner', '-loglevel', 'error', '-progress', 'pipe:1', '-nostats', ...args], { stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true });
    let stderr = '';
    let pending = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr = (stderr + chunk).slice(-tailBytes);
    });
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      const lines = (pending + chunk).split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        const seconds = parseProgressTime(line);
        if (seconds !== undefined && run.durationSeconds) run.onProgress?.(Math.min(1, seconds / run.durationSeconds));
      }
    });
    const abort = (): void => void child.kill('SIGKILL');
    signal?.addEventListener('abort', abort, { once: true });
    child.on('error', (error) => {
      signal?.removeEventListener('abort', abort);
      reject(new AppError('VIDEO_FAILED', `ffmpeg could not start: ${error.message}`));
    });
    child.on('close', (code, killedBy) => {
      signal?.removeEventListener('abort', abort);
      if (signal?.aborted) return reject(new AppError('CANCELLED', 'ffmpeg run cancelled'));
      if (code === 0) return resolve();
      reject(new FfmpegError(code, killedBy, stderr.trim()));
    });
  });
}

/** ffmpeg ended with an error; `log` is its last words, for the log file and for telling a bad input apart. */
export class FfmpegError extends AppError {
  constructor(
    readonly exitCode: number | null,
    readonly killedBy: NodeJS.Signals | null,
    readonly log: string,
  ) {
    super('VIDEO_FAILED', `ffmpeg exited with ${exitCode ?? killedBy}: ${log.slice(-600)}`);
  }
}
