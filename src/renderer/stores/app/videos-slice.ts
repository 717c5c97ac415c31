import type { StateCreator } from 'zustand';
import type { Client } from '../../../shared/ipc/client';
import type { VideoRequestInput, VideoTask } from '../../../shared/ipc/videos';
import type { PostChannel, PostingPack } from '../../../shared/posting';
import { toNotice } from './notice';
import type { AppState } from './store';

export interface VideosSlice {
  /** Each video being made (or just made) by its task, as its last event left it. */
  videoTasks: Record<string, VideoTask>;
  /** Starts a video; undefined when the core refused it (the notice says why). */
  startVideo(request: VideoRequestInput): Promise<VideoTask | undefined>;
  cancelVideo(taskId: string): Promise<void>;
  receiveVideoProgress(task: VideoTask): void;
  loadPostingPack(generationId: string): Promise<PostingPack | undefined>;
  /** A folder with the video and one channel's text, in the data folder's exports/. */
  exportForUpload(generationId: string, channel: PostChannel): Promise<void>;
}

export const createVideosSlice =
  (client: Client): StateCreator<AppState, [], [], VideosSlice> =>
  (set, get) => {
    const fail = (error: unknown) => set({ notice: toNotice(error) });
    const keep = (task: VideoTask) => set({ videoTasks: { ...get().videoTasks, [task.taskId]: task } });
    return {
      videoTasks: {},
      async startVideo(request) {
        try {
          const task = await client.invoke('videos.start', request);
          // An event may have arrived first: the later state wins.
          if (!get().videoTasks[task.taskId]) keep(task);
          return task;
        } catch (error) {
          fail(error);
          return undefined;
        }
      },
      async cancelVideo(taskId) {
        try {
          await client.invoke('videos.cancel', { taskId });
        } catch (error) {
          fail(error);
        }
      },
      receiveVideoProgress(task) {
        keep(task);
        // A finished video is a new result in the library.
        if (task.status === 'done' && get().view === 'library') void get().loadLibrary();
      },
      async loadPostingPack(generationId) {
        try {
          return await client.invoke('posts.pack', { generationId });
        } catch (error) {
          fail(error);
          return undefined;
        }
      },
      async exportForUpload(generationId, channel) {
        try {
          const exported = await client.invoke('videos.exportForUpload', { generationId, channel });
          get().inform('toast.uploadFolder', exported.folder);
        } catch (error) {
          fail(error);
        }
      },
    };
  };
