import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { methods, type MethodName } from '../../../shared/ipc/contract';
import { createTempCore } from '../testing/temp-core';

const hangul = /[가-힣]/;
const core = createTempCore();
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown): void => void unhandled.push(reason);

beforeAll(() => process.on('unhandledRejection', onUnhandled));
afterAll(async () => {
  process.off('unhandledRejection', onUnhandled);
  await core.dispose();
});
afterEach(() => expect(unhandled).toEqual([]));

const deep = (levels: number): unknown => (levels === 0 ? {} : { nested: deep(levels - 1) });
const wholePayloads: unknown[] = [
  undefined,
  null,
  0,
  Number.NaN,
  'text',
  true,
  [],
  [{}],
  { unexpected: 1 },
  JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {}}}'),
  deep(200),
  'x'.repeat(1_000_000),
];
const wrongFieldValues: unknown[] = [null, 'text', -1, 1e9, Number.NaN, Number.POSITIVE_INFINITY, 1.5, {}, [], true, 'fr'];

/** Payloads the method's schema must refuse: whole wrong shapes, and each field given a wrong type. */
function malformedPayloads(method: MethodName): unknown[] {
  const schema = methods[method].input;
  const fields = schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
  const perField = fields.flatMap((field) => wrongFieldValues.map((value) => ({ [field]: value })));
  return [...wholePayloads, ...perField].filter((payload) => !schema.safeParse(payload).success);
}

describe('contract: every handler refuses malformed payloads with a typed error', () => {
  for (const method of Object.keys(methods) as MethodName[]) {
    it(`${method}`, async () => {
      const payloads = malformedPayloads(method);
      expect(payloads.length).toBeGreaterThanOrEqual(10);
      for (const payload of payloads) {
        const envelope = await core.call(method, payload);
        expect(envelope.ok).toBe(false);
        if (envelope.ok) continue;
        expect(envelope.error.code).toBe('VALIDATION_FAILED');
        expect(envelope.error.message).toContain(method);
        expect(envelope.error.userMessage).toMatch(hangul);
      }
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  }

  it('refuses unknown or malformed method names', async () => {
    for (const method of ['nope', '', '__proto__', 'constructor', 'toString', 42, null, undefined, { m: 1 }]) {
      const envelope = await core.call(method, {});
      expect(envelope).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    }
  });

  it('still answers valid calls after all of that', async () => {
    const health = await core.call('app.health', {});
    expect(health).toMatchObject({ ok: true, data: { ok: true } });
  });
});
