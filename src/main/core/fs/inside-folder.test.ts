import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isInsideFolder } from './inside-folder';

describe('isInsideFolder', () => {
  const root = resolve('/data/models');
  it.each([
    [join(root, 'llm', 'a.gguf'), true],
    [join(root, '..dotted-name'), true],
    [root, false],
    [join(root, '..'), false],
    [join(root, '..', 'models-evil', 'x'), false],
    [join(root, 'llm', '..', '..', 'outside.txt'), false],
    [resolve('/etc/passwd'), false],
  ])('%s → %s', (path, inside) => {
    expect(isInsideFolder(root, path)).toBe(inside);
  });
});
