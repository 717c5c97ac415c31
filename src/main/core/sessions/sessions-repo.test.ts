import { describe, expect, it } from 'vitest';
import { undoWindowMs } from '../../../shared/ipc/common';
import { openTestDb } from '../db/client';
import { insertMedia } from '../media/media-repo';
import { seedShopSession } from '../testing/seed';
import { createShop } from '../shops/shops-repo';
import { insertMessage, pageMessages } from './messages-repo';
import {
  archiveSession,
  createSession,
  findSession,
  listSessions,
  purgeDeletedSessions,
  renameSession,
  restoreSession,
  softDeleteSession,
  titleFrom,
} from './sessions-repo';

const sha = (c: string) => c.repeat(64);

describe('sessions repository', () => {
  it('creates, renames and archives a session', () => {
    const { db } = openTestDb();
    const { session } = seedShopSession(db, 100);
    expect(renameSession(db, session.id, '가을 메뉴', 200)).toMatchObject({ title: '가을 메뉴', updatedAt: 200 });
    expect(archiveSession(db, session.id, true, 300).archived).toBe(true);
    expect(listSessions(db, { limit: 10, archived: false }).items).toEqual([]);
    expect(listSessions(db, { limit: 10, archived: true }).items.map((s) => s.id)).toEqual([session.id]);
  });

  it('refuses a session for an unknown shop', () => {
    const { db } = openTestDb();
    expect(() => createSession(db, { shopId: '018f0000-0000-7000-8000-00000000dead' })).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });

  it('titles a session from the first line of its first request', () => {
    expect(titleFrom('  여름 신메뉴 아이스 라떼, 인스타에 올릴 광고 만들어줘\n자세히')).toBe('여름 신메뉴 아이스 라떼, 인스타에 올릴 광고 만들어줘');
    expect(titleFrom('가'.repeat(60))).toHaveLength(40);
    expect(titleFrom('   ')).toBe('새 대화');
  });

  it('filters by shop and by words inside the title, treating % and _ literally', () => {
    const { db } = openTestDb();
    const { shop } = seedShopSession(db, 1);
    const other = createShop(db, { name: '빵집', industry: 'bakery' });
    createSession(db, { shopId: other.id, title: '크루아상 100% 버터' }, 2);
    createSession(db, { shopId: shop.id, title: '아이스바닐라라떼 출시' }, 3);
    expect(listSessions(db, { limit: 10, archived: false, query: '라떼' }).items.map((s) => s.title)).toEqual(['아이스바닐라라떼 출시']);
    expect(listSessions(db, { limit: 10, archived: false, query: '100%' }).items).toHaveLength(1);
    expect(listSessions(db, { limit: 10, archived: false, query: '%' }).items).toHaveLength(1);
    expect(listSessions(db, { limit: 10, archived: false, shopId: other.id }).items).toHaveLength(1);
  });

  it('hides a deleted session at once, restores it, and purges it after the undo window', () => {
    const { db } = openTestDb();
    const { session } = seedShopSession(db, 1);
    insertMessage(db, { sessionId: session.id, role: 'user', text: '안녕하세요' }, 2);
    const { undoUntil } = softDeleteSession(db, session.id, 1000);
    expect(undoUntil).toBe(1000 + undoWindowMs);
    expect(findSession(db, session.id)).toBeUndefined();
    restoreSession(db, session.id);
    expect(findSession(db, session.id)).toBeDefined();
    softDeleteSession(db, session.id, 1000);
    expect(purgeDeletedSessions(db, 1000 + undoWindowMs - 1)).toBe(0);
    expect(purgeDeletedSessions(db, 1001 + undoWindowMs)).toBe(1);
    expect(() => restoreSession(db, session.id)).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });
});

describe('messages repository', () => {
  it('stores a message with its attachments and marks the session as used', () => {
    const { db } = openTestDb();
    const { session } = seedShopSession(db, 1);
    insertMedia(db, { sha256: sha('a'), ext: 'jpg', mime: 'image/jpeg', bytes: 10, width: 800, height: 600, createdAt: 1 });
    const message = insertMessage(db, { sessionId: session.id, role: 'user', text: '이 사진으로', attachments: [{ sha256: sha('a'), role: 'input' }] }, 50);
    expect(message.attachments).toEqual([{ sha256: sha('a'), role: 'input', mime: 'image/jpeg', width: 800, height: 600 }]);
    expect(findSession(db, session.id)?.updatedAt).toBe(50);
  });

  it('writes nothing when an attachment is not in the library', () => {
    const { db } = openTestDb();
    const { session } = seedShopSession(db, 1);
    expect(() => insertMessage(db, { sessionId: session.id, role: 'user', text: 'x', attachments: [{ sha256: sha('b'), role: 'input' }] })).toThrow();
    expect(pageMessages(db, { sessionId: session.id, limit: 10 }).items).toEqual([]);
  });

  it('pages newest first with a cursor', () => {
    const { db } = openTestDb();
    const { session } = seedShopSession(db, 1);
    for (let i = 0; i < 7; i += 1) insertMessage(db, { sessionId: session.id, role: i % 2 ? 'assistant' : 'user', text: `m${i}` }, 10 + i);
    const first = pageMessages(db, { sessionId: session.id, limit: 3 });
    const second = pageMessages(db, { sessionId: session.id, limit: 3, cursor: first.nextCursor ?? undefined });
    const third = pageMessages(db, { sessionId: session.id, limit: 3, cursor: second.nextCursor ?? undefined });
    expect([...first.items, ...second.items, ...third.items].map((m) => m.text)).toEqual(['m6', 'm5', 'm4', 'm3', 'm2', 'm1', 'm0']);
    expect(third.nextCursor).toBeNull();
  });
});
