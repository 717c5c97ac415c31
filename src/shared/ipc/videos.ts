import { z } from 'zod';
import { errorDataSchema } from '../errors';
import { motionTemplateSchema, musicChoiceSchema, videoFormatSchema, videoSecondsRange, videoSteps } from '../video';
import { postChannelSchema, postingPackSchema } from '../posting';
import { absolutePathSchema, idSchema } from './common';
import { generationSchema } from './generations';
import type { EventSpecs, MethodSpecs } from './spec';

export const videoRequestSchema = z
  .object({
    /** An image result. */
    generationId: idSchema,
    /** The variant the video shows; the best ranked when absent. */
    variantIndex: z.number().int().min(0).max(15).optional(),
    format: videoFormatSchema.default('9:16'),
    seconds: z.number().int().min(videoSecondsRange.min).max(videoSecondsRange.max).default(videoSecondsRange.default),
    template: motionTemplateSchema.default('reveal'),
    music: musicChoiceSchema.default({ kind: 'builtin', mood: 'bright' }),
  })
  .strict();
export type VideoRequestInput = z.input<typeof videoRequestSchema>;

export const videoStatuses = ['running', 'done', 'failed', 'cancelled'] as const;

/** One video being made: its step and share done, then how it ended and the result it made. */
export const videoTaskSchema = z.object({
  taskId: idSchema,
  generationId: idSchema,
  status: z.enum(videoStatuses),
  step: z.enum(videoSteps),
  /** 0–100, never decreasing. */
  percent: z.number().min(0).max(100),
  error: errorDataSchema.nullable(),
  /** The video result (kind `video`) once done. */
  video: generationSchema.nullable(),
});
export type VideoTask = z.infer<typeof videoTaskSchema>;

export const videosMethods = {
  /** Starts making a video from an image result; progress and the outcome arrive as `video.progress`. */
  'videos.start': { input: videoRequestSchema, output: videoTaskSchema },
  /** Stops the encode at once; nothing of it is kept. */
  'videos.cancel': { input: z.object({ taskId: idSchema }).strict(), output: z.object({ cancelled: z.boolean() }) },
  /**
   * A folder for one channel inside `destination` (by default the data folder's exports/): the
   * video and the channel's text, ready to upload by hand.
   */
  'videos.exportForUpload': {
    input: z.object({ generationId: idSchema, channel: postChannelSchema, destination: absolutePathSchema.optional() }).strict(),
    output: z.object({ folder: z.string(), files: z.array(z.string()) }),
  },
  /** The text to post with a result on every channel, each within its channel's limits. */
  'posts.pack': { input: z.object({ generationId: idSchema }).strict(), output: postingPackSchema },
} satisfies MethodSpecs;

export const videosEvents = {
  'video.progress': { payload: videoTaskSchema },
} satisfies EventSpecs;
