import type { JobFinished, JobProgress } from '../../shared/ipc/jobs';
import type { CliIo } from './core-access';

const barWidth = 24;

export const bar = (percent: number): string => {
  const filled = Math.round((percent / 100) * barWidth);
  return `[${'#'.repeat(filled)}${'-'.repeat(barWidth - filled)}] ${percent.toFixed(0).padStart(3)}%`;
};

/**
 * One line per job: a bar, the stage's Korean message, and the end state. On a terminal the
 * lines are redrawn in place; elsewhere (a log file, CI) a line is printed per stage change.
 */
export function createProgressBoard(io: CliIo, labels: string[]) {
  const lines = labels.map((label) => ({ label, text: `${bar(0)} 대기 중` }));
  const lastStage = new Map<number, string>();
  let drawn = false;
  const draw = (): void => {
    if (!io.interactive) return;
    const up = drawn ? `\x1b[${lines.length}A` : '';
    io.out(`${up}${lines.map((l) => `\x1b[2K${l.label.padEnd(6)} ${l.text}`).join('\n')}`);
    drawn = true;
  };
  draw();
  return {
    progress(index: number, event: JobProgress): void {
      const line = lines[index];
      if (!line) return;
      line.text = `${bar(event.percent)} ${event.message}${event.queuePosition ? ` (대기 ${event.queuePosition}번째)` : ''}`;
      if (io.interactive) return draw();
      if (lastStage.get(index) !== event.stage) io.out(`${line.label} ${line.text}`);
      lastStage.set(index, event.stage);
    },
    finished(index: number, event: JobFinished): void {
      const line = lines[index];
      if (!line) return;
      line.text = event.status === 'done' ? `${bar(100)} 완료` : `${bar(0)} ${event.status === 'cancelled' ? '취소됨' : `실패: ${event.error?.userMessage ?? ''}`}`;
      if (io.interactive) draw();
      else io.out(`${line.label} ${line.text}`);
    },
  };
}
