import { z } from 'zod';
import type { Box } from './geometry';

// The codes an ad's design is made of. They live here, apart from the IPC schemas that use them,
// because the reading of a request, the saved result and the image renderer all speak them.

/** How real the picture looks, from photographic to flat. */
export const adStyles = ['ultra-realistic', 'semi-realistic', 'illustration', 'minimal'] as const;
export type AdStyle = (typeof adStyles)[number];

/** The built-in painted scenes. */
export const backdropNames = [
  'studio-white',
  'paper-sweep',
  'studio-dark',
  'brand-solid',
  'pedestal',
  'steps',
  'arch',
  'paper-cut',
  'marble',
  'wood',
  'linen',
  'window-light',
  'spring',
  'summer',
  'autumn',
  'winter',
  'christmas',
  'chuseok',
  'seollal',
] as const;
export type BackdropName = (typeof backdropNames)[number];

/** Backdrops results were saved with before the designed scenes, and the scene that draws each now. */
const retiredBackdrops: Record<string, BackdropName> = { 'soft-gradient': 'paper-sweep', pastel: 'paper-cut', bokeh: 'studio-dark' };

/** A saved backdrop name, old ones read as the scene that replaced them. */
export const backdropNameSchema = z.preprocess((value) => (typeof value === 'string' ? (retiredBackdrops[value] ?? value) : value), z.enum(backdropNames));

/** Where product and text sit on the canvas. */
export const layoutNames = ['hero-top', 'bottom-band', 'split', 'badge-tag', 'minimal-caption', 'story-cta'] as const;
export type LayoutName = (typeof layoutNames)[number];

/**
 * Layouts with the owner's own photo as the hero instead of a cut-out on a backdrop: what a
 * scene (a room, a building, a shelf) or a doubtful cut-out is shown as.
 */
export const photoLayoutNames = ['photo-scrim', 'photo-panel', 'photo-frame', 'photo-polaroid', 'photo-collage'] as const;
export type PhotoLayoutName = (typeof photoLayoutNames)[number];
export const isPhotoLayout = (layout: string): layout is PhotoLayoutName => (photoLayoutNames as readonly string[]).includes(layout);

/** How a photo layout grades the owner's photo; the hue of every colour is kept. */
export const photoGrades = ['warm', 'bright', 'clean', 'film'] as const;
export type PhotoGrade = (typeof photoGrades)[number];

/** The headline's typeface family: Pretendard, Nanum Myeongjo or Nanum Pen Script. */
export const typeVoices = ['sans', 'serif', 'hand'] as const;
export type TypeVoice = (typeof typeVoices)[number];
/** The family each voice sets headlines in, so a window can show a voice in its own face. */
export const typeVoiceFamilies = { sans: 'Pretendard', serif: 'Nanum Myeongjo', hand: 'Nanum Pen Script' } as const satisfies Record<TypeVoice, string>;

/** One image variant as saved with a result: everything but the format, enough to draw it again. */
/** The sizes an ad is drawn in, by aspect. */
export const adFormats = ['1:1', '4:5', '9:16', '16:9', '4:3'] as const;
export const adFormatSchema = z.enum(adFormats);
export type AdFormatName = (typeof adFormats)[number];

/** The text blocks an ad sets, each optional (a layout may leave one out). */
export const adTextRoles = ['headline', 'subcopy', 'cta', 'badge', 'shop'] as const;
export type AdTextRole = (typeof adTextRoles)[number];
export const adTextsSchema = z
  .object({
    headline: z.string().trim().max(80),
    subcopy: z.string().trim().max(160),
    cta: z.string().trim().max(40),
    badge: z.string().trim().max(20),
    shop: z.string().trim().max(40),
    /** Phrases no line may break inside: the product's name and the offer's facts, as the request wrote them. */
    keep: z.array(z.string().trim().min(1).max(60)).max(24),
  })
  .partial()
  .strict();
export type AdTextsInput = z.infer<typeof adTextsSchema>;

