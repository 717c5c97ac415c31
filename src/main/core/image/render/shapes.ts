import { rectInside, type Rect } from '../formats';
import type { Decoration } from '../layouts/layouts';
import { contrastRatio, deltaE76, hexToRgb, luminance } from '../../../../shared/color';
import type { Palette } from './palette';

/** A layout's decoration with its colour decided, or a brand accent: what the shapes layer draws. */
export interface Shape {
  form: 'rect' | 'circle' | 'pill';
  box: Rect;
  fill: string;
  opacity: number;
  /** An outline inside the edge, for a shape that would vanish into the wall behind it. */
  outline?: { color: string; width: number };
}

/**
 * Below these shares of the canvas the brand is not seen: the shapes together, and each of the
 * first two colours alone. A little above what reads as "the brand's ad" (5 % and 1 %), because
 * text set on a panel or button covers part of it.
 */
const brandShare = { together: 0.07, each: 0.015 };

/** Below this contrast to the wall's tones a shape (a cream badge on a light backdrop) gets an outline. */
const wallContrast = 1.5;

/** A button on a panel of its own colour would vanish: below this CIE76 distance it takes another. */
const distinctDeltaE = 25;

function area(shape: Shape): number {
  const { width: w, height: h } = shape.box;
  if (shape.form === 'circle') return (Math.PI * Math.min(w, h) ** 2) / 4;
  if (shape.form === 'pill') return w * h - (4 - Math.PI) * (Math.min(w, h) / 2) ** 2;
  return w * h;
}

/** Share of the canvas each colour covers, counting a shape drawn over another only once. */
function coverage(shapes: Shape[], canvasArea: number): Map<string, number> {
  const shares = new Map<string, number>();
  shapes.forEach((shape, i) => {
    const coveredLater = shapes.slice(i + 1).filter((later) => rectInside(later.box, shape.box)).reduce((sum, later) => sum + area(later), 0);
    const seen = Math.max(0, area(shape) - coveredLater) * shape.opacity;
    shares.set(shape.fill, (shares.get(shape.fill) ?? 0) + seen / canvasArea);
  });
  return shares;
}

/** The colour a button takes on a panel: another brand colour that stands apart, else the palette's light or deep. */
function onPanel(panel: string, palette: Palette): string {
  const other = palette.brand.find((color) => deltaE76(hexToRgb(color), hexToRgb(panel)) >= distinctDeltaE);
  if (other) return other;
  return luminance(hexToRgb(panel)) < 0.4 ? palette.light : palette.deep;
}

/** Today's look for a shop without brand colours: the palette's tones, bands seen through. */
function paletteShapes(decorations: Decoration[], palette: Palette): Shape[] {
  return decorations.map((d) => {
    if (d.kind === 'band') return { form: 'rect', box: d.box, fill: palette[d.tone], opacity: d.opacity };
    if (d.kind === 'badge') return { form: 'circle', box: d.box, fill: palette.accent, opacity: 1 };
    return { form: 'pill', box: d.box, fill: palette.deep, opacity: 1 };
  });
}

/**
 * The brand's colours on the layout's shapes, solid (a brand colour seen through is no longer
 * the brand's): panels in the first, the badge in the second, the button in the first. A badge
 * or button on a panel of its own colour would vanish: it takes the colour that stands apart.
 */
function brandShapes(decorations: Decoration[], palette: Palette, [primary, secondary = primary]: [string, string?]): Shape[] {
  const bands = decorations.filter((d) => d.kind === 'band');
  const standing = (box: Rect, color: string): string =>
    bands.some((band) => rectInside(box, band.box)) && deltaE76(hexToRgb(color), hexToRgb(primary)) < distinctDeltaE ? onPanel(primary, palette) : color;
  return decorations.map((d) => {
    if (d.kind === 'band') return { form: 'rect', box: d.box, fill: primary, opacity: 1 };
    if (d.kind === 'badge') return { form: 'circle', box: d.box, fill: standing(d.box, secondary), opacity: 1 };
    return { form: 'pill', box: d.box, fill: standing(d.box, primary), opacity: 1 };
  });
}

/**
 * Brand accents in the margin outside the safe area, where no text, product or logo goes: a
 * frame in the first colour with a fine inner line in the second, or bars at the top and bottom.
 */
