import { z } from 'zod';
import { errorCodeSchema } from '../errors';
import { copyWriterSchema, platformSchema } from './copy';
import { idSchema, pageOf, pageRequestShape, searchTextSchema, sha256Schema, timestampSchema } from './common';
import type { EventSpecs, MethodSpecs } from './spec';

export const sessionSchema = z.object({
  id: idSchema,
  shopId: idSchema,
  title: z.string(),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
  archived: z.boolean(),
});
export type Session = z.infer<typeof sessionSchema>;

export const attachmentSchema = z.object({
  sha256: sha256Schema,
  role: z.enum(['input', 'output']),
  mime: z.string(),
  width: z.number().int(),
  height: z.number().int(),
});

/**
 * The lead of an assistant's reply as a code, so each window words it in its own language;
 * the Korean chat text stays as written, for the model's history and for export.
 */
const plainLeads = ['edited', 'image-edited', 'copy-kept', 'answered'] as const;
export const replyLeads = ['made-images', 'made-copy', ...plainLeads] as const;

export const replySchema = z.discriminatedUnion('code', [
  z.object({ code: z.literal('made-images'), params: z.object({ images: z.number().int().positive() }).strict() }).strict(),
  z.object({ code: z.literal('made-copy'), params: z.object({ platform: platformSchema }).strict() }).strict(),
  z.object({ code: z.enum(plainLeads), params: z.object({}).strict() }).strict(),
]);

/** Who wrote the copy, and why the built-in writer stood in for the model, when it did. */
export const writerNoteSchema = z.object({ writer: copyWriterSchema, fallback: errorCodeSchema.nullable() }).strict();

export const assistantReplySchema = z.object({ lead: replySchema, note: writerNoteSchema.nullable() }).strict();
export type AssistantReply = z.infer<typeof assistantReplySchema>;

export const messageSchema = z.object({
  id: idSchema,
  sessionId: idSchema,
  role: z.enum(['user', 'assistant', 'system']),
  text: z.string(),
  attachments: z.array(attachmentSchema),
  jobId: idSchema.nullable(),
  /** An assistant reply's lead and writer note as codes; null for older rows and the owner's own messages. */
  reply: assistantReplySchema.nullable(),
  createdAt: timestampSchema,
});
export type Message = z.infer<typeof messageSchema>;

const titleSchema = z.string().trim().min(1).max(120);
const byId = z.object({ id: idSchema }).strict();

export const sessionsMethods = {
  /** Newest first. `query` matches inside titles; archived sessions only when asked. */
  'sessions.list': {
    input: z
      .object({
        ...pageRequestShape,
        shopId: idSchema.optional(),
        archived: z.boolean().default(false),
        query: searchTextSchema.optional(),
      })
      .strict(),
    output: pageOf(sessionSchema),
  },
  'sessions.create': { input: z.object({ shopId: idSchema, title: titleSchema.optional() }).strict(), output: sessionSchema },
  'sessions.rename': { input: z.object({ id: idSchema, title: titleSchema }).strict(), output: sessionSchema },
  'sessions.archive': { input: z.object({ id: idSchema, archived: z.boolean() }).strict(), output: sessionSchema },
  /** Hides the session at once; it is purged with its messages and generations after the undo window. */
  'sessions.delete': { input: byId, output: z.object({ id: idSchema, undoUntil: timestampSchema }) },
  'sessions.restore': { input: byId, output: sessionSchema },
  /** A session's messages, newest first: the chat pages upward with `nextCursor`. */
  'messages.page': {
    input: z.object({ sessionId: idSchema, ...pageRequestShape }).strict(),
    output: pageOf(messageSchema),
  },
} satisfies MethodSpecs;

export const sessionsEvents = {} satisfies EventSpecs;
