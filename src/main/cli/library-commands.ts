import { resolve } from 'node:path';
import { AppError } from '../../shared/errors';
import type { ParsedArguments } from './arguments';
import { call, withCore, type Command } from './core-access';

function folderArgument(args: ParsedArguments, what: 'backup' | 'restore'): string {
  const folder = args.positionals[0];
  if (!folder) throw new AppError('VALIDATION_FAILED', `Missing ${what} folder`, `${what === 'backup' ? '백업할' : '복원할 백업'} 폴더를 적어 주세요.`);
  return resolve(folder);
}

export const backup: Command = async (io, args) => {
  const destination = folderArgument(args, 'backup');
  const result = await withCore(io, 'cli', (core) => call(core, 'library.backup', { destination }));
  io.out(`Backup written to ${result.folder} (schema ${result.manifest.schemaVersion}, ${result.manifest.mediaFiles} images).`);
  return 0;
};

export const restore: Command = async (io, args) => {
  const source = folderArgument(args, 'restore');
  const result = await withCore(io, 'cli', (core) => call(core, 'library.restore', { source }));
  io.out(`Restored the backup of ${new Date(result.manifest.createdAt).toISOString()} (${result.manifest.mediaFiles} images).`);
  io.out(`The previous database is kept at ${result.previousDatabase}.`);
  return 0;
};
