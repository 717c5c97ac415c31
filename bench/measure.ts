import { closeSync, openSync, readdirSync, readSync } from 'node:fs';

/** Latency figures of one series, in milliseconds. */
export interface Series {
  p50: number;
  p95: number;
  p99: number;
  mean: number;
}

const quantile = (sorted: number[], q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;

export function summarize(samples: number[]): Series {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: quantile(sorted, 0.5), p95: quantile(sorted, 0.95), p99: quantile(sorted, 0.99), mean: sorted.reduce((sum, x) => sum + x, 0) / sorted.length };
}

/** How a figure varied over rounds: the median is what a verdict judges, the rest is its spread. */
export interface Spread {
  median: number;
  p10: number;
  p90: number;
  min: number;
  max: number;
  n: number;
}

export function spread(values: number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  const median = sorted.length % 2 === 1 ? quantile(sorted, 0.5) : ((sorted[sorted.length / 2 - 1] ?? Number.NaN) + (sorted[sorted.length / 2] ?? Number.NaN)) / 2;
  return { median, p10: quantile(sorted, 0.1), p90: quantile(sorted, 0.9), min: sorted[0] ?? Number.NaN, max: sorted.at(-1) ?? Number.NaN, n: sorted.length };
}

export const formatSpread = (s: Spread, digits = 2): string =>
  `median ${s.median.toFixed(digits)} (p10–p90 ${s.p10.toFixed(digits)}–${s.p90.toFixed(digits)}, min–max ${s.min.toFixed(digits)}–${s.max.toFixed(digits)}, ${s.n} rounds)`;

/**
 * Runs each variant once a round in ABBA order (A B, B A, A B, …), so drift and a neighbour's
 * bursts on a shared machine fall on both sides alike. Each run returns its own figure (a rate,
 * a time); the result holds every round's figure per variant, in round order.
 */
export async function alternateRounds<K extends string>(variants: Record<K, () => Promise<number> | number>, { rounds, warmup = 1 }: { rounds: number; warmup?: number }): Promise<Record<K, number[]>> {
  const names = Object.keys(variants) as K[];
  const figures = Object.fromEntries(names.map((name) => [name, [] as number[]])) as Record<K, number[]>;
  for (let round = 0; round < warmup; round += 1) for (const name of names) await variants[name]();
  for (let round = 0; round < rounds; round += 1) {
    for (const name of round % 2 === 0 ? names : [...names].reverse()) figures[name].push(await variants[name]());
  }
  return figures;
}

/** Per-round ratios `a[i] / b[i]` of two variants' figures from the same rounds, and their spread. */
export function roundRatios(a: number[], b: number[]): { ratios: number[]; spread: Spread } {
  const ratios = a.map((value, i) => value / (b[i] ?? Number.NaN));
  return { ratios, spread: spread(ratios) };
}

// On Linux the scheduler counts, per thread, the nanoseconds it ran and the nanoseconds it sat
// runnable while another process had the core (schedstat). Summed over this process's threads,
// the waits include GC helpers the main thread was waiting on. Elsewhere nothing is known: 0.
// Read through descriptors opened once into one buffer: a timer that allocated (a readFileSync
// and a split per thread, twice a call) brought on the very scavenges it then timed.
const statBuffer = Buffer.alloc(128);
const threadFiles = new Map<string, number>();
let mainThreadFile: number | undefined;
const openStat = (path: string): number | undefined => {
  try {
    return openSync(path, 'r');
  } catch {
    return undefined;
  }
};
/** The first two numbers of a schedstat file: run and wait, in nanoseconds. */
function readStat(fd: number): [run: number, wait: number] | undefined {
  let length: number;
  try {
    length = readSync(fd, statBuffer, 0, statBuffer.length, 0);
  } catch {
    return undefined;
  }
  let run = 0;
  let wait = 0;
  let field = 0;
  for (let i = 0; i < length && field < 2; i += 1) {
    const byte = statBuffer[i] ?? 32;
    if (byte === 32) field += 1;
    else if (field === 0) run = run * 10 + (byte - 48);
    else wait = wait * 10 + (byte - 48);
  }
  return [run, wait];
}
const canReadSchedstat = (mainThreadFile = openStat('/proc/thread-self/schedstat')) !== undefined;
function schedNow(): { mainRunNs: number; waitNs: number } {
  if (!canReadSchedstat || mainThreadFile === undefined) return { mainRunNs: 0, waitNs: 0 };
  let waitNs = 0;
  for (const tid of readdirSync('/proc/self/task')) {
    let fd = threadFiles.get(tid);
    if (fd === undefined) {
      fd = openStat(`/proc/self/task/${tid}/schedstat`);
      if (fd === undefined) continue;
      threadFiles.set(tid, fd);
    }
    const figures = readStat(fd);
    if (figures) waitNs += figures[1];
    else {
      closeSync(fd);
      threadFiles.delete(tid);
    }
  }
  return { mainRunNs: readStat(mainThreadFile)?.[0] ?? 0, waitNs };
}

