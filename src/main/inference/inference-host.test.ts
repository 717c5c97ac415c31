import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createFileLogger } from '../core/log/logger';
import { forkLauncher, inferenceEntry } from './child-launcher';
import { InferenceHost } from './inference-host';
import type { LlmGenerate } from './protocol';
import { writeTinyGguf } from './testing/tiny-gguf';

// The real node-llama-cpp in the real host process, on a tiny random-weight model with the
// real llama tokenizer. Grammar sampling over its 32k vocabulary is slow here, so every
// string and list in these schemas is short and bounded.
const dir = mkdtempSync(join(tmpdir(), 'adstudio-inference-'));
let modelPath = '';
const host = new InferenceHost(forkLauncher, inferenceEntry().path, createFileLogger(join(dir, 'logs')));

beforeAll(() => {
  modelPath = writeTinyGguf(dir);
});
afterAll(() => {
  host.close();
  rmSync(dir, { recursive: true, force: true });
});

const smallSchema = {
  type: 'object',
  properties: {
    headline: { type: 'string', minLength: 1, maxLength: 6 },
    hashtags: { type: 'array', items: { type: 'string', maxLength: 4 }, maxItems: 2 },
    industry: { enum: ['cafe', 'bakery'] },
  },
  required: ['headline', 'hashtags', 'industry'],
  additionalProperties: false,
} as const;
const smallResult = z.object({ headline: z.string().min(1).max(6), hashtags: z.array(z.string().max(4)).max(2), industry: z.enum(['cafe', 'bakery']) }).strict();

const request = (overrides: Partial<LlmGenerate> = {}): LlmGenerate => ({
  op: 'llm.generate',
  modelPath,
  contextSize: 1024,
  system: '당신은 광고 카피라이터예요.',
  history: [{ role: 'user', text: '안녕하세요' }, { role: 'assistant', text: '무엇을 도와드릴까요?' }],
  prompt: '여름 신메뉴 아이스 라떼 광고 문구',
  jsonSchema: smallSchema,
  maxTokens: 96,
  temperature: 0.8,
  seed: 1,
  suppressHan: true,
  idleUnloadMs: 0,
  threads: 0,
  gpu: false,
  ...overrides,
});

describe('inference host with a tiny GGUF', () => {
  it('generates under the JSON-schema grammar, streaming, and the output parses every time', { timeout: 180_000 }, async () => {
    for (const seed of [1, 2]) {
      const chunks: string[] = [];
      const result = await host.request(request({ seed }), { onChunk: (text) => chunks.push(text) });
      expect(chunks.length).toBeGreaterThan(3);
      expect(chunks.join('')).toBe(result.text);
      expect(smallResult.safeParse(JSON.parse(result.text)).success).toBe(true);
      expect(result.text).not.toMatch(/[\u3400-\u9fff]/u);
      expect(result.historyTurnsUsed).toBe(2);
      expect(result.tokens).toBeGreaterThan(0);
    }
  });

  it('drops the oldest turns that do not fit the context', { timeout: 120_000 }, async () => {
    const long = Array.from({ length: 40 }, (_, i) => ({ role: (i % 2 ? 'assistant' : 'user') as 'user' | 'assistant', text: `이전 대화 ${i} `.repeat(20) }));
    const result = await host.request(request({ history: long, jsonSchema: undefined, maxTokens: 4 }));
    expect(result.historyTurnsUsed).toBeGreaterThan(0);
    expect(result.historyTurnsUsed).toBeLessThan(40);
  });

  it('cancels mid-generation within a second, and unloads', { timeout: 120_000 }, async () => {
    const controller = new AbortController();
    let chunks = 0;
    let asked = 0;
    const running = host.request(request({ jsonSchema: undefined, maxTokens: 4000, seed: 3 }), {
      signal: controller.signal,
      onChunk: () => {
        chunks += 1;
        if (chunks === 5) {
          asked = performance.now();
          controller.abort();
        }
      },
    });
    await expect(running).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(performance.now() - asked).toBeLessThan(1000);
    // Unloading waits for the model's lock: it returns promptly only if the host really stopped.
    expect(await host.request({ op: 'llm.unload', modelPath })).toEqual({ unloaded: 1 });
    expect(await host.request({ op: 'llm.unload', modelPath })).toEqual({ unloaded: 0 });
  });

  it('fails requests in flight when the host dies, and serves again after the automatic restart', { timeout: 180_000 }, async () => {
    const before = host.pid;
    const crashed = new Promise<number | null>((resolve) => host.onCrash(resolve));
    const running = host.request(request({ jsonSchema: undefined, maxTokens: 4000 }), { onChunk: () => host.kill() });
    await expect(running).rejects.toMatchObject({ code: 'INFERENCE_CRASHED', userMessage: expect.stringMatching(/[가-힣]/) });
    await crashed;
    const result = await host.request(request({ seed: 5 }));
    expect(smallResult.safeParse(JSON.parse(result.text)).success).toBe(true);
    expect(host.pid).not.toBe(before);
  });
});
