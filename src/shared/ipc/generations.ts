import { z } from 'zod';
import { absolutePathSchema, idSchema, pageOf, pageRequestShape, searchTextSchema, sha256Schema, timestampSchema } from './common';
import { adFormatSchema, adTextRoles, adTextsSchema, textMovesSchema, textScaleSchema, variantSpecSchema, type AdFormatName } from '../ad-design';
import { requestReadingSchema } from '../reading';
import { videoRecordSchema } from '../video';
import { adCopySchema, copyWriterSchema, platformSchema, platforms, type Platform } from './copy';
import { hashtagSchema } from './shops';
import type { EventSpecs, MethodSpecs } from './spec';

export const generationKinds = ['copy', 'image', 'video'] as const;
export const generationMethods = ['template', 't2i', 'i2i', 'inpaint'] as const;
export { adFormats, adFormatSchema, type AdFormatName } from '../ad-design';

/**
 * The image each platform asks for: made in one of the ad formats, then scaled to the size the
 * platform shows without recompressing it further (Naver's store grid, Kakao's square post,
 * YouTube's thumbnail).
 */
export const platformImages: Record<Platform, { format: AdFormatName; width: number; height: number }> = {
  'instagram-feed': { format: '4:5', width: 1080, height: 1350 },
  'instagram-story': { format: '9:16', width: 1080, height: 1920 },
  'naver-smartstore': { format: '1:1', width: 1000, height: 1000 },
  'kakao-channel': { format: '1:1', width: 800, height: 800 },
  youtube: { format: '16:9', width: 1280, height: 720 },
};

export const imageEncodings = ['png', 'jpeg', 'webp'] as const;
/** How a saved image is encoded; quality applies to JPEG and WebP. */
export const imageEncodingSchema = z
  .object({ type: z.enum(imageEncodings), quality: z.number().int().min(40).max(100).default(90) })
  .strict();
export type ImageEncoding = z.infer<typeof imageEncodingSchema>;

/** The text slots an ad template sets. */

const rectSchema = z.object({ x: z.number(), y: z.number(), width: z.number(), height: z.number() });

/**
 * A variant's template for live editing in the DOM: the finished picture without its text
 * (the plate) and every text block as the renderer set it. Saved files never come from the DOM.
 */
export const adTemplateSchema = z.object({
  plateSha256: sha256Schema,
  width: z.number().int(),
  height: z.number().int(),
  safeArea: rectSchema,
  blocks: z.array(
    z.object({
      role: z.enum(adTextRoles),
      text: z.string(),
      box: rectSchema,
      align: z.enum(['left', 'center', 'right']),
      anchor: z.enum(['top', 'middle', 'bottom']),
      family: z.string(),
      weight: z.number().int(),
      size: z.number(),
      minSize: z.number(),
      maxLines: z.number().int(),
      lineHeight: z.number(),
      color: z.string(),
      scrim: z.string().nullable(),
    }),
  ),
});
export type AdTemplate = z.infer<typeof adTemplateSchema>;

/** The measured terms of a variant's quality score, each 0 (bad) to 1 (good). */
export const variantScoreTerms = ['cutout', 'contrast', 'coverage', 'cropping', 'overlap', 'balance', 'clip'] as const;
export type VariantScoreTerm = (typeof variantScoreTerms)[number];

/** A variant's quality score (0–1, the weighted mean of its terms over every format it was drawn in). */
export const variantScoreSchema = z.object({
  variantIndex: z.number().int().min(0),
  score: z.number().min(0).max(1),
  terms: z.partialRecord(z.enum(variantScoreTerms), z.number().min(0).max(1)),
});
export type VariantScore = z.infer<typeof variantScoreSchema>;

/**
 * What a result keeps besides its row, parsed once where rows are read: the copy as written, how
 * the request was read, and what its images need to be drawn again. Rows saved by older versions
 * lack the newer fields; a row that does not parse reads as null (rows are untrusted).
 */
