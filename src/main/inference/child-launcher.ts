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

/**
 * The inference host's environment: the app's own, with glibc's malloc asked to back its large
 * blocks with transparent huge pages where Linux offers them on request. The cut-out session
 * touches about 1.5 GB on its first run; in 2 MB pages that costs far fewer faults (measured on
 * a 2-core VM: session open 2.9 → 2.4 s, first run 6.2 → 5.1 s; later runs unchanged). Other
 * systems ignore the variable; an owner's own GLIBC_TUNABLES are kept.
 */
export function inferenceEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const tunables = [env.GLIBC_TUNABLES, 'glibc.malloc.hugetlb=1'].filter(Boolean).join(':');
  return { ...env, GLIBC_TUNABLES: tunables };
}

/** Under plain Node (CLI, headless host, tests): a forked process with an IPC channel. */
export const forkLauncher: ChildLauncher = (entry) => {
  const child = fork(entry, [], {
    execArgv: entry.endsWith('.ts') ? ['--import', 'tsx'] : [],
    env: inferenceEnv(),
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
