import { eq } from 'drizzle-orm';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorData } from '../../../../shared/errors';
import type { CutoutView } from '../../../../shared/ipc/cutouts';
import { maxMaskBase64Length } from '../../../../shared/ipc/cutouts';
import type { Generation } from '../../../../shared/ipc/generations';
import type { JobResult } from '../../../../shared/ipc/jobs';
import { cutouts } from '../../db/schema';
import { getGeneration } from '../../generations/generations-repo';
import { unusedMediaGraceMs } from '../../media/media-library';
import { getMedia, mediaTotals } from '../../media/media-repo';
import { createShop } from '../../shops/shops-repo';
import { fixturePhoto } from '../../testing/fixtures';
import { watchJobs } from '../../testing/job-events';
import { createTempCore } from '../../testing/temp-core';
import { unwrap } from '../../testing/unwrap';
import { touchUpModel } from './cutout-service';

// The real core: the real inference host cuts the photo, the real store keeps the correction.
const core = createTempCore();
const watch = watchJobs(core);
const shop = createShop(core.database.db(), { name: '달빛카페', industry: 'cafe', region: '서울 마포구', tone: '담백하게', defaultHashtags: [] });
const db = () => core.database.db();
afterAll(() => core.dispose());

const run = (input: Record<string, unknown>): Promise<JobResult> => watch.succeeded({ shopId: shop.id, ...input });

const alphaOf = async (png: Buffer): Promise<Uint8Array> => new Uint8Array(await sharp(png).ensureAlpha().extractChannel(3).raw().toBuffer());
const greyPng = (levels: Uint8Array, width: number, height: number): Promise<Buffer> => sharp(levels, { raw: { width, height, channels: 1 } }).png().toBuffer();
const touchUpRows = () => db().select().from(cutouts).where(eq(cutouts.model, touchUpModel)).all();

/** A valid small PNG whose header claims another size: what a decompression bomb looks like at the door. */
function withClaimedSize(png: Buffer, width: number, height: number): Buffer {
  const bomb = Buffer.from(png);
  bomb.writeUInt32BE(width, 16);
  bomb.writeUInt32BE(height, 20);
  bomb.writeUInt32BE(crc32(bomb.subarray(12, 29)), 29);
  return bomb;
}
const keptShare = (alpha: Uint8Array, from: number, to: number, width: number): number => {
  let kept = 0;
  let all = 0;
  alpha.forEach((value, i) => {
    const x = i % width;
    if (x < from || x >= to) return;
    all += 1;
    if (value >= 128) kept += 1;
  });
  return kept / all;
};

