import type { AdStyle } from '../../../../shared/ad-design';
import type { BackdropWish, Tone } from '../../../../shared/reading';

/** What the owner's style words ask of the picture and the voice. */
export interface StyleWish {
  imageStyle: AdStyle | null;
  backdrop: BackdropWish | null;
  tone: Tone | null;
  words: string[];
}

type Effect = Partial<Pick<StyleWish, 'imageStyle' | 'backdrop' | 'tone'>>;

// An adverb (…하게) always speaks of the look; an adjective (…한) only when it qualifies a look
// noun: "따뜻한 느낌으로" is a style, "따뜻한 라떼" a product.
const lookNoun = String.raw`\s?(?:느낌|분위기|배경|색감|색|톤|스타일|감성|컨셉|콘셉트)`;

const styleRules: [RegExp, Effect][] = [
  [/(?:흰|하얀|화이트|흰색)\s?(?:배경|바탕)|배경(?:은|을|는)?\s?(?:흰색|하얗게|화이트)/, { backdrop: 'white' }],
  [new RegExp(String.raw`밝게|화사하게|환하게|(?:밝은|화사한|환한)${lookNoun}`), { backdrop: 'bright' }],
  [new RegExp(String.raw`어둡게|시크하게|(?:어두운|시크한)${lookNoun}`), { backdrop: 'dark' }],
  [new RegExp(String.raw`따뜻하게|따듯하게|포근하게|(?:따뜻한|따듯한|포근한)${lookNoun}`), { backdrop: 'warm' }],
  [new RegExp(String.raw`시원하게|청량하게|(?:시원한|청량한)${lookNoun}`), { backdrop: 'cool' }],
  [/파스텔/, { backdrop: 'pastel' }],
  [new RegExp(String.raw`자연스럽게|내추럴|(?:자연스러운)${lookNoun}`), { backdrop: 'natural' }],
  [new RegExp(String.raw`고급스럽게|고급지게|럭셔리|프리미엄|우아하게|(?:고급스러운|고급진|우아한)${lookNoun}`), { tone: 'premium' }],
  [new RegExp(String.raw`귀엽게|귀염|발랄하게|유쾌하게|재밌게|재미있게|(?:귀여운|발랄한|유쾌한)${lookNoun}`), { tone: 'playful' }],
  [new RegExp(String.raw`차분하게|담백하게|잔잔하게|(?:차분한|담백한|잔잔한)${lookNoun}`), { tone: 'calm' }],
  [new RegExp(String.raw`친근하게|다정하게|(?:친근한|다정한)${lookNoun}`), { tone: 'friendly' }],
  [new RegExp(String.raw`깔끔하게|심플하게|미니멀|(?:깔끔한|심플한)${lookNoun}`), { imageStyle: 'minimal' }],
  [/전단지?\s?(?:느낌|처럼|스타일)|일러스트|그림체|만화\s?(?:느낌|처럼|스타일)/, { imageStyle: 'illustration' }],
  [/실사|사진처럼|리얼하게/, { imageStyle: 'ultra-realistic' }],
];

/** The style the owner asks for in words; the first word of each kind wins. A clean look is calm unless a tone is named. */
export function readStyle(text: string): StyleWish {
  const wish: StyleWish = { imageStyle: null, backdrop: null, tone: null, words: [] };
  for (const [pattern, effect] of styleRules) {
    const match = pattern.exec(text);
    if (!match) continue;
    if (wish.words.length < 10) wish.words.push(match[0].trim().slice(0, 20));
    wish.imageStyle ??= effect.imageStyle ?? null;
    wish.backdrop ??= effect.backdrop ?? null;
    wish.tone ??= effect.tone ?? null;
  }
  if (wish.imageStyle === 'minimal' && wish.tone === null) wish.tone = 'calm';
  return wish;
}

/** The style words' spans to the end of their word ("느낌으로", "배경에"), so the product reader skips them with their particles. */
export function styleSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const [pattern] of styleRules) {
    for (const match of text.matchAll(new RegExp(pattern.source, 'g'))) {
      const end = match.index + match[0].length;
      spans.push([match.index, end + (/^[가-힣]*/.exec(text.slice(end))?.[0].length ?? 0)]);
    }
  }
  return spans;
}
