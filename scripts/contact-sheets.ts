// `npm run contact-sheets [name …]`: every case photo through the real pipeline (built-in
// copywriter, ISNet cut-out in the inference host, the render pool) in every format, tiled into
// one sheet per photo in test-results/ads/ to be looked at as a shop owner would. Names filter
// the cases by a part of the photo's file name.
import { Resvg } from '@resvg/resvg-js';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import sharp, { type OverlayOptions } from 'sharp';
import type { JobResult } from '../src/shared/ipc/jobs';
import { adFormats, type Generation } from '../src/shared/ipc/generations';
import { call } from '../src/main/cli/core-access';
import type { Core } from '../src/main/core/core';
import { packageDir } from '../src/main/core/paths/package-dir';
import { fixturePhoto } from '../src/main/core/testing/fixtures';
import { watchJobs } from '../src/main/core/testing/job-events';
import { createTempCore } from '../src/main/core/testing/temp-core';
import { sheetCases, sheetShops, type SheetCase, type SheetShopKey } from './contact-sheet-cases';

const root = join(import.meta.dirname, '..');
const outDir = join(root, 'test-results', 'ads');
const tileHeight = 300;
const labelWidth = 230;
const gap = 8;
const fontFile = join(packageDir('pretendard'), 'dist', 'public', 'static', 'Pretendard-Bold.otf');

const photoName = (photo: string): string => photo.replace(/^(shared|repo):/, '');
const photoPath = (photo: string): string => (photo.startsWith('shared:') ? fixturePhoto(photoName(photo)) : join(root, 'fixtures', 'photos', photoName(photo)));

const escapeXml = (text: string): string => text.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c] ?? c);

/** Lines of text drawn with the ads' own Korean face, as a PNG of the given width. */
function label(lines: string[], width: number, height: number, size = 20): Buffer {
  const text = lines.map((line, i) => `<text x="10" y="${(i + 1) * size * 1.35}" font-size="${size}" font-family="Pretendard" fill="#222">${escapeXml(line)}</text>`).join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="#fafafa"/>${text}</svg>`;
  return new Resvg(svg, { font: { fontFiles: [fontFile], defaultFontFamily: 'Pretendard', loadSystemFonts: false } }).render().asPng();
}

/** A logo as an owner might have one: the shop's letters on its first brand colour. */
async function logoPng(text: string, color: string): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="400"><circle cx="200" cy="200" r="190" fill="${color}"/><text x="200" y="200" dy="0.35em" text-anchor="middle" font-size="${text.length > 2 ? 110 : 150}" font-family="Pretendard" fill="#fff">${escapeXml(text)}</text></svg>`;
  return new Resvg(svg, { font: { fontFiles: [fontFile], defaultFontFamily: 'Pretendard', loadSystemFonts: false } }).render().asPng();
}

async function importBytes(core: Core, bytes: Buffer): Promise<string> {
  const item = (await call(core, 'media.import', { source: { kind: 'bytes', name: 'logo.png', base64: bytes.toString('base64') } })).items[0];
  if (!item?.ok) throw new Error(`media.import failed: ${item ? JSON.stringify(item.error) : 'no item'}`);
  return item.media.sha256;
}

async function importPath(core: Core, path: string): Promise<string> {
  const item = (await call(core, 'media.import', { source: { kind: 'paths', paths: [path] } })).items[0];
  if (!item?.ok) throw new Error(`media.import of ${path} failed: ${item ? JSON.stringify(item.error) : 'no item'}`);
  return item.media.sha256;
}

async function createShops(core: Core): Promise<Record<SheetShopKey, string>> {
  const ids: Partial<Record<SheetShopKey, string>> = {};
  for (const [key, shop] of Object.entries(sheetShops) as [SheetShopKey, (typeof sheetShops)[SheetShopKey]][]) {
    const logoSha256 = await importBytes(core, await logoPng(shop.logoText, shop.fields.brandColors[0] ?? '#333333'));
    ids[key] = (await call(core, 'shops.create', { ...shop.fields, logoSha256 })).id;
  }
  return ids as Record<SheetShopKey, string>;
}

async function mediaFile(core: Core, sha256: string): Promise<Buffer> {
  const served = await core.media.resolve(sha256, null);
  if (!served) throw new Error(`media ${sha256} is missing`);
  return readFileSync(served.path);
}

/** Variant indexes best first when the record ranks them, else in the order they were planned. */
function variantOrder(generation: Generation): number[] {
  const planned = [...new Set(generation.outputs.map((o) => o.variantIndex))].sort((a, b) => a - b);
  const ranking = generation.outputCopy?.ranking;
  return ranking ? ranking.map((r) => r.variantIndex).filter((v) => planned.includes(v)) : planned;
}

