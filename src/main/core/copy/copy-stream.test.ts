import { describe, expect, it } from 'vitest';
import { readableCopySoFar, readableCopyStream } from './copy-stream';

const json = JSON.stringify({ headline: '여름엔 역시 "아이스" 라떼', subcopy: '4,500원 · 10% 할인.\n시원하게 즐겨요', cta: '주문하기', hashtags: ['라떼'], industry: 'cafe', tone: '친근', imagePromptEn: 'latte' });

describe('the copy as it streams', () => {
  it('shows the headline, body and call to action as they form, never the JSON around them', () => {
    const shown: string[] = [];
    const feed = readableCopyStream((text) => shown.push(text));
    // Chunks of three characters split keys, quotes and escapes the way a tokenizer does.
    for (let at = 0; at < json.length; at += 3) feed(json.slice(at, at + 3));
    const text = shown.join('');
    expect(text).toBe('여름엔 역시 "아이스" 라떼\n4,500원 · 10% 할인.\n시원하게 즐겨요\n주문하기');
    expect(shown.some((piece) => /[{}:]|headline|\\/.test(piece))).toBe(false);
  });

  it('holds back a half-written escape and reads nothing before the first value', () => {
    expect(readableCopySoFar('{"head')).toBe('');
    expect(readableCopySoFar('{"headline":"라떼 \\')).toBe('라떼 ');
    expect(readableCopySoFar('{"headline":"라떼 \\u00')).toBe('라떼 ');
    expect(readableCopySoFar('{"headline":"라떼","subcopy":"시원')).toBe('라떼\n시원');
  });
});
