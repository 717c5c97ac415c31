import { hasGlyph, measure, type LoadedFace } from './fonts';
import { breakAfter, breakCost, phraseUnits } from './phrase-breaks';

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

/** The text as units with what is known of them before any size is tried. */
interface Phrases {
  units: string[];
  /** Width of each unit and of a space, in em. */
  ems: number[];
  spaceEm: number;
  /** Characters of each unit, spaces not counted. */
  letters: number[];
  /** The cost of a break after each unit (breakAfter). */
  breaks: number[];
}

function phrasesOf(face: LoadedFace, text: string, keep: readonly string[]): Phrases {
  const units = phraseUnits(text, keep);
  return {
    units,
    ems: units.map((unit) => measure(face, unit, 1)),
    spaceEm: measure(face, ' ', 1),
    letters: units.map((unit) => [...unit.replace(/\s/g, '')].length),
    breaks: units.map((unit, i) => breakAfter(unit, units[i + 1])),
  };
}

/** Lines set from units: the breaks chosen, what they cost, the worst single break and the short lines. */
interface Wrap {
  lines: string[];
  cost: number;
  worst: number;
  /** Lines of two characters or fewer. */
  widows: number;
}

/** Weight of uneven lines against the cost of the breaks: a 90 % / 10 % headline costs more than a break inside a noun phrase. */
const evenness = 10;
/** A line of one character is an orphan no designer leaves (never set); one of two is a widow, set only at a cost. */
const widowCost = 3;

const prefixSums = (values: number[]): number[] => values.reduce((sums, v) => [...sums, (sums.at(-1) ?? 0) + v], [0]);

/**
 * The best way to set the units in exactly `count` lines no wider than `maxWidth`: breaks only
 * between units, no orphan line, and among those the cheapest breaks with the most even lines.
 */
function bestWrapIn(phrases: Phrases, size: number, maxWidth: number, count: number): Wrap | undefined {
  const n = phrases.units.length;
  const ems = prefixSums(phrases.ems);
  const letters = prefixSums(phrases.letters);
  const lineWidth = (from: number, to: number): number => ((ems[to] ?? 0) - (ems[from] ?? 0) + (to - from - 1) * phrases.spaceEm) * size;
  const lineLetters = (from: number, to: number): number => (letters[to] ?? 0) - (letters[from] ?? 0);
  let best: { ends: number[]; cost: number; worst: number; widows: number } | undefined;
  const visit = (from: number, ends: number[]): void => {
    const linesLeft = count - ends.length;
    for (let to = from + 1; to <= n - (linesLeft - 1); to += 1) {
      if (lineWidth(from, to) > maxWidth) break;
      if (linesLeft > 1) {
        visit(to, [...ends, to]);
        continue;
      }
      if (to !== n) continue;
      const bounds = [0, ...ends, n];
      const spans = bounds.slice(1).map((end, i) => [bounds[i] ?? 0, end] as const);
      const short = spans.map(([a, b]) => lineLetters(a, b));
      if (count > 1 && short.some((length) => length <= 1)) continue;
      const breaks = ends.map((end) => phrases.breaks[end - 1] ?? 0);
      const lengths = spans.map(([a, b]) => lineWidth(a, b));
      const longest = Math.max(...lengths);
      const widows = count > 1 ? short.filter((length) => length <= 2).length : 0;
      const cost = breaks.reduce((sum, b) => sum + b, 0) + widowCost * widows + evenness * lengths.reduce((sum, w) => sum + ((longest - w) / longest) ** 2, 0);
      if (!best || cost < best.cost) best = { ends, cost, worst: Math.max(0, ...breaks), widows };
    }
  };
  visit(0, []);
  if (!best) return undefined;
  const bounds = [0, ...best.ends, n];
  return { ...best, lines: bounds.slice(1).map((end, i) => phrases.units.slice(bounds[i], end).join(' ')) };
}