/** The blocks an owner edits and moves on the design; the shop's name comes from the shop profile. */
export const editableTextRoles = ['headline', 'subcopy', 'cta', 'badge'] as const satisfies readonly AdTextRole[];
export type EditableTextRole = (typeof editableTextRoles)[number];
export const isEditableTextRole = (role: AdTextRole): role is EditableTextRole => (editableTextRoles as readonly string[]).includes(role);

/** How far the owner dragged a block from where the layout set it, in the format's pixels. */
export const textMoveSchema = z.object({ dx: z.number().int().min(-1920).max(1920), dy: z.number().int().min(-1920).max(1920) }).strict();
export type TextMove = z.infer<typeof textMoveSchema>;
export const textMovesSchema = z.partialRecord(z.enum(editableTextRoles), textMoveSchema);
export type TextMoves = z.infer<typeof textMovesSchema>;

/**
 * The move a block can make and stay inside the safe area: each way at most to the safe edge, and
 * a block that already stands past an edge (a layout's own choice) is never pushed further out.
 * The editor clamps a drag with it and the renderer clamps a saved move, so both draw the same.
 */
export function clampTextMove(box: Box, move: TextMove, safe: Box): TextMove {
  const clamp = (value: number, low: number, high: number) => Math.round(Math.min(Math.max(value, Math.min(0, low)), Math.max(0, high)));
  return {
    dx: clamp(move.dx, safe.x - box.x, safe.x + safe.width - (box.x + box.width)),
    dy: clamp(move.dy, safe.y - box.y, safe.y + safe.height - (box.y + box.height)),
  };
}

/** How far the owner may scale a variant's type from its design, both ways. */
export const textScaleSchema = z.number().min(0.6).max(1.6);

export const variantSpecSchema = z.object({
  backdrop: backdropNameSchema,
  layout: z.enum([...layoutNames, ...photoLayoutNames]),
  style: z.enum(adStyles),
  voice: z.enum(typeVoices),
  /** Degrees to turn the palette's hue: variants of one backdrop in other colours. */
  paletteShift: z.number(),
  /** 1 as designed; an edit asking for bigger type raises it, the editor's size slider sets it. */
  textScale: z.number().positive(),
  seed: z.number().int(),
  // Results saved before edits could grade the backdrop have neither: ungraded.
  vividPalette: z.boolean().optional(),
  /** The owner asked for a white backdrop ("흰 배경"): the large areas are near-white and neutral. */
  whitePalette: z.boolean().optional(),
  warmth: z.number().min(-1).max(1).optional(),
  brightness: z.number().min(-1).max(1).optional(),
  /** A photo layout's grade; composites and results saved before photo layouts have none. */
  grade: z.enum(photoGrades).optional(),
  /** This variant's own text, set by the owner for it alone; it wins over the result's text. */
  texts: adTextsSchema.optional(),
  /** Blocks the owner dragged on the design, per format (a move made on the 4:5 ad leaves the story as designed). */
  moves: z.partialRecord(adFormatSchema, textMovesSchema).optional(),
});
export type VariantSpec = z.infer<typeof variantSpecSchema>;

/**
 * How far a cut-out can be trusted, measured from its own mask: a scene (a building, a room, a
 * shelf) or a torn product scores low and is shown as a photo layout instead of a composite.
 */
export const cutoutQualitySchema = z.object({
  /** 0–1, the combined verdict the pictures are chosen by. */
  confidence: z.number().min(0).max(1),
  /** Share of the foreground's area whose alpha is neither clearly in nor clearly out. */
  uncertain: z.number().min(0).max(1),
  /** Share of the foreground outside its largest piece. */
  fragmentation: z.number().min(0).max(1),
  /** Share of the photo's top, left and right edges the foreground touches (standing on the bottom edge is no fault). */
  borderContact: z.number().min(0).max(1),
  /** Share of the photo the foreground covers. */
  coverage: z.number().min(0).max(1),
});
export type CutoutQuality = z.infer<typeof cutoutQualitySchema>;
