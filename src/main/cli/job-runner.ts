import { randomUUID } from 'node:crypto';
import type { ErrorData } from '../../shared/errors';
import type { CoreEvent } from '../../shared/ipc/contract';
import type { JobFinished, JobResult } from '../../shared/ipc/jobs';
import type { Core } from '../core/core';
import { call, type CliIo } from './core-access';
import { createProgressBoard } from './progress-board';

/** One job to run from the command line: the request and the photos to attach. */
export interface JobSpec {
  label: string;
  shopId: string;
  text: string;
  photos: string[];
  /** Why a photo the spec names cannot be used before it is even read (a path leading out of a batch's folder). */
  refused?: ErrorData;
}

type Attachments = { ok: true; sha256s: string[] } | { ok: false; error: ErrorData };

/** The spec's photos in the store, or why one of them cannot be used: a photo the owner named is never dropped silently. */
async function importPhotos(core: Core, io: CliIo, spec: JobSpec): Promise<Attachments> {
  const problems = spec.refused ? [{ name: spec.photos.join(', '), error: spec.refused }] : [];
  const sha256s: string[] = [];
  if (!spec.refused && spec.photos.length > 0) {
    const imported = await call(core, 'media.import', { source: { kind: 'paths', paths: spec.photos } });
    for (const item of imported.items) {
      if (item.ok) sha256s.push(item.media.sha256);
      else problems.push(item);
    }
  }
  for (const { name, error } of problems) io.err(`${spec.label} ${name}: ${error.userMessage} (${error.code})`);
  return problems[0] ? { ok: false, error: problems[0].error } : { ok: true, sha256s };
}

/** The ending of a job that never started because its photo could not be used. */
const refusedJob = (error: ErrorData): JobFinished => ({ jobId: randomUUID(), sessionId: null, status: 'failed', error, result: null });

/** Imports each spec's photos, starts every job, draws their progress, and returns their endings in order. */
export async function runJobs(core: Core, io: CliIo, specs: JobSpec[], platform?: string): Promise<JobFinished[]> {
  const board = createProgressBoard(io, specs.map((spec) => spec.label));
  const indexOf = new Map<string, number>();
  // A job's first events arrive before jobs.start has answered with its id: kept until then.
  const early = new Map<string, CoreEvent[]>();
  const endings: (JobFinished | undefined)[] = specs.map(() => undefined);
  let allDone: () => void = () => undefined;
  const finishedAll = new Promise<void>((resolve) => (allDone = resolve));
  const finish = (index: number, ending: JobFinished): void => {
    board.finished(index, ending);
    endings[index] = ending;
    if (endings.every((known) => known !== undefined)) allDone();
  };
  const show = (event: CoreEvent): void => {
    if (event.name !== 'job.progress' && event.name !== 'job.finished') return;
    const index = indexOf.get(event.payload.jobId);
    if (index === undefined) return void early.set(event.payload.jobId, [...(early.get(event.payload.jobId) ?? []), event]);
    if (event.name === 'job.progress') board.progress(index, event.payload);
    else finish(index, event.payload);
  };
  const unsubscribe = core.events.subscribe(show);
  try {
    for (const [index, spec] of specs.entries()) {
      const attachments = await importPhotos(core, io, spec);
      if (!attachments.ok) {
        finish(index, refusedJob(attachments.error));
        continue;
      }
      const { jobId } = await call(core, 'jobs.start', { shopId: spec.shopId, text: spec.text, attachments: attachments.sha256s, ...(platform ? { platform: platform as never } : {}) });
      indexOf.set(jobId, index);
      early.get(jobId)?.forEach(show);
      early.delete(jobId);
    }
    if (specs.length > 0) await finishedAll;
  } finally {
    unsubscribe();
  }
  return endings as JobFinished[];
}

const cell = (text: string, width: number): string => {
  const chars = [...text];
  const display = (s: string[]): number => s.reduce((n, c) => n + (/[\u1100-\uffdc]/.test(c) ? 2 : 1), 0);
  while (display(chars) > width) chars.pop();
  return chars.join('') + ' '.repeat(Math.max(0, width - display(chars)));
};

/** The closing table, then each ad's full copy. */
export function printSummary(io: CliIo, specs: JobSpec[], endings: JobFinished[]): void {
  io.out('');
  io.out(`${cell('#', 4)}${cell('상태', 8)}${cell('작성', 10)}결과`);
  endings.forEach((ending, index) => {
    const result = ending.result as JobResult | null;
    const what = result?.copy?.headline ?? result?.replyText.split('\n')[0] ?? ending.error?.userMessage ?? '';
    io.out(`${cell(specs[index]?.label ?? '', 4)}${cell(ending.status, 8)}${cell(result ? (result.writer === 'llm' ? 'AI 모델' : '기본') : '-', 10)}${what}`);
  });
  for (const [index, ending] of endings.entries()) {
    const copy = (ending.result as JobResult | null)?.copy;
    if (!copy) continue;
    io.out('');
    io.out(`${specs[index]?.label ?? ''} ${copy.headline}`);
    io.out(`   ${copy.subcopy}`);
    io.out(`   ${copy.cta}`);
    io.out(`   ${copy.hashtags.map((tag) => `#${tag}`).join(' ')}`);
  }
}
