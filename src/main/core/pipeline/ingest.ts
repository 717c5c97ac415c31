import type { GenerateRequest } from '../../../shared/ipc/jobs';
import type { MediaInfo } from '../../../shared/ipc/media';
import type { Message, Session } from '../../../shared/ipc/sessions';
import type { Shop } from '../../../shared/ipc/shops';
import { insertMessage } from '../sessions/messages-repo';
import { createSession, getSession, titleFrom } from '../sessions/sessions-repo';
import { getShop } from '../shops/shops-repo';
import type { JobContext, PipelineDeps } from './pipeline-types';

export interface Ingested {
  shop: Shop;
  session: Session;
  userMessage: Message;
  photos: MediaInfo[];
}

/**
 * Finds the shop (unknown → typed error) and the session (none given → a new one titled from
 * the request), checks the photos are in the library, and records the owner's message.
 */
export function ingest(deps: PipelineDeps, request: GenerateRequest, job: JobContext): Ingested {
  const db = deps.db();
  const photos = request.attachments.map((sha256) => deps.media.info(sha256));
  const { session, shop, userMessage } = db.transaction((tx) => {
    const session = request.sessionId ? getSession(tx, request.sessionId) : createSession(tx, { shopId: getShop(tx, request.shopId).id, title: titleFrom(request.text) });
    const shop = getShop(tx, session.shopId);
    const userMessage = insertMessage(tx, { sessionId: session.id, role: 'user', text: request.text, jobId: job.jobId, attachments: photos.map((p) => ({ sha256: p.sha256, role: 'input' as const })) });
    return { session, shop, userMessage };
  });
  job.onSession(session.id);
  return { shop, session, userMessage, photos };
}
