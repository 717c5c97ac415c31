import type { EditAspect } from '../../../shared/ipc/jobs';
import { tones, type Intent, type Tone } from '../../../shared/reading';
import { asksForAnswer, asksForWork } from './question-forms';

/**
 * The words that name each aspect. Particles and "좀", "더" may stand between the object and
 * the verb ("배경을 좀 바꿔", "글씨 더 크게"); the grading words come first so that
 * "배경 밝게" is a brighter backdrop, not another one.
 */
const between = '\\s?(?:을|를|이|가|은|는|도|좀|더|\\s)*\\s?';
const phrase = (objects: string, verbs: string): RegExp => new RegExp(`(?:${objects})${between}(?:${verbs})`);
const editWords: readonly (readonly [RegExp, EditAspect])[] = [
  [/짧게|줄여|간단하게|간결하게/, 'shorter'],
  [/길게|늘려|자세하게|풍성하게/, 'longer'],
  [/다른\s?(?:문구|카피|표현)|다시\s?(?:써|작성|해)|새로\s?써|(?:문구|카피)\s?(?:을|를|좀|\s)*(?:바꿔|바꾸|새로)|빼\s?(?:줘|주세요|고)|고쳐/, 'rewrite'],
  [/따뜻하게|따스하게|따뜻한\s?(?:느낌|색|톤)/, 'warmer'],
  [/차갑게|시원하게|시원한\s?(?:느낌|색|톤)|차가운\s?(?:느낌|색|톤)/, 'cooler'],
  [/밝게|환하게|화사하게/, 'brighter'],
  [/어둡게|어두운\s?(?:느낌|톤)|시크하게/, 'darker'],
  [phrase('배경|바탕|분위기', '바꿔|바꾸|바꿀|다르게|새로'), 'background'],
  [/다른\s?배경|(?:흰색|하얀색|화이트|흰)\s?(?:배경|바탕|으로)|내추럴하게|미니멀하게|심플하게|깔끔하게/, 'background'],
  [phrase('색|색깔|색상|색감|컬러', '바꿔|바꾸|바꿀|다르게'), 'color'],
  [/다른\s?(?:색|색깔|색상|컬러)|파스텔/, 'color'],
  [phrase('글씨|글자|폰트|텍스트', '크게|키워|키워줘'), 'bigger-text'],
  [/귀엽게|발랄하게|유쾌하게|톡톡\s?튀게|힘차게|활기차게|신나게/, 'tone-playful'],
  [/고급스럽게|고급지게|우아하게|품격\s?있게|럭셔리하게|프리미엄/, 'tone-premium'],
  [/차분하게|담백하게|잔잔하게/, 'tone-calm'],
  [/친근하게|다정하게|친근한\s?(?:느낌|말투)/, 'tone-friendly'],
];

/** What the owner's words ask to change, each once, in the order of `editAspects`. */
export function editAspectsOf(text: string): EditAspect[] {
  const found = new Set<EditAspect>();
  for (const [pattern, aspect] of editWords) if (pattern.test(text)) found.add(aspect);
  return [...found];
}

const toneAspects: Record<Tone, EditAspect> = { friendly: 'tone-friendly', premium: 'tone-premium', playful: 'tone-playful', calm: 'tone-calm' };

/** The tone an edit asks the copy to be rewritten in, if any. */
export const toneAskedBy = (aspects: readonly EditAspect[]): Tone | undefined => tones.find((tone) => aspects.includes(toneAspects[tone]));

/**
 * What is left of an edit request once its aspect words, the things they point at and the
 * polite endings are taken out: nothing, for "문구 좀 더 짧게 해줘"; a product or an occasion,
 * for "캔들 사진, 흰 배경에 깔끔하게".
 */
const editFiller = /\d+\s?번째?|문구|카피|광고|이미지|사진|배경|바탕|분위기|색깔|색상|색감|색|컬러|글씨|글자|폰트|텍스트|느낌|톤|말투|전체|전부|다|좀|더|조금|약간|많이|너무|훨씬|이번엔|이거|그거|이|을|를|은|는|도|로|으로|만|하고|고|해\s?줘요?|해\s?주세요|해\s?줄래|해\s?봐|부탁해요|부탁해|바꿔\s?줘요?|바꿔\s?주세요|바꿔|바꿔봐|고쳐\s?줘|만들어\s?줘|써\s?줘|줘|요|주세요/g;
const isEditOnly = (text: string, aspects: readonly EditAspect[]): boolean => {
  let rest = text;
  for (const [pattern, aspect] of editWords) if (aspects.includes(aspect)) rest = rest.replace(new RegExp(pattern.source, 'g'), ' ');
  return rest.replace(editFiller, ' ').replace(/[\s.,!?~^ㅠㅜㅎㅋ]+/g, '') === '';
};

export interface IntentContext {
  /** The chat has a result to edit. */
  hasPrevious: boolean;
  /** Photos came with the request: new material. */
  hasAttachments?: boolean;
  /** The words name a product ("이번엔 레몬에이드도"). */
  namesNewProduct?: boolean;
  /** The words ask for a look ("내추럴하게", "흰 배경"). */
  namesStyle?: boolean;
}

/** Words that change what is there rather than name it: "바꿔", "빼줘", "작게", "보이게". */
const changeVerb = /바꿔|바꾸|수정|고쳐|빼\s?(?:줘|주세요|고)|다시|작게|크게|보이게/;

/** Words that make something new: with a product named, a follow-up is a new ad ("이번엔 마카롱으로 귀엽게 만들어줘"). */
const makeVerb = /만들어|만들자|광고|홍보|올릴/;

/**
 * Generate, edit or consult, from the owner's words alone. A question or a request for advice
 * is a consultation, answered in text, even when it names 광고 or 문구 — unless it also asks
 * the app to make or change something ("라떼 광고 만들어 줄래?"). After a result, words that ask
 * for a change or a look edit it ("좀 더 시크하게", "문구에 가격 빼줘") unless they make a new
 * product's ad; new photos make a new ad whatever the words. An edit asked for before there is
 * anything to edit is answered as a consultation, which says so.
 */
export function classifyIntent(text: string, context: IntentContext): Intent {
  if (asksForAnswer(text) && !asksForWork(text)) return 'consult';
  if (context.hasAttachments === true) return 'generate';
  const aspects = editAspectsOf(text);
  const asksForChange = aspects.length > 0 || context.namesStyle === true || changeVerb.test(text);
  if (!asksForChange || text.length > 60) return 'generate';
  if (!context.hasPrevious) return aspects.length > 0 && isEditOnly(text, aspects) ? 'consult' : 'generate';
  return context.namesNewProduct === true && makeVerb.test(text) ? 'generate' : 'edit';
}
