import { AppError } from '../../../shared/errors';
import type { VideoTask } from '../../../shared/ipc/videos';
import { newId } from '../db/ids';
import { coreErrorData } from '../fs/write-errors';
import type { AdFileDeps } from '../image/files/variant-image';
import { FifoLane } from '../jobs/fifo-lane';
import type { EventHub } from '../rpc/event-hub';
import { makeVideo, type VideoRequest } from './make-video';

/**
 * Videos being made: one encode at a time (ffmpeg already uses every core), each with its own
 * abort, its progress and outcome sent as `video.progress`. A video is not resumed after a
 * restart: its work folder is the media store's temp folder, which start-up clears.
 */
export function createVideoTasks(deps: AdFileDeps & { events: EventHub }) {
  const lane = new FifoLane(1);
  const running = new Map<string, { controller: AbortController; done: Promise<void> }>();

  function start(request: VideoRequest): VideoTask {
    const taskId = newId();
    const controller = new AbortController();
    let task: VideoTask = { taskId, generationId: request.generationId, status: 'running', step: 'drawing', percent: 0, error: null, video: null };
    const emit = (change: Partial<VideoTask>): void => {
      task = { ...task, ...change, percent: Math.max(task.percent, change.percent ?? task.percent) };
      deps.events.emit('video.progress', task);
    };
    const done = lane
      .run(() => makeVideo(deps, request, controller.signal, (progress) => emit(progress)), { signal: controller.signal })
      .then(
        (video) => emit({ status: 'done', step: 'saving', percent: 100, video }),
        (thrown: unknown) => {
          const cancelled = controller.signal.aborted;
          const error = cancelled ? new AppError('CANCELLED', `Video ${taskId} cancelled`).toData() : coreErrorData(thrown);
          if (!cancelled) deps.logger.log('error', 'video', 'Video failed', { taskId, code: error.code, error: error.message });
          emit({ status: cancelled ? 'cancelled' : 'failed', error });
        },
      )
      .finally(() => running.delete(taskId));
    running.set(taskId, { controller, done });
    return task;
  }

  return {
    start,
    cancel(taskId: string): boolean {
      const task = running.get(taskId);
      task?.controller.abort(new AppError('CANCELLED', `Video ${taskId} cancelled`));
      return task !== undefined;
    },
    /** Resolves when the task (or every task) has ended and its files are gone. */
    async settled(taskId?: string): Promise<void> {
      await Promise.all((taskId ? [running.get(taskId)] : [...running.values()]).map((task) => task?.done));
    },
    cancelAll(): void {
      for (const task of running.values()) task.controller.abort(new AppError('CANCELLED', 'Shutting down'));
    },
  };
}

export type VideoTasks = ReturnType<typeof createVideoTasks>;
