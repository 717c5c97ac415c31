import { EulerAncestralScheduler } from './euler-ancestral';
import { LcmScheduler } from './lcm';
import { schedulerConfigSchema, type Scheduler } from './scheduler';

/** The scheduler a model folder names; Euler ancestral for any other (it samples every SD-class model). */
export function createScheduler(rawConfig: unknown): Scheduler {
  const config = schedulerConfigSchema.parse(rawConfig ?? {});
  return config._class_name === 'LCMScheduler' ? new LcmScheduler(config) : new EulerAncestralScheduler(config);
}
