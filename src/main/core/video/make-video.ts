import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { AppError } from '../../../shared/errors';
import type { Generation } from '../../../shared/ipc/generations';
import { videoFps, type MotionTemplate, type MusicChoice, type VideoFormat, type VideoRecord, type VideoStep } from '../../../shared/video';
import { getShop } from '../shops/shops-repo';
import { insertGeneration } from '../generations/generations-repo';
import { formatSizes, safeArea } from '../image/formats';
import { preparedCutout, type AdFileDeps } from '../image/files/variant-image';
import { loadVariantSource, type VariantSource } from '../image/files/variant-source';
import { derivedImage } from '../media/image-probe';
import { thumbnailSizes } from '../../../shared/ipc/media';
import { runFfmpeg } from './ffmpeg';
import { readMp4Info, type Mp4Info } from './mp4-info';
import { videoGraph, type VideoGraph } from './motion/filter-graph';
import { scriptFor } from './motion/templates';
import { prepareMusic } from './music/music-file';
import { captionTexts, drawVideoLayers, revealsProduct } from './video-layers-drawn';

export interface VideoRequest {
  generationId: string;
  /** The variant whose picture the video shows; the best ranked by default. */
  variantIndex?: number;
  format: VideoFormat;
  seconds: number;
  template: MotionTemplate;
  music: MusicChoice;
}

export interface VideoProgress {
  step: VideoStep;
  /** 0–100, never decreasing. */
  percent: number;
}

/** Share of the bar per step: drawing is quick, encoding is most of the wait. */
const spans: Record<VideoStep, readonly [number, number]> = { drawing: [0, 12], encoding: [12, 95], saving: [95, 100] };

/** The variant a video shows when the owner did not pick one: the best ranked, else the first. */
export const bestVariant = (source: VariantSource): number => source.generation.outputCopy?.ranking?.[0]?.variantIndex ?? 0;

const timed = async <T>(timings: Record<string, number>, name: string, step: () => Promise<T>): Promise<T> => {
  const started = performance.now();
  try {
    return await step();
  } finally {
    timings[name] = Math.round(performance.now() - started);
  }
};

/** Checks the encoded file against what was asked: H.264 4:2:0 at the size and rate, AAC when there is music, the length within a frame. */
export function checkEncoded(info: Mp4Info, expected: { width: number; height: number; seconds: number; audio: boolean }): void {
  const video = info.tracks.find((track) => track.kind === 'video');
  const audio = info.tracks.find((track) => track.kind === 'audio');
  const wrong = [
    !video && 'no video track',
    video && video.codec !== 'avc1' && `codec ${video.codec}`,
    video && (video.width !== expected.width || video.height !== expected.height) && `size ${video.width}x${video.height}`,
    video && Math.abs((video.fps ?? 0) - videoFps) > 0.01 && `rate ${video.fps}`,
    video && video.chromaFormat !== 1 && `chroma ${video.chromaFormat}`,
    Math.abs(info.durationSeconds - expected.seconds) > 1 / videoFps + 0.05 && `duration ${info.durationSeconds}`,
    expected.audio && audio?.codec !== 'mp4a' && 'no AAC track',
    !info.faststart && 'index after the media',
  ].filter(Boolean);
  if (wrong.length > 0) throw new AppError('VIDEO_FAILED', `Encoded video is not what was asked: ${wrong.join(', ')}`);
}

/** The poster: the frame where the headline has settled over the finished ad, else a third of the way in. */
export function posterTime(graph: VideoGraph, seconds: number): number {
  const headline = graph.placements.find((placement) => placement.layer === 'headline');
  return headline ? Math.min(headline.to - 0.05, headline.settled + 0.4) : seconds / 3;
}

async function posterFrame(file: string, seconds: number, signal: AbortSignal, workDir: string): Promise<Buffer> {
  const poster = join(workDir, 'poster.png');
  await runFfmpeg(['-ss', seconds.toFixed(3), '-i', file, '-frames:v', '1', '-y', poster], { signal });
  return readFile(poster);
}

