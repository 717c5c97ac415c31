import { fork } from 'node:child_process';
import { entryPoint } from '../core/paths/entry-point';

/** The few things the supervisor needs from a child process, whatever started it. */
export interface ChildHandle {
  readonly pid: number | undefined;
  send(message: unknown): void;
  onMessage(listener: (message: unknown) => void): void;
  onExit(listener: (code: number | null) => void): void;
  kill(): void;
}

export type ChildLauncher = (entry: string) => ChildHandle;

/** The host's entry: out/main/inference.js when built, the TypeScript source under tests. */
export const inferenceEntry = (): { path: string; fromSource: boolean } => entryPoint(import.meta.url, 'host/host-main.ts', 'inference.js');

/** Under plain Node (CLI, headless host, tests): a forked process with an IPC channel. */
export const forkLauncher: ChildLauncher = (entry) => {
  const child = fork(entry, [], {
    execArgv: entry.endsWith('.ts') ? ['--import', 'tsx'] : [],
    serialization: 'advanced',
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return {
    get pid() {
      return child.pid;
    },
    send: (message) => void child.send(message as never),
    onMessage: (listener) => void child.on('message', listener),
    onExit: (listener) => void child.on('exit', (code) => listener(code)),
    kill: () => void child.kill('SIGKILL'),
  };
};
