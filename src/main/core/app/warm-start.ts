import type { WarmState } from '../../../shared/ipc/app';
import type { Logger } from '../log/logger';

export interface WarmStartSteps {
  /** Starts the inference process, opens the cut-out session and runs it once. */
  cutout: () => Promise<unknown>;
  /** Starts the render workers and draws one throw-away ad in each. */
  renders: () => Promise<unknown>;
}

export interface WarmStart {
  /** Warms once the app has been quiet for `quietMs` (every call to `activity` restarts the wait); again after 'off' or 'failed'. */
  whenIdle(quietMs?: number): void;
  /** Something is being asked of the app: a pending warm start waits for quiet again. */
  activity(): void;
  state(): WarmState;
  /** Stops a pending warm start; one already under way finishes its current step and stops. */
  close(): void;
}

/** How long the window must be quiet before the background work starts. */
export const defaultQuietMs = 800;

/**
 * The cut-out model and the render workers started in the background after the window is up,
 * so the owner's first photo finds them ready. It waits for quiet (no calls, no job at work for a
 * moment), after the window's own start-up, and takes one step at a time; a job that starts meanwhile needs
 * the same pieces and shares them (each piece starts once, whoever asks first). `enabled` reads
 * the owner's setting at the moment it would start.
 */
export function createWarmStart(steps: WarmStartSteps, enabled: () => Promise<boolean>, logger: Logger): WarmStart {
  let state: WarmState = 'idle';
  let timer: NodeJS.Timeout | undefined;
  let quiet = defaultQuietMs;
  let closed = false;

  const run = async (): Promise<void> => {
    timer = undefined;
    if (closed || state !== 'scheduled') return;
    if (!(await enabled())) {
      state = 'off';
      return;
    }
    state = 'warming';
    const start = performance.now();
    try {
      // The cut-out first and alone: the first preview waits on it, and beside the workers' start
      // it took longer (they share the same few cores).
      await steps.cutout();
      if (!closed) await steps.renders();
      state = closed ? 'idle' : 'warm';
      logger.log('info', 'core', 'Warm start done', { ms: Math.round(performance.now() - start) });
    } catch (error) {
      // Only a head start was lost: the first job starts whatever it needs itself.
      state = 'failed';
      logger.log('warn', 'core', 'Warm start failed', { error: String(error) });
    }
  };

  const arm = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), quiet);
    timer.unref();
  };

  return {
    whenIdle(quietMs = defaultQuietMs) {
      // Once warm, or on its way, there is nothing to add; after 'off' or 'failed' the owner may have changed something.
      if (closed || state === 'scheduled' || state === 'warming' || state === 'warm') return;
      quiet = quietMs;
      state = 'scheduled';
      arm();
    },
    activity() {
      if (state === 'scheduled') arm();
    },
    state: () => state,
    close() {
      closed = true;
      clearTimeout(timer);
    },
  };
}
