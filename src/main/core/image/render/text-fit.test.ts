import { describe, expect, it } from 'vitest';
import { loadFace, measure } from './fonts';
import { fitText, unbreakableWords, wrapKeepAll } from './text-fit';

const face = loadFace('Pretendard', 800);

describe('keep-all wrapping of offer facts', () => {
  it('treats a written fact as one unit', () => {
    expect(unbreakableWords('케이크 사전예약 12월 20일까지 오후 3시~5시 픽업 10% 할인')).toEqual(['케이크', '사전예약', '12월 20일까지', '오후 3시~5시', '픽업', '10% 할인']);
  });

  it('never ends a line between "12월" and "20일까지"', () => {
    const text = '크리스마스 케이크 사전예약 12월 20일까지';
    // Wide enough for everything up to "12월" and no further: plain keep-all breaks inside the date here.
    const width = measure(face, '크리스마스 케이크 사전예약 12월', 40) + 1;
    expect(wrapKeepAll(face, text, 40, width)).toEqual(['크리스마스 케이크 사전예약', '12월 20일까지']);
  });

  it('shrinks the type rather than split a price across lines', () => {
    const width = measure(face, '8,000', 80);
    const fitted = fitText(face, '아메리카노 8,000원', { width, height: 400 }, { maxSize: 80, minSize: 20, maxLines: 4, leading: 1.2 });
    expect(fitted.lines).toContain('8,000원');
    expect(fitted.size).toBeLessThan(80);
  });
});
