import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import type { Rect } from '../formats';
import type { TextBlock } from '../layouts/layouts';
import { contrastRatio, type Rgb } from '../../../../shared/color';
import { loadFace, satoriFonts } from './fonts';
import { fitText, type FittedText } from './text-fit';

/** What sits behind a text block: the mean colour and spread of those pixels. */
export interface Backing {
  mean: Rgb;
  spread: number;
}

export interface SetBlock {
  block: TextBlock;
  text: string;
  fitted: FittedText;
  color: string;
  /** A translucent panel behind the text when the backdrop alone cannot give AA contrast. */
  scrim: string | null;
  /** The contrast the text needs (AA for its size). */
  required: number;
  /** The rectangle the glyphs occupy. */
  inked: Rect;
  contrast: number;
}

/** The two tones text (and a logo's chip) takes: near-black ink and white paper. */
export const ink: Rgb = [29, 26, 23];
export const paper: Rgb = [255, 255, 255];

/** WCAG AA: 4.5:1 for body text, 3:1 for large text (24 px and up, or 18.7 px bold). */
export const requiredContrast = (size: number, weight: number): number => (size >= 24 || (size >= 18.7 && weight >= 700) ? 3 : 4.5);

/** The worse of the contrasts against the darkest and the lightest likely pixel behind the text. */
export function worstContrast(text: Rgb, backing: Backing): number {
  const shift = (d: number): Rgb => backing.mean.map((c) => Math.max(0, Math.min(255, c + d))) as Rgb;
  return Math.min(contrastRatio(text, shift(-backing.spread)), contrastRatio(text, shift(backing.spread)));
}

/** Ink or white, whichever reads better; a scrim under it when neither reaches AA on its own. */
export function chooseTextColor(backing: Backing, required: number): { color: Rgb; scrim: Rgb | null; alpha: number; contrast: number } {
  const onInk = worstContrast(paper, backing);
  const onPaper = worstContrast(ink, backing);
  const color = onInk >= onPaper ? paper : ink;
  const contrast = Math.max(onInk, onPaper);
  if (contrast >= required) return { color, scrim: null, alpha: 0, contrast };
  // A scrim of the opposite tone: 55% black under white, 75% white under ink.
  const scrim: Rgb = color === paper ? [0, 0, 0] : [255, 255, 255];
  const alpha = color === paper ? 0.55 : 0.75;
  const mixed: Backing = { mean: backing.mean.map((c, i) => c * (1 - alpha) + (scrim[i] ?? 0) * alpha) as Rgb, spread: backing.spread * (1 - alpha) };
  return { color, scrim, alpha, contrast: worstContrast(color, mixed) };
}

const css = ([r, g, b]: Rgb, alpha = 1): string => `rgba(${r}, ${g}, ${b}, ${alpha})`;

export function setBlock(block: TextBlock, text: string, backing: Backing, keep: readonly string[] = []): SetBlock {
  const face = loadFace(block.family, block.weight);
  const fitted = fitText(face, text, block.box, block, keep);
  const choice = chooseTextColor(backing, requiredContrast(fitted.size, block.weight));
  const x = block.align === 'left' ? block.box.x : block.align === 'right' ? block.box.x + block.box.width - fitted.width : block.box.x + (block.box.width - fitted.width) / 2;
  const y = block.anchor === 'top' ? block.box.y : block.anchor === 'bottom' ? block.box.y + block.box.height - fitted.height : block.box.y + (block.box.height - fitted.height) / 2;
  return {
    block,
    text,
    fitted,
    color: css(choice.color),
    scrim: choice.scrim ? css(choice.scrim, choice.alpha) : null,
    inked: { x: Math.round(x), y: Math.round(y), width: Math.ceil(fitted.width), height: fitted.height },
    contrast: choice.contrast,
    required: requiredContrast(fitted.size, block.weight),
  };
}

type Node = { type: 'div'; props: { style: Record<string, string | number>; children?: (Node | string)[] | string } };
const div = (style: Record<string, string | number>, children?: (Node | string)[] | string): Node => ({ type: 'div', props: { style, children } });

const fontsCache = new Map<string, ReturnType<typeof satoriFonts>>();

/**
 * The text layer as raw RGBA over just the area the blocks (and their scrims) cover, with where
 * that area sits: every line placed exactly where the fitter measured it.
 */
export async function renderTextLayer(width: number, height: number, blocks: SetBlock[]): Promise<{ pixels: Buffer; area: Rect } | undefined> {
  if (blocks.length === 0) return undefined;
  const faces = [...new Map(blocks.map((b) => [`${b.block.family}:${b.block.weight}`, loadFace(b.block.family, b.block.weight)])).values()];
  const key = faces.map((f) => `${f.family}:${f.weight}`).sort().join('|');
  let fonts = fontsCache.get(key);
  if (!fonts) {
    fonts = satoriFonts(faces);
    fontsCache.set(key, fonts);
  }
  const padding = Math.round(Math.min(width, height) * 0.012);
  const left = Math.max(0, Math.min(...blocks.map((b) => Math.min(b.block.box.x, b.inked.x - padding))));
  const top = Math.max(0, Math.min(...blocks.map((b) => b.inked.y - padding)));
  const right = Math.min(width, Math.max(...blocks.map((b) => Math.max(b.block.box.x + b.block.box.width, b.inked.x + b.inked.width + padding))));
  const bottom = Math.min(height, Math.max(...blocks.map((b) => b.inked.y + b.inked.height + padding)));
  const area = { x: left, y: top, width: right - left, height: bottom - top };
  // resvg panics (and takes the worker with it) on an SVG without area.
  if (area.width < 1 || area.height < 1) return undefined;
  const children = blocks.flatMap((set) => {
    const scrim = set.scrim
      ? [div({ position: 'absolute', left: set.inked.x - padding - area.x, top: set.inked.y - padding - area.y, width: set.inked.width + 2 * padding, height: set.inked.height + 2 * padding, backgroundColor: set.scrim, borderRadius: padding })]
      : [];
    const lines = div(
      { position: 'absolute', left: set.block.box.x - area.x, top: set.inked.y - area.y, width: set.block.box.width, display: 'flex', flexDirection: 'column', alignItems: { left: 'flex-start', center: 'center', right: 'flex-end' }[set.block.align] },
      set.fitted.lines.map((line) =>
        div({ display: 'flex', whiteSpace: 'nowrap', fontFamily: set.block.family, fontWeight: set.block.weight, fontSize: set.fitted.size, lineHeight: `${set.fitted.lineHeight}px`, height: set.fitted.lineHeight, color: set.color }, line),
      ),
    );
    return [...scrim, lines];
  });
  const svg = await satori(div({ width: area.width, height: area.height, display: 'flex', position: 'relative' }, children) as never, { width: area.width, height: area.height, fonts });
  return { pixels: new Resvg(svg, { fitTo: { mode: 'original' } }).render().pixels, area };
}

