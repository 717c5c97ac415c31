import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CoreEvent } from '../src/shared/ipc/contract';
import { createCore } from '../src/main/core/core';
import { copySystemPrompt, copyUserPrompt } from '../src/main/core/copy/copy-prompts';
import { writeLlmCopy } from '../src/main/core/copy/llm-copywriter';
import { platformLimits } from '../src/main/core/copy/platform-limits';
import { readRequest } from '../src/main/core/copy/request-reading';
import { createShop } from '../src/main/core/shops/shops-repo';
import { LlmEngine } from '../src/main/inference/host/llm-engine';
import { writeTinyGguf } from '../src/main/inference/testing/tiny-gguf';
import { formatSpread, roundRatios, spread, verdict } from './measure';

// Tokens per second of the copy LLM through the whole job engine (inference host process, job
// events, persistence) against the same generation in this process. Each round runs a job, then
// repeats its generation here with the job's own seed and prompt: the same tokens on both sides,
// so the per-round ratio is what the engine costs and not how long one seed's copy happened to be
// (80 to 130 tokens, against a fixed prompt time, moved a seed's rate by ±15 %).
const dir = mkdtempSync(join(tmpdir(), 'adstudio-bench-copy-'));
const modelPath = writeTinyGguf(dir);
const text = '콜드브루 할인 이벤트 카톡 채널용 문구';
const limits = platformLimits['kakao-channel'];
const shopProfile = { name: '달빛카페', industry: '카페', region: '서울 마포구', description: '', tone: '', targetCustomers: '' };

const core = createCore({ dataDir: join(dir, 'data'), host: 'cli' });
// Linked where it lies: both sides read the very same file.
// One model thread on both sides: on a shared 2-core machine two spinning llama.cpp threads stall
// whenever one is preempted (0.5 tokens/s at load 10), which swamps what the engine adds.
await core.call('settings.set', { modelImport: 'link', cpuThreads: 1 });
await core.call('models.import', { path: modelPath });
const shop = createShop(core.database.db(), { name: '달빛카페', industry: 'cafe', region: '서울 마포구' });

interface EngineRound {
  rate: number;
  tokens: number;
  seed: number;
}

// Tokens over the whole job's time, from submitting it to its finished event; the token count is
// the model's own (the job keeps it with its timings), as on the direct side.
async function engineRun(): Promise<EngineRound> {
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
  const { timings, seed } = generation.data as { timings: Record<string, number>; seed: number | null };
  const tokens = timings['copy-tokens'];
  if (tokens === undefined || seed === null) throw new Error('the job kept no copy-tokens or seed');
  return { rate: tokens / seconds, tokens, seed };
}

// The job's own copy step (prompt, retries, checks) with the model in this process.
const direct = new LlmEngine();
async function directRun(seed: number): Promise<{ rate: number; tokens: number }> {
  const reading = readRequest(text, { now: new Date(), shop: { industry: 'cafe', name: shopProfile.name }, hasPrevious: false, hasAttachments: false });
  const start = performance.now();
  const { tokens } = await writeLlmCopy(
    (request, signal, onChunk) => direct.generate(request, signal, onChunk),
    {
      model: { path: modelPath, id: 'bench', contextSize: 4096, threads: 1, gpu: false, idleUnloadMs: 0 },
      system: copySystemPrompt,
      prompt: copyUserPrompt({ shop: shopProfile, request: text, reading, platform: 'kakao-channel', limits }),
      history: [],
      limits,
      industry: 'cafe',
      seed,
    },
    new AbortController().signal,
    () => undefined,
  );
  return { rate: tokens / ((performance.now() - start) / 1000), tokens };
}

const rounds = 24;
await directRun(1);
await engineRun();
const rates = { direct: [] as number[], engine: [] as number[] };
let sameTokens = 0;
for (let round = 0; round < rounds; round += 1) {
  const engine = await engineRun();
  const repeat = await directRun(engine.seed);
  rates.engine.push(engine.rate);
  rates.direct.push(repeat.rate);
  if (repeat.tokens === engine.tokens) sameTokens += 1;
}
const { spread: ratio } = roundRatios(rates.engine, rates.direct);
console.log(`${rounds} rounds, each a job and then its generation repeated in this process (same seed and prompt), one model thread on both sides`);
console.log(`same token count on both sides in ${sameTokens} of ${rounds} rounds`);
console.log(`direct     ${formatSpread(spread(rates.direct))} tokens/s`);
console.log(`job engine ${formatSpread(spread(rates.engine))} tokens/s`);
console.log(`per-round ratio engine / direct: ${formatSpread(ratio, 3)}`);
console.log(verdict('copy', 'engine_vs_direct_tokens_per_s', ratio.median, '>=0.9', ratio.median >= 0.9 && sameTokens === rounds));

await core.close();
await direct.unload();
rmSync(dir, { recursive: true, force: true });
