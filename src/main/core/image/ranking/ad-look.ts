import sharp from 'sharp';
import { clipImageSize } from '../../../inference/protocol';
import type { Logger } from '../../log/logger';
import type { MediaLibrary } from '../../media/media-library';

/**
 * What an installed image–text scorer compares each design with: a finished product ad first,
 * then what a poor design looks like. CLIP-class models read English.
 */
export const adLookPrompts = [
  'a professional product advertisement with a clean layout and clear text',
  'a blurry amateur snapshot',
  'a cluttered messy picture with unreadable text',
] as const;

/** Scores images (RGB, clipImageSize²) against the prompts: the first prompt's share, 0–1. */
export type LookScorer = (images: Uint8Array[], prompts: readonly string[], signal: AbortSignal) => Promise<number[]>;
/** Images per request to the host (its schema's limit). */
const batch = 16;

/**
 * Each variant's look from its first drawn image (the platform's size), by the installed scorer:
 * undefined for all when none is installed or it fails — the built-in score then ranks alone.
 */
export async function lookScores(scorer: LookScorer | undefined, media: MediaLibrary, logger: Logger, firstImages: readonly string[], signal: AbortSignal): Promise<(number | undefined)[]> {
  if (!scorer || firstImages.length === 0) return firstImages.map(() => undefined);
  try {
    const images = await Promise.all(
      firstImages.map(async (sha256) => {
        const file = await media.resolve(sha256, null);
        if (!file) throw new Error(`Drawn image ${sha256} is missing`);
        return new Uint8Array(await sharp(file.path).resize(clipImageSize, clipImageSize, { fit: 'cover' }).removeAlpha().raw().toBuffer());
      }),
    );
    const scores: number[] = [];
    for (let at = 0; at < images.length; at += batch) scores.push(...(await scorer(images.slice(at, at + batch), adLookPrompts, signal)));
    return scores;
  } catch (error) {
    signal.throwIfAborted();
    logger.log('warn', 'image', 'The installed scorer failed; ranking by the built-in score', { error: String(error) });
    return firstImages.map(() => undefined);
  }
}
