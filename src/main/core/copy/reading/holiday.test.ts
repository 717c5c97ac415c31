import { describe, expect, it } from 'vitest';
import { resultRecordSchema } from '../../../../shared/ipc/generations';
import type { Holiday } from '../../../../shared/reading';
import { readRequest } from '../request-reading';
import { readHoliday } from './holiday';

/** Owner sentences and the holiday a Korean reader hears in them, written before running the reader. */
const sentences: [string, Holiday | null][] = [
  ['크리스마스 케이크 예약 받아요', 'christmas'],
  ['메리 크리스마스! 딸기 생크림 케이크 한정 판매', 'christmas'],
  ['성탄절 리스 원데이 클래스 모집합니다', 'christmas'],
  ['X-mas 한정 뱅쇼 출시', 'christmas'],
  ['xmas 에디션 향초 인스타 광고 만들어줘', 'christmas'],
  ['추석 선물세트 10% 할인', 'chuseok'],
  ['한가위 수제 송편 예약 접수 중', 'chuseok'],
  ['설 선물로 좋은 한과 세트', 'seollal'],
  ['설날 떡국 떡 주문 받아요', 'seollal'],
  ['설맞이 한우 선물세트 특가', 'seollal'],
  ['구정 연휴 휴무 안내', 'seollal'],
  ['새해 선물로 딱 좋은 전통주 세트', 'seollal'],
  ['설 명절 과일 바구니 예약', 'seollal'],
  ['설에도 정상 영업합니다', 'seollal'],
  ['설탕 없는 수제 잼', null],
  ['설명서 포함 무선 이어폰', null],
  ['설치비 무료 에어컨 렌탈 이벤트', null],
  ['설렘 가득 봄 신상 원피스', null],
  ['설빙 스타일 인절미 빙수 출시', null],
  // 새해 alone is the first of January: a new menu then is no Seollal, and a hanbok-and-lanterns scene would misread it.
  ['새해 첫 신메뉴 딸기 라떼', null],
  ['겨울 한정 붕어빵 라떼', null],
  ['구정물 없는 정수 필터', null],
];

describe('the holiday the owner names', () => {
  it.each(sentences)('%s → %s', (text, holiday) => {
    expect(readHoliday(text)).toBe(holiday);
  });

  it('takes the first holiday named when a sentence names two', () => {
    expect(readHoliday('추석부터 크리스마스까지 쓰는 선물 포장')).toBe('chuseok');
  });

  it('is part of the built-in reading, beside the season it falls in', () => {
    const reading = readRequest('크리스마스 케이크 예약 받아요', { now: new Date('2026-06-01'), shop: { industry: 'bakery', name: '소담베이커리' }, hasPrevious: false, hasAttachments: false });
    expect(reading).toMatchObject({ holiday: 'christmas', season: 'winter' });
  });

  it('is none in a result saved before holidays were read', () => {
    const saved = readRequest('여름 신메뉴 아이스 라떼', { now: new Date('2026-06-01'), shop: { industry: 'cafe', name: '달빛커피' }, hasPrevious: false, hasAttachments: false });
    const { holiday: _unread, ...older } = saved;
    const record = resultRecordSchema.parse({ headline: '아이스 라떼', reading: older });
    expect(record.reading?.holiday).toBeNull();
    expect(record.reading?.product).toBe('아이스 라떼');
  });
});
