import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|mts|cts|js|mjs|cjs)$/.test(name) ? [path] : [];
  });
}

/** Every module specifier a file names: static imports, re-exports, dynamic imports and require. */
function specifiers(source: string): string[] {
  const patterns = [
    /\b(?:import|export)\s[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  return patterns.flatMap((pattern) => [...source.matchAll(pattern)].map((match) => match[1] ?? ''));
}

function offenders(dir: string, isForbidden: (specifier: string) => boolean, includeTests = true): string[] {
  const files = sourceFiles(join(root, dir)).filter((file) => includeTests || !/\.test\.tsx?$/.test(file));
  return files.flatMap((file) =>
    specifiers(readFileSync(file, 'utf8'))
      .filter(isForbidden)
      .map((specifier) => `${relative(root, file)} imports ${specifier}`),
  );
}

const isElectron = (specifier: string): boolean => specifier === 'electron' || specifier.startsWith('electron/');
const nodeBuiltins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
const nodeOnlyPackages = ['better-sqlite3', 'sharp', 'onnxruntime-node', 'node-llama-cpp', 'electron-store', 'ws'];

describe('architecture boundaries', () => {
  it('finds imports in every form the scan must catch', () => {
    const sample = `import a from 'electron';\nimport type { B } from "electron";\nexport * from 'electron/main';\nconst c = await import('electron');\nconst d = require('electron');\nimport 'electron';`;
    expect(specifiers(sample).filter(isElectron)).toHaveLength(6);
  });

  it('keeps the app core free of electron', () => {
    expect(offenders('src/main/core', isElectron)).toEqual([]);
  });

  it('keeps src/shared free of electron, Node built-ins, native and Node-only packages', () => {
    const forbidden = (specifier: string): boolean =>
      isElectron(specifier) || nodeBuiltins.has(specifier) || nodeOnlyPackages.some((name) => specifier === name || specifier.startsWith(`${name}/`));
    expect(offenders('src/shared', forbidden)).toEqual([]);
  });

  // Renderer tests may join the real core in-process; the shipped renderer may not.
  it('keeps the renderer on the typed client only', () => {
    const forbidden = (specifier: string): boolean => isElectron(specifier) || nodeBuiltins.has(specifier) || specifier.includes('/main/');
    expect(offenders('src/renderer', forbidden, false)).toEqual([]);
  });
});
