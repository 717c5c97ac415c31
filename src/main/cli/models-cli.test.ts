import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeTinyGguf } from '../inference/testing/tiny-gguf';
import { catalogOf, testModel } from '../core/models/testing/catalog-fixture';
import { startHubServer } from '../core/models/testing/hub-server';
import { parseArguments } from './arguments';
import { runCli, type CliIo } from './commands';

const dataDir = mkdtempSync(join(tmpdir(), 'adstudio-cli-models-'));
const server = await startHubServer();
afterAll(async () => {
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function run(env: NodeJS.ProcessEnv, ...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = { out: (line) => (out += `${line}\n`), err: (line) => (err += `${line}\n`), env, argv: [...argv, '--data-dir', dataDir], interactive: false, untilStopped: () => Promise.resolve() };
  const code = await runCli(io, parseArguments(io.argv));
  return { code, out, err };
}

describe('adstudio models', () => {
  it('lists the catalog with what fits, imports, shows the active model, and removes it', { timeout: 120_000 }, async () => {
    const listed = await run({}, 'models', 'list');
    expect(listed.code).toBe(0);
    expect(listed.out).toContain('hyperclovax-seed-1.5b-q4km');
    expect(listed.out).toContain('Powered by HyperCLOVA X');
    expect(listed.out).toMatch(/isnet-general\s+cutout\s+bundled/);

    const imported = await run({}, 'models', 'import', writeTinyGguf(mkdtempSync(join(tmpdir(), 'adstudio-gguf-'))));
    expect(imported.code).toBe(0);
    const id = /Imported (\S+)/.exec(imported.out)?.[1] ?? '';
    expect(imported.out).toContain('now active');
    expect((await run({}, 'models', 'list')).out).toMatch(new RegExp(`\\* ${id}`));
    expect((await run({}, 'models', 'rm', id)).code).toBe(0);
    expect((await run({}, 'models', 'rm', id)).err).toContain('설치되지 않은 모델');
  });

  it('pulls a catalog model with a progress bar, from the catalog ADSTUDIO_CATALOG names', { timeout: 60_000 }, async () => {
    const model = testModel('cli-pull', server.endpoint, 2 * 1024 * 1024);
    model.publish(server);
    const catalogFile = join(dataDir, 'mirror-catalog.json');
    writeFileSync(catalogFile, JSON.stringify(catalogOf([model.entry])));
    const pulled = await run({ ADSTUDIO_CATALOG: catalogFile }, 'models', 'pull', 'cli-pull');
    expect(pulled.err).toBe('');
    expect(pulled.code).toBe(0);
    expect(pulled.out).toMatch(/\[#{24}\] 100%/);
    expect(pulled.out).toContain('Installed cli-pull.');
    const missing = await run({ ADSTUDIO_CATALOG: catalogFile }, 'models', 'pull', 'no-such-model');
    expect(missing).toMatchObject({ code: 1, err: expect.stringContaining('목록에 없는 모델') });
  });
});
