import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { AppError } from '../../shared/errors';
import { isMethodName, methods, type MethodName } from '../../shared/ipc/contract';
import type { JobResult } from '../../shared/ipc/jobs';
import { socketResponseSchema } from '../../shared/ipc/wire';
import { catalogOf, testModel } from '../core/models/testing/catalog-fixture';
import { startHubServer } from '../core/models/testing/hub-server';
import { seededRandom } from '../core/random/seeded-random';
import { fixturePhoto, noisePng } from '../core/testing/fixtures';
import { mutate, randomJson, validish, type FuzzPools } from '../core/testing/fuzz-values';
import { watchJobs } from '../core/testing/job-events';
import { createTempCore } from '../core/testing/temp-core';
import { unwrap } from '../core/testing/unwrap';
import { startHeadlessHost, type HeadlessHost } from './headless-host';

/**
 * Contract fuzzing through the real headless host: ≥ 10,000 frames over every method, mostly
 * shaped by the method's own schema so they reach the handlers, files and rows behind them,
 * the rest mutated or malformed. Every answer must be a typed error or data: no INTERNAL, no
 * crash, no socket the host could not answer on. Jobs stop before their generating stage, so
 * the run stays within its time bound; one real job runs first so results exist to act on.
 */
const frameTarget = 10_000;
const timeBoundMs = 150_000;
/** Costly calls (files written, images drawn, models checked) get a few well-formed tries each; the rest of their frames are mutated. */
const costly = new Set<MethodName>(['library.backup', 'library.restore', 'library.export', 'generations.platformPack', 'generations.exportImage', 'generations.encodeImage', 'generations.retext', 'generations.template', 'jobs.retry', 'models.import', 'models.download', 'media.import', 'cutouts.get', 'cutouts.touchUp', 'media.sample', 'models.speed', 'videos.start', 'videos.exportForUpload']);
const costlyWellFormed = 10;

const sandbox = mkdtempSync(join(tmpdir(), 'adstudio-fuzz-'));
const modelBytes = Buffer.from('GGUF fuzz model bytes');
let generating = true;
let core: ReturnType<typeof createTempCore>;
let host: HeadlessHost;
let server: Awaited<ReturnType<typeof startHubServer>>;
const pools: FuzzPools = { ids: [], idsByField: {}, sha256s: [], paths: [], base64: [] };

beforeAll(async () => {
  mkdirSync(join(sandbox, 'out'));
  mkdirSync(join(sandbox, 'onnx'));
  writeFileSync(join(sandbox, 'existing.txt'), 'keep me');
  writeFileSync(join(sandbox, 'fake.gguf'), 'not a model');
  copyFileSync(fixturePhoto('coffee_cup__skimage.png'), join(sandbox, 'photo.png'));
  symlinkSync('/etc/passwd', join(sandbox, 'passwd-link.png'));
  server = await startHubServer();
  const model = testModel('fuzz-model', server.endpoint, modelBytes);
  model.publish(server);
  core = createTempCore({
    catalog: catalogOf([model.entry]),
    jobConcurrency: 1,
    beforeStage: async (stage) => {
      if (stage === 'generating' && !generating) throw new AppError('CANCELLED', 'Fuzz jobs stop before generating');
    },
  });

  const photo = readFileSync(join(sandbox, 'photo.png'));
  const imported = unwrap<{ items: { ok: boolean; media?: { sha256: string } }[] }>(await core.call('media.import', { source: { kind: 'bytes', base64: photo.toString('base64') } }));
  const shop = unwrap<{ id: string }>(await core.call('shops.create', { name: '퍼즈 카페', industry: 'cafe' }));
  const jobs = watchJobs(core);
  const { jobId } = unwrap<{ jobId: string }>(await core.call('jobs.start', { shopId: shop.id, text: '아이스 라떼 인스타 광고 만들어줘', attachments: [imported.items[0]?.media?.sha256], variants: 1 }));
  const finished = await jobs.finished(jobId);
  jobs.stop();
  const result = finished.result as JobResult;
  generating = false;

  const backup = unwrap<{ folder: string }>(await core.call('library.backup', { destination: join(sandbox, 'out') }));
  Object.assign(pools.idsByField, { shopId: [shop.id], sessionId: [result.sessionId], generationId: result.generationIds, jobId: [jobId], id: ['fuzz-model', shop.id, result.sessionId, ...result.generationIds] });
  pools.ids.push(shop.id, jobId, result.sessionId, result.userMessageId, result.assistantMessageId, ...result.generationIds, 'fuzz-model');
  pools.sha256s.push(imported.items[0]?.media?.sha256 ?? '', 'a'.repeat(64));
  pools.paths.push(sandbox, join(sandbox, 'out'), join(sandbox, 'out', 'ad.png'), join(sandbox, 'existing.txt'), join(sandbox, 'photo.png'), join(sandbox, 'passwd-link.png'), join(sandbox, 'fake.gguf'), join(sandbox, 'onnx'), join(sandbox, 'missing', 'x.png'), backup.folder, 'C:\\Users\\owner\\x.png', '\\\\server\\share\\x');
  pools.base64.push(photo.toString('base64'), (await noisePng(8, 8)).toString('base64'), Buffer.from('not an image').toString('base64'), 'AAAA');
  host = await startHeadlessHost({ core, rendererDir: sandbox });
}, 120_000);

