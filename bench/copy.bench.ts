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
import { verdict } from './measure';

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
  threads: 0,
  gpu: false,
});

async function directRun(seed: number): Promise<{ tokens: number; seconds: number }> {
  let tokens = 0;
  const start = performance.now();
  await direct.generate(directRequest(seed), new AbortController().signal, () => (tokens += 1));
  return { tokens, seconds: (performance.now() - start) / 1000 };
}

const core = createCore({ dataDir: join(dir, 'data'), host: 'cli' });
// Linked where it lies: both sides read the very same file.
await core.call('settings.set', { modelImport: 'link' });
await core.call('models.import', { path: modelPath });
const shop = createShop(core.database.db(), { name: '달빛카페', industry: 'cafe', region: '서울 마포구' });

async function engineRun(): Promise<{ tokens: number; seconds: number }> {
  let tokens = 0;
  let jobId = '';
  const start = performance.now();
  const finished = new Promise<void>((resolve, reject) => {
    const unsubscribe = core.events.subscribe((event: CoreEvent) => {
      if (event.name === 'job.progress' && event.payload.jobId === jobId && event.payload.copyDelta !== null) tokens += 1;
      if (event.name === 'job.finished' && event.payload.jobId === jobId) {
        unsubscribe();
        if (event.payload.status === 'done' && event.payload.result?.writer === 'llm') resolve();
        else reject(new Error(`job ended ${event.payload.status}: ${event.payload.error?.message ?? 'template writer'}`));
      }
    });
  });
  const envelope = await core.call('jobs.start', { shopId: shop.id, text });
  if (!envelope.ok) throw new Error(envelope.error.message);
  jobId = (envelope.data as { jobId: string }).jobId;
  await finished;
  return { tokens, seconds: (performance.now() - start) / 1000 };
}

// Warm both: model load is not what is compared.
await directRun(1);
await engineRun();
const rows: { path: string; tokens: number; seconds: number }[] = [];
for (let round = 0; round < 2; round += 1) {
  const pair = round % 2 === 0 ? [['direct', directRun], ['engine', engineRun]] : [['engine', engineRun], ['direct', directRun]];
  for (const [path, run] of pair as [string, (seed: number) => Promise<{ tokens: number; seconds: number }>][]) {
    rows.push({ path, ...(await run(10 + round)) });
  }
}
const rate = (path: string): number => {
  const mine = rows.filter((row) => row.path === path);
  return mine.reduce((n, row) => n + row.tokens, 0) / mine.reduce((s, row) => s + row.seconds, 0);
};
for (const row of rows) console.log(`${row.path.padEnd(8)} ${row.tokens} tokens in ${row.seconds.toFixed(1)} s = ${(row.tokens / row.seconds).toFixed(2)} tokens/s`);
const ratio = rate('engine') / rate('direct');
console.log(`direct ${rate('direct').toFixed(2)} tokens/s, job engine ${rate('engine').toFixed(2)} tokens/s, ratio ${ratio.toFixed(3)}`);
console.log(verdict('copy', 'engine_vs_direct_tokens_per_s', ratio, '>=0.9', ratio >= 0.9));

await core.close();
await direct.unload();
rmSync(dir, { recursive: true, force: true });
