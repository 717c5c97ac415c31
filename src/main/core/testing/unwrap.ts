import type { Envelope } from '../../../shared/ipc/wire';

/** A call's data, or the test fails with the error's code and message. */
export function unwrap<T>(envelope: Envelope): T {
  if (!envelope.ok) throw new Error(`${envelope.error.code}: ${envelope.error.message}`);
  return envelope.data as T;
}