export const resultRecordSchema = adCopySchema.extend({
  // A text edit may empty a line; the copy is still the copy.
  headline: z.string(),
  subcopy: z.string().default(''),
  cta: z.string().default(''),
  hashtags: z.array(z.string()).default([]),
  industry: adCopySchema.shape.industry.default('other'),
  tone: z.string().default(''),
  imagePromptEn: z.string().default(''),
  platform: platformSchema.optional(),
  writer: copyWriterSchema.optional(),
  templateId: z.string().nullable().default(null),
  reading: requestReadingSchema.optional(),
  variants: z.array(variantSpecSchema).min(1).optional(),
  /** The text blocks as set on the images (badge and shop included), after any text edit. */
  texts: adTextsSchema.optional(),
  formats: z.array(adFormatSchema).min(1).optional(),
  cutoutSha256: sha256Schema.optional(),
  aiBackground: z.boolean().optional(),
  /** Generated scenes behind AI-background variants, kept so the variant draws again the same. */
  aiScenes: z.array(z.object({ variantIndex: z.number().int().min(0), format: adFormatSchema, sha256: sha256Schema })).default([]),
  /** The variants best first, each with its quality score; absent on results made before ranking. */
  ranking: z.array(variantScoreSchema).optional(),
  /** A video result's making (kind `video`); its copy and reading are the source result's. */
  video: videoRecordSchema.optional(),
});
export type ResultRecord = z.infer<typeof resultRecordSchema>;
export type ResultRecordInput = z.input<typeof resultRecordSchema>;

const variantRefShape = { id: idSchema, variantIndex: z.number().int().min(0).max(15) };

export const generationOutputSchema = z.object({
  id: idSchema,
  variantIndex: z.number().int().nonnegative(),
  format: adFormatSchema,
  sha256: sha256Schema,
  /** A video's poster frame; null for a picture. */
  posterSha256: sha256Schema.nullable().default(null),
  width: z.number().int(),
  height: z.number().int(),
});

export const generationSchema = z.object({
  id: idSchema,
  sessionId: idSchema,
  shopId: idSchema,
  messageId: idSchema.nullable(),
  kind: z.enum(generationKinds),
  inputText: z.string(),
  inputMedia: z.array(sha256Schema),
  outputCopy: resultRecordSchema.nullable(),
  imagePrompt: z.string().nullable(),
  method: z.enum(generationMethods).nullable(),
  style: z.string().nullable(),
  industry: z.string().nullable(),
  seed: z.number().int().nullable(),
  aspectRatio: z.string().nullable(),
  width: z.number().int().nullable(),
  height: z.number().int().nullable(),
  steps: z.number().int().nullable(),
  modelIds: z.array(z.string()),
  /** Milliseconds per pipeline stage. */
  timings: z.record(z.string(), z.number()),
  score: z.number().nullable(),
  parentId: idSchema.nullable(),
  outputs: z.array(generationOutputSchema),
  createdAt: timestampSchema,
});
export type Generation = z.infer<typeof generationSchema>;

export const generationFiltersShape = {
  shopId: idSchema.optional(),
  sessionId: idSchema.optional(),
  kind: z.enum(generationKinds).optional(),
  style: z.string().max(40).optional(),
  /** Generations that produced a file in this ad size. */
  format: adFormatSchema.optional(),
  /** Inclusive bounds on creation time, Unix ms. */
  from: timestampSchema.optional(),
  to: timestampSchema.optional(),
  /** Words searched in the request and the copy; Korean words match inside compounds. */
  query: searchTextSchema.min(1).optional(),
};

/**
 * What a platform pack's ZIP holds, written into it as manifest.json: every image with the
 * platform it is for, and the copy to post with it (also in copy.txt for people).
 */
