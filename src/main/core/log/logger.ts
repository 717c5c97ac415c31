import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

export interface Logger {
  log(level: LogLevel, scope: string, message: string, fields?: Record<string, unknown>): void;
}

/**
 * JSON lines in `<dataDir>/logs/adstudio.log`, English only. Appends are synchronous because
 * log lines are small and an error logged just before a crash must still be on disk.
 */
export function createFileLogger(logsDir: string, echo: (line: string) => void = () => {}): Logger {
  mkdirSync(logsDir, { recursive: true });
  const file = join(logsDir, 'adstudio.log');
  return {
    log(level, scope, message, fields) {
      const line = JSON.stringify({ time: new Date().toISOString(), level, scope, message, ...fields });
      try {
        appendFileSync(file, `${line}\n`);
      } catch {
        // A full disk must not turn a logged error into a second, unlogged crash.
      }
      if (level === 'warn' || level === 'error') echo(line);
    },
  };
}
