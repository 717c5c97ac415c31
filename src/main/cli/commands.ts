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
  adstudio help

The data folder defaults to the app's own (ADSTUDIO_DATA_DIR overrides it).`;

function openCore(io: CliIo, host: 'cli' | 'headless'): Core {
  const dataDir = resolveDataDir(io.argv, io.env, () => defaultUserDataDir());
  return createCore({ dataDir, host, echo: io.err });
}

/** Runs one call through the same validated entry the windows use. */
async function call<M extends MethodName>(core: Core, method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const envelope = await core.call(method, input);
  if (!envelope.ok) throw AppError.fromData(envelope.error);
  return envelope.data as MethodOutput<M>;
}

async function info(io: CliIo, args: ParsedArguments): Promise<number> {
  const appInfo = await call(openCore(io, 'cli'), 'app.info', {});
  io.out(args.flags.has('json') ? JSON.stringify(appInfo, null, 2) : formatAppInfo(appInfo));
  return 0;
}

async function serve(io: CliIo, args: ParsedArguments): Promise<number> {
  const portFlag = args.flags.get('port');
  const port = typeof portFlag === 'string' ? Number(portFlag) : 0;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new AppError('VALIDATION_FAILED', `--port must be 0–65535, got ${String(portFlag)}`, '--port 값은 0~65535 사이의 숫자여야 합니다.');
  }
  const core = openCore(io, 'headless');
  const rendererDir = fileURLToPath(new URL('../renderer/', import.meta.url));
  const host = await startHeadlessHost({ core, rendererDir, port });
  io.out(`AdStudio is running at ${host.url}`);
  io.out(`Data folder: ${core.dataDir}`);
  io.out('Press Ctrl+C to stop.');
  await io.untilStopped();
  await host.close();
  return 0;
}

const commands: Record<string, (io: CliIo, args: ParsedArguments) => Promise<number>> = { info, serve };

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
