import type { Rect } from '../formats';
import { n } from './room';
import type { SceneSpec } from './scene';

/** A vector prop drawn in a 100 × 100 box as if it came in from the left edge; mirrored for the right. */
export interface Prop {
  svg: string;
  /** Where it may go: hanging props come in from the top, floor props sit at the bottom. */
  at: 'top' | 'bottom' | 'side';
}

const overlaps = (a: Rect, b: Rect): boolean => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

const visible = (box: Rect, spec: SceneSpec): Rect => {
  const x = Math.max(0, box.x);
  const y = Math.max(0, box.y);
  return { x, y, width: Math.min(spec.width, box.x + box.width) - x, height: Math.min(spec.height, box.y + box.height) - y };
};

/**
 * The heights to try a prop at, best first: hanging props from the top down, floor props from
 * the bottom up, loose ones from the middle outwards. Corner spots bleed a little off the edge.
 */
function heights(at: Prop['at'], size: number, height: number): number[] {
  const bleed = size * 0.12;
  const top = -bleed;
  const bottom = height - size + bleed;
  const spots = Array.from({ length: 13 }, (_, i) => top + ((bottom - top) * i) / 12);
  if (at === 'top') return spots;
  if (at === 'bottom') return spots.reverse();
  return [...spots].sort((a, b) => Math.abs(a - (top + bottom) / 2) - Math.abs(b - (top + bottom) / 2));
}

/**
 * Places each prop at the left or right edge where it keeps clear of the product and every text
 * or panel box, as large as the free room allows (down to a tenth of the short side), props never
 * overlapping each other; a prop with no free spot is left out rather than drawn behind text.
 */
export function placeProps(spec: SceneSpec, props: readonly Prop[]): string {
  const short = Math.min(spec.width, spec.height);
  const margin = short * 0.02;
  const clear = spec.keepClear.map((r) => ({ x: r.x - margin, y: r.y - margin, width: r.width + 2 * margin, height: r.height + 2 * margin }));
  const placed: string[] = [];
  props.forEach((prop, index) => {
    // Alternate the side each prop tries first, so a pair frames the product.
    const sides = index % 2 === 0 ? (['left', 'right'] as const) : (['right', 'left'] as const);
    for (let size = short * 0.36; size >= short * 0.1; size *= 0.88) {
      for (const y of heights(prop.at, size, spec.height)) {
        for (const side of sides) {
          const box = { x: side === 'left' ? -size * 0.12 : spec.width - size * 0.88, y, width: size, height: size };
          // A floor prop stands on the floor: its foot no higher than the product's.
          if (prop.at === 'bottom' && y + size * 0.9 < spec.footing.y) continue;
          if (clear.some((r) => overlaps(visible(box, spec), r))) continue;
          const place = side === 'right' ? `translate(${n(box.x + size)} ${n(y)}) scale(${n(-size / 100)} ${n(size / 100)})` : `translate(${n(box.x)} ${n(y)}) scale(${n(size / 100)})`;
          placed.push(`<g transform="${place}">${prop.svg}</g>`);
          clear.push(visible(box, spec));
          return;
        }
      }
    }
  });
  return placed.join('');
}

/** A five-petal blossom at (x, y), radius r. */
export function blossom(x: number, y: number, r: number, petal: string, heart: string): string {
  const petals = Array.from({ length: 5 }, (_, i) => `<ellipse cx="${n(x)}" cy="${n(y - r * 0.55)}" rx="${n(r * 0.42)}" ry="${n(r * 0.55)}" transform="rotate(${i * 72} ${n(x)} ${n(y)})"/>`).join('');
  return `<g fill="${petal}">${petals}</g><circle cx="${n(x)}" cy="${n(y)}" r="${n(r * 0.22)}" fill="${heart}"/>`;
}

/** A branch from the left edge with blossoms along it: cherry (벚꽃) or plum (매화). */
export function floweringBranch(bark: string, petal: string, heart: string): Prop {
  const flowers = [
    [30, 22, 9],
    [52, 30, 10],
    [70, 44, 8],
    [86, 52, 7],
    [44, 46, 7],
    [20, 36, 6],
  ]
    .map(([x, y, r]) => blossom(x ?? 0, y ?? 0, r ?? 0, petal, heart))
    .join('');
  return {
    at: 'top',
    svg: `<path d="M0 12 C25 18 45 26 60 36 S85 52 96 56 M40 28 C44 36 45 42 44 50 M62 38 C68 30 72 26 78 24" stroke="${bark}" stroke-width="3.2" fill="none" stroke-linecap="round"/>${flowers}<g fill="${petal}" opacity="0.85"><ellipse cx="60" cy="74" rx="3.5" ry="2" transform="rotate(30 60 74)"/><ellipse cx="32" cy="66" rx="3" ry="1.8" transform="rotate(-20 32 66)"/><ellipse cx="80" cy="84" rx="3" ry="1.8" transform="rotate(60 80 84)"/></g>`,
  };
}

