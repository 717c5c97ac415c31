import { closeSync, openSync, readSync, statSync } from 'node:fs';
import {
  getLlama,
  LlamaChatSession,
  LlamaLogLevel,
  TokenBias,
  type ChatHistoryItem,
  type Llama,
  type LlamaContext,
  type LlamaContextSequence,
  type LlamaModel,
  type Token,
} from 'node-llama-cpp';
import { AppError } from '../../../shared/errors';
import type { ChatTurn, LlmGenerate, LlmGenerateResult } from '../protocol';
import { formatBytes } from '../../../shared/format-bytes';
import { availableMemory } from './available-memory';

interface LoadedModel {
  model: LlamaModel;
  context: LlamaContext;
  /** Kept between requests: the next prompt reuses whatever prefix it shares with the last one. */
  sequence: LlamaContextSequence;
  hanBias?: TokenBias;
  idleTimer?: NodeJS.Timeout;
  /** Serializes use of the model: one generation at a time per model. */
  lock: Promise<unknown>;
}

/** CJK ideographs, and the UTF-8 lead bytes E4–E9 that byte-fallback tokens would write them with. */
const hanText = /[\u3400-\u9fff\uf900-\ufaff]/u;
const hanLeadByte = /^<0x(E[4-9])>$/i;

/** Room left in the context for the template's own tokens beyond what we count. */
const contextMargin = 64;

/**
 * The memory budget: a model is mapped whole, plus its context, so one larger than the memory
 * available would only swap the computer to a halt. Refused up front; the caller decides what
 * stands in.
 */
function checkMemoryFor(modelPath: string): void {
  const needed = statSync(modelPath).size * 1.1 + 256 * 1024 * 1024;
  const available = availableMemory();
  if (needed > available) {
    throw new AppError('MODEL_LOAD_FAILED', `${modelPath} needs about ${needed} bytes, ${available} available`, `메모리가 부족해 AI 문구 모델(약 ${formatBytes(needed)} 필요, ${formatBytes(available)} 남음)을 쓸 수 없어요. 다른 프로그램을 닫거나 더 작은 모델을 골라 주세요.`);
  }
}

/**
 * A GGUF file starts with "GGUF" and a version llama.cpp reads (2 or 3). Anything else is refused
 * here: llama.cpp reads an unknown version as 3 and can spin forever on what follows.
 */
function checkGgufHeader(modelPath: string): void {
  const header = Buffer.alloc(8);
  const fd = openSync(modelPath, 'r');
  try {
    readSync(fd, header, 0, 8, 0);
  } finally {
    closeSync(fd);
  }
  const version = header.readUInt32LE(4);
  if (header.subarray(0, 4).toString('latin1') !== 'GGUF' || (version !== 2 && version !== 3)) {
    throw new AppError('MODEL_LOAD_FAILED', `${modelPath} is no GGUF file llama.cpp reads (magic ${header.subarray(0, 4).toString('hex')}, version ${version})`);
  }
}

/**
 * llama.cpp in the inference host: loads models lazily, keeps each one's context between
 * turns (so a shared prefix is not evaluated again), one generation at a time per model, and
 * unloads after the idle time the request carries.
 */
export class LlmEngine {
  private llama: Promise<Llama> | undefined;
  private readonly models = new Map<string, Promise<LoadedModel>>();

  /** The model files loaded (or loading) now. */
  loadedPaths(): string[] {
    return [...this.models.keys()];
  }

  private getLlama(gpu: boolean): Promise<Llama> {
    this.llama ??= getLlama({ gpu: gpu ? 'auto' : false, build: 'never', progressLogs: false, logLevel: LlamaLogLevel.error });
    return this.llama;
  }

  private load(request: LlmGenerate): Promise<LoadedModel> {
    const existing = this.models.get(request.modelPath);
    if (existing) return existing;
    // One copy model resident at a time: switching models frees the old one's memory first.
    const others = [...this.models.keys()];
    const loading = (async () => {
      try {
        for (const path of others) await this.unload(path);
        checkMemoryFor(request.modelPath);
        checkGgufHeader(request.modelPath);
        const llama = await this.getLlama(request.gpu);
        const model = await llama.loadModel({ modelPath: request.modelPath, gpuLayers: request.gpu ? 'auto' : 0 });
        const contextSize = Math.min(request.contextSize, model.trainContextSize);
        const context = await model.createContext({ contextSize, threads: request.threads || undefined, sequences: 1 });
        return { model, context, sequence: context.getSequence(), lock: Promise.resolve() } satisfies LoadedModel;
      } catch (error) {
        this.models.delete(request.modelPath);
        if (error instanceof AppError) throw error;
        throw new AppError('MODEL_LOAD_FAILED', `Could not load ${request.modelPath}: ${String(error)}`);
      }
    })();
    this.models.set(request.modelPath, loading);
    return loading;
  }

