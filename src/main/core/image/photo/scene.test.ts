import { describe, expect, it } from 'vitest';
import { isPhotoLayout, type CutoutQuality } from '../../../../shared/ad-design';
import type { CopyIndustry } from '../../../../shared/ipc/copy';
import type { ProductCategory } from '../../../../shared/reading';
import { planVariants } from '../variants';
import { withPhotoLayouts } from './photo-variants';
import { isSceneRequest, photoShare, type PhotoShare } from './scene';

const quality = (confidence: number): CutoutQuality => ({ confidence, uncertain: 0, fragmentation: 0, borderContact: 0, coverage: 0.3 });

describe('scene routing', () => {
  const requests: [string, { category: ProductCategory | null; product: string; concept: string }, CopyIndustry, boolean][] = [
    ['a guesthouse room', { category: 'stay', product: '오션뷰 객실', concept: '' }, 'stay', true],
    ['a pension with no product named', { category: null, product: '', concept: '여름 휴가' }, 'stay', true],
    ['a cafe shop front', { category: null, product: '', concept: '매장 오픈' }, 'cafe', true],
    ['a restaurant interior', { category: 'meal', product: '인테리어', concept: '' }, 'restaurant', true],
    ['a latte', { category: 'drink', product: '아이스 라떼', concept: '여름 신메뉴' }, 'cafe', false],
    ['a stay selling a barbecue set', { category: 'meal', product: '바베큐 세트', concept: '' }, 'stay', false],
    ['a cafe with no product named', { category: null, product: '', concept: '' }, 'cafe', false],
  ];
  it.each(requests)('%s: scene request %s', (_, reading, industry, scene) => {
    expect(isSceneRequest(reading, industry)).toBe(scene);
  });

  const shares: [string, CutoutQuality | null, boolean, PhotoShare][] = [
    ['a scene request, however clean the mask', quality(0.95), true, 'scene'],
    ['a cut-out below the trusted confidence', quality(0.3), false, 'scene'],
    ['a doubtful cut-out', quality(0.6), false, 'half'],
    ['a confident cut-out', quality(0.95), false, 'one'],
    ['no measure of the cut-out', null, false, 'one'],
  ];
  it.each(shares)('%s: %s', (_, q, sceneRequest, share) => {
    expect(photoShare(q, sceneRequest)).toBe(share);
  });

  const planned = planVariants({ seed: 11, count: 4, style: 'semi-realistic', industry: 'cafe', season: 'summer', tone: 'friendly', wish: null });
  const photoCount = (share: PhotoShare): number => withPhotoLayouts(planned, share).filter((v) => isPhotoLayout(v.layout)).length;

  it('mixes composites and photo layouts by the share: one, half, all', () => {
    expect([photoCount('one'), photoCount('half'), photoCount('scene')]).toEqual([1, 2, 4]);
    const scene = withPhotoLayouts(planned, 'scene');
    expect(new Set(scene.map((v) => v.layout)).size).toBe(4);
    expect(scene.every((v) => v.grade !== undefined)).toBe(true);
  });

  it('keeps a set that has photo layouts as it is, so an edit redraws the same pictures', () => {
    const once = withPhotoLayouts(planned, 'half');
    expect(withPhotoLayouts(once, 'half')).toEqual(once);
    expect(withPhotoLayouts(once, 'one').filter((v) => isPhotoLayout(v.layout))).toHaveLength(2);
  });
});
