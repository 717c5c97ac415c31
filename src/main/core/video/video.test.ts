import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CoreEvent } from '../../../shared/ipc/contract';
import type { Generation } from '../../../shared/ipc/generations';
import type { VideoTask } from '../../../shared/ipc/videos';
import { AppError } from '../../../shared/errors';
import { getGeneration } from '../generations/generations-repo';
import { loadVariantSource } from '../image/files/variant-source';
import { preparedCutout } from '../image/files/variant-image';
import { safeArea } from '../image/formats';
import { createShop } from '../shops/shops-repo';
import { fixturePhoto } from '../testing/fixtures';
import { watchJobs } from '../testing/job-events';
import { createTempCore } from '../testing/temp-core';
import { unwrap } from '../testing/unwrap';
import { ffmpegPath, parseProgressTime, runFfmpeg } from './ffmpeg';
import { makeVideo, type VideoProgress } from './make-video';
import { videoGraph } from './motion/filter-graph';
import { scriptFor } from './motion/templates';
import { readMp4Info } from './mp4-info';
import { captionTexts, drawVideoLayers, endCardLines, revealsProduct } from './video-layers-drawn';
import { getShop } from '../shops/shops-repo';

// Real videos from a real result: the cut-out by ISNet, the stills by the render workers, the
// encode by the ffmpeg the app ships; every file read back by parsing its MP4 index and by
// decoding frames.
const core = createTempCore();
const watch = watchJobs(core);
const out = mkdtempSync(join(tmpdir(), 'adstudio-video-'));
const db = core.database.db();
const shop = createShop(db, { name: '달빛카페', industry: 'cafe', region: '서울 마포구 연남동', phone: '02-123-4567', hours: '매일 10:00-21:00' });
let generation: Generation;
const never = new AbortController().signal;

afterAll(async () => {
  await core.dispose();
  rmSync(out, { recursive: true, force: true });
});

beforeAll(async () => {
  const imported = unwrap<{ items: { media?: { sha256: string } }[] }>(await core.call('media.import', { source: { kind: 'paths', paths: [fixturePhoto('coffee_cup__skimage.png')] } }));
  const result = await watch.succeeded({ shopId: shop.id, text: '아이스 라떼 30% 할인 4,500원 인스타 광고', attachments: [imported.items[0]?.media?.sha256], variants: 1 });
  generation = getGeneration(db, result.generationIds[0] ?? '');
}, 300_000);

const storedFile = async (sha256: string): Promise<string> => (await core.media.resolve(sha256, null))?.path ?? '';

/** The frame at `seconds`, decoded by ffmpeg, as raw RGB. */
async function frameAt(file: string, seconds: number): Promise<{ data: Buffer; width: number }> {
  const png = join(out, `frame-${basename(file)}-${seconds}.png`);
  await promisify(execFile)(ffmpegPath(), ['-v', 'error', '-y', '-ss', seconds.toFixed(3), '-i', file, '-frames:v', '1', png]);
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width };
}

/** Mean difference (0–255) between a layer's opaque pixels and the frame where it is laid. */
async function differenceUnder(frame: { data: Buffer; width: number }, layerFile: string, at: { x: number; y: number }): Promise<number> {
  const { data, info } = await sharp(layerFile).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  let sum = 0;
  let n = 0;
  for (let y = 0; y < info.height; y += 1) {
    for (let x = 0; x < info.width; x += 1) {
      const i = (y * info.width + x) * 4;
      if (data[i + 3] !== 255) continue;
      const j = ((at.y + y) * frame.width + at.x + x) * 3;
      for (let c = 0; c < 3; c += 1) sum += Math.abs((data[i + c] ?? 0) - (frame.data[j + c] ?? 0));
      n += 3;
    }
  }
  return sum / Math.max(1, n);
}

const leftovers = (): string[] => readdirSync(core.media.paths.temp).filter((name) => name.startsWith('video-'));
const count = (table: 'media' | 'generations'): number => db.get<{ n: number }>(sql.raw(`SELECT count(*) AS n FROM ${table}`))?.n ?? 0;

