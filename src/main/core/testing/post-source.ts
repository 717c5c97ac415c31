import type { PostSource } from '../posting/post-source';

/** A cafe's ad as the posting pack reads it: the copy as set, the owner's facts, a shop with every detail filled in. */
export const cafe: PostSource = {
  shop: { name: '달빛카페', region: '서울 마포구 연남동', address: '서울 마포구 동교로 123', phone: '02-123-4567', hours: '매일 10:00–21:00', optOutNumber: '080-123-4567' },
  product: '아이스 라떼',
  headline: '다시 찾게 되는 아이스 라떼',
  subcopy: '한여름 오후, 시원한 라떼 한 잔으로 쉬어 가세요.',
  cta: 'DM으로 문의',
  hashtags: ['아이스라떼', '연남동카페', '달빛카페'],
  facts: ['30% 할인', '4,500원'],
};