/**
 * A promo video from an image result. The stages: read the result and its shop; prepare the
 * music (a bad file fails here, before any work); draw every still once in the render workers;
 * let ffmpeg animate and encode them; check the MP4; store it with its poster as a result of kind
 * `video` pointing back to the one it came from. The work folder lies inside the media store's
 * temp folder (the same disk, so the final rename is atomic) and is removed whatever happens.
 */
export async function makeVideo(deps: AdFileDeps, request: VideoRequest, signal: AbortSignal, onProgress: (progress: VideoProgress) => void): Promise<Generation> {
  const timings: Record<string, number> = {};
  const report = (step: VideoStep, fraction = 0): void => onProgress({ step, percent: Math.round(spans[step][0] + (spans[step][1] - spans[step][0]) * fraction) });
  const source = loadVariantSource(deps.db(), request.generationId);
  const shop = getShop(deps.db(), source.generation.shopId);
  const variantIndex = request.variantIndex ?? bestVariant(source);
  const { width, height } = formatSizes[request.format];
  await mkdir(deps.media.paths.temp, { recursive: true });
  const workDir = await mkdtemp(join(deps.media.paths.temp, 'video-'));
  try {
    report('drawing');
    const music = await prepareMusic(request.music, request.seconds, workDir, signal, (mood, seconds) => deps.renders.synthesizeMusic(mood, seconds));
    const prepared = await preparedCutout(deps, source);
    const script = scriptFor(request.template, { product: revealsProduct(prepared.cutout), captions: captionTexts(source) });
    const layers = await timed(timings, 'draw', () => drawVideoLayers(deps, { source, variantIndex, format: request.format, shop, prepared, script, workDir }));
    signal.throwIfAborted();
    const output = join(workDir, 'video.mp4');
    const graph = videoGraph({ width, height, seconds: request.seconds, fps: videoFps, script, layers, safe: safeArea(request.format), audio: music, graphFile: join(workDir, 'graph.txt'), output });
    await writeFile(join(workDir, 'graph.txt'), graph.graph);
    report('encoding');
    await timed(timings, 'encode', () => runFfmpeg(graph.args, { signal, durationSeconds: request.seconds, onProgress: (fraction) => report('encoding', fraction) }));
    report('saving');
    const info = await readMp4Info(output);
    checkEncoded(info, { width, height, seconds: request.seconds, audio: music !== undefined });
    const at = posterTime(graph, request.seconds);
    const { posterMedia, video } = await timed(timings, 'save', async () => {
      const poster = await posterFrame(output, at, signal, workDir);
      const posterMedia = await deps.media.storeDrawn({ png: poster, width, height, preview: await derivedImage(sharp(poster), thumbnailSizes[0]).toBuffer() });
      return { posterMedia, video: await deps.media.storeVideo(output, { width, height, poster }) };
    });
    signal.throwIfAborted();
    const record: VideoRecord = {
      sourceGenerationId: source.generation.id,
      variantIndex,
      format: request.format,
      template: request.template,
      music: request.music.kind === 'builtin' ? request.music.mood : request.music.kind,
      durationMs: Math.round(info.durationSeconds * 1000),
      fps: videoFps,
      width,
      height,
      hasAudio: music !== undefined,
    };
    const { generation } = source;
    return insertGeneration(deps.db(), {
      sessionId: generation.sessionId,
      shopId: generation.shopId,
      messageId: null,
      kind: 'video',
      inputText: generation.inputText,
      inputMedia: generation.inputMedia,
      outputCopy: { ...(generation.outputCopy ?? { headline: source.texts.headline ?? '' }), video: record },
      imagePrompt: null,
      method: 'template',
      style: generation.style,
      industry: generation.industry,
      seed: null,
      aspectRatio: request.format,
      width,
      height,
      steps: null,
      timings: { ...timings, posterAtMs: Math.round(at * 1000) },
      score: null,
      parentId: generation.id,
      outputs: [{ variantIndex, format: request.format, sha256: video.media.sha256, posterSha256: posterMedia.media.sha256 }],
    });
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}
