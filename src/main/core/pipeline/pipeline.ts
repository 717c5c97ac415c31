import type { GenerateRequest, JobResult, JobStage } from '../../../shared/ipc/jobs';
import { analyze } from './analyze';
import { generate } from './generate';
import { ingest } from './ingest';
import { watchJob } from './job-vitals';
import { persist } from './persist';
import type { JobContext, PipelineDeps } from './pipeline-types';

/** Enters a stage, runs it, and records how long it took. */
async function stage<T>(deps: PipelineDeps, job: JobContext, name: JobStage, run: () => T | Promise<T>): Promise<T> {
  job.signal.throwIfAborted();
  job.reporter.enter(name);
  await deps.beforeStage?.(name, job.signal);
  job.signal.throwIfAborted();
  const start = performance.now();
  const result = await run();
  job.timings[name] = Math.round(performance.now() - start);
  return result;
}

/** The generation job, stage by stage. */
export async function runPipeline(deps: PipelineDeps, request: GenerateRequest, context: JobContext): Promise<JobResult> {
  const { job, finish } = watchJob(context);
  try {
    const ingested = await stage(deps, job, 'ingesting', () => ingest(deps, request, job));
    const analysis = await stage(deps, job, 'analyzing', () => analyze(deps, request, ingested, job));
    const generated = await stage(deps, job, 'generating', () => generate(deps, ingested, analysis, job));
    finish();
    return await stage(deps, job, 'persisting', () => persist(deps, ingested, analysis, generated, job));
  } finally {
    finish();
  }
}
