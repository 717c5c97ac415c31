import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { unwrap } from '../testing/unwrap';
import { createTempCore } from '../testing/temp-core';
import { fixturePhoto, noisePng } from '../testing/fixtures';
import { seedGeneration, seedShopSession } from '../testing/seed';
import { insertMessage } from '../sessions/messages-repo';

const work = mkdtempSync(join(tmpdir(), 'adstudio-library-'));
const cores: ReturnType<typeof createTempCore>[] = [];
const newCore = () => {
  const core = createTempCore();
  cores.push(core);
  return core;
};
afterAll(async () => {
  await Promise.all(cores.map((core) => core.dispose()));
  rmSync(work, { recursive: true, force: true });
});


/** A shop, a session with a message, and two image generations whose outputs are real files. */
async function populate(core: ReturnType<typeof createTempCore>) {
  const db = core.database.db();
  const { shop, session } = seedShopSession(db);
  const photo = (await core.media.importOne({ kind: 'path', path: fixturePhoto('coffee_cup__skimage.png') })).media;
  const withGps = await sharp(await noisePng(120, 150)).jpeg().withExif({ IFD0: { Make: 'PhoneMaker', Model: 'X1' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '37/1 33/1 0/1' } }).toBuffer();
  const ad = (await core.media.importOne({ kind: 'bytes', bytes: withGps })).media;
  const square = (await core.media.importOne({ kind: 'bytes', bytes: await noisePng(100, 100) })).media;
  const message = insertMessage(db, { sessionId: session.id, role: 'user', text: '아이스 라떼 광고', attachments: [{ sha256: photo.sha256, role: 'input' }] });
  const first = seedGeneration(db, { shopId: shop.id, sessionId: session.id }, {
    kind: 'image',
    messageId: message.id,
    inputMedia: [photo.sha256],
    outputs: [{ variantIndex: 0, format: '4:5', sha256: ad.sha256 }],
    score: 0.5,
  });
  const second = seedGeneration(db, { shopId: shop.id, sessionId: session.id }, { kind: 'copy', score: 0.9, outputs: [{ variantIndex: 0, format: '1:1', sha256: square.sha256 }] });
  return { shop, session, first, second, ad };
}

describe('library stats', () => {
  it('counts generations by kind, this month, average score and storage', async () => {
    const core = newCore();
    await populate(core);
    const stats = unwrap<Record<string, unknown>>(await core.call('library.stats', {}));
    expect(stats).toMatchObject({ totalGenerations: 2, thisMonth: 2, byKind: { copy: 1, image: 1, video: 0 }, sessions: 1, mediaFiles: 3 });
    expect(stats.averageScore).toBeCloseTo(0.7);
    expect(stats.storageBytes).toBeGreaterThan(0);
  });
});

describe('library export', () => {
  it('writes images without EXIF, copy as text and a CSV index Excel reads as Korean', async () => {
    const core = newCore();
    const { session, ad } = await populate(core);
    const stored = await core.media.resolve(ad.sha256, null);
    expect((await sharp(stored?.path).metadata()).exif).toBeDefined();
    const result = unwrap<{ folder: string; files: number }>(await core.call('library.export', { selection: { kind: 'session', sessionId: session.id }, destination: join(work, 'exports') }));
    const names = readdirSync(result.folder).sort();
    expect(names).toEqual(['001-4x5-v1.jpg', '001-copy.txt', '002-1x1-v1.png', '002-copy.txt', 'index.csv']);
    expect(result.files).toBe(5);
    const meta = await sharp(join(result.folder, '001-4x5-v1.jpg')).metadata();
    expect(meta.exif).toBeUndefined();
    const csv = readFileSync(join(result.folder, 'index.csv'), 'utf8');
    expect(csv.startsWith('\uFEFF"번호"')).toBe(true);
    expect(csv).toContain('아이스 라떼');
    const copyFile = readFileSync(join(result.folder, '001-copy.txt'), 'utf8');
    // The copy as the owner pastes it, no field names or image codes.
    expect(copyFile).toContain('시원한 여름, 아이스 라떼\n#카페 #여름');
    expect(copyFile).not.toMatch(/headline|variants|paper-sweep/);
    expect(readdirSync(join(work, 'exports')).some((name) => name.endsWith('.partial'))).toBe(false);
  });

  it('exports into the data folder when no destination is given', async () => {
    const core = newCore();
    const { session } = await populate(core);
    const result = unwrap<{ folder: string }>(await core.call('library.export', { selection: { kind: 'session', sessionId: session.id } }));
    expect(dirname(result.folder)).toBe(join(core.dataDir, 'exports'));
    expect(readdirSync(result.folder)).toContain('index.csv');
  });

  it('refuses an empty selection with a typed error', async () => {
    const core = newCore();
    const { session } = seedShopSession(core.database.db());
    const envelope = await core.call('library.export', { selection: { kind: 'session', sessionId: session.id }, destination: join(work, 'none') });
    expect(envelope).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('backup and restore', () => {
  it('round-trips the library into another data folder', async () => {
    const source = newCore();
    const { first } = await populate(source);
    const backup = unwrap<{ folder: string; manifest: { mediaFiles: number } }>(await source.call('library.backup', { destination: join(work, 'backups') }));
    expect(backup.manifest.mediaFiles).toBe(3);

    const target = newCore();
    const restored = unwrap<{ previousDatabase: string }>(await target.call('library.restore', { source: backup.folder }));
    expect(existsSync(restored.previousDatabase)).toBe(true);
    const generation = unwrap<{ outputs: { sha256: string }[] }>(await target.call('generations.get', { id: first.id }));
    const served = await target.media.resolve(generation.outputs[0]?.sha256 ?? '', null);
    expect(served).toBeDefined();
    expect(unwrap<{ totalGenerations: number }>(await target.call('library.stats', {})).totalGenerations).toBe(2);
  });

  it('refuses a backup from a newer schema, changing nothing', async () => {
    const source = newCore();
    await populate(source);
    const backup = unwrap<{ folder: string }>(await source.call('library.backup', { destination: join(work, 'newer') }));
    const db = new Database(join(backup.folder, 'adstudio.db'));
    db.prepare("INSERT INTO __drizzle_migrations (hash, created_at) VALUES ('from-the-future', 9999999999999)").run();
    db.close();
    const manifestPath = join(backup.folder, 'backup.json');
    writeFileSync(manifestPath, JSON.stringify({ ...JSON.parse(readFileSync(manifestPath, 'utf8')), schemaVersion: 99 }));

    const target = newCore();
    const before = unwrap<{ totalGenerations: number }>(await target.call('library.stats', {}));
    const envelope = await target.call('library.restore', { source: backup.folder });
    expect(envelope).toMatchObject({ ok: false, error: { code: 'BACKUP_NEWER_SCHEMA', userMessage: expect.stringContaining('업데이트') } });
    expect(unwrap<{ totalGenerations: number }>(await target.call('library.stats', {}))).toEqual(before);
  });

  it('refuses a folder that is not a backup', async () => {
    const target = newCore();
    const envelope = await target.call('library.restore', { source: join(work) });
    expect(envelope).toMatchObject({ ok: false, error: { code: 'BACKUP_INVALID' } });
  });
});
