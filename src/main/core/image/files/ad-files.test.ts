import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clampTextMove, type TextMoves } from '../../../../shared/ad-design';
import { packManifestSchema, type AdTemplate, type Generation, type PackManifest } from '../../../../shared/ipc/generations';
import type { JobResult } from '../../../../shared/ipc/jobs';
import { getGeneration } from '../../generations/generations-repo';
import { createShop } from '../../shops/shops-repo';
import { fixturePhoto } from '../../testing/fixtures';
import { watchJobs } from '../../testing/job-events';
import { seedGeneration } from '../../testing/seed';
import { createTempCore } from '../../testing/temp-core';
import { unwrap } from '../../testing/unwrap';
import { renderVariant } from './variant-image';
import { loadVariantSource } from './variant-source';

// Saving, packing, templating and re-texting a real result: one job with the real cut-out,
// then every file checked by decoding it.
const core = createTempCore();
const watch = watchJobs(core);
const out = mkdtempSync(join(tmpdir(), 'adstudio-files-'));
const shop = createShop(core.database.db(), { name: '달빛카페', industry: 'cafe', region: '서울 마포구', tone: '친근하게' });
let generation: Generation;
afterAll(async () => {
  await core.dispose();
  rmSync(out, { recursive: true, force: true });
});

beforeAll(async () => {
  const imported = unwrap<{ items: { media?: { sha256: string } }[] }>(await core.call('media.import', { source: { kind: 'paths', paths: [fixturePhoto('coffee_cup__skimage.png')] } }));
  const photo = imported.items[0]?.media?.sha256 ?? '';
  const { jobId } = unwrap<{ jobId: string }>(await core.call('jobs.start', { shopId: shop.id, text: '여름 신메뉴 아이스 라떼 인스타 광고', attachments: [photo], variants: 2 }));
  const result = (await watch.finished(jobId)).result as JobResult;
  generation = getGeneration(core.database.db(), result.generationIds[0] ?? '');
}, 300_000);

const pixels = async (input: string | Buffer) => sharp(input).removeAlpha().raw().toBuffer();
/** The stored picture of variant 0 (a set is stored best first, not in variant order). */
const variantZero = (g: Generation): string => g.outputs.find((o) => o.variantIndex === 0)?.sha256 ?? '';


