import { describe, expect, it } from 'vitest';
import { undoWindowMs } from '../../../shared/ipc/common';
import { openTestDb, type Db } from '../db/client';
import { insertMedia } from '../media/media-repo';
import { softDeleteSession } from '../sessions/sessions-repo';
import { seedGeneration, seedShopSession } from '../testing/seed';
import { createShop } from '../shops/shops-repo';
import { createSession } from '../sessions/sessions-repo';
import {
  findGeneration,
  getGeneration,
  pageGenerations,
  purgeDeletedGenerations,
  restoreGenerations,
  softDeleteGenerations,
  type GenerationQuery,
} from './generations-repo';

const sha = (c: string) => c.repeat(64);
const addMedia = (db: Db, s: string, width = 1080, height = 1080) =>
  insertMedia(db, { sha256: s, ext: 'png', mime: 'image/png', bytes: 100, width, height, createdAt: 1 });

function allPages(db: Db, query: Omit<GenerationQuery, 'limit' | 'cursor'>, limit = 3): string[] {
  const ids: string[] = [];
  let cursor: string | undefined;
  do {
    const page = pageGenerations(db, { ...query, limit, cursor });
    ids.push(...page.items.map((g) => g.id));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return ids;
}

describe('generations repository', () => {
  it('stores a generation with its inputs and outputs and reads it back whole', () => {
    const { db } = openTestDb();
    const ids = seedShopSession(db);
    addMedia(db, sha('1'));
    addMedia(db, sha('2'), 1080, 1350);
    const generation = seedGeneration(db, { shopId: ids.shop.id, sessionId: ids.session.id }, {
      kind: 'image',
      inputMedia: [sha('1')],
      outputs: [{ variantIndex: 0, format: '4:5', sha256: sha('2') }],
      timings: { analyzing: 120, generating: 900 },
      modelIds: ['template-ko'],
      score: 0.8,
    });
    expect(getGeneration(db, generation.id)).toMatchObject({
      kind: 'image',
      inputMedia: [sha('1')],
      outputs: [{ variantIndex: 0, format: '4:5', sha256: sha('2'), width: 1080, height: 1350 }],
      outputCopy: { headline: '시원한 여름, 아이스 라떼', hashtags: ['카페', '여름'] },
      timings: { analyzing: 120, generating: 900 },
      modelIds: ['template-ko'],
      score: 0.8,
    });
  });

  it('reads each stored record once, shared and frozen, and a row that holds no record as none', () => {
    const { db, sqlite } = openTestDb();
    const ids = seedShopSession(db);
    const first = seedGeneration(db, { shopId: ids.shop.id, sessionId: ids.session.id }, {}, 1000);
    const second = seedGeneration(db, { shopId: ids.shop.id, sessionId: ids.session.id }, { outputCopy: { headline: '소금빵 나왔어요', hashtags: [] } }, 2000);
    const tampered = seedGeneration(db, { shopId: ids.shop.id, sessionId: ids.session.id }, {}, 3000);
    sqlite.prepare("UPDATE generations SET output_copy = '{\"headline\": 7}' WHERE id = ?").run(tampered.id);

    const record = getGeneration(db, first.id).outputCopy;
    expect(record).toMatchObject({ headline: '시원한 여름, 아이스 라떼', hashtags: ['카페', '여름'] });
    expect(getGeneration(db, first.id).outputCopy).toBe(record);
    expect(Object.isFrozen(record) && Object.isFrozen(record?.hashtags)).toBe(true);
    expect(() => record?.hashtags.push('덧붙임')).toThrow(TypeError);
    expect(getGeneration(db, second.id).outputCopy?.headline).toBe('소금빵 나왔어요');
    expect(getGeneration(db, tampered.id).outputCopy).toBeNull();
    expect(pageGenerations(db, { limit: 10 }).items.map((g) => g.outputCopy?.headline ?? null)).toEqual([null, '소금빵 나왔어요', '시원한 여름, 아이스 라떼']);
  });

  it('writes nothing when an output refers to media that is not stored', () => {
    const { db } = openTestDb();
    const ids = seedShopSession(db);
    expect(() => seedGeneration(db, { shopId: ids.shop.id, sessionId: ids.session.id }, { outputs: [{ variantIndex: 0, format: '1:1', sha256: sha('9') }] })).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND' }),
    );
    expect(pageGenerations(db, { limit: 10 }).items).toEqual([]);
  });

  it('filters by shop, session, kind, style, format and date range', () => {
    const { db } = openTestDb();
    const a = seedShopSession(db);
    const otherShop = createShop(db, { name: '빵집', industry: 'bakery' });
    const b = { shopId: otherShop.id, sessionId: createSession(db, { shopId: otherShop.id }).id };
    const ids = { shopId: a.shop.id, sessionId: a.session.id };
    addMedia(db, sha('a'));
    const copy = seedGeneration(db, ids, { kind: 'copy', style: 'minimal' }, 1000);
    const image = seedGeneration(db, ids, { kind: 'image', style: 'illustration', outputs: [{ variantIndex: 0, format: '9:16', sha256: sha('a') }] }, 2000);
    const bakery = seedGeneration(db, b, { kind: 'copy', style: 'minimal' }, 3000);
    expect(allPages(db, { shopId: a.shop.id })).toEqual([image.id, copy.id]);
    expect(allPages(db, { sessionId: b.sessionId })).toEqual([bakery.id]);
    expect(allPages(db, { kind: 'image' })).toEqual([image.id]);
    expect(allPages(db, { style: 'minimal' })).toEqual([bakery.id, copy.id]);
    expect(allPages(db, { format: '9:16' })).toEqual([image.id]);
    expect(allPages(db, { format: '1:1' })).toEqual([]);
    expect(allPages(db, { from: 1500, to: 3000 })).toEqual([bakery.id, image.id]);
    expect(allPages(db, { shopId: a.shop.id, kind: 'copy', style: 'minimal', to: 1000 })).toEqual([copy.id]);
  });

  it('finds Korean words inside compounds and across request and copy', () => {
    const { db } = openTestDb();
    const { shop, session } = seedShopSession(db);
    const ids = { shopId: shop.id, sessionId: session.id };
    const latte = seedGeneration(db, ids, { inputText: '아이스바닐라라떼 출시', outputCopy: { headline: '여름엔 달콤하게' } });
    const bread = seedGeneration(db, ids, { inputText: '소금빵 할인 행사', outputCopy: { headline: '갓 구운 버터 향' } });
    expect(allPages(db, { query: '라떼' })).toEqual([latte.id]);
    expect(allPages(db, { query: '바닐라라떼' })).toEqual([latte.id]);
    expect(allPages(db, { query: '달콤하게' })).toEqual([latte.id]);
    expect(allPages(db, { query: '버터 소금빵' })).toEqual([bread.id]);
    expect(allPages(db, { query: '라떼 버터' })).toEqual([]);
    // Quotes are FTS syntax: typed by the owner they are literal text, never a query error.
    expect(allPages(db, { query: '"라떼' })).toEqual([]);
    expect(allPages(db, { query: '100%' })).toEqual([]);
  });

  it('keeps the search index in step with deletes', () => {
    const { db, sqlite } = openTestDb();
    const { shop, session } = seedShopSession(db);
    const latte = seedGeneration(db, { shopId: shop.id, sessionId: session.id }, { inputText: '아이스바닐라라떼 출시' }, 1);
    softDeleteGenerations(db, [latte.id], 10);
    expect(allPages(db, { query: '라떼' })).toEqual([]);
    purgeDeletedGenerations(db, 11 + undoWindowMs);
    const count = (table: string) => (sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    expect([count('generations_fts'), count('generation_search_keys')]).toEqual([0, 0]);
  });

  it('deletes with an undo window: hidden at once, restorable, then purged', () => {
    const { db } = openTestDb();
    const { shop, session } = seedShopSession(db);
    const g = seedGeneration(db, { shopId: shop.id, sessionId: session.id }, {}, 1);
    expect(softDeleteGenerations(db, [g.id], 100)).toEqual({ deleted: 1, undoUntil: 100 + undoWindowMs });
    expect(findGeneration(db, g.id)).toBeUndefined();
    expect(restoreGenerations(db, [g.id])).toBe(1);
    expect(findGeneration(db, g.id)).toBeDefined();
    softDeleteGenerations(db, [g.id], 100);
    expect(purgeDeletedGenerations(db, 100 + undoWindowMs)).toBe(0);
    expect(purgeDeletedGenerations(db, 101 + undoWindowMs)).toBe(1);
    expect(restoreGenerations(db, [g.id])).toBe(0);
  });

  it('hides the generations of a deleted session', () => {
    const { db } = openTestDb();
    const { shop, session } = seedShopSession(db);
    const g = seedGeneration(db, { shopId: shop.id, sessionId: session.id });
    softDeleteSession(db, session.id);
    expect(findGeneration(db, g.id)).toBeUndefined();
    expect(pageGenerations(db, { limit: 10 }).items).toEqual([]);
  });

  it('pages without skipping or repeating rows while new ones arrive between requests', () => {
    const { db } = openTestDb();
    const { shop, session } = seedShopSession(db);
    const ids = { shopId: shop.id, sessionId: session.id };
    // Many rows share a millisecond: the id breaks the tie.
    const existing = Array.from({ length: 40 }, (_, i) => seedGeneration(db, ids, { inputText: `r${i}` }, 1000 + Math.floor(i / 4)).id);
    const seen: string[] = [];
    let cursor: string | undefined;
    let clock = 2000;
    do {
      const page = pageGenerations(db, { limit: 7, cursor });
      seen.push(...page.items.map((g) => g.id));
      cursor = page.nextCursor ?? undefined;
      for (let i = 0; i < 3; i += 1) seedGeneration(db, ids, { inputText: 'newer' }, clock++);
      seedGeneration(db, ids, { inputText: 'same ms as the oldest' }, 1000);
    } while (cursor);
    const expected = [...existing].sort().reverse();
    const oldRowsSeen = seen.filter((id) => existing.includes(id));
    expect(new Set(seen).size).toBe(seen.length);
    expect(oldRowsSeen.sort().reverse()).toEqual(expected);
  });

  it('refuses a forged cursor with a typed error', () => {
    const { db } = openTestDb();
    expect(() => pageGenerations(db, { limit: 5, cursor: 'bm90LWEtY3Vyc29y' })).toThrow(expect.objectContaining({ code: 'VALIDATION_FAILED' }));
  });
});
