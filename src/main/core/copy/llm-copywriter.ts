import { AppError } from '../../../shared/errors';
import { adCopySchema, type AdCopy, type CopyIndustry } from '../../../shared/ipc/copy';
import type { ChatTurn, LlmGenerate, LlmGenerateResult } from '../../inference/protocol';
import { copyJsonSchema, copyTokenBudget } from './copy-json-schema';
import { containsHanja } from './korean';
import { fitLength, type CopyLimits } from './platform-limits';

/** Runs one generation in the inference host (or, for the bench, in-process). */
export type LlmRun = (request: LlmGenerate, signal: AbortSignal, onChunk: (text: string) => void) => Promise<LlmGenerateResult>;

export interface LlmModelChoice {
  path: string;
  id: string;
  contextSize: number;
  threads: number;
  gpu: boolean;
  idleUnloadMs: number;
}

/** The model's part of an `llm.generate` request: which file, how much context, where it runs, when it unloads. */
export const onModel = (model: LlmModelChoice): Pick<LlmGenerate, 'op' | 'modelPath' | 'contextSize' | 'idleUnloadMs' | 'threads' | 'gpu'> => ({
  op: 'llm.generate',
  modelPath: model.path,
  contextSize: model.contextSize,
  idleUnloadMs: model.idleUnloadMs,
  threads: model.threads,
  gpu: model.gpu,
});

export interface LlmCopyRequest {
  model: LlmModelChoice;
  system: string;
  prompt: string;
  history: ChatTurn[];
  limits: CopyLimits;
  industry: CopyIndustry;
  seed: number;
  /** Shorter image prompts keep tiny test models fast; real runs use the default. */
  imagePromptLength?: number;
}

export interface LlmCopy {
  copy: AdCopy;
  tokens: number;
  generateMs: number;
  attempts: number;
}

const allText = (copy: AdCopy): string => [copy.headline, copy.subcopy, copy.cta, copy.tone, ...copy.hashtags].join(' ');

/** The grammar guarantees the shape; this trims, bounds and cleans what the model wrote. */
function normalize(raw: unknown, limits: CopyLimits, industry: CopyIndustry): AdCopy {
  const parsed = adCopySchema.partial().parse(raw);
  return {
    headline: fitLength(parsed.headline ?? '', limits.headline),
    subcopy: fitLength(parsed.subcopy ?? '', limits.subcopy),
    cta: fitLength(parsed.cta ?? '', limits.cta),
    hashtags: (parsed.hashtags ?? []).map((tag) => tag.replace(/^#+/, '').trim()).filter(Boolean).slice(0, limits.hashtags),
    industry: parsed.industry ?? industry,
    tone: parsed.tone ?? '',
    imagePromptEn: parsed.imagePromptEn ?? '',
  };
}

/**
 * Copy from the local LLM, held to the JSON schema while sampling. Han characters are banned
 * by token bias; the output is still checked, and one retry with a new seed is made if any
 * slipped through (a multi-token character the bias could not see).
 */
export async function writeLlmCopy(run: LlmRun, request: LlmCopyRequest, signal: AbortSignal, onChunk: (text: string) => void): Promise<LlmCopy> {
  const imagePromptLength = request.imagePromptLength ?? 160;
  let tokens = 0;
  let generateMs = 0;
  for (let attempt = 1; attempt <= 2; attempt += 1) {
    const result = await run(
      {
        ...onModel(request.model),
        system: request.system,
        history: request.history,
        prompt: request.prompt,
        jsonSchema: copyJsonSchema(request.limits, imagePromptLength),
        maxTokens: copyTokenBudget(request.limits, imagePromptLength),
        temperature: attempt === 1 ? 0.7 : 0.9,
        seed: (request.seed + attempt - 1) >>> 0,
        suppressHan: true,
      },
      signal,
      onChunk,
    );
    tokens += result.tokens;
    generateMs += result.generateMs;
    let copy: AdCopy;
    try {
      copy = normalize(JSON.parse(result.text), request.limits, request.industry);
    } catch (error) {
      throw new AppError('GENERATION_FAILED', `LLM output is not the copy JSON: ${String(error)}`);
    }
    if (!containsHanja(allText(copy)) && copy.headline.length > 0) return { copy, tokens, generateMs, attempts: attempt };
  }
  throw new AppError('GENERATION_FAILED', 'LLM wrote Han characters or an empty headline twice');
}
