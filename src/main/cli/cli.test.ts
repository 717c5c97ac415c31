import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { appInfoSchema } from '../../shared/ipc/app';
import { fixturePhoto } from '../core/testing/fixtures';
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
    expect(failed.err).toContain('가게를 찾을 수 없어요');
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

describe('adstudio CLI: photos the owner named', () => {
  const dir = mkdtempSync(join(tmpdir(), 'adstudio-cli-photos-'));
  const photos = join(dir, 'photos');
  mkdirSync(photos);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const data = ['--data-dir', join(dir, 'data')];
  const generations = async (): Promise<number> => {
    const { openDatabase } = await import('../core/db/client');
    const { sqlite, close } = openDatabase({ path: join(dir, 'data', 'adstudio.db') });
    const { n } = sqlite.prepare('SELECT count(*) AS n FROM generations').get() as { n: number };
    close();
    return n;
  };

  it('fails the job and exits non-zero for a missing, empty, corrupt or non-file photo, making no generation', { timeout: 60_000 }, async () => {
    expect((await run('shops', 'add', '--name', '소금빵집', '--industry', 'bakery', ...data)).code).toBe(0);
    writeFileSync(join(photos, 'empty.jpg'), '');
    writeFileSync(join(photos, 'corrupt.jpg'), Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(2000, 0x5a)]));
    execFileSync('mkfifo', [join(photos, 'pipe.jpg')]);
    for (const [photo, code] of [
      ['missing.jpg', 'FILE_NOT_FOUND'],
      ['empty.jpg', 'MEDIA_EMPTY'],
      ['corrupt.jpg', 'MEDIA_CORRUPT'],
      ['pipe.jpg', 'NOT_A_FILE'],
    ] as const) {
      const result = await run('generate', '--shop', '소금빵집', '--request', '소금빵 광고', '--photo', join(photos, photo), ...data);
      expect(result.code, photo).toBe(1);
      expect(result.err).toContain(code);
      expect(result.out).toContain('failed');
    }
    expect(await generations()).toBe(0);
  });

  it('counts a batch folder entry that links to /etc/passwd or out of the folder as a failure', { timeout: 60_000 }, async () => {
    const folder = join(dir, 'batch');
    mkdirSync(folder);
    symlinkSync('/etc/passwd', join(folder, 'a-passwd.jpg'));
    symlinkSync(fixturePhoto('duck_toy__dreambooth.jpg'), join(folder, 'b-outside.jpg'));
    const result = await run('batch', folder, '--shop', '소금빵집', '--request', '소금빵 광고', ...data);
    expect(result.code).toBe(1);
    expect(result.err.match(/폴더 밖.*NOT_A_FILE/g)).toHaveLength(2);
    expect(result.err + result.out).not.toContain('root:');
    expect(await generations()).toBe(0);
  });

  it('refuses a CSV photo path that climbs out of the CSV\'s folder, runs the other rows, and exits non-zero', { timeout: 120_000 }, async () => {
    const csv = join(photos, 'batch.csv');
    writeFileSync(csv, 'request,photo,shop\n소금빵 광고,../../../../../../etc/passwd,소금빵집\n크루아상 광고,,소금빵집\n');
    const result = await run('batch', csv, ...data);
    expect(result.code).toBe(1);
    expect(result.err).toContain('폴더 밖');
    expect(await generations()).toBe(1);
  });

  it('closes without racing the start-up clean-up, twenty times over', { timeout: 60_000 }, async () => {
    const { createCore } = await import('../core/core');
    const dataDir = join(dir, 'data');
    // Files no row names, old enough to collect: each is a stat and a remove, so the clean-up is still running at close.
    const old = new Date(Date.now() - 2 * 60 * 60 * 1000);
    for (let i = 0; i < 1500; i += 1) {
      const sha256 = createHash('sha256').update(String(i)).digest('hex');
      const folder = join(dataDir, 'media', sha256.slice(0, 2), sha256.slice(2, 4));
      mkdirSync(folder, { recursive: true });
      writeFileSync(join(folder, `${sha256}.png`), 'x');
      utimesSync(join(folder, `${sha256}.png`), old, old);
    }
    const echoed: string[] = [];
    for (let i = 0; i < 20; i += 1) await createCore({ dataDir, host: 'cli', echo: (line) => echoed.push(line) }).close();
    const result = await run('shops', ...data);
    // A clean-up cut short by the close fails a moment later, so wait for the files to be gone before judging.
    await expect.poll(() => readdirSync(join(dataDir, 'media'), { recursive: true }).filter((name) => String(name).endsWith('.png')).length, { timeout: 10_000 }).toBe(0);
    expect([...echoed, result.err].join('\n')).not.toContain('Maintenance failed');
  });
});
