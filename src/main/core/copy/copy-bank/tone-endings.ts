import type { Tone } from '../../../../shared/reading';

/**
 * The closing sentence of the body, one speech level per tone: premium speaks 합니다체, the
 * others 해요체. Every line fits any product and any shop, in a street or online.
 */
export const toneEndings: Record<Tone, string[]> = {
  friendly: ['편하게 만나 보세요!', '기다리고 있을게요 :)', '궁금한 건 언제든 물어보세요!', '오늘도 좋은 하루 보내세요!'],
  premium: ['특별한 순간을 완성해 드립니다.', '한결같은 정성으로 준비했습니다.', '품격 있는 시간을 약속드립니다.'],
  playful: ['놓치면 아쉬워요!', '지금 바로 만나러 오세요~', '먼저 보는 분이 임자예요!'],
  calm: ['천천히 둘러보세요.', '편안한 하루 보내세요.', '여유롭게 만나 보세요.'],
};

/** Tone names the owner reads with a result. */
export const toneNames: Record<Tone, string> = { friendly: '친근한', premium: '고급스러운', playful: '발랄한', calm: '담백한' };

/** The tone a shop's own description asks for. */
export function toneOf(description: string): Tone {
  if (/고급|프리미엄|우아|품격|럭셔리/.test(description)) return 'premium';
  if (/유쾌|발랄|재밌|귀엽|톡톡|신나/.test(description)) return 'playful';
  if (/담백|차분|깔끔|심플|조용|잔잔/.test(description)) return 'calm';
  return 'friendly';
}
