import { z } from 'zod';
import { AppError } from '../../../shared/errors';
import { platformSchema, platforms } from '../../../shared/ipc/copy';
import { adStyles } from '../../../shared/ad-design';
import {
  intentSchema,
  backdropWishes,
  occasions,
  productCategories,
  productCategorySchema,
  seasonSchema,
  seasons,
  tones,
  type RequestReading,
} from '../../../shared/reading';
import type { Logger } from '../log/logger';
import { containsHanja } from './korean';
import { onModel, type LlmModelChoice, type LlmRun } from './llm-copywriter';
import { reconcileReading } from './reading-reconcile';

// Short bounds keep the call cheap and let the JSON close within the token budget even when
// every string runs to its limit: a product is a few nouns, a fact a dozen characters.
const bounds = { product: 20, facts: 3, fact: 16, occasions: 3, audience: 12 } as const;

/** The JSON schema the sampler is held to for the model's reading of a request. */
export function readingJsonSchema() {
  return {
    type: 'object',
    properties: {
      intent: { enum: [...intentSchema.options] },
      product: { type: 'string', maxLength: bounds.product },
      category: { enum: [...productCategories, null] },
      facts: { type: 'array', items: { type: 'string', minLength: 1, maxLength: bounds.fact }, maxItems: bounds.facts },
      season: { enum: [...seasons] },
      occasions: { type: 'array', items: { enum: [...occasions] }, maxItems: bounds.occasions },
      platform: { enum: [...platforms, null] },
      audience: { type: 'string', maxLength: bounds.audience },
      style: {
        type: 'object',
        properties: {
          imageStyle: { enum: [...adStyles, null] },
          backdrop: { enum: [...backdropWishes, null] },
          tone: { enum: [...tones, null] },
        },
        required: ['imageStyle', 'backdrop', 'tone'],
        additionalProperties: false,
      },
    },
    required: ['intent', 'product', 'category', 'facts', 'season', 'occasions', 'platform', 'audience', 'style'],
    additionalProperties: false,
  } as const;
}

/** Enough for the longest JSON the schema allows: about 2 tokens a Hangul character, and the keys. */
export const readingTokenBudget = (bounds.product + bounds.facts * bounds.fact + bounds.audience) * 2 + 80;

/** What the model returns, checked again after the grammar (a host bug or a truncated answer must not pass). */
export const llmReadingSchema = z
  .object({
    intent: intentSchema,
    product: z.string().max(bounds.product),
    category: productCategorySchema.nullable(),
    facts: z.array(z.string().min(1).max(bounds.fact)).max(bounds.facts),
    season: seasonSchema,
    occasions: z.array(z.enum(occasions)).max(bounds.occasions),
    platform: platformSchema.nullable(),
    audience: z.string().max(bounds.audience),
    style: z.object({ imageStyle: z.enum(adStyles).nullable(), backdrop: z.enum(backdropWishes).nullable(), tone: z.enum(tones).nullable() }).strict(),
  })
  .strict();
export type LlmReading = z.infer<typeof llmReadingSchema>;

export const readingSystemPrompt = `You read one Korean shop owner's request for an ad and return JSON only.
가게 사장님이 쓴 요청 한 문장을 읽고 JSON으로만 답하세요.
- intent: "generate" (광고·문구를 만들어 달라), "consult" (질문·조언을 구함), "edit" (방금 만든 것을 고쳐 달라).
- product: 광고할 상품·서비스를 요청에 쓰인 명사 그대로 (예: "아이스 바닐라 라떼"). 지시어(만들어줘, 광고, 문구), 플랫폼, 할인·이벤트 말, 조사는 빼세요. 없으면 "".
- facts: 가격, 할인, 날짜, 시간, 수량, 전화번호를 요청에 쓰인 글자 그대로 복사. 새로 만들거나 고치지 마세요. Copy facts verbatim; never invent a number.
- audience: 요청에 쓰인 대상 그대로 (예: "20대 여성"), 없으면 "".
- category, platform, style: 요청에서 알 수 없으면 null. occasions: 요청에 그 말이 있을 때만.

요청: 여름 신메뉴 아이스 바닐라 라떼 5,500원 인스타 광고 만들어줘. 20대 여성 타겟이야.
{"intent":"generate","product":"아이스 바닐라 라떼","category":"drink","facts":["5,500원"],"season":"summer","occasions":["new"],"platform":"instagram-feed","audience":"20대 여성","style":{"imageStyle":null,"backdrop":null,"tone":null}}

요청: 크리스마스 케이크 사전예약은 언제부터 홍보하는 게 좋을까요?
{"intent":"consult","product":"크리스마스 케이크","category":"dessert","facts":[],"season":"winter","occasions":["reservation","holiday"],"platform":null,"audience":"","style":{"imageStyle":null,"backdrop":null,"tone":null}}`;

/**
 * The model's reading of the request, one short grammar-held call, cross-checked against the
 * built-in reading. A model that fails to load or to answer leaves the owner the built-in
 * reading; a cancellation or a crashed inference host ends the job, as it does for copy.
 */
export async function readWithLlm(
  run: LlmRun,
  model: LlmModelChoice,
  text: string,
  builtin: RequestReading,
  signal: AbortSignal,
  logger: Logger,
): Promise<{ reading: RequestReading; conflicts: string[] }> {
  signal.throwIfAborted();
  const fallback = (reason: string) => {
    logger.log('warn', 'reading', 'LLM reading unusable; the built-in reading stands', { reason });
    return { reading: builtin, conflicts: [] };
  };
  let output: string;
  try {
    const result = await run(
      {
        ...onModel(model),
        system: readingSystemPrompt,
        // The model reads the one sentence; edits, which need the chat, stay with the built-in reader.
        history: [],
        prompt: `요청: ${text}`,
        jsonSchema: readingJsonSchema(),
        maxTokens: readingTokenBudget,
        temperature: 0,
        seed: 1,
        suppressHan: true,
      },
      signal,
      () => undefined,
    );
    output = result.text;
  } catch (error) {
    if (signal.aborted) throw error;
    if (error instanceof AppError && (error.code === 'MODEL_LOAD_FAILED' || error.code === 'GENERATION_FAILED')) return fallback(`${error.code}: ${error.message}`);
    throw error;
  }
  if (containsHanja(output)) return fallback('the model wrote Han characters');
  let parsed: LlmReading;
  try {
    parsed = llmReadingSchema.parse(JSON.parse(output));
  } catch (error) {
    return fallback(`the output is not the reading JSON: ${String(error).slice(0, 300)}`);
  }
  const reconciled = reconcileReading(text, builtin, parsed);
  if (reconciled.conflicts.length > 0) logger.log('info', 'reading', 'LLM reading disagreed with the request', { conflicts: reconciled.conflicts });
  return reconciled;
}
