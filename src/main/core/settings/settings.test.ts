import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultSettings, type Settings } from '../../../shared/ipc/settings';
import { createTempCore } from '../testing/temp-core';
import { createSettingsSource } from './settings-source';
import { reviveSettings } from './settings-store';

const cores: ReturnType<typeof createTempCore>[] = [];
const open = () => {
  const core = createTempCore();
  cores.push(core);
  return core;
};
afterEach(() => Promise.all(cores.splice(0).map((core) => core.dispose())));

describe('settings', () => {
  it('starts from the defaults and persists a patch to settings.json', async () => {
    const core = open();
    expect(await core.call('settings.get', {})).toEqual({ ok: true, data: defaultSettings });
    const result = await core.call('settings.set', { theme: 'dark', idleUnloadMinutes: 30 });
    expect(result).toEqual({ ok: true, data: { ...defaultSettings, theme: 'dark', idleUnloadMinutes: 30 } });
    const onDisk = JSON.parse(readFileSync(join(core.dataDir, 'settings.json'), 'utf8')) as unknown;
    expect(onDisk).toMatchObject({ theme: 'dark', idleUnloadMinutes: 30 });
    expect(readdirSync(core.dataDir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('writes nothing when any key of the patch is invalid', async () => {
    const core = open();
    await core.call('settings.set', { language: 'en' });
    const before = readFileSync(join(core.dataDir, 'settings.json'), 'utf8');
    const result = await core.call('settings.set', { theme: 'light', idleUnloadMinutes: 9999 });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    expect(readFileSync(join(core.dataDir, 'settings.json'), 'utf8')).toBe(before);
  });

  it('emits settings.changed after a save, to every subscriber', async () => {
    const core = open();
    const seen: unknown[] = [];
    const unsubscribe = core.events.subscribe((event) => seen.push(event));
    await core.call('settings.set', { gpuEnabled: false });
    unsubscribe();
    await core.call('settings.set', { gpuEnabled: true });
    expect(seen).toEqual([{ name: 'settings.changed', payload: { ...defaultSettings, gpuEnabled: false } }]);
  });

  it('applies concurrent patches one after another, losing none', async () => {
    const core = open();
    await Promise.all([
      core.call('settings.set', { theme: 'dark' }),
      core.call('settings.set', { language: 'en' }),
      core.call('settings.set', { cpuThreads: 4 }),
    ]);
    expect(await core.call('settings.get', {})).toMatchObject({ ok: true, data: { theme: 'dark', language: 'en', cpuThreads: 4 } });
  });

  it('sets a corrupt settings file aside and carries on with defaults', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'adstudio-settings-'));
    writeFileSync(join(dataDir, 'settings.json'), '{"theme": "dark", ');
    const core = createTempCore({ dataDir });
    try {
      expect(await core.call('settings.get', {})).toEqual({ ok: true, data: defaultSettings });
      expect(readdirSync(dataDir).some((name) => name.startsWith('settings.json.corrupt-'))).toBe(true);
    } finally {
      await core.dispose();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('reads the store once and serves later reads from memory, a failed save leaving the held settings as they were', async () => {
    let loads = 0;
    let failSaves = false;
    const saved: Settings[] = [];
    const source = createSettingsSource({
      location: 'memory',
      load: async () => {
        loads += 1;
        return { theme: 'dark' };
      },
      save: async (settings) => {
        if (failSaves) throw new Error('EACCES');
        saved.push(settings);
      },
    });
    expect(await Promise.all([source.current(), source.current()])).toEqual([{ ...defaultSettings, theme: 'dark' }, { ...defaultSettings, theme: 'dark' }]);
    expect(await source.update({ language: 'en' })).toEqual({ ...defaultSettings, theme: 'dark', language: 'en' });
    failSaves = true;
    await expect(source.update({ cpuThreads: 4 })).rejects.toMatchObject({ code: 'SETTINGS_WRITE_FAILED' });
    expect(await source.current()).toEqual({ ...defaultSettings, theme: 'dark', language: 'en' });
    expect(loads).toBe(1);
    expect(saved).toEqual([{ ...defaultSettings, theme: 'dark', language: 'en' }]);
  });

  it('tries the store again after a read that failed', async () => {
    let attempts = 0;
    const source = createSettingsSource({
      location: 'memory',
      load: async () => {
        attempts += 1;
        if (attempts === 1) throw new Error('EBUSY');
        return { theme: 'light' };
      },
      save: async () => undefined,
    });
    await expect(source.current()).rejects.toThrow('EBUSY');
    expect(await source.current()).toMatchObject({ theme: 'light' });
  });

  it('keeps the valid keys of a partly invalid stored object', () => {
    expect(reviveSettings({ theme: 'dark', idleUnloadMinutes: -5, language: 42 })).toEqual({ ...defaultSettings, theme: 'dark' });
    expect(reviveSettings('nonsense')).toEqual(defaultSettings);
  });
});
