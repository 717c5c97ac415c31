import { fileURLToPath } from 'node:url';
import { AppError } from '../../shared/errors';
import { startHeadlessHost } from '../host/headless-host';
import type { ParsedArguments } from './arguments';
import { call, withCore, type CliIo, type Command } from './core-access';
import { formatAppInfo } from './format-info';
import { batch, generate, shops } from './generate-commands';
import { backup, restore } from './library-commands';
import { models } from './models-commands';
import { post, video } from './video-commands';

export type { CliIo } from './core-access';

export const usage = `AdStudio — 오프라인 광고 스튜디오

Usage:
  adstudio info [--json]                          version, data folder and hardware
  adstudio serve [--port <n>]                     the studio in your browser, on 127.0.0.1 only
  adstudio shops                                  list shops
  adstudio shops add --name <name> --industry <cafe|bakery|restaurant|salon|pension|smartstore|other>
                     [--region <region>] [--tone <tone>]
  adstudio generate --shop <id|name> --request "<one sentence>" [--photo <file> …]
                    [--count <n>] [--platform <instagram-feed|instagram-story|naver-smartstore|kakao-channel|youtube>]
                    [--out <folder>]
  adstudio batch <photo folder|file.csv> [--shop <id|name>] [--request "<sentence>"] [--out <folder>]
                    a folder: one ad per photo; a CSV: one per row (columns request, photo, shop)
  adstudio video <generationId> [--format 9x16|1x1|4x5|16x9] [--seconds 6–30] [--template reveal|gallery|bold]
                 [--music <file>|none|bright|calm|warm] [--variant <n>] [--out <folder>]
                                                  a promo video (H.264 + AAC MP4) from an ad result
  adstudio post <generationId> [--channel youtube|instagram|naver-blog|kakao|sms|lms|naver-place] [--json]
                                                  the text to post on each channel, within its limits
  adstudio backup <folder>                        a consistent copy of the library into <folder>
  adstudio restore <backup-folder>                replace the library with a backup (the current
                                                  database is kept aside as adstudio.db.before-restore-…)
  adstudio models list                            installed models, the catalog and what fits this computer
  adstudio models pull <id>                       download a catalog model (resumes where it stopped), with a progress bar
  adstudio models import <file.gguf|onnx-folder>  add a model from disk or a USB stick (checked first)
  adstudio models rm <id>                         remove an installed model
  adstudio help

Every command takes --data-dir <dir>; the default is the app's own folder (ADSTUDIO_DATA_DIR overrides it).
ADSTUDIO_CATALOG=<file> uses another model catalog (an office mirror); HTTPS_PROXY / HTTP_PROXY / NO_PROXY are honoured.`;

const info: Command = async (io, args) => {
  const appInfo = await withCore(io, 'cli', (core) => call(core, 'app.info', {}));
  io.out(args.flags.has('json') ? JSON.stringify(appInfo, null, 2) : formatAppInfo(appInfo));
  return 0;
};

const serve: Command = async (io, args) => {
  const portFlag = args.flags.get('port');
  const port = typeof portFlag === 'string' ? Number(portFlag) : 0;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new AppError('VALIDATION_FAILED', `--port must be 0–65535, got ${String(portFlag)}`, '--port 값은 0~65535 사이의 숫자여야 해요.');
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
};

const commands: Record<string, Command> = { info, serve, shops, generate, batch, backup, restore, models, video, post };

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
