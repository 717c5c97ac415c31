import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as ort from 'onnxruntime-node';
import sharp from 'sharp';
import WebSocket from 'ws';
import { startHeadlessHost } from '../e2e/headless-host';
import { readIsnetModel } from '../src/main/core/image/cutout/isnet-model';
import { fixturesDir } from '../src/main/core/testing/fixtures';
import { isnetSessionOptions } from '../src/main/inference/host/onnx-engine';
import { segmentationSize } from '../src/main/inference/protocol';
import type { SocketResponse } from '../src/shared/ipc/wire';
import { formatSpread, spread, verdict } from './measure';

// The owner's first ad, timed as the window sees it: `adstudio serve` started as a user would
// (on a data folder an earlier start set up), a client connected (the window is up), the photo
// attached, 10 s idle, then a photo job of 4 variants with the built-in writer. First preview and
// done are timed from the call to the event's arrival. Then ten new photos on the warm app, each
// round a job and a bare ISNet session.run in this process in ABBA order, judged on the median of
// the per-round differences (the model's own time wanders by a quarter here from run to run).
const root = join(import.meta.dirname, '..');
const newest = (dir: string): number =>
  Math.max(0, ...readdirSync(dir, { withFileTypes: true, recursive: true }).filter((e) => e.isFile()).map((e) => statSync(join(e.parentPath, e.name)).mtimeMs));
