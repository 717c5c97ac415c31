import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { InstalledModel } from '../../../shared/ipc/models';
import type { PinnedModel } from '../../../shared/model-hub';
import { writeTinyDiffusers } from '../../inference/diffusion/testing/tiny-diffusers';
import { createTempCore } from '../testing/temp-core';
import { unwrap } from '../testing/unwrap';
import { catalogOf, folderContent, testRepoModel } from './testing/catalog-fixture';
import { gitBlobId, treeOf } from './testing/hub-server';
import { pinFiles } from './hub/pin-files';

// An office without internet: a catalog model copied from a USB stick is held to the hashes a download would be.
const folder = writeTinyDiffusers(mkdtempSync(join(tmpdir(), 'adstudio-usb-')), { unetChannels: 9 });
const content = folderContent(folder);
const known = testRepoModel('usb-painter', 'https://huggingface.co', content, { name: 'USB로 가져온 화가' });
// The same model, its catalog entry without hashes: only the hub answer stored on this computer can vouch for it.
const unhashed = testRepoModel('usb-unhashed', 'https://huggingface.co', content);
const unhashedEntry = { ...unhashed.entry, files: unhashed.entry.files.map(({ sha256: _, ...rest }) => rest) };
const core = createTempCore({ catalog: catalogOf([known.entry, unhashedEntry]) });
afterAll(() => core.dispose());

const installed = async () => unwrap<{ items: InstalledModel[] }>(await core.call('models.installed', {})).items;

/** A copy of the folder with one byte of `file` changed. */
function tamperedCopy(file: string): string {
  const copy = join(mkdtempSync(join(tmpdir(), 'adstudio-usb-bad-')), 'model');
  cpSync(folder, copy, { recursive: true });
  const bytes = Buffer.from(content[file] ?? Buffer.alloc(0));
  bytes.writeUInt8(bytes.readUInt8(10) ^ 0xff, 10);
  writeFileSync(join(copy, file), bytes);
  return copy;
}

describe('importing a copy of a catalog model', () => {
  it('refuses a copy whose weights differ from the catalog hashes, registering nothing', async () => {
    expect(await core.call('models.import', { path: tamperedCopy('unet/model.onnx') })).toMatchObject({ ok: false, error: { code: 'CHECKSUM_MISMATCH', message: expect.stringContaining('unet/model.onnx'), userMessage: expect.stringContaining('원본과 달라요') } });
    expect(await installed()).toEqual([]);
  });

  it('checks against the hub answer stored here when the catalog has no hashes: a changed vocabulary is refused, the true copy kept with its commit', async () => {
    const pinned: PinnedModel = pinFiles(unhashedEntry, unhashed.commit, treeOf(new Map(Object.entries(content))));
    expect(pinned.files.find((f) => f.path === 'tokenizer/vocab.json')?.gitOid).toBe(gitBlobId(content['tokenizer/vocab.json'] ?? Buffer.alloc(0)));
    // Both catalog entries describe the same files and the first, with hashes, would match: this one is tried alone.
    const only = createTempCore({ catalog: catalogOf([unhashedEntry]) });
    try {
      const { paths } = only.models;
      mkdirSync(paths.hubAnswers, { recursive: true });
      writeFileSync(paths.pinned(unhashedEntry.id), JSON.stringify(pinned));
      expect(await only.call('models.import', { path: tamperedCopy('tokenizer/vocab.json') })).toMatchObject({ ok: false, error: { code: 'CHECKSUM_MISMATCH', message: expect.stringContaining('git id') } });
      const model = unwrap<InstalledModel>(await only.call('models.import', { path: folder }));
      expect(model).toMatchObject({ id: unhashedEntry.id, role: 'diffusion', format: 'onnx-folder', source: 'import', hub: { repo: unhashed.repo, commit: unhashed.commit } });
    } finally {
      await only.dispose();
    }
  });

  it('knows a copy by a catalog entry with rounded sizes, checks it by the catalog SHA-256s, and takes the exact sizes', async () => {
    const rounded = testRepoModel('usb-rounded', 'https://huggingface.co', content);
    const entry = { ...rounded.entry, files: rounded.entry.files.map((file) => ({ ...file, sizeBytes: Math.round(file.sizeBytes * 1.1) + 7, sizeApproximate: true })) };
    const only = createTempCore({ catalog: catalogOf([entry]) });
    try {
      expect(await only.call('models.import', { path: tamperedCopy('vae_decoder/model.onnx') })).toMatchObject({ ok: false, error: { code: 'CHECKSUM_MISMATCH' } });
      const model = unwrap<InstalledModel>(await only.call('models.import', { path: folder }));
      expect(model).toMatchObject({ id: entry.id, hub: { repo: rounded.repo, commit: rounded.commit }, sizeBytes: Object.values(content).reduce((sum, bytes) => sum + bytes.length, 0) });
    } finally {
      await only.dispose();
    }
  });

  it('does not take some other diffusers folder for a shipped catalog model with rounded sizes', async () => {
    const shipped = createTempCore();
    try {
      const model = unwrap<InstalledModel>(await shipped.call('models.import', { path: folder }));
      expect(shipped.models.registry.list().map((m) => m.id)).toEqual([model.id]);
      expect(model.id).toMatch(/^adstudio-usb-[a-z0-9]+-[0-9a-f]{8}$/);
      expect(model.hub).toBeUndefined();
    } finally {
      await shipped.dispose();
    }
  });

  it('registers the true copy under the catalog id, with the commit it was checked at', async () => {
    const model = unwrap<InstalledModel>(await core.call('models.import', { path: folder }));
    expect(model).toMatchObject({ id: known.entry.id, name: 'USB로 가져온 화가', role: 'diffusion', hub: { repo: known.repo, commit: known.commit } });
  });
});
