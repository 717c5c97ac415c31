import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFileLogger } from '../log/logger';
import { createWarmStart } from './warm-start';

const logs = mkdtempSync(join(tmpdir(), 'adstudio-warm-'));
afterAll(() => rmSync(logs, { recursive: true, force: true }));
const logger = createFileLogger(logs);
// The clock is the test's: a loaded machine must not decide whether a wait was long enough.
beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());
const sleep = (ms: number) => vi.advanceTimersByTimeAsync(ms);

/** Steps that record when they ran and finish when told. */
function recordingSteps(fail = false) {
  const ran: string[] = [];
  return {
    ran,
    steps: {
      cutout: async () => {
        ran.push('cutout');
        if (fail) throw new Error('no model');
      },
      renders: async () => void ran.push('renders'),
    },
  };
}

describe('warm start', () => {
  it('starts the cut-out, then the renders, once the window has been quiet for the given time', async () => {
    const { ran, steps } = recordingSteps();
    const warm = createWarmStart(steps, async () => true, logger);
    expect(warm.state()).toBe('idle');
    warm.whenIdle(60);
    expect(warm.state()).toBe('scheduled');
    // Calls keep coming while the window starts up: each one restarts the wait.
    for (let i = 0; i < 4; i += 1) {
      await sleep(30);
      warm.activity();
    }
    expect(ran).toEqual([]);
    await sleep(120);
    expect(ran).toEqual(['cutout', 'renders']);
    expect(warm.state()).toBe('warm');
    warm.whenIdle(0);
    await sleep(20);
    expect(ran).toEqual(['cutout', 'renders']);
  });

  it('does nothing while the owner has it off, and starts when it is turned on again', async () => {
    const { ran, steps } = recordingSteps();
    let enabled = false;
    const warm = createWarmStart(steps, async () => enabled, logger);
    warm.whenIdle(10);
    await sleep(50);
    expect(ran).toEqual([]);
    expect(warm.state()).toBe('off');
    enabled = true;
    warm.whenIdle(10);
    await sleep(50);
    expect(ran).toEqual(['cutout', 'renders']);
  });

  it('a failed step is only a lost head start: logged, the next step not taken, and the app says it failed', async () => {
    const { ran, steps } = recordingSteps(true);
    const warm = createWarmStart(steps, async () => true, logger);
    warm.whenIdle(10);
    await sleep(50);
    expect(ran).toEqual(['cutout']);
    expect(warm.state()).toBe('failed');
    const log = readdirSync(logs).map((file) => readFileSync(join(logs, file), 'utf8')).join('');
    expect(log).toMatch(/Warm start failed.*no model/);
  });

  it('closing the app before the wait is over starts nothing', async () => {
    const { ran, steps } = recordingSteps();
    const warm = createWarmStart(steps, async () => true, logger);
    warm.whenIdle(20);
    warm.close();
    await sleep(60);
    expect(ran).toEqual([]);
  });
});