export const packManifestSchema = z.object({
  app: z.literal('AdStudio'),
  version: z.literal(1),
  generationId: idSchema,
  variantIndex: z.number().int().min(0),
  createdAt: timestampSchema,
  copy: z.object({ headline: z.string(), subcopy: z.string(), cta: z.string(), hashtags: z.array(z.string()) }),
  images: z.array(z.object({ platform: z.enum(platforms), file: z.string(), width: z.number().int(), height: z.number().int(), bytes: z.number().int() })),
});
export type PackManifest = z.infer<typeof packManifestSchema>;

const idList = z.array(idSchema).min(1).max(500);

export const generationsMethods = {
  'generations.page': { input: z.object({ ...pageRequestShape, ...generationFiltersShape }).strict(), output: pageOf(generationSchema) },
  'generations.get': { input: z.object({ id: idSchema }).strict(), output: generationSchema },
  /** Hides at once; purged (and unreferenced images collected) after the undo window. */
  'generations.delete': { input: z.object({ ids: idList }).strict(), output: z.object({ deleted: z.number().int(), undoUntil: timestampSchema }) },
  'generations.restore': { input: z.object({ ids: idList }).strict(), output: z.object({ restored: z.number().int() }) },
  /**
   * One variant in one format, encoded as asked, written to `destination`: a file path, or an
   * existing folder to get a file named for the ad inside it. An existing file is replaced only
   * with `overwrite: true`; otherwise the call fails with FILE_EXISTS so the window can ask.
   */
  'generations.exportImage': {
    input: z.object({ ...variantRefShape, format: adFormatSchema, encoding: imageEncodingSchema, destination: absolutePathSchema, overwrite: z.boolean().default(false) }).strict(),
    output: z.object({ file: z.string(), bytes: z.number().int(), width: z.number().int(), height: z.number().int() }),
  },
  /**
   * One variant encoded into the media store, for a window to download by its hash: in the
   * ad format asked, or at a platform's size.
   */
  'generations.encodeImage': {
    input: z
      .object({ ...variantRefShape, target: z.discriminatedUnion('kind', [z.object({ kind: z.literal('format'), format: adFormatSchema }), z.object({ kind: z.literal('platform'), platform: z.enum(platforms) })]), encoding: imageEncodingSchema })
      .strict(),
    output: z.object({ sha256: sha256Schema, fileName: z.string(), bytes: z.number().int(), width: z.number().int(), height: z.number().int() }),
  },
  /**
   * One variant at every platform's size with its copy and a manifest, as one ZIP file inside
   * `destination` (by default the data folder's exports/).
   */
  'generations.platformPack': {
    input: z.object({ ...variantRefShape, encoding: imageEncodingSchema.default({ type: 'jpeg', quality: 92 }), destination: absolutePathSchema.optional() }).strict(),
    output: z.object({ file: z.string(), manifest: packManifestSchema }),
  },
  /** The live template; `textScale` and `moves` preview the variant's type at another size and its blocks moved, exactly as the renderer would draw them. */
  'generations.template': { input: z.object({ ...variantRefShape, format: adFormatSchema, textScale: textScaleSchema.optional(), moves: textMovesSchema.optional() }).strict(), output: adTemplateSchema },
  /**
   * New text on one variant (kept as its own) or on all, optionally new hashtags, and the blocks
   * dragged on one variant in one format, drawn by the renderer (never the DOM) as a new result
   * that points back to the one it changes: each edit is a version.
   */
  'generations.retext': {
    input: z
      .object({
        id: idSchema,
        texts: adTextsSchema,
        variant: z.union([z.number().int().min(0).max(3), z.literal('all')]).default('all'),
        hashtags: z.array(hashtagSchema).max(30).optional(),
        textScale: textScaleSchema.optional(),
        /** Replaces that variant's moves in that format; an empty `moves` puts its blocks back where the layout set them. */
        moved: z.object({ variantIndex: variantRefShape.variantIndex, format: adFormatSchema, moves: textMovesSchema }).strict().optional(),
      })
      .strict(),
    output: generationSchema,
  },
} satisfies MethodSpecs;

export const generationsEvents = {} satisfies EventSpecs;
