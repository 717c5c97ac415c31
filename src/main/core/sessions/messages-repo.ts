import { and, asc, eq, sql } from 'drizzle-orm';
import { assistantReplySchema, type AssistantReply, type Message } from '../../../shared/ipc/sessions';
import type { Db } from '../db/client';
import { newId } from '../db/ids';
import { afterKey, decodeCursor, newestFirst, toPage } from '../db/keyset';
import { inIdList, preparedFor } from '../db/prepared-cache';
import { media, messageAttachments, messages } from '../db/schema';
import { getSession, touchSession } from './sessions-repo';

export interface NewMessage {
  sessionId: string;
  role: Message['role'];
  text: string;
  reply?: AssistantReply | null;
  jobId?: string | null;
  attachments?: { sha256: string; role: 'input' | 'output' }[];
}

/** The message, its attachments and the session's last-used time, in one transaction. */
export function insertMessage(db: Db, input: NewMessage, now = Date.now()): Message {
  return db.transaction((tx) => {
    getSession(tx, input.sessionId);
    const id = newId();
    const reply = input.reply ?? null;
    tx.insert(messages).values({ id, sessionId: input.sessionId, role: input.role, text: input.text, jobId: input.jobId ?? null, reply, createdAt: now }).run();
    const attachments = input.attachments ?? [];
    if (attachments.length > 0) {
      tx.insert(messageAttachments)
        .values(attachments.map((a, position) => ({ messageId: id, position, sha256: a.sha256, role: a.role })))
        .run();
    }
    touchSession(tx, input.sessionId, now);
    return withAttachments(tx, [{ id, sessionId: input.sessionId, role: input.role, text: input.text, jobId: input.jobId ?? null, reply, createdAt: now }])[0] as Message;
  });
}

/** A row's reply codes; the file may have been edited or written by another build, so a bad value reads as none. */
function storedReply(value: unknown): AssistantReply | null {
  const parsed = assistantReplySchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

// Built and prepared once per database: building a drizzle query cost more than running it,
// and its garbage (about 100 KiB a page) put scavenges into the page's p99.
const attachmentsOf = (db: Db) =>
  preparedFor(db, 'message-attachments', () =>
    db
      .select({
        messageId: messageAttachments.messageId,
        sha256: messageAttachments.sha256,
        role: messageAttachments.role,
        mime: media.mime,
        width: media.width,
        height: media.height,
      })
      .from(messageAttachments)
      .innerJoin(media, eq(media.sha256, messageAttachments.sha256))
      .where(inIdList(messageAttachments.messageId))
      .orderBy(asc(messageAttachments.messageId), asc(messageAttachments.position))
      .prepare(),
  );

function withAttachments(db: Db, rows: Omit<Message, 'attachments'>[]): Message[] {
  if (rows.length === 0) return [];
  const attached = attachmentsOf(db).all({ ids: JSON.stringify(rows.map((row) => row.id)) });
  return rows.map((row) => ({
    ...row,
    attachments: attached.filter((a) => a.messageId === row.id).map(({ messageId, ...a }) => a),
  }));
}

const pageQuery = (db: Db, withCursor: boolean) =>
  preparedFor(db, withCursor ? 'messages-page:cursor' : 'messages-page', () =>
    db
      .select()
      .from(messages)
      .where(
        and(
          eq(messages.sessionId, sql.placeholder('sessionId')),
          withCursor ? afterKey(messages.createdAt, messages.id, sql.placeholder('cursorAt'), sql.placeholder('cursorId')) : undefined,
        ),
      )
      .orderBy(...newestFirst(messages.createdAt, messages.id))
      .limit(sql.placeholder('limit'))
      .prepare(),
  );

export function pageMessages(db: Db, q: { sessionId: string; cursor?: string; limit: number }) {
  getSession(db, q.sessionId);
  const cursor = q.cursor !== undefined ? decodeCursor(q.cursor) : undefined;
  const rows = pageQuery(db, cursor !== undefined).all({ sessionId: q.sessionId, limit: q.limit + 1, cursorAt: cursor?.createdAt, cursorId: cursor?.id });
  const page = toPage(rows, q.limit, (row) => row);
  return { items: withAttachments(db, page.items.map((row) => ({ ...row, reply: storedReply(row.reply) }))), nextCursor: page.nextCursor };
}
