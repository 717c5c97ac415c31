import { hsl } from '../../../../shared/color';
import { glow, room, sweep } from './room';
import { horizonY, type Scene } from './scene';

// Studio scenes: paper sweeps and a painted set, lit by one softbox. They carry no texture at
// all, so the product is the only detail in the picture.

/** A white paper sweep with a breath of the product's hue; the one "흰 배경" asks for. */
export const studioWhite: Scene = {
  horizon: 0.05,
  light: 'left',
  glossy: false,
  character: ['white', 'light'],
  paint(spec) {
    const hue = spec.palette.hue;
    return sweep(spec, { top: hsl(hue, 0.04, 0.91), behind: hsl(hue, 0.03, 0.975), front: hsl(hue, 0.04, 0.94) }, horizonY(this, spec));
  },
};

/** A sweep in the palette's light tint. */
export const paperSweep: Scene = {
  horizon: 0.05,
  light: 'right',
  glossy: false,
  character: ['light'],
  paint(spec) {
    const { palette } = spec;
    return sweep(spec, { top: palette.base, behind: palette.light, front: palette.base }, horizonY(this, spec));
  },
};

/** A charcoal sweep with a warm pool of light behind the product and a glossy floor. */
export const studioDark: Scene = {
  horizon: 0.07,
  light: 'top',
  glossy: true,
  character: ['premium'],
  paint(spec) {
    const { width, height, palette, footing } = spec;
    const horizon = horizonY(this, spec);
    return [
      sweep(spec, { top: hsl(palette.hue, 0.12, 0.09), behind: hsl(palette.hue, 0.14, 0.2), front: hsl(palette.hue, 0.12, 0.12) }, horizon),
      glow('halo', footing.cx, horizon - height * 0.12, width * 0.42, height * 0.3, hsl(40, 0.5, 0.78), 0.22),
    ].join('');
  },
};

/** A wall and floor in the palette's accent and deep tones: a bold, flat set for flyers. */
export const brandSolid: Scene = {
  horizon: 0.06,
  light: 'left',
  glossy: true,
  character: ['bold'],
  paint(spec) {
    const { palette } = spec;
    return room(spec, this.light, horizonY(this, spec), { wall: [palette.accent, hsl(palette.hue + 28, 0.3, 0.68)], floor: [hsl(palette.hue + 28, 0.28, 0.6), hsl(palette.hue + 28, 0.3, 0.52)] });
  },
};
