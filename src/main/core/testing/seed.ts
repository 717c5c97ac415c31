import type { Db } from '../db/client';
import { insertGeneration, type NewGeneration } from '../generations/generations-repo';
import { createSession } from '../sessions/sessions-repo';
import { createShop } from '../shops/shops-repo';

/** A shop and a session to hang test rows on. */
export function seedShopSession(db: Db, now = Date.now()) {
  const shop = createShop(db, { name: '달빛카페', industry: 'cafe', region: '서울 마포구' }, now);
  const session = createSession(db, { shopId: shop.id, title: '여름 신메뉴' }, now);
  return { shop, session };
}

/** A copy generation with sensible defaults; override what the test is about. */
export function seedGeneration(db: Db, ids: { shopId: string; sessionId: string }, overrides: Partial<NewGeneration> = {}, now = Date.now()) {
  return insertGeneration(
    db,
    {
      sessionId: ids.sessionId,
      shopId: ids.shopId,
      messageId: null,
      kind: 'copy',
      inputText: '여름 신메뉴 아이스 라떼 광고 만들어줘',
      inputMedia: [],
      outputCopy: { headline: '시원한 여름, 아이스 라떼', hashtags: ['카페', '여름'] },
      imagePrompt: null,
      method: 'template',
      style: 'minimal',
      industry: 'cafe',
      seed: 42,
      aspectRatio: '1:1',
      width: null,
      height: null,
      steps: null,
      score: null,
      parentId: null,
      outputs: [],
      ...overrides,
    },
    now,
  );
}
