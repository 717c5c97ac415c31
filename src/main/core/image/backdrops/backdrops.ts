import { Resvg } from '@resvg/resvg-js';
import sharp, { type Sharp } from 'sharp';
import type { AdStyle, BackdropName } from '../../../../shared/ad-design';
import type { Scene, SceneSpec } from './scene';
import { arch, paperCut, pedestal, steps } from './stands';
import { autumn, christmas, chuseok, seollal, spring, summer, winter } from './seasonal';
import { brandSolid, paperSweep, studioDark, studioWhite } from './studio';
import { linen, marble, windowLight, wood } from './surfaces';

/** Every built-in scene by its saved name. */
export const scenes: Record<BackdropName, Scene> = {
  'studio-white': studioWhite,
  'paper-sweep': paperSweep,
  'studio-dark': studioDark,
  'brand-solid': brandSolid,
  pedestal,
  steps,
  arch,
  'paper-cut': paperCut,
  marble,
  wood,
  linen,
  'window-light': windowLight,
  spring,
  summer,
  autumn,
  winter,
  christmas,
  chuseok,
  seollal,
};

/** Film grain strength per style (0–1), laid over the whole ad after the backdrop is drawn. */
export const grainStrength = (style: AdStyle): number => (style === 'ultra-realistic' ? 0.09 : style === 'semi-realistic' ? 0.045 : 0);

/** Ultra realistic darkens the corners as a lens does. */
function vignette(style: AdStyle): string {
  if (style !== 'ultra-realistic') return '';
  return `<radialGradient id="vig" cx="50%" cy="45%" r="75%"><stop offset="60%" stop-color="#000" stop-opacity="0"/><stop offset="100%" stop-color="#000" stop-opacity="0.28"/></radialGradient><rect width="100%" height="100%" fill="url(#vig)"/>`;
}

/** The scene as an SVG document at the ad's size. */
export function backdropSvg(name: BackdropName, spec: SceneSpec): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${spec.width}" height="${spec.height}" viewBox="0 0 ${spec.width} ${spec.height}">${scenes[name].paint(spec)}${vignette(spec.style)}</svg>`;
}

/** Scenes are drawn at this fraction of the ad's width and scaled up: soft by design, a ninth of the work. */
export const backdropScale = 1 / 3;

/** The scene's pixels (RGBA) at the small drawing size. */
export function drawBackdrop(name: BackdropName, spec: SceneSpec): { pixels: Buffer; width: number; height: number } {
  const drawn = new Resvg(backdropSvg(name, spec), { fitTo: { mode: 'width', value: Math.round(spec.width * backdropScale) } }).render();
  return { pixels: drawn.pixels, width: drawn.width, height: drawn.height };
}

/** The scene at the ad's full size, ready to composite on. */
export function backdropImage(name: BackdropName, spec: SceneSpec): Sharp {
  const drawn = drawBackdrop(name, spec);
  return sharp(drawn.pixels, { raw: { width: drawn.width, height: drawn.height, channels: 4 } }).resize(spec.width, spec.height, { fit: 'fill', kernel: 'linear' });
}
