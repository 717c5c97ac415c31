import { describe, expect, it } from 'vitest';
import { platformFirst } from '../pipeline/analyze';
import { drawOrder } from './ad-set';

// Which ad the owner sees first is decided by order, not by timing: the pool takes its renders in
// this order, two or four at a time, so the platform's own size is what lands first.
describe('the order a set is drawn in', () => {
  it("puts the platform's own size first, whatever order the sizes were asked in", () => {
    expect(platformFirst(['1:1', '4:5', '9:16', '16:9', '4:3'], 'instagram-feed')).toEqual(['4:5', '1:1', '9:16', '16:9', '4:3']);
    expect(platformFirst(['16:9', '1:1'], 'naver-smartstore')).toEqual(['1:1', '16:9']);
    expect(platformFirst(['4:5', '16:9'], 'youtube')).toEqual(['16:9', '4:5']);
    // Sizes asked without the platform's own stay as asked; none asked means the platform's own alone.
    expect(platformFirst(['1:1', '16:9'], 'instagram-story')).toEqual(['1:1', '16:9']);
    expect(platformFirst(undefined, 'instagram-story')).toEqual(['9:16']);
  });

  it('draws every variant in the first size before any variant in the next', () => {
    expect(drawOrder(['a', 'b', 'c'], ['4:5', '1:1']).map(({ variant, variantIndex, format }) => `${variant}${variantIndex}:${format}`)).toEqual([
      'a0:4:5',
      'b1:4:5',
      'c2:4:5',
      'a0:1:1',
      'b1:1:1',
      'c2:1:1',
    ]);
  });

  it('draws the slow variants of a size first, the rest in their order', () => {
    const order = drawOrder(['a', 'photo', 'b'], ['4:5', '1:1'], (variant) => variant === 'photo');
    expect(order.map(({ variantIndex, format }) => `${variantIndex}:${format}`)).toEqual(['1:4:5', '0:4:5', '2:4:5', '1:1:1', '0:1:1', '2:1:1']);
  });
});
