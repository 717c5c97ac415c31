import { stageSpans, type JobProgress, type JobStage } from '../../../shared/ipc/jobs';

export const stageMessages: Record<JobStage, string> = {
  pending: '차례를 기다리고 있어요',
  ingesting: '요청과 사진을 정리하고 있어요',
  analyzing: '무엇을 만들지 살펴보고 있어요',
  generating: '광고를 만들고 있어요',
  persisting: '결과를 저장하고 있어요',
};

export type ProgressUpdate = Partial<Pick<JobProgress, 'message' | 'previewSha256' | 'copyDelta' | 'queuePosition'>> & {
  /** How far into the stage, 0–1. */
  fraction?: number;
};

/** What a stage uses to say where it is; percent is derived from the stage's span and never goes back. */
export interface StageReporter {
  enter(stage: JobStage, update?: ProgressUpdate): void;
  report(update: ProgressUpdate): void;
}

export function createStageReporter(emit: (progress: Omit<JobProgress, 'jobId' | 'sessionId'>) => void): StageReporter & { stage(): JobStage; percent(): number } {
  let stage: JobStage = 'pending';
  let percent = 0;
  const send = (update: ProgressUpdate = {}): void => {
    const [start, end] = stageSpans[stage];
    const target = start + Math.min(1, Math.max(0, update.fraction ?? 0)) * (end - start);
    percent = Math.max(percent, Math.round(target * 10) / 10);
    emit({
      stage,
      percent,
      message: update.message ?? stageMessages[stage],
      queuePosition: update.queuePosition ?? null,
      previewSha256: update.previewSha256 ?? null,
      copyDelta: update.copyDelta ?? null,
    });
  };
  return {
    enter(next, update) {
      stage = next;
      send(update);
    },
    report: send,
    stage: () => stage,
    percent: () => percent,
  };
}
