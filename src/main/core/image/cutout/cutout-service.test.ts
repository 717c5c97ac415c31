import { eq } from 'drizzle-orm';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cutoutQualitySchema } from '../../../../shared/ad-design';
import { cutouts } from '../../db/schema';
import { createTempCore } from '../../testing/temp-core';
import { measureCutoutPng, trustedCutout } from './cutout-confidence';

// The real core: the real inference host cuts the photo, the real store keeps the verdict.
const core = createTempCore();
afterAll(() => core.dispose());
const db = () => core.database.db();
const teapot = join(import.meta.dirname, '..', '..', '..', '..', '..', 'fixtures', 'cutout', 'products', 'clay_teapot.jpg');

describe("a cut-out's quality in the cut-out service", () => {
  it('is measured with the cut-out, stored, and measured again for rows without a readable one', { timeout: 300_000 }, async () => {
    const { media } = await core.media.importOne({ kind: 'path', path: teapot });
    const signal = new AbortController().signal;
    const row = () => db().select().from(cutouts).where(eq(cutouts.sourceSha256, media.sha256)).get();

    const made = await core.adFiles.cutouts(media.sha256, signal);
    expect(made.cached).toBe(false);
    expect(made.quality.confidence).toBeGreaterThanOrEqual(trustedCutout);
    expect(cutoutQualitySchema.parse(row()?.quality)).toEqual(made.quality);

    // A row from before quality was measured, then one whose JSON was tampered with.
    for (const stored of [null, { confidence: 7 }]) {
      db().update(cutouts).set({ quality: stored }).where(eq(cutouts.sourceSha256, media.sha256)).run();
      const served = await core.adFiles.cutouts(media.sha256, signal);
      const remeasured = await measureCutoutPng(served.png);
      expect(served.cached).toBe(true);
      expect(served.quality).toEqual(remeasured);
      expect(served.quality.confidence).toBeGreaterThanOrEqual(trustedCutout);
      expect(cutoutQualitySchema.parse(row()?.quality)).toEqual(remeasured);
    }
  });
});