  /** Every token whose text contains a CJK ideograph, or starts one byte by byte, is never sampled. */
  private hanBias(loaded: LoadedModel): TokenBias {
    if (loaded.hanBias) return loaded.hanBias;
    const bias = new TokenBias(loaded.model.tokenizer);
    const vocabulary = loaded.model.fileInfo.metadata.tokenizer.ggml.tokens as readonly string[] | undefined;
    const size = vocabulary?.length ?? 0;
    for (let id = 0; id < size; id += 1) {
      const token = id as Token;
      const raw = vocabulary?.[id] ?? '';
      if (hanLeadByte.test(raw) || hanText.test(raw) || hanText.test(loaded.model.detokenize([token]))) bias.set(token, 'never');
    }
    loaded.hanBias = bias;
    return bias;
  }

  /** Drops the oldest turns until system, history, prompt and the answer fit the context. */
  private fitHistory(loaded: LoadedModel, request: LlmGenerate): ChatTurn[] {
    const count = (text: string): number => loaded.model.tokenize(text).length + 8;
    const budget = loaded.context.contextSize - request.maxTokens - contextMargin - count(request.system) - count(request.prompt);
    const kept: ChatTurn[] = [];
    let used = 0;
    for (const turn of [...request.history].reverse()) {
      used += count(turn.text);
      if (used > budget) break;
      kept.unshift(turn);
    }
    return kept;
  }

  private scheduleUnload(path: string, loaded: LoadedModel, idleMs: number): void {
    clearTimeout(loaded.idleTimer);
    if (idleMs <= 0) return;
    loaded.idleTimer = setTimeout(() => void this.unload(path), idleMs);
    loaded.idleTimer.unref();
  }

  async generate(request: LlmGenerate, signal: AbortSignal, onChunk: (text: string) => void): Promise<LlmGenerateResult> {
    const loadStart = performance.now();
    const loaded = await this.load(request);
    const loadMs = performance.now() - loadStart;
    const run = loaded.lock.then(async () => {
      clearTimeout(loaded.idleTimer);
      signal.throwIfAborted();
      const history = this.fitHistory(loaded, request);
      const session = new LlamaChatSession({ contextSequence: loaded.sequence, autoDisposeSequence: false });
      try {
        const items: ChatHistoryItem[] = [
          { type: 'system', text: request.system },
          ...history.map((turn): ChatHistoryItem => (turn.role === 'user' ? { type: 'user', text: turn.text } : { type: 'model', response: [turn.text] })),
        ];
        session.setChatHistory(items);
        const grammar = request.jsonSchema ? await loaded.model.llama.createGrammarForJsonSchema(request.jsonSchema as never) : undefined;
        let tokens = 0;
        const start = performance.now();
        const text = await session.prompt(request.prompt, {
          grammar,
          maxTokens: request.maxTokens,
          temperature: request.temperature,
          seed: request.seed,
          signal,
          tokenBias: request.suppressHan ? this.hanBias(loaded) : undefined,
          budgets: { thoughtTokens: 0 },
          onToken: (chunk) => {
            tokens += chunk.length;
          },
          onTextChunk: onChunk,
        });
        return { text, tokens, generateMs: performance.now() - start, loadMs, historyTurnsUsed: history.length };
      } catch (error) {
        if (signal.aborted) throw new AppError('CANCELLED', 'Generation cancelled');
        throw error;
      } finally {
        session.dispose({ disposeSequence: false });
        this.scheduleUnload(request.modelPath, loaded, request.idleUnloadMs);
      }
    });
    loaded.lock = run.catch(() => undefined);
    return run;
  }

  async unload(modelPath?: string): Promise<number> {
    const paths = modelPath ? [modelPath] : [...this.models.keys()];
    let unloaded = 0;
    for (const path of paths) {
      const loading = this.models.get(path);
      if (!loading) continue;
      this.models.delete(path);
      const loaded = await loading.catch(() => undefined);
      if (!loaded) continue;
      await loaded.lock;
      clearTimeout(loaded.idleTimer);
      await loaded.context.dispose();
      await loaded.model.dispose();
      unloaded += 1;
    }
    return unloaded;
  }
}
