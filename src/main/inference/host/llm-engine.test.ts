import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { LlmGenerate } from '../protocol';
import { LlmEngine } from './llm-engine';

const dir = mkdtempSync(join(tmpdir(), 'adstudio-engine-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const request = (modelPath: string): LlmGenerate => ({
  op: 'llm.generate',
  modelPath,
  contextSize: 512,
  system: '',
  history: [],
  prompt: '라떼',
  maxTokens: 4,
  temperature: 0,
  seed: 1,
  suppressHan: false,
  idleUnloadMs: 0,
  threads: 0,
  gpu: false,
});

describe('a file that is no GGUF llama.cpp reads', () => {
  // llama.cpp reads an unknown version as 3 and spun past 120 s on these bytes, holding the host.
  it.each([
    ['GGUF magic with a version no llama.cpp wrote', 'GGUF fuzz model bytes'],
    ['another format', 'PK\u0003\u0004 zip bytes'],
    ['an empty file', ''],
  ])('refuses %s at once with MODEL_LOAD_FAILED', async (_, bytes) => {
    const path = join(dir, `${bytes.length}.gguf`);
    writeFileSync(path, bytes);
    const started = Date.now();
    await expect(new LlmEngine().generate(request(path), new AbortController().signal, () => undefined)).rejects.toMatchObject({ code: 'MODEL_LOAD_FAILED' });
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});
