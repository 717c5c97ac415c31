import type { Intent } from '../../../shared/ipc/jobs';
import { asksForAnswer, asksForWork } from './question-forms';

/** What an edit asks to change; everything else stays as the parent had it. */
export interface EditAspects {
  shorter: boolean;
  longer: boolean;
  /** New wording (a different template or a fresh LLM draft). */
  rewrite: boolean;
  background: boolean;
  biggerText: boolean;
  color: boolean;
}

const editWords: [RegExp, keyof EditAspects][] = [
  [/짧게|줄여|간단하게|간결/, 'shorter'],
  [/길게|늘려|자세하게|풍성/, 'longer'],
  [/다른\s?문구|다시\s?(써|작성)|문구\s?바꿔|새로\s?써|느낌\s?바꿔|톤\s?바꿔/, 'rewrite'],
  [/배경|분위기|따뜻하게|차갑게|밝게|어둡게/, 'background'],
  [/글씨|글자|폰트|텍스트/, 'biggerText'],
  [/색|컬러/, 'color'],
];
const editVerb = /바꿔|바꾸|수정|고쳐|다시|더\s|좀\s|크게|작게|짧게|길게|줄여|늘려|하게\s?해/;

export function editAspectsOf(text: string): EditAspects {
  const aspects: EditAspects = { shorter: false, longer: false, rewrite: false, background: false, biggerText: false, color: false };
  for (const [pattern, aspect] of editWords) if (pattern.test(text)) aspects[aspect] = true;
  return aspects;
}

/**
 * Generate, edit or consult, from the owner's words alone. A question or a request for advice
 * is a consultation, answered in text, even when it names 광고 or 문구 — unless it also asks
 * the app to make or change something ("라떼 광고 만들어 줄래?"). An edit needs something to
 * edit and words that point at it ("더 짧게", "배경 바꿔줘").
 */
export function classifyIntent(text: string, hasPrevious: boolean): Intent {
  const consult = asksForAnswer(text) && !asksForWork(text);
  const aspects = editAspectsOf(text);
  const pointsAtResult = Object.values(aspects).some(Boolean) && editVerb.test(text);
  if (hasPrevious && pointsAtResult && !consult && text.length <= 60) return 'edit';
  return consult ? 'consult' : 'generate';
}