describe('promo videos', () => {
  it('reads the time ffmpeg reports as it encodes', () => {
    expect(parseProgressTime('out_time=00:00:03.466667')).toBeCloseTo(3.466667, 5);
    expect(parseProgressTime('out_time=01:02:03.5')).toBe(3723.5);
    expect(parseProgressTime('out_time_ms=3466667')).toBeUndefined();
  });

  it('makes a 6 s 9:16 video with music: H.264 4:2:0 + AAC at 1080×1920, 30 fps, 6 s, its index first, stored with its poster', { timeout: 180_000 }, async () => {
    const steps: VideoProgress[] = [];
    const video = await makeVideo(core.adFiles, { generationId: generation.id, format: '9:16', seconds: 6, template: 'reveal', music: { kind: 'builtin', mood: 'bright' } }, never, (step) => steps.push(step));
    expect(video).toMatchObject({ kind: 'video', parentId: generation.id, shopId: shop.id, sessionId: generation.sessionId, aspectRatio: '9:16', width: 1080, height: 1920 });
    expect(video.outputCopy?.video).toMatchObject({ sourceGenerationId: generation.id, format: '9:16', template: 'reveal', music: 'bright', hasAudio: true, fps: 30 });
    // Each stage's time is kept with the result (the bench reads its shares from them).
    for (const stage of ['draw', 'encode', 'save']) expect(video.timings[stage], stage).toBeGreaterThan(0);
    const info = await readMp4Info(await storedFile(video.outputs[0]?.sha256 ?? ''));
    expect(info.faststart).toBe(true);
    expect(Math.abs(info.durationSeconds - 6)).toBeLessThanOrEqual(0.1);
    const picture = info.tracks.find((track) => track.kind === 'video');
    expect(picture).toMatchObject({ codec: 'avc1', width: 1080, height: 1920, fps: 30, chromaFormat: 1 });
    expect(Math.abs((picture?.durationSeconds ?? 0) - 6)).toBeLessThanOrEqual(0.1);
    const sound = info.tracks.find((track) => track.kind === 'audio');
    expect(sound).toMatchObject({ codec: 'mp4a', channels: 2, sampleRate: 44_100 });
    expect(Math.abs((sound?.durationSeconds ?? 0) - 6)).toBeLessThanOrEqual(0.1);
    // The steps in order, the bar never going back.
    expect(steps.map((step) => step.step).filter((step, i, all) => step !== all[i - 1])).toEqual(['drawing', 'encoding', 'saving']);
    expect(steps.every((step, i) => i === 0 || step.percent >= (steps[i - 1]?.percent ?? 0))).toBe(true);
    expect(steps.filter((step) => step.step === 'encoding').length).toBeGreaterThan(3);
    // The poster is a stored 1080×1920 picture, and the library's preview of the video is the poster's.
    const poster = await sharp(await storedFile(video.outputs[0]?.posterSha256 ?? '')).metadata();
    expect(poster).toMatchObject({ format: 'png', width: 1080, height: 1920 });
    const preview = await core.media.resolve(video.outputs[0]?.sha256 ?? '', '256');
    expect(await sharp(preview?.path).metadata()).toMatchObject({ format: 'webp', height: 256 });
    expect(leftovers()).toEqual([]);
  });

  it('shows each caption at its set time exactly as it was drawn, and not before it comes in (16:9, bold)', { timeout: 180_000 }, async () => {
    const source = loadVariantSource(db, generation.id);
    const prepared = await preparedCutout(core.adFiles, source);
    const workDir = await mkdtemp(join(out, 'layers-'));
    const script = scriptFor('bold', { product: revealsProduct(prepared.cutout), captions: captionTexts(source) });
    const layers = await drawVideoLayers(core.adFiles, { source, variantIndex: 0, format: '16:9', shop: getShop(db, shop.id), prepared, script, workDir });
    const file = join(workDir, 'captions.mp4');
    const graph = videoGraph({ width: 1920, height: 1080, seconds: 6, fps: 30, script, layers, safe: safeArea('16:9'), graphFile: join(workDir, 'graph.txt'), output: file });
    await writeFile(join(workDir, 'graph.txt'), graph.graph);
    await runFfmpeg(graph.args);
    expect((await readMp4Info(file)).tracks[0]).toMatchObject({ codec: 'avc1', width: 1920, height: 1080, fps: 30 });
    const captions = graph.placements.filter((placement) => placement.layer !== 'product');
    expect(captions.map((placement) => placement.layer)).toEqual(['headline', 'offer', 'cta']);
    // The offer caption says the owner's facts as written; the end card the shop's details.
    expect(captionTexts(source).offer).toBe('30% 할인 · 4,500원');
    expect(endCardLines(getShop(db, shop.id))).toEqual(['서울 마포구 연남동', '전화 02-123-4567', '매일 10:00-21:00']);
    for (const placement of captions) {
      const layer = layers[placement.layer]?.file ?? '';
      const shown = await differenceUnder(await frameAt(file, (placement.settled + placement.to) / 2), layer, placement);
      const before = await differenceUnder(await frameAt(file, Math.max(0, placement.from - 0.25)), layer, placement);
      // 4:2:0 halves the colour resolution: white type on a saturated pill differs by ~10 at its edges, grey type by ~2.
      expect(shown, `${placement.layer} while shown`).toBeLessThan(12);
      expect(before, `${placement.layer} before it comes in`).toBeGreaterThan(25);
    }
    await rm(workDir, { recursive: true, force: true });
  });

  it('makes the square size with the gallery template, silent when asked', { timeout: 180_000 }, async () => {
    const video = await makeVideo(core.adFiles, { generationId: generation.id, format: '1:1', seconds: 6, template: 'gallery', music: { kind: 'none' } }, never, () => undefined);
    const info = await readMp4Info(await storedFile(video.outputs[0]?.sha256 ?? ''));
    expect(info.tracks.map((track) => track.kind)).toEqual(['video']);
    expect(info.tracks[0]).toMatchObject({ codec: 'avc1', width: 1080, height: 1080, fps: 30 });
    expect(video.outputCopy?.video).toMatchObject({ template: 'gallery', music: 'none', hasAudio: false });
  });

  it('stops at once when cancelled mid-encode, leaving no file, no stored media and no result', { timeout: 180_000 }, async () => {
    const before = { media: count('media'), generations: count('generations') };
    const controller = new AbortController();
    let encodingAt = 0;
    const made = makeVideo(core.adFiles, { generationId: generation.id, format: '9:16', seconds: 12, template: 'bold', music: { kind: 'builtin', mood: 'calm' } }, controller.signal, (step) => {
      if (step.step === 'encoding' && step.percent >= 30 && !controller.signal.aborted) {
        encodingAt = step.percent;
        controller.abort();
      }
    });
    const started = Date.now();
    await expect(made).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(encodingAt).toBeGreaterThan(0);
    expect(Date.now() - started).toBeLessThan(60_000);
    expect(leftovers()).toEqual([]);
    expect({ media: count('media'), generations: count('generations') }).toEqual(before);
  });

  it('refuses a corrupt or soundless music file with a Korean message before drawing anything', { timeout: 60_000 }, async () => {
    const corrupt = join(out, 'song.mp3');
    writeFileSync(corrupt, Buffer.concat([Buffer.from('ID3'), Buffer.alloc(4000, 0x5a)]));
    const picture = join(out, 'picture.m4a');
    writeFileSync(picture, readFileSync(fixturePhoto('coffee_cup__skimage.png')));
    for (const path of [corrupt, picture]) {
      const made = makeVideo(core.adFiles, { generationId: generation.id, format: '9:16', seconds: 6, template: 'reveal', music: { kind: 'file', path } }, never, () => undefined);
      const error = await made.catch((thrown: unknown) => thrown);
      expect(error, path).toBeInstanceOf(AppError);
      expect(error, path).toMatchObject({ code: 'AUDIO_UNSUPPORTED', userMessage: expect.stringContaining('음악 파일을 읽을 수 없어요') });
    }
    await expect(makeVideo(core.adFiles, { generationId: generation.id, format: '9:16', seconds: 6, template: 'reveal', music: { kind: 'file', path: out } }, never, () => undefined)).rejects.toMatchObject({ code: 'NOT_A_FILE', userMessage: expect.stringContaining('음악 파일 자체') });
    expect(leftovers()).toEqual([]);
  });

  it('through the core: progress events to the finished video, then a folder per channel with the video and its text', { timeout: 180_000 }, async () => {
    const events: VideoTask[] = [];
    const stop = core.events.subscribe((event: CoreEvent) => {
      if (event.name === 'video.progress') events.push(event.payload);
    });
    const task = unwrap<VideoTask>(await core.call('videos.start', { generationId: generation.id, seconds: 6, music: { kind: 'none' } }));
    await core.videos.settled(task.taskId);
    stop();
    const last = events.at(-1);
    expect(last).toMatchObject({ taskId: task.taskId, status: 'done', percent: 100, video: { kind: 'video', parentId: generation.id } });
    const exported = unwrap<{ folder: string; files: string[] }>(await core.call('videos.exportForUpload', { generationId: last?.video?.id, channel: 'youtube', destination: out }));
    expect(exported.files.map((file) => basename(file))).toEqual(['text.txt', 'video.mp4', 'poster.png']);
    expect(readFileSync(join(exported.folder, 'text.txt'), 'utf8')).toContain('#Shorts');
    const sms = unwrap<{ files: string[] }>(await core.call('videos.exportForUpload', { generationId: last?.video?.id, channel: 'sms', destination: out }));
    expect(sms.files.map((file) => basename(file))).toEqual(['text.txt']);
    // Only an image result can become a video; a video result cannot, nor is a video a photo to cut out.
    expect(await core.call('videos.start', { generationId: last?.video?.id })).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    expect(await core.call('cutouts.get', { sourceSha256: last?.video?.outputs[0]?.sha256 })).toMatchObject({ ok: false, error: { code: 'MEDIA_UNSUPPORTED', userMessage: expect.stringContaining('영상은 광고 사진으로') } });
  });

  it('refuses a file that is not an MP4 index', async () => {
    const file = join(out, 'broken.mp4');
    writeFileSync(file, Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from('ftypisom'), Buffer.alloc(12), Buffer.from([0, 0, 1, 0]), Buffer.from('moov')]));
    await expect(readMp4Info(file)).rejects.toMatchObject({ code: 'MEDIA_CORRUPT' });
  });
});
