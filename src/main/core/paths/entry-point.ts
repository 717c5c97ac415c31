import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A separate entry (child process or worker thread): the TypeScript source when the calling
 * module itself runs from source (tests, benches through tsx), else the built file of that name
 * found beside the running bundle (out/main/<name>, whatever chunk the caller ended up in).
 */
export function entryPoint(callerUrl: string, source: string, builtName: string): { path: string; fromSource: boolean } {
  const caller = fileURLToPath(callerUrl);
  if (caller.endsWith('.ts')) return { path: join(dirname(caller), source), fromSource: true };
  let dir = dirname(caller);
  while (!existsSync(join(dir, builtName)) && dirname(dir) !== dir) dir = dirname(dir);
  return { path: join(dir, builtName), fromSource: false };
}
