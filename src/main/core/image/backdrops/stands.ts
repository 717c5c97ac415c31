import { hsl } from '../../../../shared/color';
import { band, glow, n, room } from './room';
import type { LightFrom, Scene, SceneSpec } from './scene';

// Scenes with something to stand on: a pedestal, stepped blocks, an arch with a low disc, and
// layered paper. The top the product stands on is always at the footing's y; the room's own
// floor lies lower, where the stand meets it.

/** Half the depth of a stand's top surface, seen from slightly above. */
const topDepth = (spec: SceneSpec): number => Math.max(4, Math.min(spec.footing.width * 0.12, spec.height * 0.03));

/** How tall a stand may be: down to the room's floor, never past the canvas. */
const standHeight = (spec: SceneSpec, share: number): number => Math.max(topDepth(spec) * 2, Math.min(spec.height * share, (spec.height - spec.footing.y) * 0.7));

/** Which side of a solid is lit: the gradient runs from the lit edge to the shaded one. */
const litStops = (light: LightFrom, lit: string, shade: string): [number, string][] => (light === 'right' ? [[0, shade], [1, lit]] : light === 'left' ? [[0, lit], [1, shade]] : [[0, shade], [0.5, lit], [1, shade]]);

function sideGradient(id: string, light: LightFrom, lit: string, shade: string): string {
  return `<linearGradient id="${id}" x1="0" y1="0" x2="1" y2="0">${litStops(light, lit, shade).map(([o, c]) => `<stop offset="${o}" stop-color="${c}"/>`).join('')}</linearGradient>`;
}

/** A cylinder whose top ellipse is centred on (cx, top). */
function cylinder(id: string, cx: number, top: number, radius: number, depth: number, bodyHeight: number, tones: { top: string; lit: string; shade: string }, light: LightFrom): string {
  const left = cx - radius;
  return `${sideGradient(id, light, tones.lit, tones.shade)}<path d="M${n(left)} ${n(top)} V${n(top + bodyHeight)} A${n(radius)} ${n(depth)} 0 0 0 ${n(cx + radius)} ${n(top + bodyHeight)} V${n(top)} Z" fill="url(#${id})"/><ellipse cx="${n(cx)}" cy="${n(top)}" rx="${n(radius)}" ry="${n(depth)}" fill="${tones.top}"/>`;
}

/** A box whose top face is centred on (cx, top). */
function block(id: string, cx: number, top: number, halfWidth: number, depth: number, bodyHeight: number, tones: { top: string; lit: string; shade: string }, light: LightFrom): string {
  return `${sideGradient(id, light, tones.lit, tones.shade)}<rect x="${n(cx - halfWidth)}" y="${n(top - depth)}" width="${n(halfWidth * 2)}" height="${n(depth * 2)}" fill="${tones.top}"/><rect x="${n(cx - halfWidth)}" y="${n(top + depth)}" width="${n(halfWidth * 2)}" height="${n(bodyHeight)}" fill="url(#${id})"/>`;
}

/** A stone pedestal under the product on a quiet wall. */
export const pedestal: Scene = {
  horizon: 0.02,
  light: 'left',
  glossy: false,
  character: ['premium', 'light'],
  paint(spec) {
    const { width, palette, footing } = spec;
    const body = standHeight(spec, 0.1);
    const depth = topDepth(spec);
    const radius = Math.max(footing.width * 0.62, width * 0.14);
    const floor = footing.y + body * 0.85;
    return [
      room(spec, this.light, floor, { wall: [hsl(palette.hue, 0.1, 0.8), hsl(palette.hue, 0.12, 0.88)], floor: [hsl(palette.hue, 0.1, 0.8), hsl(palette.hue, 0.1, 0.74)] }),
      glow('foot', footing.cx, footing.y + body + depth, radius * 1.5, depth * 2.5, '#000000', 0.18),
      cylinder('ped', footing.cx, footing.y, radius, depth, body, { top: hsl(palette.hue, 0.06, 0.95), lit: hsl(palette.hue, 0.06, 0.92), shade: hsl(palette.hue, 0.08, 0.72) }, this.light),
    ].join('');
  },
};

/** Three blocks of different heights, the product on the tallest. */
export const steps: Scene = {
  horizon: 0.02,
  light: 'right',
  glossy: false,
  character: ['light', 'cute'],
  paint(spec) {
    const { width, height, palette, footing } = spec;
    const body = standHeight(spec, 0.1);
    const depth = topDepth(spec);
    const half = Math.max(footing.width * 0.7, width * 0.14);
    const floor = footing.y + body * 0.9;
    const tones = (lightness: number) => ({ top: hsl(palette.hue + 28, 0.35, lightness + 0.08), lit: hsl(palette.hue + 28, 0.32, lightness + 0.02), shade: hsl(palette.hue + 28, 0.3, lightness - 0.1) });
    const side = (direction: number, drop: number, lightness: number): string => block(`step${direction}`, footing.cx + direction * (half * 1.55), footing.y + drop, half * 0.75, depth, Math.max(depth, body - drop), tones(lightness), this.light);
    return [
      room(spec, this.light, floor, { wall: [hsl(palette.hue, 0.25, 0.88), hsl(palette.hue, 0.25, 0.92)], floor: [hsl(palette.hue, 0.2, 0.86), hsl(palette.hue, 0.2, 0.8)] }),
      side(-1, Math.min(height * 0.06, body * 0.4), 0.82),
      side(1, Math.min(height * 0.1, body * 0.6), 0.76),
      block('step0', footing.cx, footing.y, half, depth, body, tones(0.86), this.light),
    ].join('');
  },
};

