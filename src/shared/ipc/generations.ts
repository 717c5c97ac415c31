import { z } from 'zod';
import { idSchema, pageOf, pageRequestShape, sha256Schema, timestampSchema } from './common';
import type { EventSpecs, MethodSpecs } from './spec';

export const generationKinds = ['copy', 'image', 'video'] as const;
export const generationMethods = ['template', 't2i', 'i2i', 'inpaint'] as const;
export const adFormats = ['1:1', '4:5', '9:16', '16:9', '4:3'] as const;
export const adStyles = ['ultra-realistic', 'semi-realistic', 'illustration', 'minimal'] as const;

export const adFormatSchema = z.enum(adFormats);

export const generationOutputSchema = z.object({
  id: idSchema,
  variantIndex: z.number().int().nonnegative(),
  format: adFormatSchema,
  sha256: sha256Schema,
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
  /** The copywriter's JSON (headline, sub-copy, CTA, hashtags, …) as produced. */
  outputCopy: z.record(z.string(), z.unknown()).nullable(),
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
  query: z.string().trim().min(1).max(100).optional(),
};

const idList = z.array(idSchema).min(1).max(500);

export const generationsMethods = {
  'generations.page': { input: z.object({ ...pageRequestShape, ...generationFiltersShape }).strict(), output: pageOf(generationSchema) },
  'generations.get': { input: z.object({ id: idSchema }).strict(), output: generationSchema },
  /** Hides at once; purged (and unreferenced images collected) after the undo window. */
  'generations.delete': { input: z.object({ ids: idList }).strict(), output: z.object({ deleted: z.number().int(), undoUntil: timestampSchema }) },
  'generations.restore': { input: z.object({ ids: idList }).strict(), output: z.object({ restored: z.number().int() }) },
} satisfies MethodSpecs;

export const generationsEvents = {} satisfies EventSpecs;