const built = (() => {
  try {
    return statSync(join(root, 'out', 'main', 'cli.js')).mtimeMs;
  } catch {
    return 0;
  }
})();
if (built < newest(join(root, 'src'))) {
  console.log('building the app (out/ is older than src/) …');
  const build = spawnSync('npx', ['electron-vite', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0) throw new Error('electron-vite build failed');
}

const work = mkdtempSync(join(tmpdir(), 'adstudio-bench-first-ad-'));
// A phone's photo (4032×3024) made from a real one, plus photos as the shared fixtures hold them.
const phonePhoto = join(work, 'phone-boot.jpg');
await sharp(join(fixturesDir, 'photos', 'boot__dreambooth.jpg')).resize(4032, 3024, { fit: 'cover' }).jpeg({ quality: 90 }).toFile(phonePhoto);
const products = [
  join(root, 'fixtures', 'cutout', 'products', 'clay_teapot.jpg'),
  join(fixturesDir, 'photos', 'duck_toy__dreambooth.jpg'),
  join(fixturesDir, 'photos', 'beer_can__dreambooth_unsplash.jpg'),
  join(root, 'fixtures', 'cutout', 'products', 'toy_car.jpg'),
  join(root, 'fixtures', 'cutout', 'products', 'teddy_bear.jpg'),
];
// Each product photo as it is and mirrored: ten photos the app has never cut out.
const warmPhotos = [...products];
for (const photo of products) {
  const mirrored = join(work, `mirrored-${photo.split('/').at(-1) ?? ''}`);
  await sharp(photo).flop().jpeg({ quality: 92 }).toFile(mirrored);
  warmPhotos.push(mirrored);
}

type Listener = (frame: SocketResponse) => void;

/** `adstudio serve` on the data folder, with a window's socket connected to it. */
async function openStudio(dataDir: string) {
  const host = await startHeadlessHost(dataDir);
  const url = new URL(host.url);
  const socket = new WebSocket(`ws://${url.host}${url.pathname}ws`, { origin: url.origin });
  await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
  const listeners = new Set<Listener>();
  socket.on('message', (data) => {
    const frame = JSON.parse(String(data)) as SocketResponse;
    for (const listener of listeners) listener(frame);
  });
  let nextId = 1;
  async function call<T>(method: string, input: unknown): Promise<T> {
    const id = nextId++;
    const envelope = await new Promise<SocketResponse & { kind: 'result' }>((resolve) => {
      const listener: Listener = (frame) => {
        if (frame.kind !== 'result' || frame.id !== id) return;
        listeners.delete(listener);
        resolve(frame);
      };
      listeners.add(listener);
      socket.send(JSON.stringify({ kind: 'call', id, method, input }));
    });
    if (!envelope.envelope.ok) throw new Error(`${method}: ${JSON.stringify(envelope.envelope.error)}`);
    return envelope.envelope.data as T;
  }
  const close = async (): Promise<void> => {
    socket.close();
    await host.stop();
  };
  return { call, listeners, close };
}

// The first start of a new install: the shop is made and the cut-out model assembled into the
// data folder (once per install). The warm start is let finish, then the app is closed.
const dataDir = join(work, 'data');
const install = await openStudio(dataDir);
const shop = await install.call<{ id: string }>('shops.create', { name: '달빛공방', industry: 'smartstore' });
const firstStart = performance.now();
// Polled slower than the warm start's quiet time, so the polling itself does not hold it back.
while ((await install.call<{ memory: { warmStart: string } }>('app.info', {})).memory.warmStart !== 'warm') await new Promise((resolve) => setTimeout(resolve, 3000));
console.log(`first start of a new install: warm (model assembled, session opened and run once, workers drawn) within ${((performance.now() - firstStart) / 1000).toFixed(1)} s of the window connecting`);
await install.close();

// The start that is measured: an ordinary one.
const startedAt = performance.now();
const { call, listeners, close } = await openStudio(dataDir);
const hostUpMs = performance.now() - startedAt;

const importPhoto = async (path: string): Promise<string> =>
  (await call<{ items: { media: { sha256: string } }[] }>('media.import', { source: { kind: 'paths', paths: [path] } })).items[0]?.media.sha256 ?? '';

interface JobTimes {
  firstPreviewMs: number;
  doneMs: number;
  loopLagP99Ms: number;
  /** The job's own timings as saved with its generation (stages, first preview, loop lag). */
  timings: Record<string, number>;
}
/** One photo job as the window sees it: from the call to the first preview and to the finished event. */
async function timeJob(sha: string): Promise<JobTimes> {
  const start = performance.now();
  let firstPreviewMs = Number.NaN;
  const finished = new Promise<{ generationIds: string[] }>((resolve, reject) => {
    const listener: Listener = (frame) => {
      if (frame.kind !== 'event') return;
      const payload = frame.event.payload as { previewSha256?: string | null; status?: string; result?: { generationIds: string[] } | null; error?: unknown };
      if (frame.event.name === 'job.progress' && payload.previewSha256 && Number.isNaN(firstPreviewMs)) firstPreviewMs = performance.now() - start;
      if (frame.event.name !== 'job.finished') return;
      listeners.delete(listener);
      if (payload.status === 'done' && payload.result) resolve(payload.result);
      else reject(new Error(`job ${String(payload.status)}: ${JSON.stringify(payload.error)}`));
    };
    listeners.add(listener);
  });
  await call('jobs.start', { shopId: shop.id, text: '수제 가죽 소품 신상품 인스타 광고 만들어줘', attachments: [sha], variants: 4 });
  const result = await finished;
  const doneMs = performance.now() - start;
  const generation = await call<{ timings: Record<string, number> }>('generations.get', { id: result.generationIds[0] });
  return { firstPreviewMs, doneMs, loopLagP99Ms: generation.timings['loop-lag-p99'] ?? Number.NaN, timings: generation.timings };
}

// The window is up; the owner attaches a phone photo and types for 10 s before sending.
const phoneSha = await importPhoto(phonePhoto);
await new Promise((resolve) => setTimeout(resolve, 10_000));
const cold = await timeJob(phoneSha);
console.log(`host up ${hostUpMs.toFixed(0)} ms; cold (10 s idle after start, 4032×3024 photo): first preview ${cold.firstPreviewMs.toFixed(0)} ms, done ${cold.doneMs.toFixed(0)} ms, event-loop lag p99 ${cold.loopLagP99Ms.toFixed(1)} ms; job timings ${JSON.stringify(cold.timings)}`);

// The bare model beside ours: the same ISNet, warmed the same way, on a 1024² input, taking turns with the app's jobs.
const session = await ort.InferenceSession.create(readIsnetModel('medium'), isnetSessionOptions);
const input = new ort.Tensor('float32', new Float32Array(3 * segmentationSize * segmentationSize).fill(0.1), [1, 3, segmentationSize, segmentationSize]);
await session.run({ input });
const bare: number[] = [];
const warm: JobTimes[] = [];
const timeBare = async (): Promise<void> => {
  const start = performance.now();
  await session.run({ input });
  bare.push(performance.now() - start);
};
for (const [round, photo] of warmPhotos.entries()) {
  // Attached and sent at once: nothing of this photo is prepared before the job.
  const job = async (): Promise<void> => {
    warm.push(await timeJob(await importPhoto(photo)));
  };
  for (const step of round % 2 === 0 ? [timeBare, job] : [job, timeBare]) await step();
  const times = warm[round] as JobTimes;
  console.log(`  new photo ${photo.split('/').at(-1)}: bare ${bare[round]?.toFixed(0)} ms; ours: first preview ${times.firstPreviewMs.toFixed(0)} ms, done ${times.doneMs.toFixed(0)} ms; job timings ${JSON.stringify(times.timings)}`);
}
await session.release();
await close();
// What the app's log says of its warm starts (the model file, the session, the first run, the whole).
const log = readFileSync(join(dataDir, 'logs', 'adstudio.log'), 'utf8').split('\n').filter((line) => /Cut-out model ready|Warm start/.test(line));
for (const line of log) console.log(`  log: ${line}`);
rmSync(work, { recursive: true, force: true });

const bareMs = spread(bare).median;
const over = (ours: (w: JobTimes) => number) => spread(warm.map((w, i) => ours(w) - (bare[i] ?? Number.NaN)));
const firstOver = over((w) => w.firstPreviewMs);
const doneOver = over((w) => w.doneMs);
const firstMs = spread(warm.map((w) => w.firstPreviewMs)).median;
const doneMs = spread(warm.map((w) => w.doneMs)).median;
const lagMs = Math.max(cold.loopLagP99Ms, ...warm.map((w) => w.loopLagP99Ms));
console.log(`bare session.run: ${formatSpread(spread(bare), 0)} ms`);
console.log(`warm, new photo: first preview ${formatSpread(spread(warm.map((w) => w.firstPreviewMs)), 0)} ms; over the same round's bare run: ${formatSpread(firstOver, 0)} ms`);
console.log(`warm, new photo: done ${formatSpread(spread(warm.map((w) => w.doneMs)), 0)} ms; over the same round's bare run: ${formatSpread(doneOver, 0)} ms`);
console.log(`main process event-loop lag p99 during each job: worst ${lagMs.toFixed(1)} ms (${warm.map((w) => w.loopLagP99Ms.toFixed(1)).join(', ')})`);

// The goals are the issue's, in seconds beside a bare run of ~1.1 s; on a slower machine the same
// work is slower on both sides, so the multiples are printed too (not judged).
console.log(
  `as multiples of the bare run: cold first preview ${(cold.firstPreviewMs / bareMs).toFixed(2)}×, warm first preview ${(firstMs / bareMs).toFixed(2)}×, done ${(doneMs / bareMs).toFixed(2)}× (the goals at a 1.1 s bare run: 3.6×, 1.55×, 2.36×)`,
);
const ok = cold.firstPreviewMs <= 4000 && firstOver.median <= 600 && doneOver.median <= 1500 && lagMs <= 20;
console.log(
  verdict('first-ad', 'warm_done_over_bare_ms', doneOver.median, 'cold_first<=4000ms and warm_first-bare<=600ms and done-bare<=1500ms (medians of per-round differences) and loop_lag_p99<=20ms', ok),
);
