import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb } from '../../db/client';
import { createFileLogger } from '../../log/logger';
import { createMediaLibrary, type MediaLibrary } from '../../media/media-library';
import { mediaPaths, originalPath } from '../../media/media-paths';
import { normalizeLogo, shopLogo } from './logo-image';

// A wordmark-like drawing 284 × 92 px (x 4–288, y 4–96) on a 300 × 100 canvas, padded further
// with transparency below, as owners' files often are.
const logoSvg = `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="100"><circle cx="50" cy="50" r="46" fill="#6a1b9a"/><rect x="112" y="22" width="176" height="22" rx="11" fill="#6a1b9a"/><rect x="112" y="58" width="120" height="22" rx="11" fill="#ff8f00"/></svg>`;
const drawingAspect = 284 / 92;

const work = mkdtempSync(join(tmpdir(), 'adstudio-logo-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let file: Buffer;
let media: MediaLibrary;
let logsDir: string;
let dataDir: string;
beforeAll(async () => {
  file = await sharp(Buffer.from(new Resvg(logoSvg).render().asPng())).extend({ top: 300, bottom: 300, left: 300, right: 300, background: { r: 0, g: 0, b: 0, alpha: 0 } }).png().toBuffer();
  const opened = openTestDb();
  dataDir = mkdtempSync(join(work, 'data-'));
  logsDir = join(dataDir, 'logs');
  media = createMediaLibrary(mediaPaths(dataDir), () => opened.db, createFileLogger(logsDir));
});

const skipped = (): { logoSha256: string; reason: string }[] =>
  readFileSync(join(logsDir, 'adstudio.log'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { message: string; logoSha256: string; reason: string })
    .filter((entry) => entry.message === 'Shop logo skipped');

describe("the shop's logo file", () => {
  it('is trimmed to its drawing, its aspect kept, and made small', async () => {
    const meta = await sharp(await normalizeLogo(file)).metadata();
    expect(Math.abs((meta.width ?? 0) / (meta.height ?? 1) / drawingAspect - 1)).toBeLessThan(0.02);
    expect(meta.height).toBeLessThanOrEqual(200);
    expect(meta.hasAlpha).toBe(true);
  });

  it('is refused, as a typed error, when it is not an image, truncated or too large to decode', async () => {
    await expect(normalizeLogo(Buffer.from('<html>not a logo</html>'))).rejects.toMatchObject({ code: 'MEDIA_CORRUPT' });
    await expect(normalizeLogo(file.subarray(0, 200))).rejects.toMatchObject({ code: 'MEDIA_CORRUPT' });
    const huge = await sharp({ create: { width: 6000, height: 6000, channels: 3, background: '#ffffff' } }).png({ compressionLevel: 1 }).toBuffer();
    await expect(normalizeLogo(huge)).rejects.toMatchObject({ code: 'MEDIA_CORRUPT' });
  });

  it('comes from the media library for the ads; a missing one is skipped with a log line, never an error', async () => {
    const stored = (await media.importOne({ kind: 'bytes', bytes: file })).media;
    const logo = await shopLogo(media, stored.sha256, createFileLogger(logsDir));
    expect(logo && (await sharp(logo).metadata()).height).toBeLessThanOrEqual(200);
    expect(await shopLogo(media, null, createFileLogger(logsDir))).toBeUndefined();

    const unknown = 'b'.repeat(64);
    expect(await shopLogo(media, unknown, createFileLogger(logsDir))).toBeUndefined();
    rmSync(originalPath(mediaPaths(dataDir), stored.sha256, stored.ext));
    expect(await shopLogo(media, stored.sha256, createFileLogger(logsDir))).toBeUndefined();
    expect(skipped().map((entry) => entry.logoSha256)).toEqual([unknown, stored.sha256]);
  });
});
