import { isPhotoLayout, photoGrades, photoLayoutNames, type PhotoGrade } from '../../../../shared/ad-design';
import { seededRandom } from '../../random/seeded-random';
import { shuffled, type Variant } from '../variants';
import type { PhotoShare } from './scene';

const photoCount = (share: PhotoShare, count: number): number => (share === 'scene' ? count : share === 'half' ? Math.ceil(count / 2) : Math.min(1, count - 1));

/** The grade the owner's words asked for ("따뜻하게", "밝게", "흰 배경"), else one by turn. */
function gradeOf(variant: Variant, turn: number): PhotoGrade {
  if ((variant.warmth ?? 0) > 0) return 'warm';
  if ((variant.brightness ?? 0) > 0) return 'bright';
  if (variant.whitePalette) return 'clean';
  return photoGrades[turn % photoGrades.length] ?? 'clean';
}

/**
 * The set as the photo allows: its last variants turned into photo layouts (each a different
 * one, chosen by the first variant's seed) as many as the share asks. A variant that is a photo
 * layout already stays as it is, so an edit's set keeps its pictures.
 */
export function withPhotoLayouts(variants: Variant[], share: PhotoShare): Variant[] {
  const layouts = shuffled(photoLayoutNames, seededRandom(variants[0]?.seed ?? 1));
  const first = variants.length - photoCount(share, variants.length);
  return variants.map((variant, index) => {
    if (index < first || isPhotoLayout(variant.layout)) return variant;
    const turn = index - first;
    return { ...variant, layout: layouts[turn % layouts.length] ?? 'photo-frame', grade: gradeOf(variant, turn) };
  });
}