/** One timed call: its wall time, and how much of that the process stood ready but off the CPU. */
export interface Timed {
  ms: number;
  waitMs: number;
}

export const ownMs = (t: Timed): number => t.ms - t.waitMs;

/**
 * Starts timing a call; the returned stop() gives its wall time and waits. A thread that
 * waited while the main thread ran did not delay it: the main thread's own run time stays in.
 */
export function startTiming(): () => Timed {
  const before = schedNow();
  const start = process.hrtime.bigint();
  return () => {
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    const after = schedNow();
    const ranMs = (after.mainRunNs - before.mainRunNs) / 1e6;
    return { ms, waitMs: Math.max(0, Math.min(ms - ranMs, (after.waitNs - before.waitNs) / 1e6)) };
  };
}

/** A latency series judged two ways: wall clock, and wall clock less the waits for a core. */
export interface LatencySeries {
  wall: Series;
  /** Wall time minus the time the OS ran other processes instead: GC, I/O and our own work stay in. */
  own: Series;
  /** Every call, round by round, for figures per round. */
  rounds: Timed[][];
}

/**
 * Times several variants side by side: after a warm-up, rounds of `batch` sequential calls
 * per variant, the variants taking turns in ABBA order, so drift on a shared machine hits them
 * all alike. Every call is kept; each is timed on the wall clock and, where the OS tells
 * (Linux), also without the time this process's threads waited for a core held by another process.
 */
export async function timeSideBySide<K extends string>(
  variants: Record<K, () => Promise<unknown>>,
  { rounds = 10, batch = 200 }: { rounds?: number; batch?: number } = {},
): Promise<Record<K, LatencySeries>> {
  const names = Object.keys(variants) as K[];
  const samples = Object.fromEntries(names.map((name) => [name, [] as Timed[][]])) as Record<K, Timed[][]>;
  for (const name of names) for (let i = 0; i < batch; i += 1) await variants[name]();
  for (let round = 0; round < rounds; round += 1) {
    for (const name of round % 2 === 0 ? names : [...names].reverse()) {
      const timed: Timed[] = [];
      for (let i = 0; i < batch; i += 1) {
        const stop = startTiming();
        await variants[name]();
        timed.push(stop());
      }
      samples[name].push(timed);
    }
  }
  return Object.fromEntries(
    names.map((name) => {
      const all = samples[name].flat();
      return [name, { wall: summarize(all.map((t) => t.ms)), own: summarize(all.map(ownMs)), rounds: samples[name] }];
    }),
  ) as Record<K, LatencySeries>;
}

export const formatSeries = (label: string, s: Series): string =>
  `${label.padEnd(30)} p50 ${s.p50.toFixed(3)} ms   p95 ${s.p95.toFixed(3)} ms   p99 ${s.p99.toFixed(3)} ms`;

/** The closing line `npm run bench` reads: `BENCH <name> <metric>=<value> goal=<goal> ok|FAIL`. */
export function verdict(name: string, metric: string, value: number, goal: string, ok: boolean): string {
  return `BENCH ${name} ${metric}=${value.toFixed(2)} goal=${goal} ${ok ? 'ok' : 'FAIL'}`;
}
