import { hsl } from '../../../../shared/color';
import { band, n, room } from './room';
import { horizonY, type Scene, type SceneSpec } from './scene';

// Tabletop scenes: a plain wall behind a surface with its own texture, drawn as lines and
// shapes (grain, veins, threads) rather than filtered noise, so it stays fine at any size.

/** A gently wavy line across [x0, x1] at y: a few smooth bends, as grain and veins run. */
function wavyLine(random: () => number, x0: number, x1: number, y: number, amplitude: number, bends: number): string {
  const step = (x1 - x0) / bends;
  let d = `M${n(x0)} ${n(y)}`;
  for (let i = 1; i <= bends; i += 1) d += ` S${n(x0 + step * (i - 0.5))} ${n(y + (random() - 0.5) * 2 * amplitude)} ${n(x0 + step * i)} ${n(y + (random() - 0.5) * amplitude)}`;
  return d;
}

/** The floor darkens towards the front edge and just behind the product, as a lit table does. */
const tableShade = (spec: SceneSpec, horizon: number): string =>
  band('tableshade', horizon, spec.height - horizon, spec.width, [[0, '#000000', 0.12], [0.2, '#000000', 0], [0.7, '#000000', 0.02], [1, '#000000', 0.14]]);

/** Planks parallel to the horizon, nearer ones taller, each its own tone with long wavy grain. */
export const wood: Scene = {
  horizon: 0.06,
  light: 'left',
  glossy: false,
  character: ['warm'],
  paint(spec) {
    const { width, height, palette, random } = spec;
    const horizon = horizonY(this, spec);
    const depth = height - horizon;
    const planks = 5;
    const edge = (k: number): number => horizon + depth * (k / planks) ** 1.35;
    const parts: string[] = [room(spec, this.light, horizon, { wall: [hsl(palette.hue, 0.18, 0.86), hsl(palette.hue, 0.2, 0.9)], floor: ['#000000', '#000000'] })];
    for (let k = 0; k < planks; k += 1) {
      const top = edge(k);
      const bottom = edge(k + 1);
      const tone = hsl(26 + random() * 8, 0.42 + random() * 0.1, 0.46 + random() * 0.1);
      parts.push(`<rect x="0" y="${n(top)}" width="${n(width)}" height="${n(bottom - top + 1)}" fill="${tone}"/>`);
      const lines = 9 + Math.floor(random() * 5);
      const grain: string[] = [];
      for (let i = 0; i < lines; i += 1) {
        const y = top + ((i + 0.5 + (random() - 0.5) * 0.6) / lines) * (bottom - top);
        const dark = random() < 0.7;
        grain.push(`<path d="${wavyLine(random, -width * 0.05, width * 1.05, y, (bottom - top) * 0.12, 4)}" stroke="${dark ? '#3a2110' : '#f3d9b0'}" stroke-opacity="${n(0.1 + random() * 0.16)}" stroke-width="${n((0.8 + random() * 2.2) * (bottom - top) / (depth / planks))}" fill="none"/>`);
      }
      parts.push(grain.join(''), `<rect x="0" y="${n(bottom - 1.5)}" width="${n(width)}" height="3" fill="#2a160a" opacity="0.35"/>`);
    }
    parts.push(tableShade(spec, horizon));
    return parts.join('');
  },
};

/** A white marble slab with soft grey veins (a wide haze and a thin line each) under a quiet wall. */
export const marble: Scene = {
  horizon: 0.06,
  light: 'right',
  glossy: true,
  character: ['premium', 'white', 'light'],
  paint(spec) {
    const { width, height, palette, random } = spec;
    const horizon = horizonY(this, spec);
    const depth = height - horizon;
    const veins: string[] = [];
    // A few long veins cross the slab at a slant, each a wide haze with a fine line in it, and
    // fainter hair veins beside them; in perspective they flatten towards the horizon.
    for (let i = 0; i < 9; i += 1) {
      const main = i < 3;
      const y = horizon + depth * (0.15 + random() * 0.8);
      const d = wavyLine(random, -width * 0.2, width * 1.2, y, depth * (main ? 0.05 : 0.03), 9);
      const turn = `rotate(${n((random() < 0.5 ? -1 : 1) * (6 + random() * 10))} ${n(width / 2)} ${n(y)})`;
      if (main) veins.push(`<path d="${d}" transform="${turn}" stroke="#9aa0a8" stroke-opacity="0.08" stroke-width="${n(width * 0.014)}" fill="none"/>`);
      veins.push(`<path d="${d}" transform="${turn}" stroke="#7b808a" stroke-opacity="${n(main ? 0.22 : 0.08)}" stroke-width="${n(main ? 2 : 1.2)}" fill="none"/>`);
    }
    return [
      room(spec, this.light, horizon, { wall: [hsl(palette.hue, 0.08, 0.86), hsl(palette.hue, 0.08, 0.9)], floor: ['#f3f2f0', '#e4e2df'] }),
      `<clipPath id="slab"><rect x="0" y="${n(horizon)}" width="${n(width)}" height="${n(depth)}"/></clipPath><g clip-path="url(#slab)">${veins.join('')}</g>`,
      tableShade(spec, horizon),
    ].join('');
  },
};

