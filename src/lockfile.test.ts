import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

interface LockEntry {
  optionalDependencies?: Record<string, string>;
}

const lock = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'package-lock.json'), 'utf8')) as {
  packages: Record<string, LockEntry>;
};

// The lockfile is written on Linux; a shop owner runs npm on Windows or macOS. If the registry
// lacked one platform's prebuilt package when the lock was written, `npm ci` there fails.
describe('package-lock.json', () => {
  it('records every optional platform package, so npm ci works on Windows and macOS too', () => {
    const missing = Object.entries(lock.packages).flatMap(([path, entry]) =>
      Object.keys(entry.optionalDependencies ?? {})
        .filter((name) => !lock.packages[`${path ? `${path}/` : ''}node_modules/${name}`] && !lock.packages[`node_modules/${name}`])
        .map((name) => `${path || '(root)'} → ${name}`),
    );
    expect(missing).toEqual([]);
  });

  it('holds the Windows and macOS llama.cpp binaries', () => {
    for (const name of ['win-x64', 'win-x64-vulkan', 'mac-arm64-metal', 'mac-x64']) {
      expect(lock.packages[`node_modules/@node-llama-cpp/${name}`], name).toBeDefined();
    }
  });
});
