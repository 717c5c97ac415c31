import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHeadlessHost, type HeadlessHost } from '../../host/headless-host';
import { createTempCore } from '../testing/temp-core';
import { unusedMediaGraceMs } from './media-library';

/**
 * Media rows arrive from restored backups, so the database is not trusted to name files: a row
 * whose extension climbs to the owner's private files must never serve them or delete them.
 */
const work = mkdtempSync(join(tmpdir(), 'adstudio-rows-'));
const core = createTempCore({ dataDir: join(work, 'data') });
const rendererDir = join(work, 'renderer');
let host: HeadlessHost;

/** Enough `..` to reach the filesystem root from any data folder, then the absolute path. */
const climbTo = (path: string): string => `x/${'../'.repeat(40)}${path.slice(1)}`;

function plantRow(secret: string, content: string): string {
  mkdirSync(dirname(secret), { recursive: true });
  writeFileSync(secret, content);
  const sha = createHash('sha256').update(content).digest('hex');
  core.database
    .sqlite()
    .prepare('INSERT INTO media (sha256, ext, mime, bytes, width, height, created_at) VALUES (?, ?, ?, ?, 1, 1, 0)')
    .run(sha, climbTo(secret), 'image/png', content.length);
  return sha;
}

const sshKey = join(work, 'home', '.ssh', 'id_rsa');
const document = join(work, 'home', 'Documents', 'important.docx');
let keySha: string;

beforeAll(async () => {
  mkdirSync(rendererDir, { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>AdStudio</title>');
  keySha = plantRow(sshKey, '-----BEGIN OPENSSH PRIVATE KEY-----\nsecret\n');
  plantRow(document, '사업계획서 최종');
  host = await startHeadlessHost({ core, rendererDir });
});
afterAll(async () => {
  await host.close();
  await core.dispose();
  rmSync(work, { recursive: true, force: true });
});

describe('media rows that name files outside the media folder', () => {
  it('are never resolved, at any size, nor described', async () => {
    for (const size of [null, '256']) expect(await core.media.resolve(keySha, size)).toBeUndefined();
    expect(await core.call('media.info', { sha256: keySha })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('are a 404 at the host, never the file', async () => {
    const response = await fetch(`http://127.0.0.1:${host.port}/${host.token}/media/${keySha}`);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('PRIVATE KEY');
  });

  it('are never deleted by the clean-up, however old and unreferenced', async () => {
    const later = Date.now() + 2 * unusedMediaGraceMs;
    await core.media.collectGarbage(later);
    await core.maintain(later);
    expect(readFileSync(document, 'utf8')).toBe('사업계획서 최종');
    expect(existsSync(sshKey)).toBe(true);
  });

  it('stop a backup with MEDIA_CORRUPT instead of copying the file they name', async () => {
    const destination = join(work, 'backups');
    const envelope = await core.call('library.backup', { destination });
    expect(envelope).toMatchObject({ ok: false, error: { code: 'MEDIA_CORRUPT' } });
    expect(existsSync(destination) ? readdirSync(destination) : []).toEqual([]);
  });
});
