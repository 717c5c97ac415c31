import { utilityProcess } from 'electron';
import { inferenceEnv, type ChildLauncher } from '../inference/child-launcher';

/** Under Electron the inference host is a utility process: sandboxed from the window, supervised by main. */
export const utilityLauncher: ChildLauncher = (entry) => {
  const child = utilityProcess.fork(entry, [], { serviceName: 'AdStudio inference', stdio: 'inherit', env: inferenceEnv() });
  return {
    get pid() {
      return child.pid;
    },
    send: (message) => child.postMessage(message),
    onMessage: (listener) => void child.on('message', listener),
    onExit: (listener) => void child.on('exit', (code) => listener(code)),
    kill: () => void child.kill(),
  };
};