/** A five-lobed maple leaf at (x, y) turned by `turn` degrees. */
export function mapleLeaf(x: number, y: number, size: number, turn: number, color: string): string {
  const d = 'M0 10 L-2 4 L-9 6 L-7 1 L-12 -4 L-5 -4 L-6 -10 L-2 -7 L0 -14 L2 -7 L6 -10 L5 -4 L12 -4 L7 1 L9 6 L2 4 Z M0 10 L0 16';
  return `<path d="${d}" fill="${color}" stroke="${color}" stroke-width="0.8" stroke-linejoin="round" transform="translate(${n(x)} ${n(y)}) rotate(${turn}) scale(${n(size / 28)})"/>`;
}

/** A six-armed snowflake at (x, y). */
export function snowflake(x: number, y: number, r: number): string {
  const arm = `M0 0 V${-r} M0 ${n(-r * 0.55)} L${n(-r * 0.25)} ${n(-r * 0.8)} M0 ${n(-r * 0.55)} L${n(r * 0.25)} ${n(-r * 0.8)}`;
  const arms = Array.from({ length: 6 }, (_, i) => `<path d="${arm}" transform="rotate(${i * 60})"/>`).join('');
  return `<g transform="translate(${n(x)} ${n(y)})" stroke="#ffffff" stroke-width="${n(r * 0.12)}" stroke-linecap="round" fill="none">${arms}</g>`;
}

/** A round fruit with a four-leaf calyx: a persimmon (감). */
export function persimmon(x: number, y: number, r: number): string {
  const calyx = Array.from({ length: 4 }, (_, i) => `<ellipse cx="${n(x)}" cy="${n(y - r * 0.95)}" rx="${n(r * 0.16)}" ry="${n(r * 0.34)}" transform="rotate(${i * 90 + 45} ${n(x)} ${n(y - r * 0.8)})"/>`).join('');
  return `<ellipse cx="${n(x)}" cy="${n(y)}" rx="${n(r)}" ry="${n(r * 0.86)}" fill="#e8742a"/><ellipse cx="${n(x - r * 0.35)}" cy="${n(y - r * 0.3)}" rx="${n(r * 0.25)}" ry="${n(r * 0.16)}" fill="#ffffff" opacity="0.35"/><g fill="#4d6b2f">${calyx}</g>`;
}

/** A half-moon rice cake (송편) at (x, y). */
export function songpyeon(x: number, y: number, r: number, color: string, turn: number): string {
  return `<path d="M${n(-r)} 0 A${n(r)} ${n(r * 0.8)} 0 0 1 ${n(r)} 0 Q0 ${n(r * 0.35)} ${n(-r)} 0 Z" fill="${color}" stroke="#000000" stroke-opacity="0.08" stroke-width="0.8" transform="translate(${n(x)} ${n(y)}) rotate(${turn})"/>`;
}

/** A lucky pouch (복주머니) at (x, y): a round bag gathered at the neck with a knotted cord. */
export function luckyPouch(x: number, y: number, r: number, cloth: string, trim: string): string {
  return `<g transform="translate(${n(x)} ${n(y)}) scale(${n(r / 20)})"><path d="M-8 -14 Q-22 -6 -20 8 Q-17 20 0 20 Q17 20 20 8 Q22 -6 8 -14 Z" fill="${cloth}"/><path d="M-9 -16 Q0 -22 9 -16 L8 -12 Q0 -16 -8 -12 Z" fill="${trim}"/><path d="M-3 -14 Q-10 -4 -6 4 M3 -14 Q10 -4 6 4" stroke="${trim}" stroke-width="1.6" fill="none"/><circle cx="0" cy="-14" r="2.4" fill="${trim}"/><path d="M-14 6 Q0 12 14 6" stroke="${trim}" stroke-width="1.2" fill="none" opacity="0.8"/></g>`;
}

/** A bauble (Christmas ornament) hanging at (x, y). */
export function bauble(x: number, y: number, r: number, color: string): string {
  return `<line x1="${n(x)}" y1="${n(y - r * 2.2)}" x2="${n(x)}" y2="${n(y - r)}" stroke="#c9a54a" stroke-width="0.8"/><circle cx="${n(x)}" cy="${n(y)}" r="${n(r)}" fill="${color}"/><circle cx="${n(x - r * 0.35)}" cy="${n(y - r * 0.35)}" r="${n(r * 0.25)}" fill="#ffffff" opacity="0.5"/>`;
}
