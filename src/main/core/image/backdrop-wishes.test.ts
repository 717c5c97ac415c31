import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { readAs } from '../testing/read-as';
import { dominantColors } from './render/palette';
import { renderAd } from './render/render-ad';
import { planVariants } from './variants';
import { cutoutPixels, type CutoutPixels } from './cutout/cutout-pixels';

// A red product, so a tinted backdrop would show: the white wish must not take its hue.
let cutout: CutoutPixels;
let dominant: Awaited<ReturnType<typeof dominantColors>>;
beforeAll(async () => {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="600"><rect x="80" y="60" width="240" height="480" rx="40" fill="#c0392b"/></svg>`;
  cutout = await cutoutPixels(await sharp(Buffer.from(svg)).png().toBuffer());
  dominant = await dominantColors(cutout);
});

/** Mean luminance and saturation of the ad's top band, which is backdrop in every layout used here. */
async function topBand(png: Buffer): Promise<{ luminance: number; saturation: number }> {
  const { data, info } = await sharp(png).extract({ left: 0, top: 0, width: 1080, height: 60 }).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  let luminance = 0;
  let saturation = 0;
  const pixels = info.width * info.height;
  for (let i = 0; i < data.length; i += 3) {
    const [r, g, b] = [data[i] ?? 0, data[i + 1] ?? 0, data[i + 2] ?? 0];
    luminance += 0.2126 * r + 0.7152 * g + 0.0722 * b;
    const max = Math.max(r, g, b);
    saturation += max === 0 ? 0 : (max - Math.min(r, g, b)) / max;
  }
  return { luminance: luminance / pixels, saturation: saturation / pixels };
}

const plan = (text: string) => {
  const reading = readAs(text, 'smartstore');
  return planVariants({ seed: 5, count: 4, style: 'minimal', industry: 'retail', season: reading.season, tone: 'calm', wish: reading.style.backdrop });
};

describe("the backdrop the owner's words ask for", () => {
  it('"흰 배경에 깔끔하게" gives four white backdrops, not the product\'s tint', { timeout: 120_000 }, async () => {
    const variants = plan('네이버 스마트스토어 대표 이미지로 쓸 캔들 사진, 흰 배경에 깔끔하게');
    expect(variants.every((variant) => variant.whitePalette === true)).toBe(true);
    const untinted = planVariants({ seed: 5, count: 4, style: 'minimal', industry: 'retail', season: 'summer', tone: 'calm', wish: null });
    for (const [index, variant] of variants.entries()) {
      const layout = { layout: 'hero-top' as const, format: '4:5' as const };
      const white = await topBand((await renderAd({ cutout, dominant, texts: {}, spec: { ...variant, ...layout } })).png);
      const usual = await topBand((await renderAd({ cutout, dominant, texts: {}, spec: { ...(untinted[index] ?? variant), ...layout } })).png);
      expect(white.luminance, variant.backdrop).toBeGreaterThan(225);
      expect(white.saturation, variant.backdrop).toBeLessThan(0.06);
      expect(white.saturation).toBeLessThanOrEqual(usual.saturation);
    }
  });

  it('warm, dark and bright words grade every variant their way', () => {
    expect(plan('디퓨저 광고 따뜻한 느낌으로').every((variant) => (variant.warmth ?? 0) > 0)).toBe(true);
    expect(plan('향수 광고 시크하게 어둡게').every((variant) => (variant.brightness ?? 0) < 0)).toBe(true);
    expect(plan('원피스 광고 화사하게 밝게').every((variant) => (variant.brightness ?? 0) > 0)).toBe(true);
    expect(plan('원피스 광고 만들어줘').every((variant) => variant.whitePalette === undefined && variant.warmth === undefined)).toBe(true);
  });
});
