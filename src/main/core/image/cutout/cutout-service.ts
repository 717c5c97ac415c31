import { and, eq, inArray } from 'drizzle-orm';
import { readFile } from 'node:fs/promises';
import { cutoutQualitySchema, type CutoutQuality } from '../../../../shared/ad-design';
import type { MediaInfo } from '../../../../shared/ipc/media';
import type { HostResult, SegmentRequest } from '../../../inference/protocol';
import type { Db } from '../../db/client';
import { cutouts } from '../../db/schema';
import type { MediaLibrary } from '../../media/media-library';
import { measureCutoutPng } from './cutout-confidence';
import { cutoutPixels, rawCutoutPixels, type CutoutPixels } from './cutout-pixels';
import { cutoutRgba, encodeCutout } from './cutout-png';
import { decodePhoto, segmentImage, type SmallMask } from './segment-image';

/**
 * The segmentation model a cut-out is made with: the built-in ISNet, or an installed BiRefNet-class
 * file. `key` names it in the cache, so a photo cut by one model is cut again by another.
 */
export interface CutoutModel {
  model: SegmentRequest['model'];
  file?: string;
  key: string;
}
export const builtinCutoutModel: CutoutModel = { model: 'isnet-medium', key: 'isnet-medium' };

export type SegmentCall = (request: SegmentRequest, signal: AbortSignal) => Promise<HostResult<'segment.run'>>;

export interface Cutout {
  media: MediaInfo;
  png: Buffer;
  /** Its visible part decoded, for drawing. */
  pixels: CutoutPixels;
  cached: boolean;
  /** How far the cut-out can be trusted (below `trustedCutout` the photo is shown as a photo, not a composite). */
  quality: CutoutQuality;
  /** The owner's hand-corrected cut-out rather than the model's. */
  touchedUp: boolean;
}

/** The `cutouts.model` of a cut-out the owner corrected by hand: it wins over every model's for that photo. */
export const touchUpModel = 'touch-up';

/** Stores a cut-out PNG and records it as the photo's cut-out by `model`, replacing that model's earlier one. */
export async function saveCutout(db: Db, media: MediaLibrary, sourceSha256: string, model: string, png: Buffer, quality: CutoutQuality | null = null): Promise<MediaInfo> {
  const stored = await media.importOne({ kind: 'bytes', bytes: png });
  db.insert(cutouts)
    .values({ sourceSha256, model, cutoutSha256: stored.media.sha256, quality, createdAt: Date.now() })
    .onConflictDoUpdate({ target: [cutouts.sourceSha256, cutouts.model], set: { cutoutSha256: stored.media.sha256, quality } })
    .run();
  return stored.media;
}

/** The steps of a fresh cut-out (a cached one has none). */
export type CutoutStep = 'finding-product' | 'cleaning-edges';

export interface CutoutProgress {
  /** Each step as it begins: the model at work, then the mask scaled up and feathered. */
  onStep?: (step: CutoutStep) => void;
  /** The mask as soon as the model has made it, for the first preview. */
  onSmallMask?: (small: SmallMask) => void;
}

/**
 * Removes the background of a stored photo once per photo and model: the cut-out PNG (the
 * photo's own pixels plus alpha) goes into the media store and is found by the source's hash
 * next time, so edits and new variants of the same photo skip the model. The photo is decoded
 * once for both the model's input and the cut-out; `progress` hears its steps and the mask as soon
 * as the model has made it (a fresh cut-out only), for the first preview. `modelDir` is where the
 * inference host keeps the model file.
 */
export function createCutoutService(db: () => Db, media: MediaLibrary, segment: SegmentCall, modelDir: string, choose: () => CutoutModel = () => builtinCutoutModel) {
  return async function cutoutOf(sourceSha256: string, signal: AbortSignal, progress: CutoutProgress = {}): Promise<Cutout> {
    const chosen = choose();
    const rows = db()
      .select()
      .from(cutouts)
      .where(and(eq(cutouts.sourceSha256, sourceSha256), inArray(cutouts.model, [touchUpModel, chosen.key])))
      .all();
    for (const cached of rows.sort((a, b) => Number(b.model === touchUpModel) - Number(a.model === touchUpModel))) {
      const served = await media.resolve(cached.cutoutSha256, null);
      if (!served) continue;
      const png = await readFile(served.path);
      return { media: media.info(cached.cutoutSha256), png, pixels: await cutoutPixels(png), cached: true, touchedUp: cached.model === touchUpModel, quality: await storedQuality(db(), cached, png) };
    }
    const photo = await decodePhoto(await media.workImage(sourceSha256));
    progress.onStep?.('finding-product');
    const alpha = await segmentImage(
      photo,
      (rgb, crop) => segment({ op: 'segment.run', model: chosen.model, modelDir, ...(chosen.file ? { modelFile: chosen.file } : {}), rgb, crop }, signal),
      (small) => {
        progress.onStep?.('cleaning-edges');
        progress.onSmallMask?.(small);
      },
    );
    signal.throwIfAborted();
    const rgba = await cutoutRgba(photo, alpha);
    const [png, pixels] = await Promise.all([encodeCutout(rgba, alpha.width, alpha.height), rawCutoutPixels(rgba, alpha.width, alpha.height)]);
    return { media: await saveCutout(db(), media, sourceSha256, chosen.key, png, alpha.quality), png, pixels, cached: false, touchedUp: false, quality: alpha.quality };
  };
}

/**
 * A row's stored quality, checked (rows are untrusted); a row from before quality was measured,
 * or one whose JSON does not parse, is measured again from the cut-out's own alpha and saved.
 */
async function storedQuality(db: Db, row: typeof cutouts.$inferSelect, png: Buffer): Promise<CutoutQuality> {
  const stored = cutoutQualitySchema.safeParse(row.quality);
  if (stored.success) return stored.data;
  const quality = await measureCutoutPng(png);
  db.update(cutouts)
    .set({ quality })
    .where(and(eq(cutouts.sourceSha256, row.sourceSha256), eq(cutouts.model, row.model)))
    .run();
  return quality;
}

export type CutoutService = ReturnType<typeof createCutoutService>;