/** The fewest lines (at most `maxLines`) the units can be set in at this size, broken as well as they can be; undefined when they do not fit. */
function bestWrap(phrases: Phrases, size: number, maxWidth: number, maxLines: number): Wrap | undefined {
  if (phrases.ems.some((em) => em * size > maxWidth)) return undefined;
  // Too long for the lines even without breaking: no arrangement can fit.
  if (phrases.ems.reduce((sum, em) => sum + em, 0) * size > maxWidth * maxLines) return undefined;
  for (let count = 1; count <= Math.min(maxLines, phrases.units.length); count += 1) {
    const wrap = bestWrapIn(phrases, size, maxWidth, count);
    if (wrap) return wrap;
  }
  return undefined;
}

/**
 * Line filling for text that cannot be set whole: lines fill up unit by unit, a unit wider than
 * the line breaks at its spaces, and a word wider than the line by character.
 */
function fillLines(face: LoadedFace, units: string[], size: number, maxWidth: number): string[] {
  const fits = (candidate: string): boolean => measure(face, candidate, size) <= maxWidth;
  const pieces = units.flatMap((unit) => (fits(unit) ? [unit] : unit.split(' ')));
  const lines: string[] = [];
  let line = '';
  for (const piece of pieces) {
    const candidate = line ? `${line} ${piece}` : piece;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    let rest = piece;
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

const fittedOf = (face: LoadedFace, lines: string[], size: number, lineHeight: number): FittedText => ({
  lines,
  size,
  lineHeight,
  width: Math.max(0, ...lines.map((l) => measure(face, l, size))),
  height: lines.length * lineHeight,
});

/** Each line beyond the first weighs like 7 % less type: 2 lines at 92 px beat 3 at 96 px. */
const lineWeight = 0.93;

/**
 * The largest size at which the text sets into the box in at most `maxLines` lines, breaking
 * only between phrases (`keep` names those that must stay on one line, such as the product).
 * The type may shrink by up to a quarter below the first fit for fewer lines, or for breaks that
 * neither split a noun phrase nor leave a line of two characters.
 */
/**
 * The sizes tried, largest first: the maximum, then steps of ~6 % counted up from the minimum.
 * Anchored at the minimum, the steps below a maximum are the same whatever the maximum, so a
 * larger maximum (the editor's size slider) never lands on a smaller size than the design did
 * (counted down from the maximum, 1.4× type once came out at 97 px against the design's 100).
 */
function sizeLadder(max: number, min: number): number[] {
  const below: number[] = [];
  for (let size = min; size < max; size = Math.max(size + 1, Math.round(size * 1.06))) below.push(size);
  return [max, ...below.reverse()];
}

export function fitText(face: LoadedFace, text: string, box: { width: number; height: number }, options: FitOptions, keep: readonly string[] = []): FittedText {
  const phrases = phrasesOf(face, settable(face, text), keep);
  let best: { fitted: FittedText; good: boolean; weight: number } | undefined;
  let firstFit: number | undefined;
  for (const size of sizeLadder(options.maxSize, options.minSize)) {
    if (firstFit !== undefined && size < firstFit * 0.75) break;
    const lineHeight = Math.round(size * options.leading);
    const wrap = bestWrap(phrases, size, box.width, Math.min(options.maxLines, Math.floor(box.height / lineHeight)));
    if (!wrap) continue;
    firstFit ??= size;
    const candidate = { fitted: fittedOf(face, wrap.lines, size, lineHeight), good: wrap.worst <= breakCost.modifier && wrap.widows === 0, weight: size * lineWeight ** (wrap.lines.length - 1) };
    if (!best || (candidate.good && !best.good) || (candidate.good === best.good && candidate.weight > best.weight)) best = candidate;
  }
  if (best) return best.fitted;
  // At the smallest size, keep whole lines that fit and end the last with an ellipsis.
  const size = options.minSize;
  const lineHeight = Math.round(size * options.leading);
  const capacity = Math.max(1, Math.min(options.maxLines, Math.floor(box.height / lineHeight)));
  const lines = fillLines(face, phrases.units, size, box.width);
  const kept = lines.slice(0, capacity);
  if (lines.length > capacity) {
    let last = `${kept[capacity - 1] ?? ''}…`;
    while (last.length > 1 && measure(face, last, size) > box.width) last = `${last.slice(0, -2)}…`;
    kept[capacity - 1] = last;
  }
  return fittedOf(face, kept, size, lineHeight);
}
