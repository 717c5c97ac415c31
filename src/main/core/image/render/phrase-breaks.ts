import { findOfferFacts } from '../../copy/offer-facts';
import { stripParticle } from '../../copy/product-phrase';

// Korean ad type breaks between phrases, the way a designer sets a headline by hand: after a
// clause's ending or a particle, never inside a noun phrase the reader takes as one name
// ("바닐라 라떼", "오리 인형"), a fact ("12월 20일까지") or a word.

/** A clause or sentence ends here: punctuation, or a final ending ("-요", "-다", "-세요"). */
const clauseEnd = /(?:[,.!?~…·:;)\]」』"'”’]|요|죠|까|니다|[었았였했겠있없는한된난진]다)$/;
/** A connective ending joins two clauses: the break between them reads naturally. */
const connective = /(?:고|게|며|면|서|지만|는데|니까|도록|려고|듯)$/;
/**
 * A modifier that wants its noun on the same line: adjectives and verbs in their adnominal
 * form ("달콤한", "귀여운", "맛있는", "생각날"). Nouns end in these syllables too ("행운"),
 * which only costs a slightly worse break there, never an illegal one.
 */
const adnominal = /(?:[있없하되먹시보]는|[같좋많작높넓깊맑밝낮짧얇굵붉늦옅담찍넣받먹얹읽갖닮씻싶]은|[한운쁜른든던된진긴큰]|[할될날갈줄릴])$/;
/** Words that begin a line only as a mistake: a particle or closing punctuation standing alone. */
const attachesBackwards = /^(?:[,.!?~…·:;)\]」』"'”’%]|(?:은|는|이|가|을|를|에|에서|의|로|으로|와|과|도|만|까지|요)$)/;

/** How much a line break costs, by what ends the line. */
export const breakCost = {
  clause: 0,
  connective: 1,
  particle: 2,
  modifier: 4,
  noun: 6,
  /** After a one-syllable word ("한 잔", "새 메뉴", "딱 좋은"): it leans on what follows. */
  clitic: 8,
} as const;

/** An auxiliary verb leans on the verb before it ("먹고 싶은", "담아 두고"): the two read as one. */
const auxiliary = /^(?:싶|있|계시|두|버리|보|주)/;

/**
 * The cost of a line break between this unit and the next. A unit of several words is a whole
 * phrase (the product's name, a fact): its edges are phrase boundaries, as good as a particle.
 */
export function breakAfter(word: string, next = ''): number {
  const cost = wordBreak(word, next);
  return word.includes(' ') || next.includes(' ') ? Math.min(cost, breakCost.particle) : cost;
}

function wordBreak(word: string, next: string): number {
  if (clauseEnd.test(word)) return breakCost.clause;
  if ([...word].length === 1) return breakCost.clitic;
  if (/[고어아여]$/.test(word) && auxiliary.test(next)) return breakCost.noun;
  if (connective.test(word)) return breakCost.connective;
  if (adnominal.test(word)) return breakCost.modifier;
  if (stripParticle(word) !== word) return breakCost.particle;
  return breakCost.noun;
}

/** [start, end) of every occurrence of each phrase in the text. */
function spansOf(text: string, phrases: readonly string[]): [number, number][] {
  const spans: [number, number][] = [];
  for (const phrase of phrases.map((p) => p.replace(/\s+/g, ' ').trim()).filter((p) => p.includes(' '))) {
    for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) spans.push([at, at + phrase.length]);
  }
  return spans;
}

/**
 * The units a line may break between: words, except that an offer fact ("12월 20일까지",
 * "10% 할인", "1만 5천원") and each phrase to keep together (the product's name) is one unit,
 * and a particle or punctuation standing alone joins the word before it.
 */
export function phraseUnits(text: string, keep: readonly string[] = []): string[] {
  const spans = [...findOfferFacts(text).map((fact): [number, number] => [fact.index, fact.index + fact.text.length]), ...spansOf(text, keep)];
  const units: string[] = [];
  let position = 0;
  for (const word of text.split(' ')) {
    const inside = spans.some(([start, end]) => position > start && position < end);
    const last = units.length - 1;
    if (last >= 0 && (inside || attachesBackwards.test(word))) units[last] += ` ${word}`;
    else units.push(word);
    position += word.length + 1;
  }
  return units.filter((unit) => unit.length > 0);
}
