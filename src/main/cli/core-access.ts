import { AppError } from '../../shared/errors';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/ipc/contract';
import { createCore, type Core } from '../core/core';
import { catalogFromEnv } from '../core/models/catalog';
import { defaultUserDataDir, resolveDataDir } from '../core/paths/data-dir';
import type { ParsedArguments } from './arguments';

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  env: NodeJS.ProcessEnv;
  argv: readonly string[];
  /** True when stdout is a terminal that can redraw lines (progress bars). */
  interactive: boolean;
  /** Resolves when the user asks the long-running command to stop (Ctrl+C). */
  untilStopped(): Promise<void>;
}

export type Command = (io: CliIo, args: ParsedArguments) => Promise<number>;

/** Opens the core for one command and always closes it, so the database is left clean. */
export async function withCore<T>(io: CliIo, host: 'cli' | 'headless', use: (core: Core) => Promise<T>): Promise<T> {
  const dataDir = resolveDataDir(io.argv, io.env, () => defaultUserDataDir());
  const core = createCore({ dataDir, host, echo: io.err, catalog: catalogFromEnv(io.env) });
  try {
    return await use(core);
  } finally {
    await core.close();
  }
}

/** Runs one call through the same validated entry the windows use. */
export async function call<M extends MethodName>(core: Core, method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const envelope = await core.call(method, input);
  if (!envelope.ok) throw AppError.fromData(envelope.error);
  return envelope.data as MethodOutput<M>;
}

export function requiredFlag(args: ParsedArguments, name: string, korean: string): string {
  const value = args.flags.get(name);
  if (typeof value !== 'string' || value.trim() === '') {
    throw new AppError('VALIDATION_FAILED', `Missing --${name}`, `--${name} 값을 적어 주세요 (${korean}).`);
  }
  return value;
}
