import { AppError, type ErrorCode } from '../../../shared/errors';
import type { AdCopy, CopyWriter } from '../../../shared/ipc/copy';
import type { ChatTurn } from '../../inference/protocol';
import type { Logger } from '../log/logger';
import { answerFromBank } from './consult-guide';
import { unknownAnswer } from './consult-answers';
import { consultSystemPrompt, consultUserPrompt, copySystemPrompt, copyUserPrompt, type CopyPromptInput } from './copy-prompts';
import { readableCopyStream } from './copy-stream';
import { containsHanja } from './korean';
import { onModel, writeLlmCopy, type LlmModelChoice, type LlmRun } from './llm-copywriter';
import { readWithLlm } from './llm-reading';
import type { RequestReading } from '../../../shared/reading';
import { writeTemplateCopy, type CopyBrief } from './template-copywriter';

export const templateModelId = 'builtin-template-ko';

/** A plain request ("아이스 라떼 광고 만들어줘"): an explicit verb or question, and a product the lexicon knows. */
const isSure = (reading: RequestReading): boolean => reading.confidence.intent >= 0.9 && reading.confidence.product >= 0.9 && reading.confidence.category >= 0.9;

export interface WrittenCopy {
  copy: AdCopy;
  writer: CopyWriter;
  modelId: string;
  templateId: string | null;
  tokens: number;
  /** Set when the LLM could not be used and the template wrote instead. */
  fallbackReason: string | null;
  /** The same reason as a code, for a window that words it in its own language. */
  fallbackCode: ErrorCode | null;
}

export interface CopywriterDeps {
  run: LlmRun;
  /** The installed copy model, looked up per request (a download may have finished meanwhile). */
  model: () => Promise<LlmModelChoice | undefined>;
  logger: Logger;
}

/**
 * Picks the writer: the local LLM when one is installed and loads, the built-in Korean
 * template writer otherwise. A model that fails to load is logged and the owner still gets copy.
 */
export function createCopywriter(deps: CopywriterDeps) {
  async function write(brief: CopyBrief, prompt: CopyPromptInput, history: ChatTurn[], signal: AbortSignal, onDelta: (text: string) => void): Promise<WrittenCopy> {
    const model = await deps.model();
    const template = (fallback: AppError | null): WrittenCopy => {
      const written = writeTemplateCopy(brief);
      return { copy: written.copy, writer: 'template', modelId: templateModelId, templateId: written.templateId, tokens: 0, fallbackReason: fallback?.userMessage ?? null, fallbackCode: fallback?.code ?? null };
    };
    if (!model) return template(null);
    try {
      const result = await writeLlmCopy(
        deps.run,
        { model, system: copySystemPrompt, prompt: copyUserPrompt(prompt), history, limits: brief.limits, industry: brief.industry, seed: brief.seed },
        signal,
        readableCopyStream(onDelta),
      );
      return { copy: result.copy, writer: 'llm', modelId: model.id, templateId: null, tokens: result.tokens, fallbackReason: null, fallbackCode: null };
    } catch (error) {
      if (error instanceof AppError && (error.code === 'MODEL_LOAD_FAILED' || error.code === 'GENERATION_FAILED')) {
        deps.logger.log('warn', 'copy', 'LLM copy failed; the template writer answers', { error: error.message });
        return template(error);
      }
      throw error;
    }
  }

  async function consult(
    question: string,
    context: { shop: CopyPromptInput['shop']; reading: RequestReading; category: CopyBrief['category'] },
    history: ChatTurn[],
    signal: AbortSignal,
    onDelta: (text: string) => void,
  ): Promise<{ text: string; writer: CopyWriter }> {
    const reference = answerFromBank(question, { category: context.category, shopName: context.shop.name });
    const builtIn = () => ({ text: reference ?? unknownAnswer, writer: 'template' as const });
    const model = await deps.model();
    if (!model) return builtIn();
    try {
      const result = await deps.run(
        {
          ...onModel(model),
          system: consultSystemPrompt,
          history,
          prompt: consultUserPrompt(context.shop, question, reference),
          maxTokens: 320,
          temperature: 0.6,
          seed: 1,
          suppressHan: true,
        },
        signal,
        onDelta,
      );
      const text = result.text.trim();
      return text && !containsHanja(text) ? { text, writer: 'llm' } : builtIn();
    } catch (error) {
      if (error instanceof AppError && error.code === 'MODEL_LOAD_FAILED') return builtIn();
      throw error;
    }
  }

  /**
   * The request as the installed LLM reads it, checked against the built-in reading; the
   * built-in reading alone without a model, for an edit (which needs the chat, not the words),
   * and when the words left nothing to guess (the cross-check would keep the built-in reading
   * anyway, and the owner would wait seconds for it on a CPU).
   */
  async function read(text: string, builtin: RequestReading, signal: AbortSignal): Promise<RequestReading> {
    if (builtin.intent === 'edit' || isSure(builtin)) return builtin;
    const model = await deps.model();
    if (!model) return builtin;
    return (await readWithLlm(deps.run, model, text, builtin, signal, deps.logger)).reading;
  }

  return { write, consult, read };
}

export type Copywriter = ReturnType<typeof createCopywriter>;
