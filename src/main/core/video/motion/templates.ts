import type { MotionTemplate } from '../../../../shared/video';
import type { CaptionRole } from '../layers/video-layers';

/** The full-frame pictures a video cuts between. */
export type SceneLayer = 'stage' | 'ad' | 'photo' | 'end';

/** How a scene's picture moves while it shows: a slow zoom toward a point, or a pan at a fixed zoom. */
export type SceneMotion = { kind: 'still' } | { kind: 'zoom'; from: number; to: number; focusX: number; focusY: number } | { kind: 'pan'; zoom: number; fromX: number; toX: number; y: number };

/** Where an overlay sits (its vertical band of the safe area) and how it comes in. */
export type Band = 'top' | 'middle' | 'bottom' | 'floor';
export type Entrance = 'rise' | 'drop' | 'slide-left';

export interface SceneStep {
  layer: SceneLayer;
  /** Fractions of the video's length. */
  from: number;
  to: number;
  motion: SceneMotion;
}

export interface OverlayStep {
  layer: CaptionRole | 'product';
  from: number;
  to: number;
  band: Band;
  entrance: Entrance;
}

export interface MotionScript {
  scenes: SceneStep[];
  overlays: OverlayStep[];
  /** Headline type relative to the standard size. */
  headlineScale: number;
}

/**
 * The three templates as scripts over the video's length, so one script serves 6 s and 30 s alike.
 * The finished ad carries its own text, so no caption is laid over it. reveal: the product rises
 * onto a stage under the headline, the ad zooms in, the photo pans under the offer, the shop's
 * card closes with the call to action. gallery: the photo pans under the headline, the ad zooms
 * out, the product slides onto the stage under the offer, the card. bold: the ad at once, then
 * the product under a large headline, a closer look at the photo with the offer, the card.
 */
export const motionScripts: Record<MotionTemplate, MotionScript> = {
  reveal: {
    scenes: [
      { layer: 'stage', from: 0, to: 0.34, motion: { kind: 'still' } },
      { layer: 'ad', from: 0.34, to: 0.62, motion: { kind: 'zoom', from: 1, to: 1.1, focusX: 0.5, focusY: 0.45 } },
      { layer: 'photo', from: 0.62, to: 0.82, motion: { kind: 'pan', zoom: 1.15, fromX: 0, toX: 1, y: 0.5 } },
      { layer: 'end', from: 0.82, to: 1, motion: { kind: 'still' } },
    ],
    overlays: [
      { layer: 'product', from: 0.02, to: 0.34, band: 'floor', entrance: 'rise' },
      { layer: 'headline', from: 0.1, to: 0.34, band: 'top', entrance: 'drop' },
      { layer: 'offer', from: 0.65, to: 0.82, band: 'bottom', entrance: 'slide-left' },
      { layer: 'cta', from: 0.86, to: 1, band: 'bottom', entrance: 'rise' },
    ],
    headlineScale: 1,
  },
  gallery: {
    scenes: [
      { layer: 'photo', from: 0, to: 0.3, motion: { kind: 'pan', zoom: 1.12, fromX: 1, toX: 0, y: 0.45 } },
      { layer: 'ad', from: 0.3, to: 0.58, motion: { kind: 'zoom', from: 1.12, to: 1, focusX: 0.5, focusY: 0.5 } },
      { layer: 'stage', from: 0.58, to: 0.82, motion: { kind: 'still' } },
      { layer: 'end', from: 0.82, to: 1, motion: { kind: 'still' } },
    ],
    overlays: [
      { layer: 'headline', from: 0.03, to: 0.3, band: 'bottom', entrance: 'rise' },
      { layer: 'product', from: 0.58, to: 0.82, band: 'floor', entrance: 'slide-left' },
      { layer: 'offer', from: 0.62, to: 0.82, band: 'top', entrance: 'drop' },
      { layer: 'cta', from: 0.86, to: 1, band: 'bottom', entrance: 'rise' },
    ],
    headlineScale: 1,
  },
  bold: {
    scenes: [
      { layer: 'ad', from: 0, to: 0.3, motion: { kind: 'zoom', from: 1, to: 1.18, focusX: 0.5, focusY: 0.4 } },
      { layer: 'stage', from: 0.3, to: 0.62, motion: { kind: 'still' } },
      { layer: 'photo', from: 0.62, to: 0.82, motion: { kind: 'zoom', from: 1.05, to: 1.2, focusX: 0.5, focusY: 0.5 } },
      { layer: 'end', from: 0.82, to: 1, motion: { kind: 'still' } },
    ],
    overlays: [
      { layer: 'product', from: 0.3, to: 0.62, band: 'floor', entrance: 'rise' },
      { layer: 'headline', from: 0.34, to: 0.62, band: 'top', entrance: 'drop' },
      { layer: 'offer', from: 0.65, to: 0.82, band: 'bottom', entrance: 'rise' },
      { layer: 'cta', from: 0.85, to: 1, band: 'bottom', entrance: 'slide-left' },
    ],
    headlineScale: 1.2,
  },
};

/**
 * The script for what this result has: without a trustworthy cut-out there is no product to
 * reveal, so the stage scene shows the photo, slowly zooming, instead (the captions stay); a
 * caption without text is left out.
 */
export function scriptFor(template: MotionTemplate, has: { product: boolean; captions: Partial<Record<CaptionRole, string>> }): MotionScript {
  const script = motionScripts[template];
  return {
    ...script,
    scenes: script.scenes.map((scene) => (scene.layer === 'stage' && !has.product ? { ...scene, layer: 'photo', motion: { kind: 'zoom', from: 1, to: 1.08, focusX: 0.5, focusY: 0.5 } } : scene)),
    overlays: script.overlays.filter((overlay) => (overlay.layer === 'product' ? has.product : Boolean(has.captions[overlay.layer]))),
  };
}
