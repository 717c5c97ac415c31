import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppError } from '../../shared/errors';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/ipc/contract';
import { createCore, type Core } from '../core/core';
import { defaultUserDataDir, resolveDataDir } from '../core/paths/data-dir';
import { startHeadlessHost } from '../host/headless-host';
import type { ParsedArguments } from './arguments';
import { formatAppInfo } from './format-info';

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  env: NodeJS.ProcessEnv;
  argv: readonly string[];
  /** Resolves when the user asks the long-running command to stop (Ctrl+C). */
  untilStopped(): Promise<void>;
}

export const usage = `AdStudio — 오프라인 광고 스튜디오

Usage:
  adstudio info [--json] [--data-dir <dir>]     version, data folder and hardware
  adstudio serve [--port <n>] [--data-dir <dir>] the studio in your browser, on 127.0.0.1 only
  adstudio backup <folder> [--data-dir <dir>]    a consistent copy of the library into <folder>
  adstudio restore <backup-folder> [--data-dir <dir>]
                                                 replace the library with a backup (the current
                                                 database is kept aside as adstudio.db.before-restore-…)
  adstudio help

The data folder defaults to the app's own (ADSTUDIO_DATA_DIR overrides it).`;

/** Opens the core for one command and always closes it, so the database is left clean. */
async function withCore<T>(io: CliIo, host: 'cli' | 'headless', use: (core: Core) => Promise<T>): Promise<T> {
  const dataDir = resolveDataDir(io.argv, io.env, () => defaultUserDataDir());
  const core = createCore({ dataDir, host, echo: io.err });
  try {
    return await use(core);
  } finally {
    await core.close();
  }
}

function folderArgument(args: ParsedArguments, what: string): string {
  const folder = args.positionals[0];
  if (!folder) throw new AppError('VALIDATION_FAILED', `Missing ${what} folder`, `${what === 'backup' ? '백업할' : '복원할 백업'} 폴더를 적어 주세요.`);
  return resolve(folder);
}

/** Runs one call through the same validated entry the windows use. */
async function call<M extends MethodName>(core: Core, method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const envelope = await core.call(method, input);
  if (!envelope.ok) throw AppError.fromData(envelope.error);
  return envelope.data as MethodOutput<M>;
}

async function info(io: CliIo, args: ParsedArguments): Promise<number> {
  const appInfo = await withCore(io, 'cli', (core) => call(core, 'app.info', {}));
  io.out(args.flags.has('json') ? JSON.stringify(appInfo, null, 2) : formatAppInfo(appInfo));
  return 0;
}

async function backup(io: CliIo, args: ParsedArguments): Promise<number> {
  const destination = folderArgument(args, 'backup');
  const result = await withCore(io, 'cli', (core) => call(core, 'library.backup', { destination }));
  io.out(`Backup written to ${result.folder} (schema ${result.manifest.schemaVersion}, ${result.manifest.mediaFiles} images).`);
  return 0;
}

async function restore(io: CliIo, args: ParsedArguments): Promise<number> {
  const source = folderArgument(args, 'restore');
  const result = await withCore(io, 'cli', (core) => call(core, 'library.restore', { source }));
  io.out(`Restored the backup of ${new Date(result.manifest.createdAt).toISOString()} (${result.manifest.mediaFiles} images).`);
  io.out(`The previous database is kept at ${result.previousDatabase}.`);
  return 0;
}

async function serve(io: CliIo, args: ParsedArguments): Promise<number> {
  const portFlag = args.flags.get('port');
  const port = typeof portFlag === 'string' ? Number(portFlag) : 0;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new AppError('VALIDATION_FAILED', `--port must be 0–65535, got ${String(portFlag)}`, '--port 값은 0~65535 사이의 숫자여야 합니다.');
  }
  const rendererDir = fileURLToPath(new URL('../renderer/', import.meta.url));
  return withCore(io, 'headless', async (core) => {
    const host = await startHeadlessHost({ core, rendererDir, port });
    io.out(`AdStudio is running at ${host.url}`);
    io.out(`Data folder: ${core.dataDir}`);
    io.out('Press Ctrl+C to stop.');
    await io.untilStopped();
    await host.close();
    return 0;
  });
}

const commands: Record<string, (io: CliIo, args: ParsedArguments) => Promise<number>> = { info, serve, backup, restore };

export async function runCli(io: CliIo, args: ParsedArguments): Promise<number> {
  if (args.command === undefined || args.command === 'help' || args.flags.has('help')) {
    io.out(usage);
    return 0;
  }
  const command = commands[args.command];
  if (!command) {
    io.err(`Unknown command "${args.command}".\n\n${usage}`);
    return 2;
  }
  try {
    return await command(io, args);
  } catch (error) {
    const data = error instanceof AppError ? error : new AppError('INTERNAL', String(error));
    io.err(`${data.userMessage}\n(${data.code}: ${data.message})`);
    return 1;
  }
}
