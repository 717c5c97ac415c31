import { afterEach, describe, expect, it } from 'vitest';
import { openTestDb } from '../db/client';
import { createSession } from '../sessions/sessions-repo';
import { createShop, deleteShop, getShop, listShops, updateShop } from './shops-repo';

const opened = openTestDb();
const db = opened.db;
afterEach(() => opened.sqlite.exec('DELETE FROM sessions; DELETE FROM shops;'));

describe('shops repository', () => {
  it('creates a shop with defaults for what was not given', () => {
    const shop = createShop(db, { name: '달빛카페', industry: 'cafe' }, 1000);
    expect(shop).toMatchObject({ name: '달빛카페', industry: 'cafe', region: '', brandColors: [], defaultHashtags: [], logoSha256: null, typeface: null, createdAt: 1000, updatedAt: 1000 });
    expect(getShop(db, shop.id)).toEqual(shop);
  });

  it('lists shops oldest first', () => {
    const a = createShop(db, { name: 'A', industry: 'cafe' }, 1);
    const b = createShop(db, { name: 'B', industry: 'bakery' }, 2);
    expect(listShops(db).map((s) => s.id)).toEqual([a.id, b.id]);
  });

  it('updates only the named fields', () => {
    const shop = createShop(db, { name: '빵굽는집', industry: 'bakery', tone: '따뜻하게' }, 1);
    const updated = updateShop(db, shop.id, { brandColors: ['#ffaa00'], defaultHashtags: ['빵'] }, 5);
    expect(updated).toMatchObject({ tone: '따뜻하게', brandColors: ['#ffaa00'], defaultHashtags: ['빵'], updatedAt: 5 });
  });

  it("keeps the shop's chosen typeface, and null again lets the tone choose", () => {
    const shop = createShop(db, { name: '꽃집', industry: 'other', typeface: 'serif' }, 1);
    expect(getShop(db, shop.id).typeface).toBe('serif');
    expect(updateShop(db, shop.id, { typeface: 'hand' }, 2).typeface).toBe('hand');
    expect(updateShop(db, shop.id, { typeface: null }, 3).typeface).toBeNull();
    expect(getShop(db, shop.id).typeface).toBeNull();
  });

  it('refuses unknown shops and a logo that is not in the library', () => {
    expect(() => getShop(db, '018f0000-0000-7000-8000-00000000dead')).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    expect(() => updateShop(db, '018f0000-0000-7000-8000-00000000dead', { name: 'x' })).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    expect(() => createShop(db, { name: 'x', industry: 'cafe', logoSha256: 'a'.repeat(64) })).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });

  it('will not delete a shop that still has sessions', () => {
    const shop = createShop(db, { name: '미용실', industry: 'salon' });
    createSession(db, { shopId: shop.id });
    expect(() => deleteShop(db, shop.id)).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
    expect(getShop(db, shop.id).name).toBe('미용실');
  });

  it('deletes an unused shop', () => {
    const shop = createShop(db, { name: '펜션', industry: 'pension' });
    deleteShop(db, shop.id);
    expect(listShops(db)).toEqual([]);
  });
});
