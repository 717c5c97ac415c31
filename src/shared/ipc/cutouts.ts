import { z } from 'zod';
import { sha256Schema } from './common';
import type { EventSpecs, MethodSpecs } from './spec';

/**
 * Largest corrected mask accepted, as base64 (about 12 MB of PNG): a 3072-pixel photo's mask,
 * even noisy, stays well under it, and it fits one call frame.
 */
export const maxMaskBase64Length = 16 * 1024 * 1024;

/**
 * A photo's current cut-out. The mask travels as a greyscale PNG inside the reply: a window
 * reading pixels from the media scheme would taint its canvas under Electron.
 */
export const cutoutViewSchema = z.object({
  sourceSha256: sha256Schema,
  cutoutSha256: sha256Schema,
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  /** The owner corrected this cut-out by hand; every later ad of the photo uses it. */
  touchedUp: z.boolean(),
  /** Greyscale PNG, one level per pixel: 255 keeps the photo's pixel, 0 drops it. */
  maskBase64: z.base64(),
});
export type CutoutView = z.infer<typeof cutoutViewSchema>;

export const cutoutsMethods = {
  /** The cut-out every ad of this photo is built from (made now when the photo was never cut). */
  'cutouts.get': { input: z.object({ sourceSha256: sha256Schema }).strict(), output: cutoutViewSchema },
  /**
   * Saves the owner's corrected mask (a PNG the photo's cut-out size; its first channel is the
   * alpha) as the photo's cut-out from now on. Redrawing a result with it is a `touch-up` edit.
   */
  'cutouts.touchUp': {
    input: z.object({ sourceSha256: sha256Schema, maskBase64: z.base64().min(1).max(maxMaskBase64Length) }).strict(),
    output: cutoutViewSchema.omit({ maskBase64: true }),
  },
} satisfies MethodSpecs;

export const cutoutsEvents = {} satisfies EventSpecs;