/** A linen cloth: a fine even weave with a few slubs, in a warm natural tone. */
export const linen: Scene = {
  horizon: 0.06,
  light: 'left',
  glossy: false,
  character: ['warm', 'light'],
  paint(spec) {
    const { width, height, palette, random } = spec;
    const horizon = horizonY(this, spec);
    const depth = height - horizon;
    const thread = Math.max(4, width / 240);
    const slubs = Array.from({ length: 36 }, () => {
      const y = horizon + random() * depth;
      const x = random() * width;
      return `<rect x="${n(x)}" y="${n(y)}" width="${n(width * (0.05 + random() * 0.12))}" height="${n(thread * 0.5)}" fill="#5b4a36" opacity="${n(0.05 + random() * 0.06)}"/>`;
    });
    return [
      room(spec, this.light, horizon, { wall: [hsl(palette.hue, 0.12, 0.88), hsl(palette.hue, 0.14, 0.91)], floor: [hsl(36, 0.28, 0.83), hsl(34, 0.26, 0.77)] }),
      `<pattern id="weave" width="${n(thread)}" height="${n(thread)}" patternUnits="userSpaceOnUse"><rect width="${n(thread)}" height="${n(thread * 0.45)}" fill="#4a3a28" opacity="0.1"/><rect width="${n(thread * 0.45)}" height="${n(thread)}" fill="#ffffff" opacity="0.14"/></pattern>`,
      `<rect x="0" y="${n(horizon)}" width="${n(width)}" height="${n(depth)}" fill="url(#weave)"/>`,
      slubs.join(''),
      tableShade(spec, horizon),
    ].join('');
  },
};

/** Late sun through a four-pane window: bright panes falling across the wall and on along the floor. */
export const windowLight: Scene = {
  horizon: 0.06,
  light: 'left',
  glossy: false,
  character: ['warm'],
  paint(spec) {
    const { width, height, palette } = spec;
    const horizon = horizonY(this, spec);
    const sun = '#fff1cf';
    const paneW = width * 0.13;
    const paneH = horizon * 0.28;
    const gap = width * 0.018;
    const x0 = width * 0.18;
    const y0 = horizon * 0.12;
    // On the wall the panes lean with the sun; where they reach the floor they stretch towards the viewer.
    const lean = paneH * 0.55;
    const panes: string[] = [];
    for (let row = 0; row < 2; row += 1) {
      for (let col = 0; col < 2; col += 1) {
        const x = x0 + col * (paneW + gap) + row * (lean + gap * 0.6);
        const y = y0 + row * (paneH + gap);
        panes.push(`<path d="M${n(x)} ${n(y)} h${n(paneW)} l${n(lean)} ${n(paneH)} h${n(-paneW)} Z"/>`);
      }
    }
    const floorX = x0 + 2 * (lean + gap);
    const floorPane = (col: number): string => {
      const x = floorX + col * (paneW * 1.6 + gap * 2);
      return `<path d="M${n(x)} ${n(horizon)} h${n(paneW)} L${n(x + paneW * 2.6 + width * 0.12)} ${n(height)} h${n(-paneW * 2.2)} Z"/>`;
    };
    return [
      room(spec, this.light, horizon, { wall: [hsl(palette.hue + 20, 0.2, 0.76), hsl(palette.hue + 20, 0.22, 0.8)], floor: [hsl(palette.hue + 20, 0.2, 0.72), hsl(palette.hue + 20, 0.2, 0.66)] }),
      `<g fill="${sun}" opacity="0.5">${panes.join('')}${floorPane(0)}${floorPane(1)}</g>`,
      `<g fill="${sun}" opacity="0.25" transform="translate(${n(-gap * 0.4)} ${n(-gap * 0.4)})">${panes.join('')}</g>`,
    ].join('');
  },
};
