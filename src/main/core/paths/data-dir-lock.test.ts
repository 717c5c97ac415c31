import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, type CliIo } from '../../cli/commands';
import { parseArguments } from '../../cli/arguments';
import { createCore } from '../core';
import { acquireDataDirLock, lockFileName } from './data-dir-lock';

const holderScript = join(import.meta.dirname, '..', 'testing', 'lock-holder.ts');
const root = mkdtempSync(join(tmpdir(), 'adstudio-lock-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let folders = 0;
const freshDir = (): string => mkdtempSync(join(root, `d${(folders += 1)}-`));

function startHolder(dataDir: string): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', holderScript, dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve(child));
    child.once('exit', (code) => reject(new Error(`holder exited (${String(code)}): ${err}`)));
  });
}

const exited = (child: ChildProcess): Promise<void> => new Promise((resolve) => child.once('exit', () => resolve()));

async function cli(...argv: string[]): Promise<{ code: number; err: string }> {
  let err = '';
  const io: CliIo = { out: () => undefined, err: (line) => (err += `${line}\n`), env: {}, argv, interactive: false, untilStopped: () => Promise.resolve() };
  return { code: await runCli(io, parseArguments(argv)), err };
}

describe('data folder lock', () => {
  it('refuses a second holder in the same process and names the first, until it is released', () => {
    const dataDir = freshDir();
    const first = acquireDataDirLock(dataDir, 'cli');
    expect(() => acquireDataDirLock(dataDir, 'headless')).toThrow(expect.objectContaining({ code: 'DATA_DIR_LOCKED', userMessage: expect.stringContaining(`adstudio 명령(프로세스 ${process.pid}`) }));
    first.release();
    expect(existsSync(join(dataDir, lockFileName))).toBe(false);
    acquireDataDirLock(dataDir, 'headless').release();
  });

  it('refuses `adstudio restore` and `shops add` while a headless host holds the folder', async () => {
    const dataDir = freshDir();
    const backupDir = freshDir();
    expect((await cli('backup', backupDir, '--data-dir', dataDir)).code).toBe(0);
    const holder = await startHolder(dataDir);
    try {
      const restore = await cli('restore', join(backupDir, readdirSync(backupDir)[0] ?? ''), '--data-dir', dataDir);
      expect(restore.code).not.toBe(0);
      expect(restore.err).toContain('DATA_DIR_LOCKED');
      expect(restore.err).toContain(`브라우저용 AdStudio(serve)(프로세스 ${String(holder.pid)}`);
      const add = await cli('shops', 'add', '--name', '잠금 테스트', '--industry', 'cafe', '--data-dir', dataDir);
      expect(add.code).not.toBe(0);
    } finally {
      holder.kill('SIGTERM');
      await exited(holder);
    }
    expect(existsSync(join(dataDir, lockFileName))).toBe(false);
    expect((await cli('shops', 'add', '--name', '잠금 테스트', '--industry', 'cafe', '--data-dir', dataDir)).code).toBe(0);
  });

  it('takes over the lock of a process that was killed', async () => {
    const dataDir = freshDir();
    const holder = await startHolder(dataDir);
    holder.kill('SIGKILL');
    await exited(holder);
    expect(JSON.parse(readFileSync(join(dataDir, lockFileName), 'utf8'))).toMatchObject({ pid: holder.pid });
    const core = createCore({ dataDir, host: 'cli' });
    expect(JSON.parse(readFileSync(join(dataDir, lockFileName), 'utf8'))).toMatchObject({ pid: process.pid, owner: 'cli' });
    await core.close();
  });

  it('treats a fresh unreadable lock file as held and an old one as debris', () => {
    const dataDir = freshDir();
    const path = join(dataDir, lockFileName);
    writeFileSync(path, '');
    expect(() => acquireDataDirLock(dataDir, 'cli')).toThrow(expect.objectContaining({ code: 'DATA_DIR_LOCKED' }));
    const old = new Date(Date.now() - 60_000);
    utimesSync(path, old, old);
    acquireDataDirLock(dataDir, 'cli').release();
  });

  it('leaves a lock of another computer (a shared folder) alone', () => {
    const dataDir = freshDir();
    writeFileSync(join(dataDir, lockFileName), JSON.stringify({ pid: 999_999, host: `${hostname()}-other`, owner: 'electron', startedAt: Date.now() }));
    expect(() => acquireDataDirLock(dataDir, 'cli')).toThrow(expect.objectContaining({ code: 'DATA_DIR_LOCKED', userMessage: expect.stringContaining('AdStudio 앱') }));
  });
});
