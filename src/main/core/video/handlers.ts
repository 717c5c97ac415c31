import { copyFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError } from '../../../shared/errors';
import type { DomainHandlers } from '../../../shared/ipc/contract';
import type { PostChannel } from '../../../shared/posting';
import { ownerPath } from '../fs/owner-path';
import { writeFolderAtomically } from '../fs/timestamped-folder';
import { getGeneration } from '../generations/generations-repo';
import type { AdFileDeps } from '../image/files/variant-image';
import { loadVariantSource } from '../image/files/variant-source';
import type { StoryWriter } from '../posting/llm-story';
import { channelText, postingPackFor } from '../posting/posting-pack';
import type { VideoTasks } from './video-tasks';

/** The channels a video is posted to; SMS and LMS carry text only. */
const takesVideo: Record<PostChannel, boolean> = { youtube: true, instagram: true, 'naver-blog': true, kakao: true, 'naver-place': true, sms: false, lms: false };

/** A folder for one channel: the video, its poster and the channel's text, under fixed names (nothing from a row becomes a path). */
async function exportForUpload(deps: AdFileDeps, writeStory: StoryWriter | undefined, generationId: string, channel: PostChannel, parent: string): Promise<{ folder: string; files: string[] }> {
  const generation = getGeneration(deps.db(), generationId);
  const output = generation.outputs[0];
  if (generation.kind !== 'video' || !output) throw new AppError('VALIDATION_FAILED', `Generation ${generationId} is not a video`, '영상 결과물에서만 올리기용 폴더를 만들 수 있어요.');
  const video = await deps.media.resolve(output.sha256, null);
  const poster = output.posterSha256 ? await deps.media.resolve(output.posterSha256, null) : undefined;
  if (!video) throw new AppError('NOT_FOUND', `Video file of ${generationId} is missing`, '영상 파일을 찾을 수 없어요. 영상을 다시 만들어 주세요.');
  const text = channelText(await postingPackFor(deps.db(), generationId, writeStory), channel);
  const files: string[] = [];
  const folder = await writeFolderAtomically(parent, `AdStudio-${channel}`, async (dir) => {
    await writeFile(join(dir, 'text.txt'), `${text}\n`);
    files.push('text.txt');
    if (takesVideo[channel]) {
      await copyFile(video.path, join(dir, 'video.mp4'));
      files.push('video.mp4');
      if (poster) {
        await copyFile(poster.path, join(dir, 'poster.png'));
        files.push('poster.png');
      }
    }
  });
  return { folder, files: files.map((name) => join(folder, name)) };
}

/** `exportsDir`: where an upload folder goes when the window names none (the data folder's exports/). */
export function createVideosHandlers(deps: AdFileDeps, tasks: VideoTasks, exportsDir: string, writeStory?: StoryWriter) {
  return {
    'videos.start': async (request) => {
      // Refused here, before any work, when the result has no pictures to make a video of.
      loadVariantSource(deps.db(), request.generationId);
      return tasks.start(request);
    },
    'videos.cancel': async ({ taskId }) => ({ cancelled: tasks.cancel(taskId) }),
    'videos.exportForUpload': async ({ generationId, channel, destination }) => exportForUpload(deps, writeStory, generationId, channel, destination ? ownerPath(destination) : exportsDir),
    'posts.pack': async ({ generationId }) => postingPackFor(deps.db(), generationId, writeStory),
  } satisfies DomainHandlers<'videos.start' | 'videos.cancel' | 'videos.exportForUpload' | 'posts.pack'>;
}
