import type { CutoutQuality } from '../../../../shared/ad-design';
import type { CopyIndustry } from '../../../../shared/ipc/copy';
import type { RequestReading } from '../../../../shared/reading';
import { trustedCutout } from '../cutout/cutout-confidence';
import type { SubjectRule } from './saliency';

/**
 * How much of a set shows the owner's photo as it is: a scene gets only photo layouts, a
 * doubtful cut-out half, a confident one a single photo layout beside its composites.
 */
export type PhotoShare = 'scene' | 'half' | 'one';

/** From here up a cut-out is as clean as the fixtures' products (the espresso cup scores 0.74): composites carry the set. */
const confidentCutout = 0.7;

/** Words of a place rather than a thing: the shop front, a room, the view. */
const placeWords = /매장|가게|외관|건물|인테리어|공간|전경|객실|숙소|펜션|풀빌라|독채|캠핑장|글램핑|테라스|루프탑|마당|정원|로비|내부/;

/** The request is about a stay, a shop front, a room or a space, not a product to cut out. */
export function isSceneRequest(reading: Pick<RequestReading, 'category' | 'product' | 'concept'>, industry: CopyIndustry): boolean {
  if (reading.category === 'stay') return true;
  if (placeWords.test(`${reading.product} ${reading.concept}`)) return true;
  return industry === 'stay' && reading.product === '';
}

export function photoShare(quality: CutoutQuality | null, sceneRequest: boolean): PhotoShare {
  if (sceneRequest || (quality && quality.confidence < trustedCutout)) return 'scene';
  return quality && quality.confidence < confidentCutout ? 'half' : 'one';
}

/** What a crop must keep: a product whole; of a scene, the mask's main mass. */
export const subjectRule = (share: PhotoShare): SubjectRule => (share === 'scene' ? 'mass' : 'whole');
