import { z } from 'zod';
import { errorDataSchema } from '../errors';
import { absolutePathSchema, noInput, sha256Schema, timestampSchema } from './common';
import type { EventSpecs, MethodSpecs } from './spec';

export const mediaInfoSchema = z.object({
  sha256: sha256Schema,
  ext: z.string(),
  mime: z.string(),
  bytes: z.number().int().nonnegative(),
  /** Pixel size after EXIF orientation. */
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  createdAt: timestampSchema,
});
export type MediaInfo = z.infer<typeof mediaInfoSchema>;

/** Largest pasted image accepted as base64 (about 24 MB of bytes). */
export const maxPastedBase64Length = 32 * 1024 * 1024;

export const mediaImportSourceSchema = z.discriminatedUnion('kind', [
  /** Files dropped on the window or picked in a dialog. */
  z.object({ kind: z.literal('paths'), paths: z.array(absolutePathSchema).min(1).max(50) }).strict(),
  /** An image pasted from the clipboard. */
  z.object({ kind: z.literal('bytes'), name: z.string().max(255).optional(), base64: z.base64().min(1).max(maxPastedBase64Length) }).strict(),
]);

/** One result per file: a broken photo among five does not fail the other four. */
export const mediaImportResultSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), name: z.string(), media: mediaInfoSchema, duplicate: z.boolean() }),
  z.object({ ok: z.literal(false), name: z.string(), error: errorDataSchema }),
]);

export const mediaMethods = {
  'media.import': { input: z.object({ source: mediaImportSourceSchema }).strict(), output: z.object({ items: z.array(mediaImportResultSchema) }) },
  'media.info': { input: z.object({ sha256: sha256Schema }).strict(), output: mediaInfoSchema },
  /** The app's own sample product photo (a glazed mug), imported like a dropped one, for trying the app without a photo at hand. */
  'media.sample': { input: noInput, output: mediaInfoSchema },
} satisfies MethodSpecs;

export const mediaEvents = {} satisfies EventSpecs;

/** Sizes of the cached WebP previews served beside the original. */
export const thumbnailSizes = [256, 1024] as const;
export type ThumbnailSize = (typeof thumbnailSizes)[number];
