import { fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The few things the supervisor needs from a child process, whatever started it. */
export interface ChildHandle {
  readonly pid: number | undefined;
  send(message: unknown): void;
  onMessage(listener: (message: unknown) => void): void;
  onExit(listener: (code: number | null) => void): void;
  kill(): void;
}

export type ChildLauncher = (entry: string) => ChildHandle;

/**
 * The host's entry: the built `out/main/inference.js` beside the running bundle, or the
 * TypeScript source (run through tsx) when the core itself runs from source, as in tests.
 */
export function inferenceEntry(): { path: string; fromSource: boolean } {
  const here = fileURLToPath(import.meta.url);
  if (here.endsWith('.ts')) return { path: join(dirname(here), 'host', 'host-main.ts'), fromSource: true };
  let dir = dirname(here);
  while (!existsSync(join(dir, 'inference.js')) && dirname(dir) !== dir) dir = dirname(dir);
  return { path: join(dir, 'inference.js'), fromSource: false };
}

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
