import type { Industry } from '../copy/industry';
import { readRequest, type ReadingContext } from '../copy/request-reading';

/** The day tests read requests on: a summer morning in Seoul. */
export const testNow = new Date('2026-07-10T10:00:00+09:00');

const shopNames: Record<Industry, string> = {
  cafe: '달빛카페',
  bakery: '밀밭베이커리',
  restaurant: '한솥식당',
  salon: '봄날헤어',
  pension: '바다펜션',
  smartstore: '달빛상점',
  other: '동네가게',
};

/** The built-in reading of a request as a shop of that kind would send it from a fresh chat. */
export const readAs = (text: string, industry: Industry = 'cafe', context: Partial<ReadingContext> = {}) =>
  readRequest(text, { now: testNow, shop: { industry, name: shopNames[industry] }, hasPrevious: false, hasAttachments: false, ...context });
