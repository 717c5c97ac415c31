import { and, eq } from 'drizzle-orm';
import { readFile } from 'node:fs/promises';
import type { MediaInfo } from '../../../../shared/ipc/media';
import type { SegmentRequest } from '../../../inference/protocol';
import type { Db } from '../../db/client';
import { cutouts } from '../../db/schema';
import type { MediaLibrary } from '../../media/media-library';
import { cutoutPng } from './cutout-png';
import { segmentImage } from './segment-image';

/** The segmentation models the cut-out can use; one today, behind this name so another can join. */
export type CutoutModel = SegmentRequest['model'];

export type SegmentCall = (request: SegmentRequest, signal: AbortSignal) => Promise<Uint8Array>;

export interface Cutout {
  media: MediaInfo;
  png: Buffer;
  cached: boolean;
}

/**
 * Removes the background of a stored photo once per photo and model: the cut-out PNG (the
 * photo's own pixels plus alpha) goes into the media store and is found by the source's hash
 * next time, so edits and new variants of the same photo skip the model.
 */
export function createCutoutService(db: () => Db, media: MediaLibrary, segment: SegmentCall, model: CutoutModel = 'isnet-medium') {
  return async function cutoutOf(sourceSha256: string, signal: AbortSignal): Promise<Cutout> {
    const cached = db()
      .select()
      .from(cutouts)
      .where(and(eq(cutouts.sourceSha256, sourceSha256), eq(cutouts.model, model)))
      .get();
    if (cached) {
      const served = await media.resolve(cached.cutoutSha256, null);
      if (served) return { media: media.info(cached.cutoutSha256), png: await readFile(served.path), cached: true };
    }
    const workPath = await media.workImage(sourceSha256);
    const alpha = await segmentImage(workPath, (rgb, crop) => segment({ op: 'segment.run', model, rgb, crop }, signal));
    signal.throwIfAborted();
    const png = await cutoutPng(workPath, alpha);
    const stored = await media.importOne({ kind: 'bytes', bytes: png });
    db()
      .insert(cutouts)
      .values({ sourceSha256, model, cutoutSha256: stored.media.sha256, createdAt: Date.now() })
      .onConflictDoUpdate({ target: [cutouts.sourceSha256, cutouts.model], set: { cutoutSha256: stored.media.sha256 } })
      .run();
    return { media: stored.media, png, cached: false };
  };
}

export type CutoutService = ReturnType<typeof createCutoutService>;
