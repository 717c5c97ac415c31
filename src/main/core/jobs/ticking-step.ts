import type { JobStepCode } from '../../../shared/ipc/jobs';
import type { StageReporter } from './progress';

/**
 * A step of unknown length (a model at work): once a second the bar creeps from `from` toward
 * `to` (halving the distance left every `halfLifeMs`, so it never arrives early) and the message
 * counts the seconds, so the owner never watches a still bar without a word.
 */
export function tickingStep(reporter: Pick<StageReporter, 'report'>, code: JobStepCode, from: number, to: number, halfLifeMs = 2_000): { stop(): void } {
  const started = performance.now();
  const tick = (): void => {
    const elapsed = performance.now() - started;
    reporter.report({ fraction: from + (to - from) * (1 - 0.5 ** (elapsed / halfLifeMs)), step: { code, params: { elapsed: Math.floor(elapsed / 1000) } } });
  };
  tick();
  const timer = setInterval(tick, 1_000);
  return { stop: () => clearInterval(timer) };
}
