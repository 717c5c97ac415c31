import type { DomainHandlers } from '../../../shared/ipc/contract';
import type { Db } from '../db/client';
import type { JobEngine } from './job-engine';
import { listJobs } from './jobs-repo';

export function createJobsHandlers(engine: JobEngine, db: () => Db) {
  return {
    'jobs.start': async (request) => ({ jobId: engine.start(request) }),
    'jobs.cancel': async ({ jobId }) => ({ jobId, cancelled: engine.cancel(jobId) }),
    'jobs.retry': async ({ jobId }) => ({ jobId: engine.retry(jobId) }),
    'jobs.list': async (q) => ({ items: listJobs(db(), q) }),
  } satisfies DomainHandlers<'jobs.start' | 'jobs.cancel' | 'jobs.retry' | 'jobs.list'>;
}