describe('ad files', () => {
  it('saves a variant as PNG, JPEG or WebP at its exact size, naming the file for its encoding', { timeout: 120_000 }, async () => {
    const stored = await core.media.resolve(variantZero(generation), null);
    const png = unwrap<{ file: string; width: number; height: number }>(
      await core.call('generations.exportImage', { id: generation.id, variantIndex: 0, format: '4:5', encoding: { type: 'png' }, destination: join(out, 'ad') }),
    );
    expect(png.file).toBe(join(out, 'ad.png'));
    expect(await pixels(png.file)).toEqual(await pixels(stored?.path ?? ''));

    const sizes: number[] = [];
    for (const quality of [50, 95]) {
      const jpeg = unwrap<{ file: string; bytes: number }>(
        await core.call('generations.exportImage', { id: generation.id, variantIndex: 0, format: '4:5', encoding: { type: 'jpeg', quality }, destination: join(out, `q${quality}.jpeg`) }),
      );
      expect(jpeg.file).toBe(join(out, `q${quality}.jpeg`));
      expect((await sharp(jpeg.file).metadata()).format).toBe('jpeg');
      sizes.push(jpeg.bytes);
    }
    expect(sizes[0]).toBeLessThan(sizes[1] ?? 0);

    // A format the job did not make is drawn now, at its own size; the library's size filter finds the result by it after.
    const wideOnes = async () => unwrap<{ items: { id: string }[] }>(await core.call('generations.page', { limit: 10, format: '16:9' })).items.map((item) => item.id);
    expect(generation.outputs.some((output) => output.format === '16:9')).toBe(false);
    expect(await wideOnes()).toEqual([]);
    const webp = unwrap<{ file: string }>(await core.call('generations.exportImage', { id: generation.id, variantIndex: 1, format: '16:9', encoding: { type: 'webp', quality: 85 }, destination: join(out, 'wide') }));
    const meta = await sharp(webp.file).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['webp', 1920, 1080]);
    expect(await wideOnes()).toEqual([generation.id]);
  });

  it('encodes a variant into the media store for a window to download', { timeout: 60_000 }, async () => {
    const encoded = unwrap<{ sha256: string; fileName: string; width: number; height: number }>(
      await core.call('generations.encodeImage', { id: generation.id, variantIndex: 0, target: { kind: 'platform', platform: 'youtube' }, encoding: { type: 'webp', quality: 80 } }),
    );
    expect(encoded).toMatchObject({ fileName: 'adstudio-v1-youtube-1280x720.webp', width: 1280, height: 720 });
    expect(core.media.info(encoded.sha256)).toMatchObject({ mime: 'image/webp', width: 1280, height: 720 });
  });

  it('draws a variant again byte for byte from its seed and the cached cut-out', { timeout: 60_000 }, async () => {
    const stored = await core.media.resolve(generation.outputs[1]?.sha256 ?? '', null);
    const again = await renderVariant(core.adFiles, loadVariantSource(core.database.db(), generation.id), 1, '4:5');
    expect(again.png.equals(await readFile(stored?.path ?? ''))).toBe(true);
  });

  it('packs a variant for every platform at the size each one shows, with its copy and a manifest, as one ZIP', { timeout: 120_000 }, async () => {
    const pack = unwrap<{ file: string; manifest: PackManifest }>(await core.call('generations.platformPack', { id: generation.id, variantIndex: 0, destination: join(out, 'packs') }));
    expect(readdirSync(join(out, 'packs'))).toEqual([basename(pack.file)]);
    expect(basename(pack.file)).toMatch(/^AdStudio-pack-v1-\d{8}-\d{6}\.zip$/);
    const entries = unzipSync(readFileSync(pack.file));
    const manifest = packManifestSchema.parse(JSON.parse(strFromU8(entries['manifest.json'] ?? new Uint8Array())));
    expect(manifest).toEqual(pack.manifest);
    expect(Object.keys(entries).sort()).toEqual(['copy.txt', 'manifest.json', ...manifest.images.map((image) => image.file)].sort());
    const sizes = await Promise.all(manifest.images.map(async (image) => [image.platform, ...Object.values((({ width, height, format }) => ({ format, width, height }))(await sharp(entries[image.file]).metadata()))]));
    expect(sizes).toEqual([
      ['instagram-feed', 'jpeg', 1080, 1350],
      ['instagram-story', 'jpeg', 1080, 1920],
      ['naver-smartstore', 'jpeg', 1000, 1000],
      ['kakao-channel', 'jpeg', 800, 800],
      ['youtube', 'jpeg', 1280, 720],
    ]);
    for (const image of manifest.images) expect(entries[image.file]?.length).toBe(image.bytes);
    // The copy to post with it, as the result has it.
    const copy = strFromU8(entries['copy.txt'] ?? new Uint8Array());
    expect(manifest.copy.headline).toBe(generation.outputCopy?.headline);
    expect(copy.split('\n')[0]).toBe(manifest.copy.headline);
    expect(copy).toContain(manifest.copy.hashtags.map((tag) => `#${tag}`).join(' '));

    // Without a folder it goes to the data folder's exports/, under a name of its own beside the first.
    const again = unwrap<{ file: string }>(await core.call('generations.platformPack', { id: generation.id, variantIndex: 1 }));
    expect(dirname(again.file)).toBe(join(core.dataDir, 'exports'));
    expect(basename(again.file)).toMatch(/^AdStudio-pack-v2-/);
  });

  it('refuses clearly and leaves nothing behind when it cannot write, or there is no such image', async () => {
    writeFileSync(join(out, 'a-file'), 'x');
    const blocked = await core.call('generations.exportImage', { id: generation.id, variantIndex: 0, format: '4:5', encoding: { type: 'png' }, destination: join(out, 'a-file', 'ad.png') });
    expect(blocked).toMatchObject({ ok: false, error: { code: 'WRITE_FAILED' } });
    expect(existsSync(join(out, 'a-file', 'ad.png'))).toBe(false);
    expect(await core.call('generations.exportImage', { id: generation.id, variantIndex: 7, format: '4:5', encoding: { type: 'png' }, destination: join(out, 'x.png') })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const copyOnly = seedGeneration(core.database.db(), { shopId: shop.id, sessionId: generation.sessionId });
    expect(await core.call('generations.platformPack', { id: copyOnly.id, variantIndex: 0, destination: out })).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', userMessage: '이 결과물에는 광고 이미지가 없어요.' } });
    expect(await core.call('generations.exportImage', { id: generation.id, variantIndex: 0, format: '4:5', encoding: { type: 'gif' }, destination: join(out, 'x') })).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
  });

  it('asks before replacing a file, replaces it when told to, and names the file itself in a folder', { timeout: 120_000 }, async () => {
    const target = join(out, 'ask.png');
    writeFileSync(target, 'the owner\'s own file');
    const request = { id: generation.id, variantIndex: 0, format: '1:1', encoding: { type: 'png' }, destination: target };
    expect(await core.call('generations.exportImage', request)).toMatchObject({ ok: false, error: { code: 'FILE_EXISTS' } });
    expect(readFileSync(target, 'utf8')).toBe('the owner\'s own file');
    const replaced = unwrap<{ file: string; width: number }>(await core.call('generations.exportImage', { ...request, overwrite: true }));
    expect(replaced.file).toBe(target);
    expect((await sharp(target).metadata()).width).toBe(replaced.width);

    const folder = join(out, 'chosen-folder');
    mkdirSync(folder);
    const first = unwrap<{ file: string; width: number; height: number }>(await core.call('generations.exportImage', { ...request, destination: folder }));
    const second = unwrap<{ file: string }>(await core.call('generations.exportImage', { ...request, destination: folder }));
    const name = `adstudio-v1-1x1-${first.width}x${first.height}`;
    expect([first.file, second.file]).toEqual([join(folder, `${name}.png`), join(folder, `${name}-2.png`)]);
    expect(readdirSync(folder).sort()).toEqual([`${name}-2.png`, `${name}.png`]);
    expect(existsSync(`${folder}.png`)).toBe(false);
  });

  it('gives the live template: the picture without text, and each block as it was set', { timeout: 60_000 }, async () => {
    const template = unwrap<AdTemplate>(await core.call('generations.template', { id: generation.id, variantIndex: 0, format: '4:5' }));
    expect([template.width, template.height]).toEqual([1080, 1350]);
    expect(template.blocks.find((b) => b.role === 'headline')?.text).toBe(generation.outputCopy?.headline);
    for (const block of template.blocks) {
      expect(block.box.x).toBeGreaterThanOrEqual(template.safeArea.x);
      expect(block.box.y + block.box.height).toBeLessThanOrEqual(template.safeArea.y + template.safeArea.height);
    }
    const plate = await core.media.resolve(template.plateSha256, null);
    const ad = await core.media.resolve(variantZero(generation), null);
    const [platePixels, adPixels] = [await pixels(plate?.path ?? ''), await pixels(ad?.path ?? '')];
    // The plate is the ad minus its text: identical wherever no block is.
    const textRows = new Set(template.blocks.flatMap((b) => Array.from({ length: b.box.height + 40 }, (_, i) => b.box.y - 20 + i)));
    let compared = 0;
    for (let y = 0; y < template.height; y += 7) {
      if (textRows.has(y)) continue;
      const row = y * template.width * 3;
      expect(platePixels.subarray(row, row + template.width * 3).equals(adPixels.subarray(row, row + template.width * 3))).toBe(true);
      compared += 1;
    }
    expect(compared).toBeGreaterThan(20);
    expect(platePixels.equals(adPixels)).toBe(false);
  });

  it('sets edited text through the renderer as a new result that points back to the old one', { timeout: 120_000 }, async () => {
    const child = unwrap<Generation>(await core.call('generations.retext', { id: generation.id, texts: { headline: '오늘만 아이스 라떼 1+1' } }));
    expect(child).toMatchObject({ parentId: generation.id, kind: 'image', outputCopy: { headline: '오늘만 아이스 라떼 1+1', subcopy: generation.outputCopy?.subcopy } });
    expect(child.outputs.map((o) => [o.variantIndex, o.format])).toEqual(generation.outputs.map((o) => [o.variantIndex, o.format]));
    expect(child.outputs.every((o, i) => o.sha256 !== generation.outputs[i]?.sha256)).toBe(true);
    const found = unwrap<{ items: Generation[] }>(await core.call('generations.page', { query: '1+1' }));
    expect(found.items.map((g) => g.id)).toEqual([child.id]);
  });

  it('sets text on one variant as its own, keeping the other variants\' files, and an edit of all clears it', { timeout: 120_000 }, async () => {
    const headlineOf = async (id: string, variantIndex: number) =>
      unwrap<AdTemplate>(await core.call('generations.template', { id, variantIndex, format: '4:5' })).blocks.find((block) => block.role === 'headline')?.text;
    const before = await headlineOf(generation.id, 0);
    const one = unwrap<Generation>(await core.call('generations.retext', { id: generation.id, texts: { headline: '둘째 시안만 새 제목' }, variant: 1, hashtags: ['#여름음료', '라떼'] }));
    expect(one.parentId).toBe(generation.id);
    const sameFile = (variantIndex: number) => one.outputs.filter((o) => o.variantIndex === variantIndex).every((o) => generation.outputs.some((p) => p.sha256 === o.sha256));
    expect([sameFile(0), sameFile(1)]).toEqual([true, false]);
    expect([await headlineOf(one.id, 0), await headlineOf(one.id, 1)]).toEqual([before, '둘째 시안만 새 제목']);
    // The copy is the result's: one variant's title does not replace it; the hashtags are the copy's and change.
    expect(one.outputCopy).toMatchObject({ headline: generation.outputCopy?.headline, hashtags: ['여름음료', '라떼'] });

    const all = unwrap<Generation>(await core.call('generations.retext', { id: one.id, texts: { headline: '모두 같은 제목' } }));
    expect([await headlineOf(all.id, 0), await headlineOf(all.id, 1)]).toEqual(['모두 같은 제목', '모두 같은 제목']);
    expect(all.outputCopy?.variants?.every((variant) => variant.texts === undefined)).toBe(true);
    expect(await core.call('generations.retext', { id: one.id, texts: { headline: 'x' }, variant: 3 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('previews a variant\'s type at another size as the renderer sets it, and saves exactly that', { timeout: 120_000 }, async () => {
    const template = async (id: string, textScale?: number) => unwrap<AdTemplate>(await core.call('generations.template', { id, variantIndex: 0, format: '4:5', textScale }));
    const sizeOf = (t: AdTemplate) => t.blocks.find((block) => block.role === 'headline')?.size ?? 0;
    const designed = await template(generation.id);
    const preview = await template(generation.id, 1.4);
    // Never smaller; the same where the design's box already holds the line at its widest (the box does not grow with the type).
    for (const block of designed.blocks) expect(preview.blocks.find((b) => b.role === block.role)?.size ?? 0, block.role).toBeGreaterThanOrEqual(block.size);
    expect(sizeOf(preview)).toBeGreaterThanOrEqual(sizeOf(designed));
    const saved = unwrap<Generation>(await core.call('generations.retext', { id: generation.id, texts: {}, variant: 0, textScale: 1.4 }));
    expect(saved.outputCopy?.variants?.[0]?.textScale).toBe(1.4);
    expect(saved.outputCopy?.variants?.[1]?.textScale).toBe(generation.outputCopy?.variants?.[1]?.textScale);
    // The saved variant's own template is the preview, block for block.
    expect((await template(saved.id)).blocks).toEqual(preview.blocks);
    expect(await core.call('generations.template', { id: generation.id, variantIndex: 0, format: '4:5', textScale: 3 })).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
  });

  it('previews blocks dragged on one variant in one format, saves exactly that, and leaves the other formats and variants as designed', { timeout: 120_000 }, async () => {
    const template = async (id: string, format: '4:5' | '1:1', moves?: TextMoves) => unwrap<AdTemplate>(await core.call('generations.template', { id, variantIndex: 0, format, moves }));
    const boxOf = (t: AdTemplate, role: string) => t.blocks.find((block) => block.role === role)?.box;
    const designed = await template(generation.id, '4:5');
    const headline = boxOf(designed, 'headline') as AdTemplate['blocks'][number]['box'];
    // Towards the middle of the safe area, where every layout has room (variant 0's layout differs from run to run).
    const towards = (at: number, size: number, start: number, span: number) => (at + size / 2 < start + span / 2 ? 1 : -1);
    const moves = { headline: { dx: 0, dy: 60 * towards(headline.y, headline.height, designed.safeArea.y, designed.safeArea.height) }, cta: { dx: -40, dy: 0 } };
    const preview = await template(generation.id, '4:5', moves);
    const { dx, dy } = clampTextMove(headline, moves.headline, designed.safeArea);
    expect(Math.abs(dy)).toBeGreaterThan(0);
    expect(boxOf(preview, 'headline')).toEqual({ ...headline, x: headline.x + dx, y: headline.y + dy });
    // The plate is drawn again: a button moves with its words.
    expect(preview.plateSha256).not.toBe(designed.plateSha256);

    const saved = unwrap<Generation>(await core.call('generations.retext', { id: generation.id, texts: {}, variant: 0, moved: { variantIndex: 0, format: '4:5', moves } }));
    expect(saved.outputCopy?.variants?.[0]?.moves).toEqual({ '4:5': moves });
    expect((await template(saved.id, '4:5')).blocks).toEqual(preview.blocks);
    expect((await template(saved.id, '1:1')).blocks).toEqual((await template(generation.id, '1:1')).blocks);
    const kept = saved.outputs.filter((o) => o.variantIndex === 1).every((o) => generation.outputs.some((p) => p.sha256 === o.sha256));
    expect(kept).toBe(true);
    // An empty set of moves puts the blocks back where the layout set them.
    const back = unwrap<Generation>(await core.call('generations.retext', { id: saved.id, texts: {}, variant: 0, moved: { variantIndex: 0, format: '4:5', moves: {} } }));
    expect((await template(back.id, '4:5')).blocks).toEqual(designed.blocks);
    expect(await core.call('generations.retext', { id: generation.id, texts: {}, variant: 1, moved: { variantIndex: 0, format: '4:5', moves } })).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
  });
});
