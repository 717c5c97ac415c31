import type { TextMoves } from '../../../../shared/ad-design';
import { AppError } from '../../../../shared/errors';
import type { Generation } from '../../../../shared/ipc/generations';
import type { Db } from '../../db/client';
import { getGeneration } from '../../generations/generations-repo';
import { getShop } from '../../shops/shops-repo';
import type { AdFormat } from '../formats';
import type { AdTexts } from '../render/render-ad';
import type { Variant } from '../variants';

/** Everything needed to draw one image result's variants again, in any format. */
export interface VariantSource {
  generation: Generation;
  sourceSha256: string;
  variants: Variant[];
  formats: AdFormat[];
  texts: AdTexts;
  /** The shop's brand as it is now: an ad drawn again wears today's colours and logo. */
  brand: { colors: string[]; logoSha256: string | null };
  /** Generated scenes behind AI-background variants (media hashes), by variant and format. */
  scenes: { variantIndex: number; format: AdFormat; sha256: string }[];
}

const notAnImage = (id: string): AppError => new AppError('VALIDATION_FAILED', `Generation ${id} has no ad images`, '이 결과물에는 광고 이미지가 없어요.');

export function loadVariantSource(db: Db, id: string): VariantSource {
  const generation = getGeneration(db, id);
  const record = generation.outputCopy;
  const sourceSha256 = generation.inputMedia[0];
  if (generation.kind !== 'image' || !record?.variants || !record.formats || !sourceSha256) throw notAnImage(id);
  const shop = getShop(db, generation.shopId);
  // Results saved before the texts were kept: the copy's own lines and the shop's name.
  const texts = record.texts ?? { headline: record.headline, subcopy: record.subcopy, cta: record.cta, shop: shop.name };
  return { generation, sourceSha256, variants: record.variants, formats: record.formats, texts, brand: { colors: shop.brandColors, logoSha256: shop.logoSha256 }, scenes: record.aiScenes };
}

export function variantAt(source: VariantSource, index: number): Variant {
  const variant = source.variants[index];
  if (!variant) throw new AppError('NOT_FOUND', `Generation ${source.generation.id} has no variant ${index}`, '그 이미지를 찾을 수 없어요.');
  return variant;
}

/** What the editor previews on one variant before saving: its type at another size, its blocks moved in one format. */
export interface VariantPreview {
  textScale?: number;
  moves?: { format: AdFormat; moves: TextMoves };
}

/** The source with one variant drawn as the edit would leave it; the other variants as they are. */
export function withVariantEdit(source: VariantSource, variantIndex: number, edit: VariantPreview): VariantSource {
  if (edit.textScale === undefined && edit.moves === undefined) return source;
  variantAt(source, variantIndex);
  return { ...source, variants: source.variants.map((variant, index) => (index === variantIndex ? editedVariant(variant, edit) : variant)) };
}

export function editedVariant(variant: Variant, { textScale, moves }: VariantPreview): Variant {
  return {
    ...variant,
    ...(textScale === undefined ? {} : { textScale }),
    ...(moves === undefined ? {} : { moves: { ...variant.moves, [moves.format]: moves.moves } }),
  };
}
