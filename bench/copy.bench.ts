import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CoreEvent } from '../src/shared/ipc/contract';
import { createCore } from '../src/main/core/core';
import { copyJsonSchema, copyTokenBudget } from '../src/main/core/copy/copy-json-schema';
import { copySystemPrompt, copyUserPrompt } from '../src/main/core/copy/copy-prompts';
import { platformLimits } from '../src/main/core/copy/platform-limits';
import { readAs } from '../src/main/core/testing/read-as';
import { createShop } from '../src/main/core/shops/shops-repo';
import { LlmEngine } from '../src/main/inference/host/llm-engine';
import type { LlmGenerate } from '../src/main/inference/protocol';
import { writeTinyGguf } from '../src/main/inference/testing/tiny-gguf';
import { alternateRounds, formatSpread, roundRatios, spread, verdict } from './measure';

// Tokens per second of the copy LLM through the whole job engine (inference host process,
// job events, persistence) against the same model called in this process, side by side.
const dir = mkdtempSync(join(tmpdir(), 'adstudio-bench-copy-'));
const modelPath = writeTinyGguf(dir);
const text = '콜드브루 할인 이벤트 카톡 채널용 문구';
const limits = platformLimits['kakao-channel'];
const shopProfile = { name: '달빛카페', industry: '카페', region: '서울 마포구', description: '', tone: '', targetCustomers: '' };

const direct = new LlmEngine();
const directRequest = (seed: number): LlmGenerate => ({
  op: 'llm.generate',
  modelPath,
  contextSize: 4096,
  system: copySystemPrompt,
  history: [],
  prompt: copyUserPrompt({ shop: shopProfile, request: text, reading: readAs(text), platform: 'kakao-channel', limits }),
  jsonSchema: copyJsonSchema(limits),
  maxTokens: copyTokenBudget(limits),
  temperature: 0.7,
  seed,
  suppressHan: true,
  idleUnloadMs: 0,
  threads: 1,
  gpu: false,
});

async function directRun(seed: number): Promise<number> {
  const start = performance.now();
  const { tokens } = await direct.generate(directRequest(seed), new AbortController().signal, () => undefined);
  return tokens / ((performance.now() - start) / 1000);
}

const core = createCore({ dataDir: join(dir, 'data'), host: 'cli' });
// Linked where it lies: both sides read the very same file.
// One model thread on both sides: on a shared 2-core machine two spinning llama.cpp threads stall
// whenever one is preempted (0.5 tokens/s at load 10), which swamps what the engine adds.
await core.call('settings.set', { modelImport: 'link', cpuThreads: 1 });
await core.call('models.import', { path: modelPath });
const shop = createShop(core.database.db(), { name: '달빛카페', industry: 'cafe', region: '서울 마포구' });

// Tokens over the whole job's time, from submitting it to its finished event; the token count is
// the model's own (the job keeps it with its timings), as on the direct side.
async function engineRun(): Promise<number> {
  let jobId = '';
  const start = performance.now();
  const finished = new Promise<string>((resolve, reject) => {
    const unsubscribe = core.events.subscribe((event: CoreEvent) => {
      if (event.name === 'job.finished' && event.payload.jobId === jobId) {
        unsubscribe();
        const generationId = event.payload.result?.generationIds[0];
        if (event.payload.status === 'done' && event.payload.result?.writer === 'llm' && generationId) resolve(generationId);
        else reject(new Error(`job ended ${event.payload.status}: ${event.payload.error?.message ?? 'template writer'}`));
      }
    });
  });
  const envelope = await core.call('jobs.start', { shopId: shop.id, text });
  if (!envelope.ok) throw new Error(envelope.error.message);
  jobId = (envelope.data as { jobId: string }).jobId;
  const generationId = await finished;
  const seconds = (performance.now() - start) / 1000;
  const generation = await core.call('generations.get', { id: generationId });
  if (!generation.ok) throw new Error(generation.error.message);
  const tokens = (generation.data as { timings: Record<string, number> }).timings['copy-tokens'];
  if (tokens === undefined) throw new Error('the job kept no copy-tokens');
  return tokens / seconds;
}

let seed = 10;
const rounds = 20;
const rates = await alternateRounds({ direct: () => directRun((seed += 1)), engine: engineRun }, { rounds });
const { spread: ratio } = roundRatios(rates.engine, rates.direct);
console.log(`${rounds} ABBA rounds, one generation per side a round, one model thread on both sides`);
console.log(`direct     ${formatSpread(spread(rates.direct))} tokens/s`);
console.log(`job engine ${formatSpread(spread(rates.engine))} tokens/s`);
console.log(`per-round ratio engine / direct: ${formatSpread(ratio, 3)}`);
console.log(verdict('copy', 'engine_vs_direct_tokens_per_s', ratio.median, '>=0.9', ratio.median >= 0.9));

await core.close();
await direct.unload();
rmSync(dir, { recursive: true, force: true });
