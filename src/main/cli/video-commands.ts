import { copyFile, mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { AppError } from '../../shared/errors';
import type { VideoTask } from '../../shared/ipc/videos';
import { postChannels, postChannelSchema } from '../../shared/posting';
import { musicMoods, type MotionTemplate, type MusicChoice, type VideoFormat } from '../../shared/video';
import { freeNameIn } from '../core/image/files/export-image';
import { channelText } from '../core/posting/posting-pack';
import type { ParsedArguments } from './arguments';
import { call, withCore, type Command } from './core-access';
import { bar } from './progress-board';

const stepText = { drawing: '장면 그리는 중', encoding: '영상 인코딩 중', saving: '저장 중' } as const;

function generationIdOf(args: ParsedArguments, what: string): string {
  const id = args.positionals[0];
  if (!id) throw new AppError('VALIDATION_FAILED', `Missing the generation id`, `${what}할 결과물의 id를 적어 주세요 (adstudio generate 가 알려 준 id).`);
  return id;
}

const flag = (args: ParsedArguments, name: string): string | undefined => {
  const value = args.flags.get(name);
  return typeof value === 'string' ? value : undefined;
};

/** `--music none`, a mood of the built-in loops, or a file (a path relative to where the command runs). */
function musicOf(value: string | undefined): MusicChoice {
  if (value === undefined) return { kind: 'builtin', mood: 'bright' };
  if (value === 'none') return { kind: 'none' };
  const mood = musicMoods.find((candidate) => candidate === value);
  return mood ? { kind: 'builtin', mood } : { kind: 'file', path: resolve(value) };
}

/** adstudio video <generationId> [--format 9x16] [--seconds 15] [--template reveal] [--music file|none|bright|calm|warm] [--out folder] */
export const video: Command = async (io, args) => {
  const generationId = generationIdOf(args, '영상으로 만들');
  const format = (flag(args, 'format') ?? '9:16').replace('x', ':');
  const seconds = Number(flag(args, 'seconds') ?? 15);
  const variant = flag(args, 'variant');
  return withCore(io, 'cli', async (core) => {
    let lastTenth = -1;
    const show = (task: VideoTask): void => {
      const line = `${bar(task.percent)} ${stepText[task.step]}`;
      if (io.interactive) io.out(`\x1b[1A\x1b[2K${line}`);
      else if (Math.floor(task.percent / 10) !== lastTenth) io.out(line);
      lastTenth = Math.floor(task.percent / 10);
    };
    let ended: VideoTask | undefined;
    const unsubscribe = core.events.subscribe((event) => {
      if (event.name !== 'video.progress' || event.payload.taskId !== ended?.taskId) return;
      ended = event.payload;
      show(event.payload);
    });
    try {
      if (io.interactive) io.out('');
      ended = await call(core, 'videos.start', {
        generationId,
        // The core's schema checks both and says which values it takes.
        format: format as VideoFormat,
        seconds,
        template: (flag(args, 'template') ?? 'reveal') as MotionTemplate,
        music: musicOf(flag(args, 'music')),
        ...(variant === undefined ? {} : { variantIndex: Number(variant) - 1 }),
      });
      // Ctrl+C ends ffmpeg with the command; the next start clears the half-made work folder.
      await core.videos.settled(ended.taskId);
    } finally {
      unsubscribe();
    }
    if (ended.status !== 'done' || !ended.video) throw AppError.fromData(ended.error ?? new AppError('CANCELLED', 'Video stopped').toData());
    const made = ended.video;
    const stored = await core.media.resolve(made.outputs[0]?.sha256 ?? '', null);
    io.out(`Video ${made.id}: ${made.width}x${made.height}, ${((made.outputCopy?.video?.durationMs ?? 0) / 1000).toFixed(1)} s`);
    const out = flag(args, 'out');
    if (out && stored) {
      await mkdir(resolve(out), { recursive: true });
      const file = await freeNameIn(resolve(out), `adstudio-${format.replace(':', 'x')}-${seconds}s.mp4`);
      await copyFile(stored.path, file);
      io.out(`Saved ${file}`);
    } else if (stored) io.out(stored.path);
    return 0;
  });
};

/** adstudio post <generationId> [--channel youtube|instagram|naver-blog|kakao|sms|lms|naver-place] [--json] */
export const post: Command = async (io, args) => {
  const generationId = generationIdOf(args, '게시글을 만들');
  const wanted = flag(args, 'channel');
  const channel = wanted === undefined ? undefined : postChannelSchema.safeParse(wanted);
  if (channel && !channel.success) throw new AppError('VALIDATION_FAILED', `Unknown channel ${wanted}`, `--channel 은 ${postChannels.join(', ')} 중 하나예요.`);
  return withCore(io, 'cli', async (core) => {
    const pack = await call(core, 'posts.pack', { generationId });
    if (args.flags.has('json')) {
      io.out(JSON.stringify(channel ? pack[channel.data] : pack, null, 2));
      return 0;
    }
    for (const name of channel ? [channel.data] : postChannels) {
      if (!channel) io.out(`===== ${name}`);
      io.out(channelText(pack, name));
      if (name === 'sms' || name === 'lms') io.out(`(${pack[name].bytes} bytes)`);
    }
    if (pack.warnings.includes('opt-out-number-missing')) io.err('광고 문자 끝에 넣을 080 수신거부 번호가 가게 정보에 없어요. 설정에서 넣어 주세요.');
    return 0;
  });
};