function marginAccents(canvas: { width: number; height: number }, safe: Rect, [primary, secondary]: [string, string?], variety: number): Shape[] {
  const { width, height } = canvas;
  const bar = (x: number, y: number, w: number, h: number, fill: string): Shape => ({ form: 'rect', box: { x, y, width: w, height: h }, fill, opacity: 1 });
  if (variety % 2 === 0) {
    const top = Math.round(Math.min(safe.y * 0.55, height * 0.04));
    const bottom = Math.round(Math.min((height - safe.y - safe.height) * 0.55, height * 0.04));
    return [bar(0, 0, width, top, primary), bar(0, height - bottom, width, bottom, secondary ?? primary)];
  }
  const t = Math.round(safe.x * 0.45);
  const ring = (inset: number, thickness: number, fill: string): Shape[] => [
    bar(inset, inset, width - 2 * inset, thickness, fill),
    bar(inset, height - inset - thickness, width - 2 * inset, thickness, fill),
    bar(inset, inset + thickness, thickness, height - 2 * (inset + thickness), fill),
    bar(width - inset - thickness, inset + thickness, thickness, height - 2 * (inset + thickness), fill),
  ];
  return [...ring(0, t, primary), ...(secondary ? ring(Math.round(t * 1.5), Math.max(3, Math.round(t * 0.3)), secondary) : [])];
}

/**
 * A shape whose colour is close to the wall's light tones keeps its edge with an outline in the
 * brand colour that stands out most from it (or the palette's deep tone when none does).
 */
function outlined(shape: Shape, palette: Palette, shorter: number): Shape {
  const fill = hexToRgb(shape.fill);
  if (Math.min(contrastRatio(fill, hexToRgb(palette.base)), contrastRatio(fill, hexToRgb(palette.light))) >= wallContrast) return shape;
  const color = [...palette.brand, palette.deep].map((c) => ({ c, contrast: contrastRatio(fill, hexToRgb(c)) })).sort((a, b) => b.contrast - a.contrast)[0]?.c ?? palette.deep;
  const width = Math.max(2, Math.round(shape.form === 'rect' ? shorter * 0.004 : Math.min(shape.box.width, shape.box.height) * 0.035));
  return { ...shape, outline: { color, width } };
}

/**
 * The shapes of an ad in their colours. With brand colours, every variant shows them: when the
 * layout's own shapes carry too little of them, margin accents (`variety` picks which) are
 * added beneath.
 */
export function paintShapes(decorations: Decoration[], palette: Palette, canvas: { width: number; height: number }, safe: Rect, variety: number): Shape[] {
  const [primary, secondary] = palette.brand;
  if (!primary) return paletteShapes(decorations, palette);
  const shorter = Math.min(canvas.width, canvas.height);
  const shapes = brandShapes(decorations, palette, [primary, secondary]).map((shape) => outlined(shape, palette, shorter));
  const shares = coverage(shapes, canvas.width * canvas.height);
  const share = (color: string | undefined): number => (color ? (shares.get(color) ?? 0) : brandShare.each);
  const together = palette.brand.reduce((sum, color) => sum + share(color), 0);
  if (together >= brandShare.together && share(primary) >= brandShare.each && share(secondary) >= brandShare.each) return shapes;
  return [...marginAccents(canvas, safe, [primary, secondary], variety).map((shape) => outlined(shape, palette, shorter)), ...shapes];
}

/** The rectangle all shapes cover (clamped to the canvas), or undefined when there are none. */
export function shapesBounds(width: number, height: number, shapes: Shape[]): Rect | undefined {
  if (shapes.length === 0) return undefined;
  const x = Math.max(0, Math.floor(Math.min(...shapes.map((d) => d.box.x))));
  const y = Math.max(0, Math.floor(Math.min(...shapes.map((d) => d.box.y))));
  const right = Math.min(width, Math.ceil(Math.max(...shapes.map((d) => d.box.x + d.box.width))));
  const bottom = Math.min(height, Math.ceil(Math.max(...shapes.map((d) => d.box.y + d.box.height))));
  return right > x && bottom > y ? { x, y, width: right - x, height: bottom - y } : undefined;
}

/**
 * Bands, badges, buttons and accents as SVG, drawn before the text's backing is measured; only
 * the area they cover is drawn (`area`), so a small button does not cost a full-canvas layer.
 */
export function shapesSvg(area: Rect, shapes: Shape[]): string {
  const drawn = shapes.map(({ form, box: { x, y, width: w, height: h }, fill, opacity, outline }) => {
    // The outline is drawn inside the edge: the shape covers exactly its box.
    const inset = outline ? outline.width / 2 : 0;
    const stroke = outline ? ` stroke="${outline.color}" stroke-width="${outline.width}"` : '';
    if (form === 'circle') return `<circle cx="${x + w / 2}" cy="${y + h / 2}" r="${Math.min(w, h) / 2 - inset}" fill="${fill}" opacity="${opacity}"${stroke}/>`;
    const rx = form === 'pill' ? ` rx="${h / 2 - inset}"` : '';
    return `<rect x="${x + inset}" y="${y + inset}" width="${w - 2 * inset}" height="${h - 2 * inset}"${rx} fill="${fill}" opacity="${opacity}"${stroke}/>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${area.width}" height="${area.height}" viewBox="${area.x} ${area.y} ${area.width} ${area.height}">${drawn.join('')}</svg>`;
}