/** A wall arch behind the product and a low disc in front of it, in soft pastel tones. */
export const arch: Scene = {
  horizon: 0.04,
  light: 'top',
  glossy: false,
  character: ['cute', 'light'],
  paint(spec) {
    const { width, height, palette, footing } = spec;
    const depth = topDepth(spec);
    const disc = Math.min(depth * 2.2, (height - footing.y) * 0.4);
    const floor = footing.y + disc + depth * 0.6;
    const half = Math.min(width * 0.42, Math.max(footing.width * 0.85, width * 0.22));
    const top = Math.max(height * 0.04, floor - half * 3.2);
    const archPath = `M${n(footing.cx - half)} ${n(floor)} V${n(top + half)} A${n(half)} ${n(half)} 0 0 1 ${n(footing.cx + half)} ${n(top + half)} V${n(floor)} Z`;
    return [
      room(spec, this.light, floor, { wall: [hsl(palette.hue + 28, 0.42, 0.86), hsl(palette.hue + 28, 0.42, 0.88)], floor: [hsl(palette.hue + 28, 0.35, 0.82), hsl(palette.hue + 28, 0.35, 0.76)] }),
      `<path d="${archPath}" fill="${hsl(palette.hue - 20, 0.45, 0.78)}"/>`,
      `<path d="${archPath}" fill="none" stroke="#000000" stroke-opacity="0.06" stroke-width="${n(width * 0.012)}" transform="translate(${n(width * 0.008)} 0)"/>`,
      cylinder('disc', footing.cx, footing.y, Math.max(footing.width * 0.75, width * 0.15), depth, disc, { top: hsl(palette.hue - 20, 0.3, 0.95), lit: hsl(palette.hue - 20, 0.3, 0.9), shade: hsl(palette.hue - 20, 0.3, 0.8) }, this.light),
    ].join('');
  },
};

/** A smooth wave across the canvas at height y, amplitude a, for paper layers. */
function wave(width: number, y: number, amplitude: number, phase: number, bottom: number): string {
  const steps = 4;
  const segment = width / steps;
  let d = `M${n(-segment * 0.2)} ${n(y + Math.sin(phase) * amplitude)}`;
  for (let i = 1; i <= steps + 1; i += 1) {
    const x = i * segment - segment * 0.2;
    d += ` S${n(x - segment * 0.5)} ${n(y + Math.sin(phase + i * 1.9 + 0.8) * amplitude)} ${n(x)} ${n(y + Math.sin(phase + i * 1.9) * amplitude)}`;
  }
  return `${d} V${n(bottom)} H${n(-segment * 0.2)} Z`;
}

/** Layered paper hills at the foot and a paper sun in a free corner, each layer casting a crisp shadow. */
export const paperCut: Scene = {
  horizon: 0.03,
  light: 'left',
  glossy: false,
  character: ['cute'],
  paint(spec) {
    const { width, height, palette, footing, random } = spec;
    const floor = footing.y - height * this.horizon;
    const amplitude = height * 0.025;
    const layer = (i: number, y: number, color: string): string => {
      const d = wave(width, y, amplitude * (1 - i * 0.25), random() * 6.28, height * 1.1);
      return `<path d="${d}" fill="#000000" opacity="0.08" transform="translate(${n(width * 0.006)} ${n(-height * 0.008)})"/><path d="${d}" fill="${color}"/>`;
    };
    const back = Math.max(height * 0.05, floor - height * 0.16);
    return [
      band('paper', 0, height, width, [[0, hsl(palette.hue + 40, 0.5, 0.9)], [1, hsl(palette.hue + 40, 0.45, 0.86)]]),
      layer(0, back, hsl(palette.hue - 30, 0.45, 0.8)),
      layer(1, (back + floor) / 2, hsl(palette.hue + 10, 0.45, 0.84)),
      `<rect x="0" y="${n(floor)}" width="${n(width)}" height="${n(height - floor)}" fill="${hsl(palette.hue + 40, 0.4, 0.93)}"/>`,
      band('floorshade', floor, height - floor, width, [[0, '#000000', 0.06], [0.25, '#000000', 0], [1, '#000000', 0.05]]),
    ].join('');
  },
};
