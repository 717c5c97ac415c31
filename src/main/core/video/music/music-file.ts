import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError } from '../../../../shared/errors';
import type { MusicChoice, MusicMood } from '../../../../shared/video';
import { ownerPath } from '../../fs/owner-path';
import { writeTempFile } from '../../media/ingest-file';
import { FfmpegError, runFfmpeg } from '../ffmpeg';

const unreadable = (why: string): AppError =>
  new AppError('AUDIO_UNSUPPORTED', `Music file cannot be decoded: ${why}`, '음악 파일을 읽을 수 없어요. 파일이 손상되지 않았는지 확인하고 MP3, M4A(AAC), WAV 파일로 다시 골라 주세요.');

/**
 * Whether ffmpeg can decode the file's first audio stream from start to end: a file with no
 * sound, a picture renamed .mp3 or a truncated download is refused here, before any drawing.
 */
async function checkDecodable(file: string, signal: AbortSignal): Promise<void> {
  try {
    await runFfmpeg(['-xerror', '-i', file, '-map', '0:a:0', '-f', 'null', '-'], { signal });
  } catch (error) {
    if (error instanceof FfmpegError) throw unreadable(error.log.split('\n').slice(-2).join(' '));
    throw error;
  }
}

/**
 * The video's sound as a file in `workDir`: the owner's file copied in (only a regular file,
 * read through the same checks as a photo) and checked, or the mood's built-in loop synthesised
 * for exactly this length (in a render worker: it takes most of a second); undefined for silence.
 */
export async function prepareMusic(choice: MusicChoice, seconds: number, workDir: string, signal: AbortSignal, synthesize: (mood: MusicMood, seconds: number) => Promise<Buffer>): Promise<{ file: string } | undefined> {
  if (choice.kind === 'none') return undefined;
  if (choice.kind === 'builtin') {
    const file = join(workDir, 'music.wav');
    await writeFile(file, await synthesize(choice.mood, seconds));
    return { file };
  }
  const copy = await writeTempFile({ kind: 'path', path: ownerPath(choice.path) }, workDir).catch((error: unknown) => {
    // The copy's checks speak of photos; the owner chose music.
    if (!(error instanceof AppError)) throw error;
    if (error.code === 'NOT_A_FILE') throw new AppError('NOT_A_FILE', error.message, '음악 파일 자체를 골라 주세요. 폴더나 바로가기, 장치는 음악으로 쓸 수 없어요.');
    if (error.code === 'MEDIA_TOO_LARGE') throw new AppError('AUDIO_UNSUPPORTED', error.message, '음악 파일이 너무 커요 (최대 256MB). 더 짧은 곡을 골라 주세요.');
    throw error;
  });
  if (copy.bytes === 0) throw unreadable('empty file');
  await checkDecodable(copy.path, signal);
  return { file: copy.path };
}
