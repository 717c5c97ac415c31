import type { AdStyle } from '../../../../shared/ad-design';
import type { Rect } from '../formats';
import type { LayoutPlan } from '../layouts/layouts';
import type { Palette } from '../render/palette';

/** Where the product stands, in canvas pixels: the scene builds its floor, stand or podium around it. */
export interface Footing {
  /** The product's base line. */
  y: number;
  /** Its horizontal centre. */
  cx: number;
  /** Its width. */
  width: number;
}

export interface SceneSpec {
  width: number;
  height: number;
  palette: Palette;
  style: AdStyle;
  footing: Footing;
  /** The product's and the layout's boxes: props stay off them. */
  keepClear: Rect[];
  random: () => number;
}

/** What a scene is chosen by: the owner's words and tone map onto these. */
export type SceneCharacter = 'white' | 'light' | 'warm' | 'premium' | 'cute' | 'bold' | 'seasonal';

/** Where the scene's key light comes from: the cast shadow falls away from it. */
export type LightFrom = 'left' | 'right' | 'top';

export interface Scene {
  /**
   * How far above the product's base the floor meets the wall, in canvas heights: the product
   * stands a little in front of the horizon, on the floor plane.
   */
  horizon: number;
  light: LightFrom;
  /** A glossy floor shows a faded reflection of the product. */
  glossy: boolean;
  character: readonly SceneCharacter[];
  /** The scene's SVG body at the spec's size. */
  paint: (spec: SceneSpec) => string;
}

/** The y (canvas pixels) where the scene's floor meets its wall. */
export const horizonY = (scene: Scene, spec: Pick<SceneSpec, 'footing' | 'height'>): number => Math.round(spec.footing.y - scene.horizon * spec.height);

/** Which way the cast shadow leans, in product widths per product height: away from the light. */
export const shadowLean = (light: LightFrom): number => (light === 'left' ? 0.55 : light === 'right' ? -0.55 : 0);

/** The spec of a scene around a placed product: it stands on the product's base, and keeps off the layout's boxes. */
export function sceneAround(productBox: Rect, plan: Pick<LayoutPlan, 'blocks' | 'decorations'>, canvas: Omit<SceneSpec, 'footing' | 'keepClear'>): SceneSpec {
  return {
    ...canvas,
    footing: { y: productBox.y + productBox.height, cx: productBox.x + productBox.width / 2, width: productBox.width },
    keepClear: [productBox, ...plan.blocks.map((block) => block.box), ...plan.decorations.map((decoration) => decoration.box)],
  };
}
