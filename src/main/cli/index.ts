import { parseArguments } from './arguments';
import { runCli } from './commands';

const untilStopped = (): Promise<void> =>
  new Promise((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });

const argv = process.argv.slice(2);
const code = await runCli(
  {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    env: process.env,
    argv,
    interactive: process.stdout.isTTY === true,
    untilStopped,
  },
  parseArguments(argv),
);
process.exitCode = code;
