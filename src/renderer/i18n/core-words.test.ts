import { describe, expect, it } from 'vitest';
import { errorText, replyParts, stepText } from './core-words';
import { translator } from './translate';

const en = translator('en');
const ko = translator('ko');
const copyLines = ['여름엔 시원하게, 소금빵', '바삭한 겉과 촉촉한 속', '지금 매장에서 만나 보세요', '#소금빵 #달빛카페'];

describe('core codes worded by the window', () => {
  it('words a reply lead and writer note in English around the Korean copy', () => {
    expect(replyParts(en, { lead: { code: 'made-copy', params: { platform: 'kakao-channel' } }, note: { writer: 'template', fallback: 'MODEL_LOAD_FAILED' } }, { text: '(Korean text)', copyLines })).toEqual({
      lead: 'Made ad copy for KakaoTalk channel. The copy is in Korean, ready to post:',
      korean: copyLines,
      note: '(Written by the built-in copywriter — The AI model could not be loaded. The built-in copywriter carries on instead.)',
    });
  });

  it('keeps a consultation’s Korean answer under an English lead, and a lead alone as itself', () => {
    expect(replyParts(en, { lead: { code: 'answered', params: {} }, note: null }, { text: '해시태그는 5~10개가 좋아요.', copyLines: null })).toEqual({ lead: 'Here is the answer, in Korean:', korean: ['해시태그는 5~10개가 좋아요.'], note: null });
    expect(replyParts(en, { lead: { code: 'image-edited', params: {} }, note: null }, { text: '', copyLines: null })).toEqual({ lead: 'Kept the copy as it was and changed only what you asked for in the images.', korean: [], note: null });
  });

  it('words an error by its code in English, and keeps the sender’s own Korean text in Korean', () => {
    const error = { code: 'INSUFFICIENT_MEMORY' as const, message: 'needs 9 GB', userMessage: 'AI 배경에 메모리가 약 9 GB 필요한데 2 GB만 남아 있어요.' };
    expect(errorText(en, 'en', error)).toBe(en('error.INSUFFICIENT_MEMORY'));
    expect(errorText(ko, 'ko', error)).toBe(error.userMessage);
    expect(errorText(en, 'en', { ...error, userMessage: 'The logo could not be read.', worded: true })).toBe('The logo could not be read.');
  });

  it('fills a step’s numbers', () => {
    expect(stepText(en, { code: 'drawing', params: { done: 3, total: 8 } })).toBe('Drawing the ad images (3/8)');
  });
});
