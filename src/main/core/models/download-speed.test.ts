import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors';
import type { Catalog, DownloadState } from '../../../shared/ipc/models';
import { createSpeedProbe } from './download-speed';
import { testModel } from './testing/catalog-fixture';

const onServer = (host: string) => `https://${host}`;
const a = testModel('model-a', onServer('models.example'), 10);
const b = testModel('model-b', onServer('models.example'), 10);
const c = testModel('model-c', onServer('mirror.example'), 10);
const bundled = testModel('model-bundled', onServer('models.example'), 10, { bundled: true, files: [] });
const catalog = { version: 1, entries: [a.entry, b.entry, c.entry, bundled.entry] } as unknown as Catalog;

function probe(outcomes: (number | Error)[], downloads: DownloadState[] = []) {
  let clock = 1_000_000;
  const asked: string[] = [];
  const speed = createSpeedProbe({
    catalog,
    downloads: { list: async () => downloads },
    now: () => clock,
    measure: async (url) => {
      asked.push(new URL(url).host);
      const outcome = outcomes.shift();
      if (outcome === undefined || outcome instanceof Error) throw outcome ?? new Error('no outcome');
      return outcome;
    },
  });
  return { speed, asked, pass: (ms: number) => (clock += ms) };
}

describe('the download speed probe', () => {
  it('measures once per server and remembers it for ten minutes', async () => {
    const { speed, asked, pass } = probe([5e6, 7e6, 9e6]);
    expect(await speed('model-a')).toMatchObject({ status: 'measured', bytesPerSecond: 5e6 });
    expect(await speed('model-b')).toMatchObject({ status: 'measured', bytesPerSecond: 5e6 });
    expect(await speed('model-c')).toMatchObject({ status: 'measured', bytesPerSecond: 7e6 });
    pass(9 * 60_000);
    expect(await speed('model-a')).toMatchObject({ bytesPerSecond: 5e6 });
    pass(2 * 60_000);
    expect(await speed('model-a')).toMatchObject({ bytesPerSecond: 9e6 });
    expect(asked).toEqual(['models.example', 'mirror.example', 'models.example']);
  });

  it('tells a dead line from a server error, and tries a failed check again after half a minute', async () => {
    const { speed, asked, pass } = probe([new Error('ECONNREFUSED'), new AppError('DOWNLOAD_FAILED', 'HTTP 503'), 4e6]);
    expect(await speed('model-a')).toEqual({ status: 'unreachable', reason: 'network' });
    pass(10_000);
    expect(await speed('model-a')).toEqual({ status: 'unreachable', reason: 'network' });
    pass(25_000);
    expect(await speed('model-a')).toEqual({ status: 'unreachable', reason: 'server' });
    pass(31_000);
    expect(await speed('model-a')).toMatchObject({ status: 'measured', bytesPerSecond: 4e6 });
    expect(asked).toHaveLength(3);
  });

  it('takes a running download\'s own speed instead of checking beside it, and refuses a built-in model or an unknown one', async () => {
    const running = { modelId: 'model-c', status: 'downloading', receivedBytes: 1, totalBytes: 10, bytesPerSecond: 2.5e6, etaSeconds: 4, error: null, retry: null } satisfies DownloadState;
    const { speed, asked } = probe([], [running]);
    expect(await speed('model-a')).toMatchObject({ status: 'measured', bytesPerSecond: 2.5e6 });
    expect(asked).toEqual([]);
    await expect(speed('model-bundled')).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    await expect(speed('no-such-model')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
