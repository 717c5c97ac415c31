import { existsSync, mkdtempSync, rmSync } from 'node:fs';
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

  it('refuses a bad port and an unknown command with a Korean message and a non-zero code', async () => {
    const badPort = await run('serve', '--port', 'abc', '--data-dir', dataDir);
    expect(badPort.code).toBe(1);
    expect(badPort.err).toMatch(/포트|port/);
    expect(badPort.err).toContain('VALIDATION_FAILED');
    expect((await run('frobnicate')).code).toBe(2);
    expect((await run()).out).toContain('Usage:');
  });
});
