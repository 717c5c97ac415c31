// Child process of the data-folder lock test: a headless core on the given folder that says
// "ready" and stays open until told to stop (SIGTERM closes it cleanly; SIGKILL is a crash).
import { createCore } from '../core';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: lock-holder <dataDir>');
const core = createCore({ dataDir, host: 'headless' });
process.stdout.write('ready\n');
const keepAlive = setInterval(() => undefined, 1000);
process.once('SIGTERM', () => {
  clearInterval(keepAlive);
  void core.close();
});
