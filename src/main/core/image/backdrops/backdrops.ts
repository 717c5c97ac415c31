import type { AdStyle, BackdropName } from '../../../../shared/ad-design';
import { hsl } from '../render/color';
import type { Palette } from '../render/palette';


export interface BackdropSpec {
  width: number;
  height: number;
  palette: Palette;
  style: AdStyle;
  /** Where the product stands (0–1 of the height): the floor meets the wall just behind it. */
  floorY: number;
  random: () => number;
}

// Each backdrop is an SVG drawn by resvg: procedural textures come from feTurbulence, lights
// from blurred shapes. Styles change the treatment: ultra realistic adds a vignette (and the
// renderer adds film grain), illustration draws flat shapes with outlines, minimal keeps one or
// two quiet tones.

/** Film grain strength per style (0–1), laid over the whole ad after the backdrop is drawn. */
export const grainStrength = (style: AdStyle): number => (style === 'ultra-realistic' ? 0.09 : style === 'semi-realistic' ? 0.045 : 0);

function vignette(spec: BackdropSpec): string {
  if (spec.style !== 'ultra-realistic') return '';
  return `<radialGradient id="vig" cx="50%" cy="45%" r="75%"><stop offset="60%" stop-color="#000" stop-opacity="0"/><stop offset="100%" stop-color="#000" stop-opacity="0.28"/></radialGradient><rect width="100%" height="100%" fill="url(#vig)"/>`;
}

/** Wall above, floor below the horizon, softly lit from above. */
function room(spec: BackdropSpec, wall: string, floor: string): string {
  const y = Math.round(spec.floorY * spec.height);
  const soft = spec.style === 'illustration' ? 0 : Math.round(spec.height * 0.04);
  return `<linearGradient id="wall" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${wall}"/><stop offset="1" stop-color="${hsl(spec.palette.hue, 0.15, 0.82)}"/></linearGradient>
<rect width="100%" height="100%" fill="url(#wall)"/>
<filter id="horizon"><feGaussianBlur stdDeviation="${soft}"/></filter>
<rect x="-10%" y="${y}" width="120%" height="${spec.height - y + soft * 2}" fill="${floor}" filter="url(#horizon)"/>`;
}

function circles(spec: BackdropSpec, count: number, colors: string[], radius: [number, number], blur: number, opacity: [number, number]): string {
  const shapes = Array.from({ length: count }, () => {
    const r = radius[0] + spec.random() * (radius[1] - radius[0]);
    const color = colors[Math.floor(spec.random() * colors.length)] ?? colors[0];
    const o = opacity[0] + spec.random() * (opacity[1] - opacity[0]);
    return `<circle cx="${(spec.random() * spec.width).toFixed(0)}" cy="${(spec.random() * spec.height).toFixed(0)}" r="${r.toFixed(0)}" fill="${color}" opacity="${o.toFixed(2)}"/>`;
  });
  const stroke = spec.style === 'illustration' ? ' stroke="#ffffff" stroke-width="4"' : '';
  return `<filter id="soft" x="-50%" y="-50%" width="200%" height="200%"><feGaussianBlur stdDeviation="${spec.style === 'illustration' ? 0 : blur}"/></filter><g filter="url(#soft)"${stroke}>${shapes.join('')}</g>`;
}

function texture(spec: BackdropSpec, frequency: string, octaves: number, tone: string, opacity: number): string {
  const seed = Math.floor(spec.random() * 999);
  return `<filter id="tex"><feTurbulence type="fractalNoise" baseFrequency="${frequency}" numOctaves="${octaves}" seed="${seed}"/><feColorMatrix type="matrix" values="0 0 0 0 0  0 0 0 0 0  0 0 0 0 0  0 0 0 -1.6 1.1"/></filter>
<rect width="100%" height="100%" fill="${tone}" filter="url(#tex)" opacity="${opacity}"/>`;
}

