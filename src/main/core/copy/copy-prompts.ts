import type { AdCopy, Platform } from '../../../shared/ipc/copy';
import type { EditAspect } from '../../../shared/ipc/jobs';
import { platformNames, type CopyLimits } from './platform-limits';
import type { RequestReading } from '../../../shared/reading';
import { seasonNames } from './request-reading';

export interface ShopProfileForPrompt {
  name: string;
  industry: string;
  region: string;
  description: string;
  tone: string;
  targetCustomers: string;
}

export const copySystemPrompt = [
  '당신은 한국의 작은 가게를 돕는 광고 카피라이터입니다.',
  '항상 자연스러운 한국어(한글)로만 쓰고, 한자와 중국어는 절대 쓰지 않습니다.',
  '사실이 아닌 내용, 과장된 효능, 다른 가게를 깎아내리는 말은 쓰지 않습니다.',
  '답은 요청한 JSON 형식으로만 합니다.',
].join('\n');

export const consultSystemPrompt = [
  '당신은 한국의 작은 가게 사장님을 돕는 마케팅 상담가입니다.',
  '한국어(한글)로만, 짧고 구체적으로, 바로 실행할 수 있게 답합니다. 한자는 쓰지 않습니다.',
].join('\n');

function shopLines(shop: ShopProfileForPrompt, target: string | undefined): string[] {
  return [
    `가게: ${shop.name} (${shop.industry}${shop.region ? `, ${shop.region}` : ''})`,
    ...(shop.description ? [`가게 소개: ${shop.description}`] : []),
    ...(shop.tone ? [`원하는 말투: ${shop.tone}`] : []),
    ...(target || shop.targetCustomers ? [`주요 손님: ${target ?? shop.targetCustomers}`] : []),
  ];
}

export interface CopyPromptInput {
  shop: ShopProfileForPrompt;
  request: string;
  reading: RequestReading;
  platform: Platform;
  limits: CopyLimits;
  edit?: { parent: AdCopy; aspects: readonly EditAspect[] };
}

/** What the copy model is told about the request: only what the reading is sure of. */
const readingFields = (reading: RequestReading) => ({
  product: reading.product || null,
  category: reading.category,
  facts: reading.facts.map((fact) => fact.text),
  occasion: reading.concept || null,
  season: seasonNames[reading.season],
  audience: reading.audience,
  tone: reading.style.tone,
});

/** How each edit aspect is asked of the copy model; the image-only ones tell it to leave the words alone. */
const editAsks: Record<EditAspect, string> = {
  shorter: '더 짧게(혜택과 조건은 그대로)',
  longer: '더 풍성하게',
  rewrite: '새로운 표현으로',
  warmer: '문구는 그대로(이미지만 따뜻하게)',
  cooler: '문구는 그대로(이미지만 시원하게)',
  brighter: '문구는 그대로(이미지만 밝게)',
  darker: '문구는 그대로(이미지만 어둡게)',
  background: '배경 묘사 바꾸기',
  color: '문구는 그대로(이미지 색만 바꾸기)',
  'bigger-text': '문구는 그대로(글씨만 크게)',
  'tone-playful': '발랄하고 귀여운 말투로',
  'tone-premium': '고급스럽고 품격 있는 말투로',
  'tone-calm': '차분하고 담백한 말투로',
  'tone-friendly': '친근하고 다정한 말투로',
  'touch-up': '문구는 그대로(제품 누끼만 다듬기)',
};

export function copyUserPrompt(input: CopyPromptInput): string {
  const { reading, limits } = input;
  const lines = [
    ...shopLines(input.shop, reading.audience ?? undefined),
    `사장님 요청: ${input.request}`,
    // The reading travels as fields: the model copies facts from a list instead of re-reading prose.
    `요청 분석(JSON): ${JSON.stringify(readingFields(reading))}`,
    ...(reading.facts.length > 0 ? ['facts의 글자는 그대로, 빠짐없이 쓰고 다른 숫자는 쓰지 마세요.'] : []),
    ...(reading.product ? [] : ['상품 이름이 없으니 상품을 지어내지 말고 가게와 계절로 쓰세요.']),
    `올릴 곳: ${platformNames[input.platform]}`,
    `조건: headline ${limits.headline}자 이내, subcopy ${limits.subcopy}자 이내, cta ${limits.cta}자 이내, hashtags ${limits.hashtags}개 이하('#' 없이 한 단어씩).`,
    'imagePromptEn에는 상품 뒤 배경 이미지를 영어로 한 문장 묘사하세요.',
  ];
  if (input.edit) {
    const asked = input.edit.aspects.map((aspect) => editAsks[aspect]);
    lines.push(`이전 결과: ${JSON.stringify(input.edit.parent)}`, `요청한 부분만 바꾸고 나머지는 유지하세요: ${asked.join(', ')}`);
  }
  return lines.join('\n');
}

/** `reference` is the built-in answer bank's answer, so the model's facts and figures match it. */
export function consultUserPrompt(shop: ShopProfileForPrompt, question: string, reference: string | undefined): string {
  return [
    ...shopLines(shop, undefined),
    `질문: ${question}`,
    ...(reference ? [`참고 답변(이 내용의 사실과 숫자는 바꾸지 말고, 질문과 가게에 맞게 풀어 주세요): ${reference}`] : []),
    '다섯 문장 이내로 답해 주세요.',
  ].join('\n');
}
