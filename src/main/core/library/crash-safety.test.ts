import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/client';
import { mediaPaths, originalPath } from '../media/media-paths';
import { createCore } from '../core';

const writer = join(import.meta.dirname, '..', 'testing', 'crash-writer.ts');
const dataDir = mkdtempSync(join(tmpdir(), 'adstudio-crash-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

interface Committed {
  generationId: string;
  messageId: string;
  sha256: string;
}

/** Runs the writer until `afterMs` past its start-up, then SIGKILLs it; returns what it reported committed. */
function writeThenKill(afterMs: number): Promise<Committed[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', writer, dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      const wasReady = out.includes('ready\n');
      out += chunk.toString();
      if (!wasReady && out.includes('ready\n')) setTimeout(() => child.kill('SIGKILL'), afterMs);
    });
    child.on('exit', (code, signal) => {
      if (signal !== 'SIGKILL') return reject(new Error(`writer ended by itself (${String(code)}): ${err}`));
      const committed = [...out.matchAll(/^committed (\S+) (\S+) (\S+)$/gm)].map(([, generationId = '', messageId = '', sha256 = '']) => ({ generationId, messageId, sha256 }));
      resolve(committed);
    });
  });
}

describe('crash safety', () => {
  it('survives 20 SIGKILLs mid-write: intact database, every row has its file, nothing committed lost', { timeout: 240_000 }, async () => {
    const committed: Committed[] = [];
    for (let round = 0; round < 20; round += 1) committed.push(...(await writeThenKill(20 + Math.random() * 400)));
    expect(committed.length).toBeGreaterThan(20);

    const { sqlite, close } = openDatabase({ path: join(dataDir, 'adstudio.db') });
    expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(sqlite.pragma('foreign_key_check')).toEqual([]);

    const has = (table: string, column: string, value: string) => sqlite.prepare(`SELECT 1 FROM ${table} WHERE ${column} = ?`).get(value) !== undefined;
    const lost = committed.filter((c) => !has('generations', 'id', c.generationId) || !has('messages', 'id', c.messageId) || !has('media', 'sha256', c.sha256));
    expect(lost).toEqual([]);

    const paths = mediaPaths(dataDir);
    const rows = sqlite.prepare('SELECT sha256, ext FROM media').all() as { sha256: string; ext: string }[];
    for (const row of rows) {
      const file = originalPath(paths, row.sha256, row.ext);
      expect(existsSync(file), file).toBe(true);
      expect(createHash('sha256').update(readFileSync(file)).digest('hex')).toBe(row.sha256);
    }
    close();

    // Visible media files are only ever complete, hash-named originals; temp files live apart.
    const visible = readdirSync(paths.root, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && !e.parentPath.startsWith(paths.temp));
    for (const entry of visible) expect(entry.name).toMatch(/^[0-9a-f]{64}\.(png|jpg|webp|gif|tiff|avif|heic)$/);

    // The next start clears the crash's temp files.
    const core = createCore({ dataDir, host: 'cli' });
    expect(existsSync(paths.temp)).toBe(false);
    await core.close();
  });
});
