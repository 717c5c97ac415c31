import { z } from 'zod';
import { errorDataSchema } from '../errors';
import { adCopySchema, copyWriterSchema, platformSchema } from './copy';
import { idSchema, sha256Schema } from './common';
import { adStyles } from '../ad-design';
import { intentSchema } from '../reading';
import { adFormatSchema } from './generations';
import { assistantReplySchema } from './sessions';
import type { EventSpecs, MethodSpecs } from './spec';

export const jobStages = ['pending', 'ingesting', 'analyzing', 'generating', 'persisting'] as const;
export const jobEndings = ['done', 'failed', 'cancelled', 'interrupted'] as const;
export const jobStageSchema = z.enum(jobStages);
export const jobStatusSchema = z.enum([...jobStages, ...jobEndings]);
export type JobStage = z.infer<typeof jobStageSchema>;
export type JobStatus = z.infer<typeof jobStatusSchema>;

/** Share of the progress bar per stage, in percent: [start, end). */
export const stageSpans: Record<JobStage, readonly [number, number]> = {
  pending: [0, 0],
  ingesting: [0, 5],
  analyzing: [5, 20],
  generating: [20, 85],
  persisting: [85, 100],
};

/**
 * What a running job is doing, as a code each window words in its own language: a stage's
 * default step, or a finer one the pipeline reports within it.
 */
// The cut-out says its steps: reading the photo ('cutting-out'), the model finding the product
// ('finding-product', with the seconds so far), then 'cleaning-edges'.
export const jobSteps = ['queued', 'ingesting', 'reading', 'making', 'writing-copy', 'answering', 'cutting-out', 'finding-product', 'cleaning-edges', 'drawing', 'saving'] as const;
export const jobStepCodeSchema = z.enum(jobSteps);
export type JobStepCode = z.infer<typeof jobStepCodeSchema>;
export const jobStepSchema = z.object({
  code: jobStepCodeSchema,
  /** What the wording fills in, e.g. `drawing` carries `done` and `total`. */
  params: z.record(z.string(), z.union([z.string(), z.number()])).default({}),
});
export type JobStep = z.infer<typeof jobStepSchema>;


/**
 * What a structured edit may change; each code has one measurable effect on the parent's result.
 * `touch-up` draws the parent's variants again with the cut-out the owner corrected (cutouts.touchUp).
 */
export const editAspects = ['shorter', 'longer', 'rewrite', 'warmer', 'cooler', 'brighter', 'darker', 'background', 'color', 'bigger-text', 'tone-playful', 'tone-premium', 'tone-calm', 'tone-friendly', 'touch-up'] as const;
export const editAspectSchema = z.enum(editAspects);
export type EditAspect = z.infer<typeof editAspectSchema>;

/** An edit addressed to one result and one of its variants (or all), so nothing is guessed from the chat text. */
export const editRequestSchema = z
  .object({
    generationId: idSchema,
    variant: z.union([z.number().int().min(0).max(3), z.literal('all')]),
    aspects: z.array(editAspectSchema).min(1).max(6),
  })
  .strict();
export type EditRequest = z.infer<typeof editRequestSchema>;

/** A renderer that lost its session id sends "undefined" or "null": both mean "start a new one". */
const optionalSessionId = z.preprocess((value) => (value === 'undefined' || value === 'null' || value === '' || value === null ? undefined : value), idSchema.optional());

export const generateRequestSchema = z
  .object({
    sessionId: optionalSessionId,
    shopId: idSchema,
    /** What the owner typed. */
    text: z.string().trim().min(1).max(2000),
    /** Photos already imported with media.import. */
    attachments: z.array(sha256Schema).max(10).default([]),
    platform: platformSchema.optional(),
    style: z.enum(adStyles).optional(),
    /** Ad sizes to render; by default the platform's own (4:5 for an Instagram feed, …). */
    formats: z.array(adFormatSchema).min(1).max(5).optional(),
    /** Image variants per request, differing in backdrop, layout and palette. */
    variants: z.number().int().min(1).max(4).default(4),
    /** Paint the scene with the installed diffusion model instead of a built-in backdrop. */
    aiBackground: z.boolean().default(false),
    /** A quick edit of a result: it decides what changes; `text` is only what the chat shows. */
    edit: editRequestSchema.optional(),
  })
  .strict();
export type GenerateRequest = z.infer<typeof generateRequestSchema>;

export const jobResultSchema = z.object({
  sessionId: idSchema,
  intent: intentSchema,
  userMessageId: idSchema,
  assistantMessageId: idSchema,
  generationIds: z.array(idSchema),
  /** The assistant's chat reply, in Korean. */
  replyText: z.string(),
  /** The reply's lead and writer note as codes, for a window in another language. */
  reply: assistantReplySchema,
  copy: adCopySchema.nullable(),
  writer: copyWriterSchema,
});
export type JobResult = z.infer<typeof jobResultSchema>;

export const jobSummarySchema = z.object({
  id: idSchema,
  sessionId: idSchema.nullable(),
  status: jobStatusSchema,
  percent: z.number(),
  message: z.string(),
  error: errorDataSchema.nullable(),
  createdAt: z.number(),
  updatedAt: z.number(),
});
export type JobSummary = z.infer<typeof jobSummarySchema>;

export const jobsMethods = {
  /** Queues the request and returns at once; progress and the result arrive as job events. */
  'jobs.start': { input: generateRequestSchema, output: z.object({ jobId: idSchema }) },
  /** Stops the job within a second, whatever stage it is in. The caller hears `job.finished` with `cancelled`. */
  'jobs.cancel': { input: z.object({ jobId: idSchema }).strict(), output: z.object({ jobId: idSchema, cancelled: z.boolean() }) },
  /** Runs an interrupted, failed or cancelled job's request again as a new job. */
  'jobs.retry': { input: z.object({ jobId: idSchema }).strict(), output: z.object({ jobId: idSchema }) },
  /** Jobs of a session (or all), newest first; `active` keeps only those not finished. */
  'jobs.list': {
    input: z.object({ sessionId: idSchema.optional(), active: z.boolean().default(false) }).strict(),
    output: z.object({ items: z.array(jobSummarySchema) }),
  },
} satisfies MethodSpecs;

export const jobProgressSchema = z.object({
  jobId: idSchema,
  sessionId: idSchema.nullable(),
  stage: jobStageSchema,
  /** 0–100, never decreasing within a job. */
  percent: z.number().min(0).max(100),
  /** The step in Korean, for logs and the command line; windows word `step`. */
  message: z.string(),
  step: jobStepSchema,
  /** 1 = next to run; null while running. */
  queuePosition: z.number().int().positive().nullable(),
  previewSha256: sha256Schema.nullable(),
  /** Copy text written since the last event, while the LLM streams. */
  copyDelta: z.string().nullable(),
});
export type JobProgress = z.infer<typeof jobProgressSchema>;

export const jobFinishedSchema = z.object({
  jobId: idSchema,
  sessionId: idSchema.nullable(),
  status: z.enum(['done', 'failed', 'cancelled']),
  error: errorDataSchema.nullable(),
  result: jobResultSchema.nullable(),
});
export type JobFinished = z.infer<typeof jobFinishedSchema>;

export const jobsEvents = {
  'job.progress': { payload: jobProgressSchema },
  'job.finished': { payload: jobFinishedSchema },
} satisfies EventSpecs;
