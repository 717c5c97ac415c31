import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { catalogSchema, isCommitSha, type HardwareInfo, type InstalledModel } from '../../../shared/ipc/models';
import { writeTinyGguf } from '../../inference/testing/tiny-gguf';
import { findResourcesDir } from '../paths/resources-dir';
import { createTempCore } from '../testing/temp-core';
import { unwrap } from '../testing/unwrap';
import { loadCatalog } from './catalog';
import { fitOf } from './hardware-fit';

const core = createTempCore();
afterAll(() => core.dispose());
const work = mkdtempSync(join(tmpdir(), 'adstudio-models-'));

describe('the model catalog', () => {
  const catalog = loadCatalog(findResourcesDir());

  it('lists real, complete entries: at least three copy LLMs; every download pinned to a hub repository, with sizes and licence terms', () => {
    expect(catalogSchema.safeParse(catalog).success).toBe(true);
    const llms = catalog.entries.filter((e) => e.role === 'llm');
    expect(llms.length).toBeGreaterThanOrEqual(3);
    for (const entry of catalog.entries) {
      expect(new Set(catalog.entries.map((e) => e.id)).size).toBe(catalog.entries.length);
      if (entry.bundled) continue;
      expect(entry.files.length, entry.id).toBeGreaterThan(0);
      expect(entry.hub?.endpoint, entry.id).toBe('https://huggingface.co');
      expect(entry.source, entry.id).toContain(entry.hub?.repo);
      // A branch only where no commit could be found offline, and then the entry says so.
      if (!isCommitSha(entry.hub?.revision ?? '')) expect(entry.provenance, entry.id).toMatch(/branch/);
      expect(entry.licenceTermsKo, entry.id).toMatch(/[가-힣]/);
      expect(entry.licenceTermsEn, entry.id).toMatch(/^[^가-힣]+$/);
      expect(entry.ramBytes, entry.id).toBeGreaterThan(entry.files.reduce((sum, f) => sum + f.sizeBytes, 0));
    }
    // A licence that asks for attribution gets it shown.
    for (const entry of catalog.entries.filter((e) => e.licence.includes('HyperCLOVA'))) expect(entry.notice).toBe('Powered by HyperCLOVA X');
  });

  it('judges fit from memory, VRAM and disk', () => {
    const llm = catalog.entries.find((e) => e.id === 'qwen3-4b-q4km');
    if (!llm) throw new Error('catalog lacks qwen3-4b-q4km');
    const gpu = { llamaBackend: false as const, devices: [], vramTotalBytes: 0, vramFreeBytes: 0, onnxProviders: ['cpu'] };
    const gib = 1024 ** 3;
    expect(fitOf(llm, { totalMemoryBytes: 16 * gib, freeMemoryBytes: 10 * gib, gpu, freeDiskBytes: 50 * gib }).verdict).toBe('fits');
    expect(fitOf(llm, { totalMemoryBytes: 8 * gib, freeMemoryBytes: 2 * gib, gpu, freeDiskBytes: 50 * gib }).verdict).toBe('tight');
    expect(fitOf(llm, { totalMemoryBytes: 2 * gib, freeMemoryBytes: 1 * gib, gpu, freeDiskBytes: 50 * gib })).toMatchObject({ verdict: 'wont-fit', reason: { code: 'memory-short', params: { need: llm.ramBytes, have: 2 * gib } } });
    expect(fitOf(llm, { totalMemoryBytes: 16 * gib, freeMemoryBytes: 10 * gib, gpu, freeDiskBytes: 1 * gib })).toMatchObject({ verdict: 'wont-fit', reason: { code: 'disk-short', params: { have: 1 * gib } } });
    const cuda = { ...gpu, llamaBackend: 'cuda', vramTotalBytes: 8 * gib, vramFreeBytes: 6 * gib };
    expect(fitOf(llm, { totalMemoryBytes: 4 * gib, freeMemoryBytes: 1 * gib, gpu: cuda, freeDiskBytes: 50 * gib })).toMatchObject({ verdict: 'fits', reason: { code: 'gpu' } });
  });

  it('reports this computer and a recommendation per role', { timeout: 60_000 }, async () => {
    const info = unwrap<HardwareInfo>(await core.call('hardware.info', {}));
    expect(info.cpuCores).toBeGreaterThan(0);
    expect(info.freeDiskBytes).toBeGreaterThan(0);
    expect(info.fits).toHaveLength(catalog.entries.length);
    // The optional cut-out model leads the built-in one where it fits, and says why.
    expect(info.recommended.cutout).toBe('birefnet-lite-onnx');
    expect(info.recommendedWhy.cutout).toEqual(expect.arrayContaining(['commercial', 'preferred']));
    // AI backgrounds as one download: the painter that runs on the CPU and its tiny decoder.
    const painter = info.bundles.find((b) => b.feature === 'ai-background');
    expect(painter?.modelIds).toEqual(['lcm-dreamshaper-v7-onnx', 'taesd-decoder-onnx']);
    expect(painter?.totalBytes).toBeGreaterThan(4e9);
    expect(painter?.secondsPerPicture).toBeGreaterThan(0);
  });
});

