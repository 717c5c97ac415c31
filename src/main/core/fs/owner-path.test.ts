import { afterAll, describe, expect, it } from 'vitest';
import { createTempCore } from '../testing/temp-core';
import { unwrap } from '../testing/unwrap';

// Through the one validated entry every front door uses, so the contract and the core's check are both exercised.
const core = createTempCore();
afterAll(() => core.dispose());

const refusedWith = async (method: string, input: unknown) => {
  const envelope = await core.call(method, input);
  expect(envelope.ok, `${method} ${JSON.stringify(input)}`).toBe(false);
  return envelope.ok ? undefined : envelope.error;
};
const variant = { id: '00000000-0000-4000-8000-000000000000', variantIndex: 0, encoding: { type: 'png' } };

describe('paths and search text from callers', () => {
  it('refuses a NUL byte in a path or in search text as VALIDATION_FAILED with a Korean message', async () => {
    const cases: [string, unknown][] = [
      ['media.import', { source: { kind: 'paths', paths: ['/tmp/cat.jpg\0.png'] } }],
      ['generations.exportImage', { ...variant, format: '1:1', destination: '/tmp/ad\0.png' }],
      ['generations.page', { query: '라떼\0' }],
      ['sessions.list', { query: '\0' }],
    ];
    for (const [method, input] of cases) {
      const error = await refusedWith(method, input);
      expect(error?.code).toBe('VALIDATION_FAILED');
      expect(error?.userMessage).toMatch(/[가-힣]/);
    }
  });

  it('refuses a relative path in media.import at the contract', async () => {
    expect((await refusedWith('media.import', { source: { kind: 'paths', paths: ['cat.jpg'] } }))?.code).toBe('VALIDATION_FAILED');
  });

  it.runIf(process.platform !== 'win32')('refuses a Windows path on this system in every method that takes a path, before touching the disk', async () => {
    const windows = 'C:\\Users\\owner\\Desktop';
    const cases: [string, unknown][] = [
      ['generations.platformPack', { ...variant, destination: windows }],
      ['generations.exportImage', { ...variant, format: '1:1', destination: windows }],
      ['library.export', { selection: { kind: 'generations', ids: [variant.id] }, destination: windows }],
      ['library.backup', { destination: windows }],
      ['library.restore', { source: windows }],
      ['models.import', { path: `${windows}\\model.gguf` }],
    ];
    for (const [method, input] of cases) {
      const error = await refusedWith(method, input);
      expect(error, method).toMatchObject({ code: 'VALIDATION_FAILED', userMessage: expect.stringContaining('이 컴퓨터에서 쓸 수 없는 경로') });
    }
    const { items } = unwrap<{ items: { ok: boolean; error?: { code: string } }[] }>(await core.call('media.import', { source: { kind: 'paths', paths: [`${windows}\\cat.jpg`] } }));
    expect(items[0]).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
  });
});
