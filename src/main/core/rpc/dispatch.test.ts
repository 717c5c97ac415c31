import { afterAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors';
import type { Handlers } from '../../../shared/ipc/contract';
import { createTempCore } from '../testing/temp-core';
import { dispatch } from './dispatch';

describe('dispatch', () => {
  const core = createTempCore();
  afterAll(() => core.dispose());

  const withHandler = (handler: Handlers['app.health']): Handlers => ({ ...core.handlers, 'app.health': handler });

  it('passes typed errors through as data', async () => {
    const handlers = withHandler(async () => {
      throw new AppError('SETTINGS_WRITE_FAILED', 'disk full', '저장 공간이 부족해요.');
    });
    await expect(dispatch(handlers, core.logger, 'app.health', {})).resolves.toEqual({
      ok: false,
      error: { code: 'SETTINGS_WRITE_FAILED', message: 'disk full', userMessage: '저장 공간이 부족해요.' },
    });
  });

  it('turns a plain throw into INTERNAL instead of an empty object', async () => {
    const handlers = withHandler(async () => {
      throw new TypeError('boom');
    });
    const envelope = await dispatch(handlers, core.logger, 'app.health', {});
    expect(envelope).toMatchObject({ ok: false, error: { code: 'INTERNAL', message: 'boom' } });
  });

  it('refuses output that breaks the contract', async () => {
    const handlers = withHandler(async () => ({ ok: 'yes' }) as never);
    const envelope = await dispatch(handlers, core.logger, 'app.health', {});
    expect(envelope).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    if (!envelope.ok) expect(envelope.error.message).toContain('breaks the contract');
  });
});