describe('importing a model', () => {
  it('refuses a truncated GGUF and a file that is not one, registering nothing', async () => {
    const whole = readFileSync(writeTinyGguf(work));
    const truncated = join(work, 'cut-short.gguf');
    writeFileSync(truncated, whole.subarray(0, Math.floor(whole.length * 0.6)));
    expect(await core.call('models.import', { path: truncated })).toMatchObject({ ok: false, error: { code: 'MODEL_INVALID', userMessage: expect.stringContaining('끝까지') } });
    const notGguf = join(work, 'notes.gguf');
    writeFileSync(notGguf, '이건 모델이 아니에요');
    expect(await core.call('models.import', { path: notGguf })).toMatchObject({ ok: false, error: { code: 'MODEL_INVALID' } });
    expect(await core.call('models.import', { path: join(work, 'photo.jpg') })).toMatchObject({ ok: false, error: { code: 'FILE_NOT_FOUND' } });
    expect(unwrap<{ items: InstalledModel[] }>(await core.call('models.installed', {})).items).toEqual([]);
  });

  it('refuses an ONNX folder without the parts a pipeline needs', async () => {
    const folder = join(work, 'half-diffusion');
    mkdirSync(join(folder, 'unet'), { recursive: true });
    writeFileSync(join(folder, 'model_index.json'), '{}');
    expect(await core.call('models.import', { path: folder })).toMatchObject({ ok: false, error: { code: 'MODEL_INVALID', userMessage: expect.stringContaining('text_encoder') } });
  });

  it('imports the tiny GGUF, which then loads, answers, and unloads when idle', { timeout: 180_000 }, async () => {
    const source = writeTinyGguf(mkdtempSync(join(tmpdir(), 'adstudio-gguf-')));
    const model = unwrap<InstalledModel>(await core.call('models.import', { path: source }));
    expect(model).toMatchObject({ role: 'llm', format: 'gguf', source: 'import', linked: false, active: true });
    expect(model.path.startsWith(core.models.paths.root)).toBe(true);
    expect(readFileSync(model.path).equals(readFileSync(source))).toBe(true);

    const answer = await core.inference.request({
      op: 'llm.generate',
      modelPath: model.path,
      contextSize: 512,
      system: '너는 카피라이터야.',
      history: [],
      prompt: '한 줄 광고 문구',
      maxTokens: 8,
      temperature: 0,
      seed: 1,
      suppressHan: false,
      idleUnloadMs: 1500,
      threads: 0,
      gpu: false,
    });
    expect(answer.tokens).toBeGreaterThan(0);
    expect((await core.inference.request({ op: 'ping' })).loadedModels).toEqual([model.path]);
    await expect.poll(async () => (await core.inference.request({ op: 'ping' })).loadedModels, { timeout: 20_000 }).toEqual([]);

    expect(unwrap<{ id: string }>(await core.call('models.remove', { id: model.id }))).toEqual({ id: model.id });
    expect(unwrap<{ items: InstalledModel[] }>(await core.call('models.installed', {})).items).toEqual([]);
  });

  it('refuses to load a model larger than the free memory, before touching it', { timeout: 60_000 }, async () => {
    // A sparse file: as large as a model that could never fit, without using the disk.
    const huge = join(work, 'huge.gguf');
    closeSync(openSync(huge, 'w'));
    truncateSync(huge, totalmem() * 4);
    const request = core.inference.request({ op: 'llm.generate', modelPath: huge, contextSize: 512, system: '', history: [], prompt: '안녕', maxTokens: 4, temperature: 0, seed: 1, suppressHan: false, idleUnloadMs: 0, threads: 0, gpu: false });
    await expect(request).rejects.toMatchObject({ code: 'MODEL_LOAD_FAILED', userMessage: expect.stringContaining('메모리가 부족해') });
  });
});
