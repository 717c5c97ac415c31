import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PathGrants } from './path-grants';

const root = mkdtempSync(join(tmpdir(), 'adstudio-grants-'));
const photo = join(root, 'photos', 'latte.png');
const otherPhoto = join(root, 'photos', 'secret.png');
const modelFolder = join(root, 'models', 'sd-turbo');
const exportsFolder = join(root, 'exports');
mkdirSync(join(root, 'photos'));
mkdirSync(modelFolder, { recursive: true });
mkdirSync(exportsFolder);
writeFileSync(photo, 'png');
writeFileSync(otherPhoto, 'png');
afterAll(() => rmSync(root, { recursive: true, force: true }));

const window = 1;
const variant = { id: crypto.randomUUID(), variantIndex: 0 };
const importPaths = (...paths: string[]) => ({ source: { kind: 'paths', paths } });

describe('PathGrants', () => {
  it('refuses every path a window was never given, on every path method', () => {
    const grants = new PathGrants();
    const calls: [string, unknown][] = [
      ['media.import', importPaths(photo)],
      ['models.import', { path: modelFolder }],
      ['library.backup', { destination: exportsFolder }],
      ['library.restore', { source: exportsFolder }],
      ['library.export', { selection: { kind: 'generations', ids: [variant.id] }, destination: exportsFolder }],
      ['generations.exportImage', { ...variant, format: '1:1', encoding: { type: 'png' }, destination: join(exportsFolder, 'ad.png') }],
      ['generations.platformPack', { ...variant, destination: exportsFolder }],
    ];
    for (const [method, input] of calls) {
      expect(grants.check(window, method, input), method).toMatchObject({ code: 'UNAUTHORIZED', userMessage: expect.stringMatching(/[가-힣]/) });
    }
  });

  it('lets a dropped file be read, and nothing beside it', () => {
    const grants = new PathGrants();
    expect(grants.grantDropped(window, photo)).toBe(true);
    expect(grants.check(window, 'media.import', importPaths(photo))).toBeUndefined();
    expect(grants.check(window, 'media.import', importPaths(photo, otherPhoto))?.code).toBe('UNAUTHORIZED');
    expect(grants.check(window, 'media.import', importPaths(join(photo, '..', 'secret.png')))?.code).toBe('UNAUTHORIZED');
  });

  it('grants no made-up, relative or non-string drop', () => {
    const grants = new PathGrants();
    for (const path of [join(root, 'photos', 'missing.png'), 'photos/latte.png', '', 42, undefined]) {
      expect(grants.grantDropped(window, path), String(path)).toBe(false);
    }
    expect(grants.holds(window)).toBe(false);
  });

  it('lets a dropped folder be imported as a model, but not be written or reached into', () => {
    const grants = new PathGrants();
    grants.grantDropped(window, modelFolder);
    expect(grants.check(window, 'models.import', { path: modelFolder })).toBeUndefined();
    expect(grants.check(window, 'models.import', { path: join(modelFolder, 'unet', 'model.onnx') })?.code).toBe('UNAUTHORIZED');
    expect(grants.check(window, 'library.backup', { destination: modelFolder })?.code).toBe('UNAUTHORIZED');
  });

  it('lets a folder picked in a dialog be read and written inside, and nothing outside it', () => {
    const grants = new PathGrants();
    grants.grant(window, { path: exportsFolder, scope: 'inside' });
    expect(grants.check(window, 'library.backup', { destination: exportsFolder })).toBeUndefined();
    expect(grants.check(window, 'library.restore', { source: join(exportsFolder, 'AdStudio-backup-1') })).toBeUndefined();
    expect(grants.check(window, 'generations.exportImage', { ...variant, format: '1:1', encoding: { type: 'png' }, destination: join(exportsFolder, 'ad.png') })).toBeUndefined();
    for (const outside of [join(exportsFolder, '..', 'photos'), `${exportsFolder}-evil`, root, '/etc']) {
      expect(grants.check(window, 'library.backup', { destination: outside }), outside).toMatchObject({ code: 'UNAUTHORIZED' });
    }
  });

  it('keeps grants per window and drops them when the window goes', () => {
    const grants = new PathGrants();
    grants.grantDropped(window, photo);
    expect(grants.check(2, 'media.import', importPaths(photo))?.code).toBe('UNAUTHORIZED');
    grants.clear(window);
    expect(grants.holds(window)).toBe(false);
    expect(grants.check(window, 'media.import', importPaths(photo))?.code).toBe('UNAUTHORIZED');
  });

  it('leaves calls without paths, and invalid calls, to the core', () => {
    const grants = new PathGrants();
    expect(grants.check(window, 'app.health', {})).toBeUndefined();
    expect(grants.check(window, 'library.export', { selection: { kind: 'generations', ids: [variant.id] } })).toBeUndefined();
    expect(grants.check(window, 'media.import', { source: { kind: 'bytes', base64: 'AAAA' } })).toBeUndefined();
    expect(grants.check(window, 'library.backup', { destination: 'relative/folder' })).toBeUndefined();
    expect(grants.check(window, 'no.such.method', {})).toBeUndefined();
  });
});