/** The sheet: the photo and its cut-out with the request and copy, then one row per variant across every format. */
async function sheet(core: Core, entry: SheetCase, generation: Generation, seconds: number): Promise<Buffer> {
  const record = generation.outputCopy;
  const widthOf = (format: (typeof adFormats)[number]): number => {
    const output = generation.outputs.find((o) => o.format === format);
    return output ? Math.round((tileHeight * output.width) / output.height) : tileHeight;
  };
  const rowWidth = labelWidth + adFormats.reduce((sum, format) => sum + widthOf(format) + gap, 0);
  const overlays: OverlayOptions[] = [];
  const photo = await sharp(photoPath(entry.photo)).resize({ height: tileHeight, width: tileHeight, fit: 'inside' }).png().toBuffer();
  overlays.push({ input: photo, left: 0, top: 0 });
  if (record?.cutoutSha256) {
    const checker = `<svg xmlns="http://www.w3.org/2000/svg" width="${tileHeight}" height="${tileHeight}"><defs><pattern id="c" width="20" height="20" patternUnits="userSpaceOnUse"><rect width="10" height="10" fill="#ccc"/><rect x="10" y="10" width="10" height="10" fill="#ccc"/></pattern></defs><rect width="100%" height="100%" fill="url(#c)"/></svg>`;
    const cut = await sharp(await mediaFile(core, record.cutoutSha256)).resize({ height: tileHeight, width: tileHeight, fit: 'inside' }).png().toBuffer();
    overlays.push({ input: await sharp(Buffer.from(checker)).composite([{ input: cut, gravity: 'center' }]).png().toBuffer(), left: tileHeight + gap, top: 0 });
  }
  const shop = sheetShops[entry.shop];
  overlays.push({
    input: label(
      [
        `${photoName(entry.photo)}  ·  ${shop.fields.name} (${shop.fields.industry}, ${shop.fields.brandColors.join(' ')})`,
        `요청: ${entry.request}`,
        `헤드라인: ${record?.headline ?? '-'}`,
        `본문: ${record?.subcopy ?? '-'}`,
        `CTA: ${record?.cta ?? '-'}   배지: ${record?.texts?.badge ?? '-'}`,
        `${generation.outputs.length} renders, ${seconds.toFixed(1)} s`,
      ],
      rowWidth - 2 * (tileHeight + gap),
      tileHeight,
      22,
    ),
    left: 2 * (tileHeight + gap),
    top: 0,
  });
  const order = variantOrder(generation);
  for (const [row, variantIndex] of order.entries()) {
    const top = (row + 1) * (tileHeight + gap);
    const variant = record?.variants?.[variantIndex];
    const ranked = record?.ranking?.find((r) => r.variantIndex === variantIndex);
    const terms = ranked ? Object.entries(ranked.terms).map(([name, value]) => `${name} ${value.toFixed(2)}`) : [];
    overlays.push({
      input: label([`v${variantIndex + 1}${row === 0 && ranked ? '  추천' : ''}`, ranked ? `score ${ranked.score.toFixed(2)}` : '', variant?.layout ?? '', variant?.backdrop ?? '', variant?.style ?? '', ...terms], labelWidth - gap, tileHeight, 17),
      left: 0,
      top,
    });
    let left = labelWidth;
    for (const format of adFormats) {
      const output = generation.outputs.find((o) => o.variantIndex === variantIndex && o.format === format);
      if (output) overlays.push({ input: await sharp(await mediaFile(core, output.sha256)).resize({ height: tileHeight, width: widthOf(format) }).png().toBuffer(), left, top });
      left += widthOf(format) + gap;
    }
  }
  const height = (order.length + 1) * (tileHeight + gap);
  return sharp({ create: { width: rowWidth, height, channels: 3, background: '#ffffff' } })
    .composite(overlays)
    .png()
    .toBuffer();
}

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  const cases = sheetCases.filter((entry) => wanted.length === 0 || wanted.some((part) => entry.photo.includes(part)));
  if (cases.length === 0) throw new Error(`No case photo matches ${wanted.join(', ')}`);
  mkdirSync(outDir, { recursive: true });
  const core = createTempCore();
  const watch = watchJobs(core);
  let failed = 0;
  try {
    const shops = await createShops(core);
    for (const entry of cases) {
      const started = Date.now();
      const photo = await importPath(core, photoPath(entry.photo));
      const { jobId } = await call(core, 'jobs.start', { shopId: shops[entry.shop], text: entry.request, attachments: [photo], formats: [...adFormats], variants: 4 });
      const finished = await watch.finished(jobId);
      const generationId = (finished.result as JobResult | null)?.generationIds[0];
      if (finished.status !== 'done' || !generationId) {
        failed += 1;
        console.error(`${entry.photo}: ${finished.status} ${finished.error ? `${finished.error.code} ${finished.error.message}` : ''}`);
        continue;
      }
      const generation = await call(core, 'generations.get', { id: generationId });
      const seconds = (Date.now() - started) / 1000;
      const file = join(outDir, `sheet-${basename(photoName(entry.photo), extname(entry.photo))}.png`);
      writeFileSync(file, await sheet(core, entry, generation, seconds));
      console.log(`${file}  ${generation.outputs.length} renders  ${seconds.toFixed(1)} s  「${generation.outputCopy?.headline ?? ''}」`);
    }
  } finally {
    watch.stop();
    await core.dispose();
  }
  process.exitCode = failed === 0 ? 0 : 1;
}

await main();
