import { findOfferFacts } from '../../copy/offer-facts';
import { hasGlyph, measure, type LoadedFace } from './fonts';

/** Emoji and pictographs: no bundled face draws them, so they are removed rather than boxed. */
const pictographs = /\p{Extended_Pictographic}|[\u{1F1E6}-\u{1F1FF}]|[\u{1F3FB}-\u{1F3FF}]|\u{FE0F}|\u{200D}|\u{20E3}/gu;

/** The text as it can be set in this face: emoji removed, glyph-less characters dropped, spaces tidied. */
export function settable(face: LoadedFace, text: string): string {
  return [...text.replace(pictographs, '')]
    .filter((char) => hasGlyph(face, char))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The units a line may break between: words, except that an offer fact ("12월 20일까지",
 * "10% 할인", "1만 5천원") is one unit, since a promise read across two lines reads as two.
 */
export function unbreakableWords(text: string): string[] {
  const facts = findOfferFacts(text);
  const words: string[] = [];
  let position = 0;
  for (const word of text.split(' ')) {
    const insideFact = facts.some((fact) => position > fact.index && position < fact.index + fact.text.length);
    if (insideFact && words.length > 0) words[words.length - 1] += ` ${word}`;
    else words.push(word);
    position += word.length + 1;
  }
  return words;
}

/** True when every unit of the text stands whole on one of the lines (none was cut by character). */
const keepsUnitsWhole = (text: string, lines: string[]): boolean => unbreakableWords(text).every((unit) => lines.some((line) => line.includes(unit)));

/**
 * Korean line breaking as `word-break: keep-all`: lines break at spaces only, so a word is
 * never split — unless a single word is wider than the line, which then breaks by character.
 */
export function wrapKeepAll(face: LoadedFace, text: string, size: number, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = '';
  const fits = (candidate: string): boolean => measure(face, candidate, size) <= maxWidth;
  for (const word of unbreakableWords(text)) {
    const candidate = line ? `${line} ${word}` : word;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = '';
    let rest = word;
    while (!fits(rest)) {
      let cut = rest.length - 1;
      while (cut > 1 && !fits(rest.slice(0, cut))) cut -= 1;
      lines.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    line = rest;
  }
  if (line) lines.push(line);
  return lines;
}

export interface FittedText {
  lines: string[];
  size: number;
  lineHeight: number;
  /** Of the widest line, in px. */
  width: number;
  height: number;
}

export interface FitOptions {
  maxSize: number;
  minSize: number;
  maxLines: number;
  /** Line height as a multiple of the size. */
  leading: number;
}

/** The largest size at which the text wraps into the box in at most `maxLines` lines. */
export function fitText(face: LoadedFace, text: string, box: { width: number; height: number }, options: FitOptions): FittedText {
  const clean = settable(face, text);
  for (let size = options.maxSize; size >= options.minSize; size -= Math.max(1, Math.round(size * 0.06))) {
    const lines = wrapKeepAll(face, clean, size, box.width);
    const lineHeight = Math.round(size * options.leading);
    if (lines.length <= options.maxLines && lines.length * lineHeight <= box.height && keepsUnitsWhole(clean, lines)) {
      return { lines, size, lineHeight, width: Math.max(0, ...lines.map((l) => measure(face, l, size))), height: lines.length * lineHeight };
    }
  }
  // At the smallest size, keep whole lines that fit and end the last with an ellipsis.
  const size = options.minSize;
  const lineHeight = Math.round(size * options.leading);
  const capacity = Math.max(1, Math.min(options.maxLines, Math.floor(box.height / lineHeight)));
  const lines = wrapKeepAll(face, clean, size, box.width);
  const kept = lines.slice(0, capacity);
  if (lines.length > capacity) {
    let last = `${kept[capacity - 1] ?? ''}…`;
    while (last.length > 1 && measure(face, last, size) > box.width) last = `${last.slice(0, -2)}…`;
    kept[capacity - 1] = last;
  }
  return { lines: kept, size, lineHeight, width: Math.max(0, ...kept.map((l) => measure(face, l, size))), height: kept.length * lineHeight };
}
