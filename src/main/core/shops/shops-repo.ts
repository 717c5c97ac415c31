import { asc, eq } from 'drizzle-orm';
import { AppError } from '../../../shared/errors';
import type { Shop, ShopCreate, ShopPatch } from '../../../shared/ipc/shops';
import type { Db } from '../db/client';
import { refusingDangling } from '../db/constraint-errors';
import { newId } from '../db/ids';
import { shops } from '../db/schema';

export const shopNotFound = (id: string): AppError =>
  new AppError('NOT_FOUND', `No shop ${id}`, '가게 정보를 찾을 수 없어요. 가게를 다시 선택하거나 새로 만들어 주세요.');

const logoNotFound = (): AppError =>
  new AppError('NOT_FOUND', 'Logo media is not in the library', '로고 이미지를 찾을 수 없어요. 로고를 다시 올려 주세요.');

export function listShops(db: Db): Shop[] {
  return db.select().from(shops).orderBy(asc(shops.createdAt), asc(shops.id)).all();
}

export function findShop(db: Db, id: string): Shop | undefined {
  return db.select().from(shops).where(eq(shops.id, id)).get();
}

export function getShop(db: Db, id: string): Shop {
  const shop = findShop(db, id);
  if (!shop) throw shopNotFound(id);
  return shop;
}

export function createShop(db: Db, input: ShopCreate, now = Date.now()): Shop {
  const row = {
    region: '',
    address: '',
    phone: '',
    hours: '',
    optOutNumber: '',
    description: '',
    tone: '',
    brandColors: [],
    logoSha256: null,
    defaultHashtags: [],
    targetCustomers: '',
    typeface: null,
    ...input,
    id: newId(),
    createdAt: now,
    updatedAt: now,
  };
  refusingDangling(() => db.insert(shops).values(row).run(), logoNotFound);
  return getShop(db, row.id);
}

export function updateShop(db: Db, id: string, patch: ShopPatch, now = Date.now()): Shop {
  const result = refusingDangling(() => db.update(shops).set({ ...patch, updatedAt: now }).where(eq(shops.id, id)).run(), logoNotFound);
  if (result.changes === 0) throw shopNotFound(id);
  return getShop(db, id);
}

export function deleteShop(db: Db, id: string): void {
  const result = refusingDangling(
    () => db.delete(shops).where(eq(shops.id, id)).run(),
    () =>
      new AppError(
        'CONFLICT',
        `Shop ${id} still has sessions or generations`,
        '이 가게에 작업 기록이 남아 있어 삭제할 수 없어요. 먼저 기록을 삭제해 주세요.',
      ),
  );
  if (result.changes === 0) throw shopNotFound(id);
}
