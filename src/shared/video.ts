import { z } from 'zod';
import type { AdFormatName } from './ad-design';
import { absolutePathSchema } from './ipc/common';

/** The sizes a promo video is made in: the four the short-video apps show. */
export const videoFormats = ['9:16', '1:1', '4:5', '16:9'] as const satisfies readonly AdFormatName[];
export const videoFormatSchema = z.enum(videoFormats);
export type VideoFormat = z.infer<typeof videoFormatSchema>;

/** How the scenes move: each is a fixed order of scenes and motions (see the core's motion-templates). */
export const motionTemplates = ['reveal', 'gallery', 'bold'] as const;
export const motionTemplateSchema = z.enum(motionTemplates);
export type MotionTemplate = z.infer<typeof motionTemplateSchema>;

/** The built-in music, synthesised by the app itself: one loop per mood. */
export const musicMoods = ['bright', 'calm', 'warm'] as const;
export const musicMoodSchema = z.enum(musicMoods);
export type MusicMood = z.infer<typeof musicMoodSchema>;

export const videoSecondsRange = { min: 6, max: 30, default: 15 } as const;
/** Frames per second of every video the app makes. */
export const videoFps = 30;

/** The owner's audio file (a path they chose), one of the built-in loops, or no sound at all. */
export const musicChoiceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('none') }).strict(),
  z.object({ kind: z.literal('builtin'), mood: musicMoodSchema }).strict(),
  z.object({ kind: z.literal('file'), path: absolutePathSchema }).strict(),
]);
export type MusicChoice = z.infer<typeof musicChoiceSchema>;

/** What a video result keeps besides its file and poster (its output row): how it was made. */
export const videoRecordSchema = z.object({
  sourceGenerationId: z.uuid(),
  variantIndex: z.number().int().min(0),
  format: videoFormatSchema,
  template: motionTemplateSchema,
  /** The music as a code: the file's own name is not kept (it may say more than the owner meant to keep). */
  music: z.union([z.literal('none'), z.literal('file'), musicMoodSchema]),
  durationMs: z.number().int().positive(),
  fps: z.number().positive(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  hasAudio: z.boolean(),
});
export type VideoRecord = z.infer<typeof videoRecordSchema>;

/** What an encode is doing, as a code each window words in its own language. */
export const videoSteps = ['drawing', 'encoding', 'saving'] as const;
export type VideoStep = (typeof videoSteps)[number];