const painters: Record<BackdropName, (spec: BackdropSpec) => string> = {
  'paper-sweep': (s) => {
    const y = Math.round(s.floorY * s.height);
    return `<linearGradient id="sweep" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${s.palette.base}"/><stop offset="${(s.floorY * 0.9).toFixed(2)}" stop-color="${s.palette.light}"/><stop offset="1" stop-color="${s.palette.base}"/></linearGradient>
<rect width="100%" height="100%" fill="url(#sweep)"/><ellipse cx="${s.width / 2}" cy="${y}" rx="${s.width * 0.7}" ry="${s.height * 0.08}" fill="#ffffff" opacity="0.35"/>`;
  },
  'soft-gradient': (s) =>
    `<radialGradient id="g1" cx="20%" cy="15%" r="90%"><stop offset="0" stop-color="${s.palette.light}"/><stop offset="1" stop-color="${s.palette.accent}"/></radialGradient><rect width="100%" height="100%" fill="url(#g1)"/>`,
  pastel: (s) =>
    `<rect width="100%" height="100%" fill="${s.palette.light}"/>${circles(s, s.style === 'minimal' ? 3 : 7, [s.palette.accent, hsl(s.palette.hue + 60, 0.5, 0.85), hsl(s.palette.hue - 50, 0.5, 0.86)], [s.width * 0.15, s.width * 0.4], s.width * 0.06, [0.5, 0.85])}`,
  marble: (s) =>
    `${room(s, '#f4f2ef', '#e9e6e2')}<filter id="vein"><feTurbulence type="turbulence" baseFrequency="0.004 0.012" numOctaves="5" seed="${Math.floor(s.random() * 999)}"/><feColorMatrix type="matrix" values="0 0 0 0 0.35  0 0 0 0 0.35  0 0 0 0 0.38  0 0 0 -2.2 1.25"/></filter>
<rect y="${Math.round(s.floorY * s.height)}" width="100%" height="100%" filter="url(#vein)" opacity="0.55"/>`,
  wood: (s) =>
    `${room(s, s.palette.base, hsl(30, 0.45, 0.42))}<filter id="grainwood"><feTurbulence type="fractalNoise" baseFrequency="0.002 0.09" numOctaves="3" seed="${Math.floor(s.random() * 999)}"/><feColorMatrix type="matrix" values="0 0 0 0 0.25  0 0 0 0 0.14  0 0 0 0 0.05  0 0 0 -1.8 1.1"/></filter>
<rect y="${Math.round(s.floorY * s.height)}" width="100%" height="100%" filter="url(#grainwood)" opacity="0.7"/>`,
  linen: (s) => `<rect width="100%" height="100%" fill="${s.palette.base}"/>${texture(s, '0.45 0.08', 2, s.palette.deep, 0.18)}${texture(s, '0.08 0.45', 2, s.palette.deep, 0.12)}`,
  bokeh: (s) =>
    `<rect width="100%" height="100%" fill="${s.palette.deep}"/>${circles(s, s.style === 'minimal' ? 8 : 26, ['#fff3d6', s.palette.accent, s.palette.light], [s.width * 0.02, s.width * 0.09], s.width * 0.012, [0.25, 0.7])}`,
  'window-light': (s) => {
    const panes = Array.from({ length: 4 }, (_, i) => `<rect x="${s.width * (0.08 + i * 0.22)}" y="${-s.height * 0.1}" width="${s.width * 0.16}" height="${s.height * 0.75}" fill="#fffbe8"/>`).join('');
    return `${room(s, hsl(s.palette.hue, 0.18, 0.8), hsl(s.palette.hue, 0.2, 0.72))}<filter id="sun"><feGaussianBlur stdDeviation="${s.style === 'illustration' ? 0 : s.width * 0.012}"/></filter><g transform="skewX(-18) translate(${s.width * 0.25} 0)" filter="url(#sun)" opacity="0.55">${panes}</g>`;
  },
  'brand-solid': (s) => `<rect width="100%" height="100%" fill="${s.palette.accent}"/><rect y="${Math.round(s.floorY * s.height)}" width="100%" height="100%" fill="${s.palette.deep}" opacity="0.12"/>`,
  spring: (s) => {
    const petals = Array.from({ length: s.style === 'minimal' ? 6 : 18 }, () => {
      const x = s.random() * s.width;
      const y = s.random() * s.height;
      return `<ellipse cx="${x.toFixed(0)}" cy="${y.toFixed(0)}" rx="${s.width * 0.018}" ry="${s.width * 0.01}" transform="rotate(${Math.floor(s.random() * 180)} ${x.toFixed(0)} ${y.toFixed(0)})" fill="#f7b6c8" opacity="0.85"/>`;
    });
    return `<linearGradient id="sp" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#fde7ef"/><stop offset="1" stop-color="#f3f7e6"/></linearGradient><rect width="100%" height="100%" fill="url(#sp)"/>${petals.join('')}`;
  },
  summer: (s) =>
    `<linearGradient id="su" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#bfe9f7"/><stop offset="1" stop-color="#f1fbff"/></linearGradient><rect width="100%" height="100%" fill="url(#su)"/>
<circle cx="${s.width * 0.82}" cy="${s.height * 0.16}" r="${s.width * 0.09}" fill="#fff2b0" opacity="0.9"/>
<path d="M0 ${s.height * 0.8} Q ${s.width * 0.25} ${s.height * 0.76} ${s.width * 0.5} ${s.height * 0.8} T ${s.width} ${s.height * 0.8} V ${s.height} H 0 Z" fill="#7fd0e8" opacity="0.35"/>`,
  autumn: (s) => {
    const leaves = Array.from({ length: s.style === 'minimal' ? 5 : 14 }, () => {
      const x = s.random() * s.width;
      const y = s.random() * s.height;
      const color = ['#d9822b', '#b5541c', '#e3a33d'][Math.floor(s.random() * 3)];
      return `<path d="M${x} ${y} q ${s.width * 0.02} ${-s.width * 0.03} ${s.width * 0.045} 0 q ${-s.width * 0.02} ${s.width * 0.03} ${-s.width * 0.045} 0 z" fill="${color}" opacity="0.8" transform="rotate(${Math.floor(s.random() * 360)} ${x} ${y})"/>`;
    });
    return `<linearGradient id="au" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#f7e3c4"/><stop offset="1" stop-color="#e9c49a"/></linearGradient><rect width="100%" height="100%" fill="url(#au)"/>${leaves.join('')}`;
  },
  winter: (s) =>
    `<linearGradient id="wi" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#1f3b34"/><stop offset="1" stop-color="#0f2420"/></linearGradient><rect width="100%" height="100%" fill="url(#wi)"/>${circles(s, s.style === 'minimal' ? 12 : 40, ['#ffffff', '#ffe7a3', '#e8463c'], [s.width * 0.004, s.width * 0.02], s.width * 0.003, [0.5, 0.95])}`,
};

/** The backdrop as an SVG document at the ad's size. */
export function backdropSvg(name: BackdropName, spec: BackdropSpec): string {
  const body = painters[name](spec);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${spec.width}" height="${spec.height}" viewBox="0 0 ${spec.width} ${spec.height}">${body}${vignette(spec)}</svg>`;
}
