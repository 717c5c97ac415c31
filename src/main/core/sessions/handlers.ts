import type { DomainHandlers } from '../../../shared/ipc/contract';
import type { Db } from '../db/client';
import { getShop } from '../shops/shops-repo';
import { pageMessages } from './messages-repo';
import { archiveSession, createSession, listSessions, renameSession, restoreSession, softDeleteSession } from './sessions-repo';

export function createSessionsHandlers(db: () => Db) {
  return {
    'sessions.list': async (q) => listSessions(db(), q),
    'sessions.create': async (input) => {
      getShop(db(), input.shopId);
      return createSession(db(), input);
    },
    'sessions.rename': async ({ id, title }) => renameSession(db(), id, title),
    'sessions.archive': async ({ id, archived }) => archiveSession(db(), id, archived),
    'sessions.delete': async ({ id }) => softDeleteSession(db(), id),
    'sessions.restore': async ({ id }) => restoreSession(db(), id),
    'messages.page': async (q) => pageMessages(db(), q),
  } satisfies DomainHandlers<
    'sessions.list' | 'sessions.create' | 'sessions.rename' | 'sessions.archive' | 'sessions.delete' | 'sessions.restore' | 'messages.page'
  >;
}