afterAll(async () => {
  await host.close();
  await server.close();
  await core.dispose();
  rmSync(sandbox, { recursive: true, force: true });
});

interface Outcome {
  method: string;
  code: string;
}

/** A socket that reconnects after the host closes it for a malformed frame. */
function openSocket(): Promise<WebSocket> {
  const url = `${host.url.replace('http', 'ws')}ws`;
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, { origin: `http://127.0.0.1:${host.port}` });
    socket.once('open', () => resolve(socket));
    socket.once('error', reject);
  });
}

describe('contract fuzz through the headless host', () => {
  it(`answers ${frameTarget} fuzzed frames over every method with typed results only`, async () => {
    const rng = seededRandom(20261202);
    const names = Object.keys(methods) as MethodName[];
    const wellFormedCostly = new Map<MethodName, number>();
    const outcomes: Outcome[] = [];
    const crashes: unknown[] = [];
    const onCrash = (error: unknown): void => void crashes.push(error);
    process.on('uncaughtException', onCrash);
    process.on('unhandledRejection', onCrash);
    const jobFailures: string[] = [];
    const unsubscribe = core.events.subscribe((event) => {
      if (event.name === 'job.finished' && event.payload.error) jobFailures.push(event.payload.error.code);
    });

    const started = Date.now();
    let frames = 0;
    let malformed = 0;
    let socket = await openSocket();
    try {
      while (frames < frameTarget && Date.now() - started < timeBoundMs) {
        frames += 1;
        if (rng() < 0.02) {
          malformed += 1;
          const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
          socket.send(pick(rng, ['{', 'null', '{"kind":"call","id":-1}', '{"kind":"call","id":1,"method":42}', JSON.stringify({ kind: 'call', id: 1, method: 'x'.repeat(201), input: {} }), Buffer.from([0, 1, 2])]));
          await closed;
          socket = await openSocket();
          continue;
        }
        const method = rng() < 0.03 ? pick(rng, ['', 'app.exit', '__proto__', 'constructor', 'shops.list '.repeat(18)]) : pick(rng, names);
        let input: unknown = isMethodName(method) ? validish(methods[method].input, rng, pools) : randomJson(rng, 2);
        const tries = wellFormedCostly.get(method as MethodName) ?? 0;
        if (costly.has(method as MethodName) && tries >= costlyWellFormed) input = mutate(input, rng);
        else if (rng() < 0.35) input = mutate(input, rng);
        if (costly.has(method as MethodName)) wellFormedCostly.set(method as MethodName, tries + 1);
        outcomes.push({ method, code: await callOnce(socket, frames, method, input) });
      }
    } finally {
      socket.close();
      unsubscribe();
      process.off('uncaughtException', onCrash);
      process.off('unhandledRejection', onCrash);
    }

    const internal = outcomes.filter((o) => o.code === 'INTERNAL');
    const reached = new Set(outcomes.filter((o) => o.code === 'ok').map((o) => o.method));
    const counts = new Map<string, number>();
    for (const outcome of outcomes) counts.set(outcome.code, (counts.get(outcome.code) ?? 0) + 1);
    const byCode = [...counts].map(([code, count]) => `${code}: ${count}`);
    console.log(`fuzz: ${frames} frames (${malformed} malformed) in ${((Date.now() - started) / 1000).toFixed(1)} s; ${byCode.join(', ')}; ${reached.size}/${names.length} methods answered with data (not: ${names.filter((n) => !reached.has(n)).join(' ')})`);
    expect(frames).toBeGreaterThanOrEqual(frameTarget);
    expect(internal.map((o) => o.method)).toEqual([]);
    expect(jobFailures.filter((code) => code === 'INTERNAL')).toEqual([]);
    expect(crashes).toEqual([]);
    expect(reached.size).toBeGreaterThan(names.length * 0.6);
    expect(unwrap<{ ok: boolean }>(await core.call('app.health', {})).ok).toBe(true);
  }, timeBoundMs + 60_000);
});

const pick = <T>(rng: () => number, items: readonly T[]): T => items[Math.floor(rng() * items.length)] as T;

/** One call and its answer: 'ok' or the error's code. A socket that closes instead fails the test. */
function callOnce(socket: WebSocket, id: number, method: string, input: unknown): Promise<string> {
  return new Promise((resolve, reject) => {
    const onMessage = (data: WebSocket.RawData): void => {
      const frame = socketResponseSchema.parse(JSON.parse(String(data)));
      if (frame.kind !== 'result' || frame.id !== id) return;
      socket.off('message', onMessage);
      socket.off('close', onClose);
      resolve(frame.envelope.ok ? 'ok' : frame.envelope.error.code);
    };
    const onClose = (code: number): void => reject(new Error(`host closed the socket (${code}) on ${method} ${JSON.stringify(input).slice(0, 300)}`));
    socket.on('message', onMessage);
    socket.once('close', onClose);
    socket.send(JSON.stringify({ kind: 'call', id, method, input }));
  });
}
