import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { JobContext } from './pipeline-types';

/**
 * What the owner feels of a job, kept with its timings: when the first picture showed
 * ('first-preview', ms after the job began running) and how long the app's event loop was
 * held up at worst while it ran ('loop-lag-p99', ms; the window stutters above ~20 ms).
 */
export function watchJob(job: JobContext): { job: JobContext; finish(): void } {
  const start = performance.now();
  const lag = monitorEventLoopDelay({ resolution: 5 });
  lag.enable();
  const report: JobContext['reporter']['report'] = (update) => {
    if (update.previewSha256 && job.timings['first-preview'] === undefined) job.timings['first-preview'] = Math.round(performance.now() - start);
    job.reporter.report(update);
  };
  return {
    job: { ...job, reporter: { enter: (stage, update) => job.reporter.enter(stage, update), report } },
    /** Records the lag up to now, once: later calls (after persisting, or on failure) only make sure the monitor is off. */
    finish() {
      if (!lag.disable()) return;
      // The histogram counts the timer's own resolution into every sample.
      job.timings['loop-lag-p99'] = Math.max(0, Math.round((lag.percentile(99) / 1e6 - 5) * 10) / 10);
    },
  };
}
