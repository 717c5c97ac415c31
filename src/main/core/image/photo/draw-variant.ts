import { isPhotoLayout } from '../../../../shared/ad-design';
import type { CutoutPixels } from '../cutout/cutout-pixels';
import type { AdFormat } from '../formats';
import type { Rgb } from '../../../../shared/color';
import type { AdBrand, AdInput, AdTexts } from '../render/render-ad';
import type { RenderedFile, RenderPool } from '../render/render-pool';
import type { Variant } from '../variants';
import type { SubjectRule } from './saliency';

/** What every variant of one photo is drawn from. */
export interface VariantGround {
  cutout: CutoutPixels;
  dominant: Rgb[];
  brand?: AdBrand;
  texts: AdTexts;
  /** The owner's photo as stored, read only when a photo layout needs it. */
  photo: () => Promise<Buffer>;
  subject: SubjectRule;
}

/** One variant in one format on the worker pool: a photo layout from the owner's photo, a composite from its cut-out. */
export async function drawVariant(renders: RenderPool, ground: VariantGround, variant: Variant, format: AdFormat, extras: Pick<AdInput, 'withPlate' | 'backdropImage'> = {}): Promise<RenderedFile> {
  // The variant's own text (an owner's edit of this variant alone) over the result's.
  const { texts: own, ...design } = variant;
  const { layout } = design;
  const common = { cutout: ground.cutout, dominant: ground.dominant, brand: ground.brand, texts: { ...ground.texts, ...own }, withPlate: extras.withPlate };
  if (isPhotoLayout(layout)) return renders.renderPhoto({ ...common, photo: await ground.photo(), subject: ground.subject, spec: { ...design, layout, format } });
  return renders.render({ ...common, spec: { ...design, layout, format }, backdropImage: extras.backdropImage });
}
