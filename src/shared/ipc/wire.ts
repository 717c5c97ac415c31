import { z } from 'zod';
import { errorDataSchema } from '../errors';
import { maxPastedBase64Length } from './media';

/** The result of any call as it crosses a boundary: errors are data, never thrown across. */
export const envelopeSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: errorDataSchema }),
]);
export type Envelope = z.infer<typeof envelopeSchema>;

/** An event as it crosses a boundary; the payload is validated against the contract on arrival. */
export const eventFrameSchema = z.object({ name: z.string(), payload: z.unknown() });
export type EventFrame = z.infer<typeof eventFrameSchema>;

/** A call's own fields around its largest argument: kind, id, method, and a pasted image's name even if every character is JSON-escaped. */
const callEnvelopeBytes = 64 * 1024;
/** The largest call frame a transport must carry: the contract's largest input (a pasted image's base64) in its envelope. */
export const maxCallFrameBytes = maxPastedBase64Length + callEnvelopeBytes;

/** WebSocket frames, client → host. `id` pairs a call with its result. */
export const socketRequestSchema = z.object({
  kind: z.literal('call'),
  id: z.number().int().nonnegative(),
  method: z.string().max(200),
  input: z.unknown(),
});
export type SocketRequest = z.infer<typeof socketRequestSchema>;

/** WebSocket frames, host → client. */
export const socketResponseSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('result'), id: z.number().int().nonnegative(), envelope: envelopeSchema }),
  z.object({ kind: z.literal('event'), event: eventFrameSchema }),
]);
export type SocketResponse = z.infer<typeof socketResponseSchema>;
