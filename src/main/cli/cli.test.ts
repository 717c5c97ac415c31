import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { appInfoSchema } from '../../shared/ipc/app';
import { parseArguments } from './arguments';
import { runCli, type CliIo } from './commands';

const dataDir = mkdtempSync(join(tmpdir(), 'adstudio-cli-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = {
    out: (line) => (out += `${line}\n`),
    err: (line) => (err += `${line}\n`),
    env: {},
    argv,
    interactive: false,
    untilStopped: () => Promise.resolve(),
  };
  const code = await runCli(io, parseArguments(argv));
  return { code, out, err };
}

describe('adstudio CLI', () => {
  it('parses flags in both spellings and switches', () => {
    expect(parseArguments(['serve', '--port', '8080', '--data-dir=/d', '--json', 'extra'])).toEqual({
      command: 'serve',
      positionals: ['extra'],
      lists: new Map([
        ['port', ['8080']],
        ['data-dir', ['/d']],
      ]),
      flags: new Map<string, string | true>([
        ['port', '8080'],
        ['data-dir', '/d'],
        ['json', true],
      ]),
    });
  });

  it('info --json prints the real app info for the given data folder', async () => {
    const result = await run('info', '--json', '--data-dir', dataDir);
    expect(result.code).toBe(0);
    const info = appInfoSchema.parse(JSON.parse(result.out));
    expect(info).toMatchObject({ dataDir, host: 'cli', platform: process.platform });
    expect(info.cpuCores).toBeGreaterThan(0);
    expect(info.gpu.onnxProviders).toContain('cpu');
  });

  it('info prints a readable summary', async () => {
    const result = await run('info', '--data-dir', dataDir);
    expect(result.out).toMatch(/^AdStudio \d+\.\d+\.\d+/);
    expect(result.out).toContain(`Data folder:   ${dataDir}`);
  });

  it('serve prints its URL and stops cleanly', async () => {
    const result = await run('serve', '--data-dir', dataDir);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/running at http:\/\/127\.0\.0\.1:\d+\/[\w-]{20,}\//);
  });

  it('backs up and restores a library from the command line', async () => {
    const backupDir = join(dataDir, '..', `adstudio-cli-backups-${Date.now()}`);
    const backup = await run('backup', backupDir, '--data-dir', dataDir);
    expect(backup.code).toBe(0);
    const folder = /Backup written to (\S+)/.exec(backup.out)?.[1] ?? '';
    expect(existsSync(join(folder, 'backup.json'))).toBe(true);
    const restore = await run('restore', folder, '--data-dir', dataDir);
    expect(restore.code).toBe(0);
    expect(restore.out).toContain('adstudio.db.before-restore-');
    expect((await run('restore', '--data-dir', dataDir)).err).toContain('VALIDATION_FAILED');
    rmSync(backupDir, { recursive: true, force: true });
  });

  it('generates an ad for a shop from one sentence, prints the copy, and keeps it in the library', async () => {
    expect((await run('shops', 'add', '--name', '딸기공방', '--industry', 'bakery', '--region', '서울 성수동', '--data-dir', dataDir)).code).toBe(0);
    const result = await run('generate', '--shop', '딸기공방', '--request', '수제 딸기 케이크 예약 홍보 문구', '--data-dir', dataDir);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    expect(result.out).toContain('완료');
    expect(result.out).toMatch(/#수제딸기케이크/);
    const stats = await run('info', '--data-dir', dataDir);
    expect(stats.code).toBe(0);
    const { openDatabase } = await import('../core/db/client');
    const { sqlite, close } = openDatabase({ path: join(dataDir, 'adstudio.db') });
    expect(sqlite.prepare("SELECT input_text FROM generations").all()).toEqual([{ input_text: '수제 딸기 케이크 예약 홍보 문구' }]);
    close();
  });

  it('runs a batch from a CSV, exports it, and exits non-zero when a row fails', async () => {
    const csv = join(dataDir, '..', `adstudio-batch-${Date.now()}.csv`);
    writeFileSync(csv, '\uFEFFrequest,shop\n소금빵 광고,딸기공방\n"크루아상, 버터 향 가득",딸기공방\n');
    const out = join(dataDir, '..', `adstudio-batch-out-${Date.now()}`);
    const ok = await run('batch', csv, '--out', out, '--data-dir', dataDir);
    expect(ok.code).toBe(0);
    expect(ok.out).toMatch(/Exported to /);
    writeFileSync(csv, 'request,shop\n소금빵 광고,없는가게\n');
    const failed = await run('batch', csv, '--data-dir', dataDir);
    expect(failed.code).toBe(1);
    expect(failed.err).toContain('가게를 찾을 수 없습니다');
    rmSync(csv, { force: true });
    rmSync(out, { recursive: true, force: true });
  });

  it('refuses a bad port and an unknown command with a Korean message and a non-zero code', async () => {
    const badPort = await run('serve', '--port', 'abc', '--data-dir', dataDir);
    expect(badPort.code).toBe(1);
    expect(badPort.err).toMatch(/포트|port/);
    expect(badPort.err).toContain('VALIDATION_FAILED');
    expect((await run('frobnicate')).code).toBe(2);
    expect((await run()).out).toContain('Usage:');
  });
});
