import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import opentype from 'opentype.js';
import { packageDir } from '../../paths/package-dir';

// The ad typefaces, bundled through npm, all under the SIL Open Font License: Pretendard
// (sans), Nanum Myeongjo (serif) and Nanum Pen Script (hand-written), whole TTF/OTF files so
// that satori draws exactly the glyphs the fitter measured.

export type FontFamily = 'Pretendard' | 'Nanum Myeongjo' | 'Nanum Pen Script';
export type FontWeight = 400 | 700 | 800;

export interface LoadedFace {
  family: FontFamily;
  weight: FontWeight;
  file: Buffer;
  parsed: opentype.Font;
  /** Advance width per character, in em: text is measured thousands of times while fitting. */
  advances: Map<string, number>;
}


function filePath(family: FontFamily, weight: FontWeight): string {
  if (family === 'Pretendard') {
    const name = { 400: 'Regular', 700: 'Bold', 800: 'ExtraBold' }[weight];
    return join(packageDir('pretendard'), 'dist', 'public', 'static', `Pretendard-${name}.otf`);
  }
  if (family === 'Nanum Myeongjo') {
    const name = { 400: '400Regular', 700: '700Bold', 800: '800ExtraBold' }[weight];
    return join(packageDir('@expo-google-fonts/nanum-myeongjo'), name, `NanumMyeongjo_${name}.ttf`);
  }
  return join(packageDir('@expo-google-fonts/nanum-pen-script'), '400Regular', 'NanumPenScript_400Regular.ttf');
}

const faces = new Map<string, LoadedFace>();

export function loadFace(family: FontFamily, weight: FontWeight): LoadedFace {
  const key = `${family}:${weight}`;
  let face = faces.get(key);
  if (!face) {
    const file = readFileSync(filePath(family, family === 'Nanum Pen Script' ? 400 : weight));
    face = { family, weight, file, parsed: opentype.parse(file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength) as ArrayBuffer), advances: new Map() };
    faces.set(key, face);
  }
  return face;
}

/**
 * Width of `text` at `size` px from the face's advance widths. Hangul faces carry no kerning
 * between syllables, and satori sets text the same way, so advances are the whole story.
 */
export function measure(face: LoadedFace, text: string, size: number): number {
  let em = 0;
  for (const char of text) {
    let advance = face.advances.get(char);
    if (advance === undefined) {
      advance = (face.parsed.charToGlyph(char).advanceWidth ?? 0) / face.parsed.unitsPerEm;
      face.advances.set(char, advance);
    }
    em += advance;
  }
  return em * size;
}

/** True when the face draws the character (so it will not render as a box). */
export function hasGlyph(face: LoadedFace, char: string): boolean {
  return /\s/.test(char) || face.parsed.charToGlyph(char).index !== 0;
}

/** Everything satori needs for the faces a layout uses. */
export function satoriFonts(used: LoadedFace[]): { name: string; data: Buffer; weight: FontWeight; style: 'normal' }[] {
  return used.map((face) => ({ name: face.family, data: face.file, weight: face.weight, style: 'normal' as const }));
}
