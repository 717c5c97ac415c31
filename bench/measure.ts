/** Latency figures of one series, in milliseconds. */
export interface Series {
  p50: number;
  p95: number;
  p99: number;
  mean: number;
}

export function summarize(samples: number[]): Series {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99), mean: sorted.reduce((sum, x) => sum + x, 0) / sorted.length };
}

/**
 * Times several variants side by side: after a warm-up, rounds of `batch` sequential calls
 * per variant, the variants taking turns, so drift on a shared machine hits them all alike.
 */
export async function timeSideBySide<K extends string>(
  variants: Record<K, () => Promise<unknown>>,
  { rounds = 10, batch = 200 }: { rounds?: number; batch?: number } = {},
): Promise<Record<K, Series>> {
  const names = Object.keys(variants) as K[];
  const samples = Object.fromEntries(names.map((name) => [name, [] as number[]])) as Record<K, number[]>;
  for (const name of names) for (let i = 0; i < batch; i += 1) await variants[name]();
  for (let round = 0; round < rounds; round += 1) {
    for (const name of round % 2 === 0 ? names : [...names].reverse()) {
      for (let i = 0; i < batch; i += 1) {
        const start = process.hrtime.bigint();
        await variants[name]();
        samples[name].push(Number(process.hrtime.bigint() - start) / 1e6);
      }
    }
  }
  return Object.fromEntries(names.map((name) => [name, summarize(samples[name])])) as Record<K, Series>;
}

export const formatSeries = (label: string, s: Series): string =>
  `${label.padEnd(30)} p50 ${s.p50.toFixed(3)} ms   p95 ${s.p95.toFixed(3)} ms   p99 ${s.p99.toFixed(3)} ms`;

/** The closing line `npm run bench` reads: `BENCH <name> <metric>=<value> goal=<goal> ok|FAIL`. */
export function verdict(name: string, metric: string, value: number, goal: string, ok: boolean): string {
  return `BENCH ${name} ${metric}=${value.toFixed(2)} goal=${goal} ${ok ? 'ok' : 'FAIL'}`;
}
