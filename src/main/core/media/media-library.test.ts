import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { openTestDb } from '../db/client';
import { createFileLogger } from '../log/logger';
import { seedGeneration, seedShopSession } from '../testing/seed';
import { fixturePhoto, noisePng } from '../testing/fixtures';
import { derivedImage } from './image-probe';
import { createMediaLibrary, unusedMediaGraceMs, workMaxEdge, type MediaLibrary } from './media-library';
import { resolveMediaRequest } from './media-request';
import { mediaPaths, originalPath } from './media-paths';
import { getMedia } from './media-repo';

const work = mkdtempSync(join(tmpdir(), 'adstudio-media-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let opened: ReturnType<typeof openTestDb>;
let library: MediaLibrary;
let dataDir: string;
beforeEach(() => {
  opened = openTestDb();
  dataDir = mkdtempSync(join(work, 'data-'));
  library = createMediaLibrary(mediaPaths(dataDir), () => opened.db, createFileLogger(join(dataDir, 'logs')));
});

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');
const copyAs = (source: string, name: string): string => {
  const path = join(work, name);
  copyFileSync(source, path);
  return path;
};
const importPath = (path: string) => library.importOne({ kind: 'path', path });
const storedFiles = (): string[] => readdirSync(join(dataDir, 'media'), { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name);
const rowCount = (): number => (opened.sqlite.prepare('SELECT count(*) AS n FROM media').get() as { n: number }).n;

describe('media library: import', () => {
  it('stores one photo imported three times under three names as one file and one row', async () => {
    const photo = fixturePhoto('beer_can__dreambooth_unsplash.jpg');
    const results = [];
    for (const name of ['캔맥주.jpg', 'copy of can.png', 'IMG_0001.JPEG']) results.push(await importPath(copyAs(photo, name)));
    expect(results.map((r) => r.duplicate)).toEqual([false, true, true]);
    expect(new Set(results.map((r) => r.media.sha256)).size).toBe(1);
    expect(storedFiles()).toEqual([`${results[0]?.media.sha256}.jpg`]);
    expect(rowCount()).toBe(1);
  });

  it('sniffs the real format: a JPEG renamed .png is stored as JPEG, byte for byte', async () => {
    const photo = fixturePhoto('duck_toy__dreambooth.jpg');
    const { media } = await importPath(copyAs(photo, 'duck.png'));
    expect(media).toMatchObject({ ext: 'jpg', mime: 'image/jpeg', bytes: statSync(photo).size });
    const stored = readFileSync(originalPath(library.paths, media.sha256, 'jpg'));
    expect(sha256(stored)).toBe(media.sha256);
    expect(stored.equals(readFileSync(photo))).toBe(true);
  });

  it('accepts PNG, WebP, AVIF, GIF (first frame) and TIFF', async () => {
    const base = sharp(fixturePhoto('coffee_cup__skimage.png')).resize(200);
    const encoded = {
      png: await base.clone().png().toBuffer(),
      webp: await base.clone().webp().toBuffer(),
      avif: await base.clone().avif().toBuffer(),
      gif: await base.clone().gif().toBuffer(),
      tiff: await base.clone().tiff().toBuffer(),
    };
    for (const [ext, bytes] of Object.entries(encoded)) {
      const { media } = await library.importOne({ kind: 'bytes', bytes });
      expect(media.ext, ext).toBe(ext);
      expect(media.width).toBe(200);
    }
  });

  it('reports the displayed size of a photo with an EXIF rotation', async () => {
    const rotated = await sharp({ create: { width: 400, height: 300, channels: 3, background: '#884422' } })
      .jpeg()
      .withMetadata({ orientation: 6 })
      .toBuffer();
    const { media } = await library.importOne({ kind: 'bytes', bytes: rotated });
    expect([media.width, media.height]).toEqual([300, 400]);
  });

  it('refuses a zero-byte file, a truncated JPEG and a text file renamed .jpg, storing nothing', async () => {
    const empty = join(work, 'empty.jpg');
    writeFileSync(empty, '');
    const full = readFileSync(fixturePhoto('boot__dreambooth.jpg'));
    const truncated = join(work, 'truncated.jpg');
    writeFileSync(truncated, full.subarray(0, Math.floor(full.length / 2)));
    const text = join(work, 'notes.jpg');
    writeFileSync(text, '여름 신메뉴 아이스 라떼 광고 문구 초안이에요.\n');

    await expect(importPath(empty)).rejects.toMatchObject({ code: 'MEDIA_EMPTY', userMessage: expect.stringMatching(/[가-힣]/) });
    await expect(importPath(truncated)).rejects.toMatchObject({ code: 'MEDIA_CORRUPT' });
    await expect(importPath(text)).rejects.toMatchObject({ code: 'MEDIA_UNSUPPORTED' });
    await expect(importPath(join(work, 'missing.jpg'))).rejects.toMatchObject({ code: 'FILE_NOT_FOUND' });
    expect(rowCount()).toBe(0);
    expect(existsSync(join(dataDir, 'media')) ? storedFiles() : []).toEqual([]);
  });

  it('keeps a 60-megapixel photo as it is and works on a downscaled copy', async () => {
    const big = await sharp({ create: { width: 10_000, height: 6_000, channels: 3, background: '#c8a27a' } }).jpeg({ quality: 80 }).toBuffer();
    const { media } = await library.importOne({ kind: 'bytes', bytes: big });
    expect([media.width, media.height, media.bytes]).toEqual([10_000, 6_000, big.length]);
    const workCopy = await sharp(await library.workImage(media.sha256)).metadata();
    expect(Math.max(workCopy.width ?? 0, workCopy.height ?? 0)).toBe(workMaxEdge);
    expect(readFileSync(originalPath(library.paths, media.sha256, 'jpg')).equals(big)).toBe(true);
  });

  it('leaves no temp file behind, whatever the outcome', async () => {
    await library.importOne({ kind: 'bytes', bytes: await noisePng() });
    await library.importOne({ kind: 'bytes', bytes: Buffer.from('not an image') }).catch(() => undefined);
    expect(readdirSync(library.paths.temp)).toEqual([]);
  });
});

describe('media library: images the app drew', () => {
  it('stores a render with the preview drawn beside it, and the preview is what the store would have made', async () => {
    const raw = { width: 216, height: 270, channels: 3 as const };
    const pixels = Buffer.alloc(raw.width * raw.height * 3);
    for (let i = 0; i < pixels.length; i += 1) pixels[i] = (i * 7) % 251;
    const png = await sharp(pixels, { raw }).png().toBuffer();
    const preview = await derivedImage(sharp(pixels, { raw }), 256).toBuffer();
    const { media, duplicate } = await library.storeDrawn({ png, width: raw.width, height: raw.height, preview });
    expect({ duplicate, ...media }).toMatchObject({ duplicate: false, sha256: sha256(png), ext: 'png', width: 216, height: 270 });
    expect(readFileSync(originalPath(library.paths, media.sha256, 'png')).equals(png)).toBe(true);
    const served = await library.resolve(media.sha256, '256');
    expect(served && readFileSync(served.path).equals(preview)).toBe(true);
    // The same pixels imported from outside give the same preview: one way of making previews.
    await rm(served?.path ?? '');
    const remade = await library.resolve(media.sha256, '256');
    expect(remade && readFileSync(remade.path).equals(preview)).toBe(true);
  });

  it('refuses anything but a PNG, storing nothing', async () => {
    const jpeg = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#808080' } }).jpeg().toBuffer();
    await expect(library.storeDrawn({ png: jpeg, width: 8, height: 8, preview: Buffer.alloc(0) })).rejects.toMatchObject({ code: 'MEDIA_UNSUPPORTED' });
    expect(rowCount()).toBe(0);
    expect(existsSync(join(dataDir, 'media')) ? storedFiles() : []).toEqual([]);
  });
});

describe('media library: serving', () => {
  it('serves originals and cached WebP thumbnails by hash', async () => {
    const { media } = await importPath(fixturePhoto('sneaker__dreambooth.jpg'));
    const original = await library.resolve(media.sha256, null);
    expect(original?.mime).toBe('image/jpeg');
    for (const size of [256, 1024]) {
      const thumb = await library.resolve(media.sha256, String(size));
      const meta = await sharp(thumb?.path).metadata();
      expect([meta.format, Math.max(meta.width ?? 0, meta.height ?? 0)]).toEqual(['webp', size]);
      const again = await library.resolve(media.sha256, String(size));
      expect(statSync(again?.path ?? '').mtimeMs).toBe(statSync(thumb?.path ?? '').mtimeMs);
    }
    expect(await library.resolve(media.sha256, '512')).toBeUndefined();
  });

  it('refuses ../, uppercase, short and non-hex names', async () => {
    const { media } = await importPath(fixturePhoto('shoe__controlnet.png'));
    expect(await resolveMediaRequest(library, `/${media.sha256}`, null)).toBeDefined();
    for (const path of [
      `/../${media.sha256}`,
      '/../../etc/passwd',
      `/${media.sha256.toUpperCase()}`,
      `/${media.sha256.slice(0, 63)}`,
      `/${media.sha256.slice(0, 63)}g`,
      `/${media.sha256}/x`,
      `/${media.sha256}.png`,
      '/%2e%2e%2fsecret',
      `//${media.sha256}`,
      '/',
    ]) {
      expect(await resolveMediaRequest(library, path, null), path).toBeUndefined();
    }
    expect(await resolveMediaRequest(library, `/${'0'.repeat(64)}`, null)).toBeUndefined();
  });
});

describe('media library: garbage collection', () => {
  it('collects unreferenced media past the grace period and files that never got a row', async () => {
    const { db } = opened;
    const { shop, session } = seedShopSession(db);
    const used = (await library.importOne({ kind: 'bytes', bytes: await noisePng() })).media;
    const unused = (await library.importOne({ kind: 'bytes', bytes: await noisePng() })).media;
    seedGeneration(db, { shopId: shop.id, sessionId: session.id }, { kind: 'image', outputs: [{ variantIndex: 0, format: '1:1', sha256: used.sha256 }] });
    const orphan = originalPath(library.paths, 'f'.repeat(64), 'png');
    mkdirSync(join(orphan, '..'), { recursive: true });
    copyFileSync(originalPath(library.paths, used.sha256, 'png'), orphan);

    expect(await library.collectGarbage()).toEqual({ rows: 0, files: 0 });
    const later = Date.now() + unusedMediaGraceMs + 1;
    const old = new Date(Date.now() - 2 * 60 * 60 * 1000);
    utimesSync(orphan, old, old);
    expect(await library.collectGarbage(later)).toEqual({ rows: 1, files: 1 });
    expect(getMedia(db, unused.sha256)).toBeUndefined();
    expect(existsSync(originalPath(library.paths, unused.sha256, 'png'))).toBe(false);
    expect(existsSync(orphan)).toBe(false);
    expect(existsSync(originalPath(library.paths, used.sha256, 'png'))).toBe(true);
  });
});
