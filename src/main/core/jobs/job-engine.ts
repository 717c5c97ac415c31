import { AppError } from '../../../shared/errors';
import { coreErrorData, isDiskFull } from '../fs/write-errors';
import type { GenerateRequest, JobProgress, JobResult } from '../../../shared/ipc/jobs';
import type { Db } from '../db/client';
import type { Logger } from '../log/logger';
import type { JobContext } from '../pipeline/pipeline-types';
import type { EventHub } from '../rpc/event-hub';
import { FifoLane } from './fifo-lane';
import { finishJob, getJobRequest, insertJob, markInterrupted, updateJob } from './jobs-repo';
import { createStageReporter } from './progress';

export type JobRunner = (request: GenerateRequest, job: JobContext) => Promise<JobResult>;

export interface JobEngineDeps {
  db: () => Db;
  events: EventHub;
  logger: Logger;
  run: JobRunner;
  /** Jobs running at once; their model calls queue again on the accelerator lane. */
  concurrency: number;
}

/** Progress is written to the row at most this often (tokens stream much faster). */
const rowWriteIntervalMs = 500;

/**
 * Persistent generation jobs: a row per job, a pool that runs a few at a time, progress and
 * the outcome as events keyed by job id, and cancellation through one AbortController per job.
 */
export function createJobEngine(deps: JobEngineDeps) {
  const pool = new FifoLane(deps.concurrency);
  const active = new Map<string, { controller: AbortController; done: Promise<void> }>();
  try {
    const interrupted = markInterrupted(deps.db());
    if (interrupted > 0) deps.logger.log('warn', 'jobs', 'Marked jobs interrupted by the last shutdown', { interrupted });
  } catch (error) {
    // A job whose failure could not be written on a full disk is still unfinished in its row; the
    // app must start all the same (read-only), and marks it at a start with room.
    if (!isDiskFull(error)) throw error;
    deps.logger.log('warn', 'jobs', 'Could not mark unfinished jobs interrupted: the disk is full', { error: String(error) });
  }

  async function execute(jobId: string, request: GenerateRequest, controller: AbortController): Promise<void> {
    let sessionId: string | null = request.sessionId ?? null;
    let lastRowWrite = 0;
    const emit = (progress: Omit<JobProgress, 'jobId' | 'sessionId'>): void => {
      const now = Date.now();
      if (progress.copyDelta === null || now - lastRowWrite > rowWriteIntervalMs) {
        lastRowWrite = now;
        // The row's progress is a courtesy for a restart; a refused write (a full disk) must not
        // end the job here, where nothing would catch it. Its outcome is written at the end.
        try {
          updateJob(deps.db(), jobId, { status: progress.stage, percent: progress.percent, stageMessage: progress.message });
        } catch (error) {
          deps.logger.log('warn', 'jobs', 'Could not record job progress', { jobId, error: String(error) });
        }
      }
      deps.events.emit('job.progress', { ...progress, jobId, sessionId });
    };
    const reporter = createStageReporter(emit);
    reporter.enter('pending', { queuePosition: pool.queued + 1 });
    try {
      const result = await pool.run(
        () =>
          deps.run(request, {
            jobId,
            signal: controller.signal,
            reporter,
            timings: {},
            onSession: (id) => {
              sessionId = id;
              updateJob(deps.db(), jobId, { sessionId: id });
            },
          }),
        { signal: controller.signal, onPosition: (queuePosition) => reporter.enter('pending', { queuePosition }) },
      );
      finishJob(deps.db(), jobId, 'done', { result });
      deps.events.emit('job.finished', { jobId, sessionId: result.sessionId, status: 'done', error: null, result });
    } catch (thrown) {
      const cancelled = controller.signal.aborted;
      const error = cancelled ? new AppError('CANCELLED', `Job ${jobId} cancelled`).toData() : coreErrorData(thrown);
      if (!cancelled) deps.logger.log('error', 'jobs', 'Job failed', { jobId, code: error.code, error: error.message });
      try {
        finishJob(deps.db(), jobId, cancelled ? 'cancelled' : 'failed', { error });
      } catch (writeError) {
        // A full disk refuses this row too; the row stays unfinished and the next start marks it
        // interrupted, so the owner can still retry it. The window hears the outcome regardless.
        deps.logger.log('error', 'jobs', 'Could not record the job outcome', { jobId, error: String(writeError) });
      }
      deps.events.emit('job.finished', { jobId, sessionId, status: cancelled ? 'cancelled' : 'failed', error, result: null });
    }
  }

  function start(request: GenerateRequest): string {
    const jobId = insertJob(deps.db(), request);
    const controller = new AbortController();
    const done = execute(jobId, request, controller).finally(() => active.delete(jobId));
    active.set(jobId, { controller, done });
    return jobId;
  }

  return {
    start,
    /** Aborts the job; it ends as `cancelled` within a second, whatever it was doing. */
    cancel(jobId: string): boolean {
      const job = active.get(jobId);
      job?.controller.abort(new AppError('CANCELLED', `Job ${jobId} cancelled`));
      return job !== undefined;
    },
    retry(jobId: string): string {
      const job = getJobRequest(deps.db(), jobId);
      if (!job) throw new AppError('NOT_FOUND', `No job ${jobId}`);
      if (!['failed', 'cancelled', 'interrupted'].includes(job.status)) {
        throw new AppError('CONFLICT', `Job ${jobId} is ${job.status}`, '이미 진행 중이거나 끝난 작업이에요.');
      }
      return start({ ...job.request, sessionId: job.sessionId ?? job.request.sessionId });
    },
    /** Resolves when the given job (or every running job) has finished. */
    async settled(jobId?: string): Promise<void> {
      const jobs = jobId ? [active.get(jobId)] : [...active.values()];
      await Promise.all(jobs.map((job) => job?.done));
    },
    cancelAll(): void {
      for (const job of active.values()) job.controller.abort(new AppError('CANCELLED', 'Shutting down'));
    },
  };
}

export type JobEngine = ReturnType<typeof createJobEngine>;
