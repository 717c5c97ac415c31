import { describe, expect, it } from 'vitest';
import { findOfferFacts, type OfferFactKind } from './offer-facts';

const read = (text: string): [OfferFactKind, string][] => findOfferFacts(text).map((fact) => [fact.kind, fact.text]);

describe('offer facts', () => {
  it('keeps prices exactly as written, commas and all', () => {
    expect(read('아메리카노 8,000원 세트 3만원 코스 2만원부터 선물 1만 5천원')).toEqual([
      ['price', '8,000원'],
      ['price', '3만원'],
      ['price', '2만원부터'],
      ['price', '1만 5천원'],
    ]);
  });

  it('reads discounts, bundles and free items as one unit each', () => {
    expect(read('전 메뉴 20% 모든 빵 10% 할인 2천원 할인 1+1 2+1 음료 1잔 무료 무료 배송')).toEqual([
      ['discount', '20%'],
      ['discount', '10% 할인'],
      ['discount', '2천원 할인'],
      ['bundle', '1+1'],
      ['bundle', '2+1'],
      ['free', '음료 1잔 무료'],
      ['free', '무료 배송'],
    ]);
  });

  it('reads dates, weekdays and times', () => {
    expect(read('12월 20일까지 12/24 이번주 주말 금요일 오전 11시 오후 3시~5시')).toEqual([
      ['date', '12월 20일까지'],
      ['date', '12/24'],
      ['date', '이번주'],
      ['date', '주말'],
      ['date', '금요일'],
      ['time', '오전 11시'],
      ['time', '오후 3시~5시'],
    ]);
  });

  it('reads quantities and phone numbers', () => {
    expect(read('50개 한정 마카롱 6구 향수 30ml 2인 세트 문의 010-1234-5678 02-123-4567')).toEqual([
      ['quantity', '50개 한정'],
      ['quantity', '6구'],
      ['quantity', '30ml'],
      ['quantity', '2인 세트'],
      ['phone', '010-1234-5678'],
      ['phone', '02-123-4567'],
    ]);
  });

  it('finds no fact in an audience, a duration or a verb before 무료', () => {
    expect(read('20대 여성 타겟 3시간 코스')).toEqual([]);
    expect(read('케이크 사면 1잔 무료')).toEqual([['free', '1잔 무료']]);
  });

  it('returns each fact at the index where the owner wrote it', () => {
    const text = '바닐라빈 라떼 4,500원 출시 기념 10% 할인';
    for (const fact of findOfferFacts(text)) expect(text.slice(fact.index, fact.index + fact.text.length)).toBe(fact.text);
  });
});
