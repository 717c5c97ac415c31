import { and, desc, eq, inArray, notInArray } from 'drizzle-orm';
import type { ErrorData } from '../../../shared/errors';
import { jobEndings, type GenerateRequest, type JobStatus, type JobSummary } from '../../../shared/ipc/jobs';
import type { Db } from '../db/client';
import { newId } from '../db/ids';
import { jobs } from '../db/schema';

type JobRow = typeof jobs.$inferSelect;

const toSummary = (row: JobRow): JobSummary => ({
  id: row.id,
  sessionId: row.sessionId,
  status: row.status,
  percent: row.percent,
  message: row.stageMessage,
  error: row.errorCode ? { code: row.errorCode as ErrorData['code'], message: row.errorMessage ?? '', userMessage: row.stageMessage } : null,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
});

export function insertJob(db: Db, request: GenerateRequest, now = Date.now()): string {
  const id = newId();
  db.insert(jobs)
    .values({ id, sessionId: request.sessionId ?? null, kind: 'generate', status: 'pending', requestJson: request, createdAt: now, updatedAt: now })
    .run();
  return id;
}

export function updateJob(db: Db, id: string, values: Partial<Pick<JobRow, 'status' | 'percent' | 'stageMessage' | 'sessionId'>>, now = Date.now()): void {
  db.update(jobs)
    .set({ ...values, updatedAt: now })
    .where(eq(jobs.id, id))
    .run();
}

export function finishJob(db: Db, id: string, status: 'done' | 'failed' | 'cancelled', outcome: { error?: ErrorData; result?: unknown }, now = Date.now()): void {
  db.update(jobs)
    .set({
      status,
      percent: status === 'done' ? 100 : undefined,
      errorCode: outcome.error?.code ?? null,
      errorMessage: outcome.error?.message ?? null,
      stageMessage: outcome.error?.userMessage ?? (status === 'done' ? '완료했어요' : '취소했어요'),
      resultJson: outcome.result ?? null,
      updatedAt: now,
    })
    .where(eq(jobs.id, id))
    .run();
}

export function getJobRequest(db: Db, id: string): { status: JobStatus; request: GenerateRequest; sessionId: string | null } | undefined {
  const row = db.select().from(jobs).where(eq(jobs.id, id)).get();
  return row && { status: row.status, request: row.requestJson as GenerateRequest, sessionId: row.sessionId };
}

export function listJobs(db: Db, q: { sessionId?: string; active: boolean }): JobSummary[] {
  return db
    .select()
    .from(jobs)
    .where(and(q.sessionId ? eq(jobs.sessionId, q.sessionId) : undefined, q.active ? notInArray(jobs.status, [...jobEndings]) : undefined))
    .orderBy(desc(jobs.createdAt), desc(jobs.id))
    .limit(200)
    .all()
    .map(toSummary);
}

/**
 * At start-up no job can be running: whatever a previous run left mid-way (or queued) is
 * marked interrupted, so the owner sees it and can retry, and nothing half-made shows as done.
 */
export function markInterrupted(db: Db, now = Date.now()): number {
  return db
    .update(jobs)
    .set({ status: 'interrupted', stageMessage: '앱이 종료되어 작업이 중단됐어요. 다시 시도할 수 있어요.', updatedAt: now })
    .where(inArray(jobs.status, ['pending', 'ingesting', 'analyzing', 'generating', 'persisting']))
    .run().changes;
}
