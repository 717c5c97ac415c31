import { stageSpans, type JobProgress, type JobStage, type JobStep, type JobStepCode } from '../../../shared/ipc/jobs';

/** The one Korean wording of each step, for the progress message that logs and the command line show. */
export const stepWordsKo: Record<JobStepCode, string> = {
  queued: '차례를 기다리고 있어요',
  ingesting: '요청과 사진을 정리하고 있어요',
  reading: '무엇을 만들지 살펴보고 있어요',
  making: '광고를 만들고 있어요',
  'writing-copy': '광고 문구를 쓰고 있어요',
  answering: '질문에 답을 쓰고 있어요',
  'cutting-out': '사진에서 상품만 오려내고 있어요',
  'finding-product': 'AI가 사진에서 상품을 찾고 있어요 ({elapsed}초)',
  'cleaning-edges': '상품의 가장자리를 다듬고 있어요',
  drawing: '광고 이미지를 그리고 있어요 ({done}/{total})',
  saving: '결과를 저장하고 있어요',
};

/** The step a stage shows until the pipeline reports a finer one. */
const stageSteps: Record<JobStage, JobStepCode> = {
  pending: 'queued',
  ingesting: 'ingesting',
  analyzing: 'reading',
  generating: 'making',
  persisting: 'saving',
};

export function stepMessageKo(step: JobStep): string {
  return stepWordsKo[step.code].replace(/\{(\w+)\}/g, (whole, name: string) => String(step.params[name] ?? whole));
}

export type ProgressUpdate = Partial<Pick<JobProgress, 'previewSha256' | 'copyDelta' | 'queuePosition'>> & {
  /** How far into the stage, 0–1. */
  fraction?: number;
  /** A finer step within the stage; it holds until the next step or stage. */
  step?: JobStep;
};

/** What a stage uses to say where it is; percent is derived from the stage's span and never goes back. */
export interface StageReporter {
  enter(stage: JobStage, update?: ProgressUpdate): void;
  report(update: ProgressUpdate): void;
}

export function createStageReporter(emit: (progress: Omit<JobProgress, 'jobId' | 'sessionId'>) => void): StageReporter & { stage(): JobStage; percent(): number } {
  let stage: JobStage = 'pending';
  let step: JobStep = { code: stageSteps.pending, params: {} };
  let percent = 0;
  const send = (update: ProgressUpdate = {}): void => {
    const [start, end] = stageSpans[stage];
    const target = start + Math.min(1, Math.max(0, update.fraction ?? 0)) * (end - start);
    percent = Math.max(percent, Math.round(target * 10) / 10);
    step = update.step ?? step;
    emit({
      stage,
      percent,
      message: stepMessageKo(step),
      step,
      queuePosition: update.queuePosition ?? null,
      previewSha256: update.previewSha256 ?? null,
      copyDelta: update.copyDelta ?? null,
    });
  };
  return {
    enter(next, update) {
      stage = next;
      step = { code: stageSteps[next], params: {} };
      send(update);
    },
    report: send,
    stage: () => stage,
    percent: () => percent,
  };
}
