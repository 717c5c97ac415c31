import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { inferenceEnv } from '../src/main/inference/child-launcher';

// `npm run bench [name]`: runs every bench/<name>.bench.ts, or the one named, each in its own
// process so one bench's warm caches and native runtimes cannot colour another's figures. Each
// runs with the inference host's environment (its malloc settings), so a bare session.run in a
// bench stands on the same terms as the app's.
const dir = import.meta.dirname;
const wanted = process.argv[2];
const benches = readdirSync(dir)
  .filter((file) => file.endsWith('.bench.ts'))
  .map((file) => file.replace(/\.bench\.ts$/, ''))
  .filter((name) => wanted === undefined || name === wanted);

if (benches.length === 0) {
  console.error(wanted ? `No bench named "${wanted}" in bench/.` : 'No benches in bench/.');
  process.exit(2);
}

let failed = 0;
for (const name of benches) {
  console.log(`\n== bench ${name}`);
  const result = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', join(dir, `${name}.bench.ts`)], { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', env: inferenceEnv() });
  process.stdout.write(result.stdout);
  const verdict = /^BENCH \S+ .* (ok|FAIL)$/m.exec(result.stdout)?.[1];
  if (result.status !== 0 || verdict !== 'ok') failed += 1;
}
process.exit(failed === 0 ? 0 : 1);
