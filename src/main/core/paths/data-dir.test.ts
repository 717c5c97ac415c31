import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultUserDataDir, resolveDataDir } from './data-dir';

describe('data folder', () => {
  const fallback = () => '/fallback';

  it('prefers --data-dir in both spellings, then ADSTUDIO_DATA_DIR, then the fallback', () => {
    expect(resolveDataDir(['serve', '--data-dir', '/a'], { ADSTUDIO_DATA_DIR: '/env' }, fallback)).toBe('/a');
    expect(resolveDataDir(['--data-dir=/b'], {}, fallback)).toBe('/b');
    expect(resolveDataDir(['serve'], { ADSTUDIO_DATA_DIR: '/env' }, fallback)).toBe('/env');
    expect(resolveDataDir(['--data-dir'], {}, fallback)).toBe('/fallback');
  });

  it('matches where Electron keeps userData on each platform', () => {
    expect(defaultUserDataDir('win32', { APPDATA: 'C:\\Users\\me\\AppData\\Roaming' }, 'C:\\Users\\me')).toBe(
      join('C:\\Users\\me\\AppData\\Roaming', 'AdStudio'),
    );
    expect(defaultUserDataDir('darwin', {}, '/Users/me')).toBe('/Users/me/Library/Application Support/AdStudio');
    expect(defaultUserDataDir('linux', {}, '/home/me')).toBe('/home/me/.config/AdStudio');
    expect(defaultUserDataDir('linux', { XDG_CONFIG_HOME: '/xdg' }, '/home/me')).toBe('/xdg/AdStudio');
  });
});
