import type { OfferFact, RequestReading } from '../../../shared/reading';
import { categoryOfPhrase, isLexiconNoun } from './lexicon/product-lexicon';
import type { LlmReading } from './llm-reading';
import { asksForAnswer, asksForWork } from './question-forms';

/** The confidence of any field taken from the model: below what the owner wrote outright. */
const llmConfidence = 0.7;

/** Instructions, places, occasions and particles that a product never contains or ends with. */
const notAProduct =
  /만들어|써\s?줘|써\s?주세요|해\s?줘|해\s?주세요|부탁|광고|문구|홍보|카피|타겟|타깃|[?？]|(?:으로|에서|에게|까지|부터|를)$|^(?:인스타|인스타그램|피드|스토리|릴스|카톡|카카오톡?|네이버|스마트\s?스토어|유튜브|쇼츠|신메뉴|신상|할인|이벤트|세일|오픈|예약|한정)$/;

const squash = (text: string): string => text.replace(/\s+/g, '');
/** A noun phrase has letters in it; a comma or a number the model copied is no product or audience. */
const hasWord = (text: string): boolean => /[가-힣A-Za-z]/.test(text);
const occursIn = (text: string, phrase: string): boolean => squash(text).includes(squash(phrase));

/** A fact the model added has no kind of its own; its words say which kind it is, or it is no offer fact. */
const factKinds: [RegExp, OfferFact['kind']][] = [
  [/(?<!\d)(?:0\d{1,2}|1[5-9]\d{2})-\d{3,4}(?:-\d{4})?(?!\d)/, 'phone'],
  [/\d\s?%|할인|세일|OFF|off|인하/, 'discount'],
  [/(?<!\d)\d\+\d(?!\d)/, 'bundle'],
  [/무료|증정|공짜/, 'free'],
  [/\d\s?(?:만|천)?\s?원/, 'price'],
  [/\d{1,2}\s?월\s?\d{1,2}\s?일|\d{1,2}\/\d{1,2}|\d일(?:간|까지|부터)|요일|주말|평일|오늘|내일|이번\s?주/, 'date'],
  [/\d{1,2}\s?시|\d+\s?분|\d{1,2}:\d{2}|오전|오후/, 'time'],
  [/\d+\s?(?:인분|박스|세트|ml|kg|g|L|개입|개|잔|병|구|인|명|팩|매|장|종|가지|회|박|호)|선착순/, 'quantity'],
];

const overlaps = (a: { index: number; text: string }, b: { index: number; text: string }): boolean =>
  a.index < b.index + b.text.length && b.index < a.index + a.text.length;

function reconcileFacts(text: string, builtin: OfferFact[], llm: string[], conflicts: string[]): { facts: OfferFact[]; used: boolean } {
  const proposed = [...new Set(llm.map((fact) => fact.trim()).filter(Boolean))];
  const invented = proposed.filter((fact) => !text.includes(fact));
  if (invented.length > 0) {
    conflicts.push(`LLM facts not written in the request (${invented.map((f) => `"${f}"`).join(', ')}); the built-in facts stand`);
    return { facts: builtin, used: false };
  }
  const facts = [...builtin];
  let used = false;
  for (const fact of proposed) {
    const kind = factKinds.find(([pattern]) => pattern.test(fact))?.[1];
    if (!kind) {
      conflicts.push(`LLM fact "${fact}" is no price, discount, date, time, quantity, phone, bundle or free item`);
      continue;
    }
    // The built-in reader matched its facts exactly; the model may only add one it has not covered.
    for (let index = text.indexOf(fact); index >= 0; index = text.indexOf(fact, index + 1)) {
      const candidate = { kind, text: fact, index };
      if (facts.some((known) => overlaps(known, candidate))) continue;
      if (facts.length < 20) {
        facts.push(candidate);
        used = true;
      }
      break;
    }
  }
  return { facts: facts.sort((a, b) => a.index - b.index), used };
}

function productProblem(text: string, product: string, builtinProduct: string): string | undefined {
  if (!hasWord(product)) return 'has no word in it';
  if (notAProduct.test(product) || asksForWork(product) || asksForAnswer(product)) return 'is an instruction or a question, not a product';
  if (occursIn(text, product)) return undefined;
  if (!isLexiconNoun(product)) return 'is neither in the request nor a known product noun';
  // A known noun may spell out what the owner abbreviated ("아아" is an 아이스아메리카노); it may not
  // replace a product the lexicon knows, nor name one where the owner named none.
  if (!builtinProduct || categoryOfPhrase(builtinProduct)) return 'is not written in the request';
  return spellsOut(squash(builtinProduct), squash(product)) ? undefined : `does not spell out "${builtinProduct}"`;
}

/** Whether every syllable of the short form appears, in order, in the long one. */
function spellsOut(short: string, long: string): boolean {
  let at = 0;
  for (const syllable of long) if (syllable === short[at]) at += 1;
  return at === short.length;
}

