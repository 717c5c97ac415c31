import { freemem, platform, totalmem } from 'node:os';

/**
 * Memory a model may count on. macOS reports only pages that are completely unused as free — a
 * few hundred megabytes on a busy Mac with gigabytes reclaimable from its cache — so there the
 * budget is a share of the total; elsewhere the free figure already includes what can be reclaimed.
 */
export function availableMemory(): number {
  return platform() === 'darwin' ? Math.max(freemem(), totalmem() * 0.6) : freemem();
}
