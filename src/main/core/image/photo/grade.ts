import type { PhotoGrade } from '../../../../shared/ad-design';

/** A grade as one saturation factor (about each pixel's own grey) then per-channel a·x + b: colours move, hues stay. */
interface GradeSteps {
  saturation: number;
  a: [number, number, number];
  b: [number, number, number];
}

/**
 * The presets, mild on purpose: an owner's photo should look like a good day, not a filter.
 * Warm leans red against blue; bright lifts every level; clean adds contrast and takes a little
 * colour out; film lifts the blacks, lowers the whites and softens the colour.
 */
const presets: Record<PhotoGrade, GradeSteps> = {
  warm: { saturation: 1.04, a: [1.04, 1.0, 0.93], b: [8, 3, -6] },
  bright: { saturation: 1.02, a: [1.06, 1.06, 1.06], b: [16, 16, 16] },
  clean: { saturation: 0.92, a: [1.1, 1.1, 1.1], b: [-6, -6, -6] },
  film: { saturation: 0.86, a: [0.84, 0.84, 0.82], b: [26, 24, 24] },
};

/** Levels one unit of an edit's warmth or brightness moves the photo, as it moves a backdrop. */
const warmthLevels = 32;
const brightnessLevels = 50;

/**
 * Grades raw pixels (`channels` 3 or 4, alpha untouched) in place by the preset, then by the
 * owner's edits ("따뜻하게", "밝게"): the owner's own pixels, changed only by these steps.
 */
export function gradePixels(pixels: Buffer, channels: number, grade: PhotoGrade, edits: { warmth?: number; brightness?: number }): Buffer {
  const { saturation, a } = presets[grade];
  const warmth = edits.warmth ?? 0;
  const lift = (edits.brightness ?? 0) * brightnessLevels;
  const b = [presets[grade].b[0] + lift + warmthLevels * warmth, presets[grade].b[1] + lift + 0.2 * warmthLevels * warmth, presets[grade].b[2] + lift - warmthLevels * warmth];
  for (let i = 0; i + 2 < pixels.length; i += channels) {
    const r = pixels[i] ?? 0;
    const g = pixels[i + 1] ?? 0;
    const bl = pixels[i + 2] ?? 0;
    const grey = 0.299 * r + 0.587 * g + 0.114 * bl;
    pixels[i] = Math.max(0, Math.min(255, Math.round((grey + (r - grey) * saturation) * a[0] + (b[0] ?? 0))));
    pixels[i + 1] = Math.max(0, Math.min(255, Math.round((grey + (g - grey) * saturation) * a[1] + (b[1] ?? 0))));
    pixels[i + 2] = Math.max(0, Math.min(255, Math.round((grey + (bl - grey) * saturation) * a[2] + (b[2] ?? 0))));
  }
  return pixels;
}