/**
 * The LLM's reading checked against the sentence and the built-in reading. The built-in reader
 * is exact where it matches words (facts, platforms, edits, named seasons); the model may fill
 * in what it missed, but nothing it says may add a word the owner did not write.
 */
export function reconcileReading(
  text: string,
  builtin: RequestReading,
  llm: LlmReading,
): { reading: RequestReading; conflicts: string[] } {
  const conflicts: string[] = [];
  const confidence = { ...builtin.confidence };
  let used = false;
  const take = <T>(field: keyof typeof confidence, value: T): T => {
    used = true;
    confidence[field] = llmConfidence;
    return value;
  };

  // Edits depend on the chat, which the model does not see; a question mark is the owner asking.
  let intent = builtin.intent;
  if (llm.intent !== builtin.intent) {
    if (builtin.intent === 'edit') conflicts.push(`LLM intent "${llm.intent}" ignored: edits depend on the chat the model does not see`);
    else if (builtin.intent === 'consult' && llm.intent === 'generate' && /[?？]/.test(text)) conflicts.push('LLM intent "generate" ignored: the request is a question');
    else if (builtin.confidence.intent < 0.8) intent = take('intent', llm.intent);
    else conflicts.push(`LLM intent "${llm.intent}" ignored: the built-in reader is sure of "${builtin.intent}"`);
  }

  const facts = reconcileFacts(text, builtin.facts, llm.facts, conflicts);
  used ||= facts.used;

  let product = builtin.product;
  const proposed = llm.product.trim().replace(/\s+/g, ' ');
  if (proposed && squash(proposed) !== squash(builtin.product)) {
    const problem = productProblem(text, proposed, builtin.product);
    if (problem) conflicts.push(`LLM product "${proposed}" ${problem}; the built-in product stands`);
    else product = take('product', proposed);
  }

  // The product's own head noun decides its category; the model's guess only where the lexicon is silent.
  let category = builtin.category;
  const known = product ? categoryOfPhrase(product)?.category : undefined;
  if (known) {
    if (llm.category && llm.category !== known) conflicts.push(`LLM category "${llm.category}" contradicts the lexicon's "${known}" for "${product}"`);
    if (known !== builtin.category) {
      category = known;
      confidence.category = 0.95;
    }
  } else if (llm.category && llm.category !== builtin.category) {
    if (!product) conflicts.push(`LLM category "${llm.category}" ignored: the request names no product`);
    else if (builtin.confidence.category < 0.8) category = take('category', llm.category);
    else conflicts.push(`LLM category "${llm.category}" ignored: the built-in reader is sure of "${String(builtin.category)}"`);
  }

  // The model has no calendar: its season replaces only a weaker guess of the built-in reader.
  let season = builtin.season;
  if (llm.season !== builtin.season) {
    if (builtin.confidence.season < llmConfidence) season = take('season', llm.season);
    else conflicts.push(`LLM season "${llm.season}" ignored: the request says "${builtin.season}"`);
  }

  // An occasion is printed on the badge (세일, 한정): one no word of the owner's names would be an invented claim.
  const unfounded = llm.occasions.filter((occasion) => !builtin.occasions.includes(occasion));
  if (unfounded.length > 0) conflicts.push(`LLM occasions ${unfounded.join(', ')} ignored: no word in the request names them`);

  let platform = builtin.platform;
  if (llm.platform && llm.platform !== builtin.platform) {
    if (builtin.platform) conflicts.push(`LLM platform "${llm.platform}" ignored: the request names "${builtin.platform}"`);
    else platform = take('platform', llm.platform);
  }

  let audience = builtin.audience;
  const llmAudience = llm.audience.trim();
  if (llmAudience && !builtin.audience) {
    if (hasWord(llmAudience) && occursIn(text, llmAudience) && !notAProduct.test(llmAudience)) audience = take('audience', llmAudience);
    else conflicts.push(`LLM audience "${llmAudience}" is not written in the request`);
  }

  // The model may read the owner's style words more fully than the built-in reader (a tone in "감성 있게"),
  // filling only a field it left open; where the owner wrote none, a style from the model is a guess.
  const merged = {
    ...builtin.style,
    imageStyle: builtin.style.imageStyle ?? llm.style.imageStyle,
    backdrop: builtin.style.backdrop ?? llm.style.backdrop,
    tone: builtin.style.tone ?? llm.style.tone,
  };
  let style = builtin.style;
  if (merged.imageStyle !== style.imageStyle || merged.backdrop !== style.backdrop || merged.tone !== style.tone) {
    if (builtin.style.words.length > 0) style = take('style', merged);
    else conflicts.push('LLM style ignored: the request says nothing of the look or the voice');
  }

  return {
    reading: { ...builtin, intent, product, category, facts: facts.facts, season, platform, audience, style, confidence, source: used ? 'llm' : builtin.source },
    conflicts,
  };
}
