import type { CoreEvent } from '../../../shared/ipc/contract';
import type { JobFinished, JobProgress, JobResult } from '../../../shared/ipc/jobs';
import type { Core } from '../core';
import { unwrap } from './unwrap';

/** Collects one job's events from a core, and waits for its end. */
export function watchJobs(core: Core) {
  const progress = new Map<string, JobProgress[]>();
  const finished = new Map<string, JobFinished>();
  const waiters = new Map<string, (event: JobFinished) => void>();
  const unsubscribe = core.events.subscribe((event: CoreEvent) => {
    if (event.name === 'job.progress') progress.set(event.payload.jobId, [...(progress.get(event.payload.jobId) ?? []), event.payload]);
    if (event.name === 'job.finished') {
      finished.set(event.payload.jobId, event.payload);
      waiters.get(event.payload.jobId)?.(event.payload);
    }
  });
  const finishedJob = (jobId: string): Promise<JobFinished> =>
    new Promise((resolve) => {
      const done = finished.get(jobId);
      if (done) resolve(done);
      else waiters.set(jobId, resolve);
    });
  return {
    progressOf: (jobId: string): JobProgress[] => progress.get(jobId) ?? [],
    finished: finishedJob,
    /** Starts a job and waits for its result; a job that fails fails the caller with its error. */
    async succeeded(input: Record<string, unknown>): Promise<JobResult> {
      const { jobId } = unwrap<{ jobId: string }>(await core.call('jobs.start', input));
      const done = await finishedJob(jobId);
      if (done.error || !done.result) throw new Error(`Job ${jobId} ended ${done.status}: ${JSON.stringify(done.error)}`);
      return done.result;
    },
    stop: unsubscribe,
  };
}
