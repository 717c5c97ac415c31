import { z } from 'zod';
import { AppError } from '../../../../shared/errors';
import { adFormatSchema, adStyles, adTextsSchema, type Generation } from '../../../../shared/ipc/generations';
import type { Db } from '../../db/client';
import { getGeneration } from '../../generations/generations-repo';
import { getShop } from '../../shops/shops-repo';
import { backdropNames } from '../backdrops/backdrops';
import type { AdFormat } from '../formats';
import { layoutNames } from '../layouts/layouts';
import type { AdTexts } from '../render/render-ad';
import type { Variant } from '../variants';

const variantSchema = z.object({
  backdrop: z.enum(backdropNames),
  layout: z.enum(layoutNames),
  style: z.enum(adStyles),
  voice: z.enum(['sans', 'serif', 'hand']),
  paletteShift: z.number(),
  textScale: z.number().positive(),
  seed: z.number().int(),
  // Results saved before edits could grade the backdrop have neither: ungraded.
  vividPalette: z.boolean().optional(),
  warmth: z.number().min(-1).max(1).optional(),
  brightness: z.number().min(-1).max(1).optional(),
});

// What the pipeline keeps on an image result (beside the copy) so it can be drawn again.
const imageMetaSchema = z.object({
  headline: z.string(),
  subcopy: z.string().default(''),
  cta: z.string().default(''),
  variants: z.array(variantSchema).min(1),
  formats: z.array(adFormatSchema).min(1),
  texts: adTextsSchema.optional(),
  aiScenes: z.array(z.object({ variantIndex: z.number().int(), format: adFormatSchema, sha256: z.string() })).default([]),
});

/** Everything needed to draw one image result's variants again, in any format. */
export interface VariantSource {
  generation: Generation;
  sourceSha256: string;
  variants: Variant[];
  formats: AdFormat[];
  texts: AdTexts;
  brandColors: string[];
  /** Generated scenes behind AI-background variants (media hashes), by variant and format. */
  scenes: { variantIndex: number; format: AdFormat; sha256: string }[];
}

const notAnImage = (id: string): AppError => new AppError('VALIDATION_FAILED', `Generation ${id} has no ad images`, '이 결과물에는 광고 이미지가 없어요.');

export function loadVariantSource(db: Db, id: string): VariantSource {
  const generation = getGeneration(db, id);
  const meta = imageMetaSchema.safeParse(generation.outputCopy);
  const sourceSha256 = generation.inputMedia[0];
  if (generation.kind !== 'image' || !meta.success || !sourceSha256) throw notAnImage(id);
  const shop = getShop(db, generation.shopId);
  // Results saved before the texts were kept: the copy's own lines and the shop's name.
  const texts = meta.data.texts ?? { headline: meta.data.headline, subcopy: meta.data.subcopy, cta: meta.data.cta, shop: shop.name };
  return { generation, sourceSha256, variants: meta.data.variants, formats: meta.data.formats, texts, brandColors: shop.brandColors, scenes: meta.data.aiScenes };
}

export function variantAt(source: VariantSource, index: number): Variant {
  const variant = source.variants[index];
  if (!variant) throw new AppError('NOT_FOUND', `Generation ${source.generation.id} has no variant ${index}`, '그 이미지를 찾을 수 없어요.');
  return variant;
}