describe('touch-up of a cut-out', () => {
  let source: string;
  let view: CutoutView;
  let parent: Generation;
  /** The model's mask with its left half erased, as the owner's brush would leave it. */
  let corrected: Uint8Array;

  beforeAll(async () => {
    const { media } = await core.media.importOne({ kind: 'bytes', bytes: readFileSync(fixturePhoto('coffee_cup__skimage.png')) });
    source = media.sha256;
    const result = await run({ text: '아이스 라떼 인스타 광고 만들어줘', attachments: [source], variants: 2, formats: ['1:1'] });
    parent = getGeneration(db(), result.generationIds[0] ?? '');
    view = unwrap<CutoutView>(await core.call('cutouts.get', { sourceSha256: source }));
    const mask = new Uint8Array(await sharp(Buffer.from(view.maskBase64, 'base64')).extractChannel(0).raw().toBuffer());
    corrected = mask.map((value, i) => (i % view.width < view.width / 2 ? 0 : value));
  }, 240_000);

  it("shows the model's own cut-out first: its alpha as the mask, at the cut-out's size", async () => {
    expect(view.touchedUp).toBe(false);
    expect(view.cutoutSha256).toBe(parent.outputCopy?.cutoutSha256);
    const mask = await sharp(Buffer.from(view.maskBase64, 'base64')).metadata();
    expect([mask.width, mask.height, mask.channels]).toEqual([view.width, view.height, 1]);
    // The cup is there on both halves before the brush.
    expect(keptShare(corrected, view.width / 2, view.width, view.width)).toBeGreaterThan(0.05);
  });

  it.each([
    ['wrong size', async () => (await greyPng(new Uint8Array(view.width * (view.height - 1)).fill(255), view.width, view.height - 1)).toString('base64'), 'VALIDATION_FAILED'],
    ['a JPEG, not a PNG', async () => (await sharp(Buffer.alloc(view.width * view.height * 3, 200), { raw: { width: view.width, height: view.height, channels: 3 } }).jpeg().toBuffer()).toString('base64'), 'MEDIA_UNSUPPORTED'],
    ['a PNG cut short', async () => (await greyPng(corrected, view.width, view.height)).subarray(0, 200).toString('base64'), 'MEDIA_CORRUPT'],
    // A few kilobytes whose header claims 40,000 × 40,000 pixels: refused by the header, never decoded.
    ['huge in pixels', async () => withClaimedSize(await greyPng(corrected, view.width, view.height), 40_000, 40_000).toString('base64'), 'VALIDATION_FAILED'],
    ['huge in bytes', async () => 'A'.repeat(maxMaskBase64Length + 4), 'VALIDATION_FAILED'],
  ])('refuses a mask that is %s with a typed error and saves nothing', { timeout: 60_000 }, async (_, mask, code) => {
    const before = mediaTotals(db());
    const envelope = await core.call('cutouts.touchUp', { sourceSha256: source, maskBase64: await mask() });
    expect(envelope.ok).toBe(false);
    const error = (envelope as { error: ErrorData }).error;
    expect(error.code).toBe(code);
    expect(error.userMessage).toMatch(/[가-힣]/);
    expect(mediaTotals(db())).toEqual(before);
    expect(touchUpRows()).toEqual([]);
  });

  describe('once saved', () => {
    let saved: Omit<CutoutView, 'maskBase64'>;
    beforeAll(async () => {
      saved = unwrap(await core.call('cutouts.touchUp', { sourceSha256: source, maskBase64: (await greyPng(corrected, view.width, view.height)).toString('base64') }));
    }, 60_000);

    it("is the photo's own pixels with the owner's alpha, kept as the touch-up row", async () => {
      expect(saved.touchedUp).toBe(true);
      expect(touchUpRows().map((row) => [row.sourceSha256, row.cutoutSha256])).toEqual([[source, saved.cutoutSha256]]);
      const cutout = await core.adFiles.cutouts(source, new AbortController().signal);
      expect(cutout.touchedUp).toBe(true);
      // The owner has judged it: the scene routing never overrules the hand-made cut-out.
      expect(cutout.quality.confidence).toBe(1);
      expect(cutout.media.sha256).toBe(saved.cutoutSha256);
      expect(await alphaOf(cutout.png)).toEqual(corrected);
      // The model's row stays: the touch-up is preferred, not written over it.
      expect(db().select().from(cutouts).where(eq(cutouts.sourceSha256, source)).all().map((row) => row.model).sort()).toEqual(['isnet-medium', touchUpModel].sort());
      expect(unwrap<CutoutView>(await core.call('cutouts.get', { sourceSha256: source })).touchedUp).toBe(true);
    });

    it('is the cut-out of every later ad of the photo', { timeout: 120_000 }, async () => {
      const later = await run({ text: '아이스 라떼 여름 신메뉴 광고 만들어줘', attachments: [source], variants: 1, formats: ['4:5'] });
      expect(getGeneration(db(), later.generationIds[0] ?? '').outputCopy?.cutoutSha256).toBe(saved.cutoutSha256);
    });

    it('redraws the result as a touch-up edit: only the images change, the copy and variants stay, the parent stays', { timeout: 120_000 }, async () => {
      const parentRow = JSON.stringify(getGeneration(db(), parent.id));
      const result = await run({ sessionId: parent.sessionId, text: '누끼 다듬은 사진으로 다시 그려줘', edit: { generationId: parent.id, variant: 'all', aspects: ['touch-up'] } });
      expect(result.intent).toBe('edit');
      expect(result.writer).toBe('template');
      const child = getGeneration(db(), result.generationIds[0] ?? '');
      expect(child.parentId).toBe(parent.id);
      expect(child.outputCopy?.cutoutSha256).toBe(saved.cutoutSha256);
      expect(parent.outputCopy?.cutoutSha256).toBe(view.cutoutSha256);
      // The words, the reading and the variants' specs stay exactly; only what is measured on the pictures may move.
      const kept = (generation: Generation) => {
        const { headline, subcopy, cta, hashtags, texts, variants, formats, reading, platform, templateId } = generation.outputCopy ?? {};
        return { headline, subcopy, cta, hashtags, texts, variants, formats, reading, platform, templateId };
      };
      expect(kept(child)).toEqual(kept(parent));
      expect(child.outputs.map((o) => [o.variantIndex, o.format])).toEqual(parent.outputs.map((o) => [o.variantIndex, o.format]));
      for (const output of child.outputs) expect(output.sha256).not.toBe(parent.outputs.find((o) => o.variantIndex === output.variantIndex)?.sha256);
      expect(JSON.stringify(getGeneration(db(), parent.id))).toBe(parentRow);
    });

    it('survives a backup and restore, and a correction replaced by another is collected', { timeout: 120_000 }, async () => {
      const work = mkdtempSync(join(tmpdir(), 'adstudio-touch-up-'));
      try {
        const { folder } = unwrap<{ folder: string }>(await core.call('library.backup', { destination: work }));
        const topErased = corrected.map((value, i) => (i < (view.width * view.height) / 4 ? 0 : value));
        const again = unwrap<CutoutView>(await core.call('cutouts.touchUp', { sourceSha256: source, maskBase64: (await greyPng(topErased, view.width, view.height)).toString('base64') }));
        await core.maintain(Date.now() + 2 * unusedMediaGraceMs);
        // The replaced correction belongs to nothing now; the current one and the model's own stay.
        expect(getMedia(db(), saved.cutoutSha256)).toBeUndefined();
        expect(getMedia(db(), again.cutoutSha256)).toBeDefined();
        expect(getMedia(db(), view.cutoutSha256)).toBeDefined();

        unwrap(await core.call('library.restore', { source: folder }));
        const restored = await core.adFiles.cutouts(source, new AbortController().signal);
        expect([restored.touchedUp, restored.media.sha256]).toEqual([true, saved.cutoutSha256]);
        expect(await alphaOf(restored.png)).toEqual(corrected);
      } finally {
        rmSync(work, { recursive: true, force: true });
      }
    });
  });
});
