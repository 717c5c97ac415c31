import type { LightFrom, SceneSpec } from './scene';

/** Two decimals: SVG that stays short and identical for the same spec. */
export const n = (value: number): string => (Math.round(value * 100) / 100).toString();

/** A vertical gradient over a rectangle, as a def plus the filled rectangle. */
export function band(id: string, y: number, height: number, width: number, stops: [number, string, number?][]): string {
  const list = stops.map(([offset, color, opacity]) => `<stop offset="${n(offset)}" stop-color="${color}"${opacity === undefined ? '' : ` stop-opacity="${n(opacity)}"`}/>`).join('');
  return `<linearGradient id="${id}" x1="0" y1="0" x2="0" y2="1">${list}</linearGradient><rect x="0" y="${n(y)}" width="${n(width)}" height="${n(height)}" fill="url(#${id})"/>`;
}

/** A soft pool of light (or shade) as a radial gradient: no blur filter, so it costs nothing. */
export function glow(id: string, cx: number, cy: number, rx: number, ry: number, color: string, opacity: number): string {
  return `<radialGradient id="${id}"><stop offset="0" stop-color="${color}" stop-opacity="${n(opacity)}"/><stop offset="0.55" stop-color="${color}" stop-opacity="${n(opacity * 0.45)}"/><stop offset="1" stop-color="${color}" stop-opacity="0"/></radialGradient><ellipse cx="${n(cx)}" cy="${n(cy)}" rx="${n(rx)}" ry="${n(ry)}" fill="url(#${id})"/>`;
}

export interface RoomTones {
  /** Wall, top to the horizon. */
  wall: [string, string];
  /** Floor, from the horizon to the bottom edge. */
  floor: [string, string];
}

/**
 * A wall and a floor meeting at the horizon (canvas pixels), with the key light falling on the wall from
 * its side and a soft shade line where they meet (what makes a floor read as a floor).
 */
export function room(spec: SceneSpec, light: LightFrom, horizon: number, tones: RoomTones): string {
  const { width, height } = spec;
  const lightX = light === 'left' ? 0.15 : light === 'right' ? 0.85 : 0.5;
  return [
    band('wall', 0, horizon, width, [[0, tones.wall[0]], [1, tones.wall[1]]]),
    band('floor', horizon, height - horizon, width, [[0, tones.floor[0]], [1, tones.floor[1]]]),
    glow('key', width * lightX, horizon * 0.45, width * 0.75, horizon * 0.7, '#ffffff', 0.35),
    band('crease', horizon - height * 0.01, height * 0.04, width, [[0, '#000000', 0], [0.3, '#000000', 0.07], [1, '#000000', 0]]),
  ].join('');
}

/**
 * A seamless sweep: the wall curves into the floor without a line, brightest just behind the
 * product, falling off towards the top and the front edge as a lit paper roll does.
 */
export function sweep(spec: SceneSpec, tones: { top: string; behind: string; front: string }, horizon: number): string {
  const { width, height } = spec;
  const at = Math.min(0.95, Math.max(0.3, horizon / height));
  return [
    band('sweep', 0, height, width, [[0, tones.top], [at, tones.behind], [1, tones.front]]),
    glow('spot', spec.footing.cx, horizon, width * 0.6, height * 0.32, '#ffffff', 0.4),
  ].join('');
}
