import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { InstalledModel } from '../../../shared/ipc/models';
import { createTempCore } from '../testing/temp-core';
import { unwrap } from '../testing/unwrap';
import { modelPaths } from './model-paths';
import { createRegistry } from './registry';

const cores: { dispose(): Promise<void> }[] = [];
afterAll(async () => {
  for (const core of cores) await core.dispose();
});

const entry = (overrides: Partial<InstalledModel>) => ({ id: 'tampered', role: 'llm', name: 'x', format: 'gguf', sizeBytes: 1, source: 'catalog', linked: false, active: true, installedAt: 1, ...overrides });

/** A core whose installed.json was edited by someone else, and an owner's file beside the data folder. */
function coreWithRegistry(registry: (outside: string) => unknown) {
  const core = createTempCore();
  cores.push(core);
  const outside = join(mkdtempSync(join(tmpdir(), 'adstudio-owner-')), 'existing.txt');
  writeFileSync(outside, '사장님의 파일');
  const paths = core.models.paths;
  mkdirSync(paths.installDir('llm', 'tampered'), { recursive: true });
  writeFileSync(paths.registry, JSON.stringify(registry(outside)));
  return { core, outside, paths };
}

describe('installed.json read back from disk', () => {
  it.each([
    ['a relative path that climbs out', (outside: string) => ({ version: 2, models: [entry({ path: `../../../..${outside}` })] })],
    ['an absolute path in the current format', (outside: string) => ({ version: 2, models: [entry({ path: outside })] })],
    ['an absolute path outside models/ in the old format', (outside: string) => ({ version: 1, models: [entry({ path: outside })] })],
  ])('refuses a kept model recorded with %s, and models rm leaves the outside file', async (_, registry) => {
    const { core, outside } = coreWithRegistry(registry);
    expect(await core.call('models.installed', {})).toMatchObject({ ok: false, error: { code: 'MODEL_INVALID' } });
    expect(await core.call('models.remove', { id: 'tampered' })).toMatchObject({ ok: false });
    expect(readFileSync(outside, 'utf8')).toBe('사장님의 파일');
  });

  it('only forgets a linked model on models rm: the owner\'s file stays where it lies', async () => {
    // An image model: removing a copy model would first start the inference host to unload it.
    const { core, outside, paths } = coreWithRegistry((file) => ({ version: 2, models: [entry({ role: 'diffusion', format: 'onnx-folder', linked: true, source: 'import', path: file })] }));
    mkdirSync(paths.installDir('diffusion', 'tampered'), { recursive: true });
    expect(unwrap<{ items: InstalledModel[] }>(await core.call('models.installed', {})).items).toMatchObject([{ id: 'tampered', path: outside }]);
    expect(await core.call('models.remove', { id: 'tampered' })).toMatchObject({ ok: true });
    expect(readFileSync(outside, 'utf8')).toBe('사장님의 파일');
    expect(unwrap<{ items: InstalledModel[] }>(await core.call('models.installed', {})).items).toEqual([]);
    // The folder of that id inside models/ was not the linked model's either.
    expect(existsSync(paths.installDir('diffusion', 'tampered'))).toBe(true);
  });
});

describe('the registry format', () => {
  it('keeps models relative to models/, so a moved data folder still finds them, and reads the old absolute form', async () => {
    const first = modelPaths(mkdtempSync(join(tmpdir(), 'adstudio-reg-')));
    const path = join(first.installDir('llm', 'kept'), 'kept.gguf');
    mkdirSync(first.root, { recursive: true });
    writeFileSync(first.registry, JSON.stringify({ version: 1, models: [entry({ id: 'kept', path })] }));
    expect(createRegistry(first).find('kept')?.path).toBe(path);

    await createRegistry(first).setActive('llm', 'kept');
    expect(JSON.parse(readFileSync(first.registry, 'utf8'))).toMatchObject({ version: 2, models: [{ id: 'kept', path: 'llm/kept/kept.gguf' }] });
    const moved = modelPaths(mkdtempSync(join(tmpdir(), 'adstudio-moved-')));
    mkdirSync(moved.root, { recursive: true });
    writeFileSync(moved.registry, readFileSync(first.registry));
    expect(createRegistry(moved).find('kept')?.path).toBe(join(moved.installDir('llm', 'kept'), 'kept.gguf'));
  });
});
