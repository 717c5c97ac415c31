import { describe, expect, it } from 'vitest';
import { postingPackSchema, postLimits } from '../../../shared/posting';
import { seededRandom } from '../random/seeded-random';
import { ctaFor } from './channel-writers';
import { eucKrBytes, fitBytes, smsSafe } from './euc-kr';
import type { PostSource } from './post-source';
import { cafe } from '../testing/post-source';
import { writePostingPack } from './posting-pack';

const chars = (text: string): number => [...text].length;

describe('posting pack: what the owner reads', () => {
  const pack = writePostingPack(cafe);

  it('writes an SMS an owner can send as is: (광고), the shop and its number, the message, the free opt-out', () => {
    expect(pack.sms.text).toBe('(광고)달빛카페 02-123-4567\n아이스 라떼 30% 할인 · 4,500원\n무료거부 080-123-4567');
    expect(pack.sms.bytes).toBe(eucKrBytes(pack.sms.text));
    expect(pack.sms.bytes).toBeLessThanOrEqual(90);
  });

  it('writes an LMS with a subject, the facts as written, the shop card and the opt-out line last', () => {
    // "(광고)" opens the subject as well; the shop's name would not leave room for the headline.
    expect(pack.lms.subject).toBe('(광고)다시 찾게 되는 아이스 라떼');
    expect(writePostingPack({ ...cafe, headline: '오늘의 아이스 라떼' }).lms.subject).toBe('(광고)[달빛카페] 오늘의 아이스 라떼');
    expect(pack.lms.body.split('\n')[0]).toBe('(광고)달빛카페');
    expect(pack.lms.body).toContain('■ 혜택: 30% 할인 · 4,500원');
    // EUC-KR has no en dash: the hours are written with a hyphen.
    expect(pack.lms.body).toContain('■ 영업시간: 매일 10:00-21:00');
    expect(pack.lms.body.split('\n').at(-1)).toBe('무료수신거부 080-123-4567');
    // "DM으로 문의" means nothing in a text message.
    expect(pack.lms.body).not.toContain('DM');
  });

  it('does not say the offer twice when the sub-copy opens with it', () => {
    const opened = writePostingPack({ ...cafe, subcopy: '30% 할인 · 4,500원. 혼자여도, 함께여도 잘 어울리는 한 잔이에요.' });
    for (const text of [opened.youtube.description, opened.instagram.caption, opened['naver-blog'].text, opened.kakao.body, opened['naver-place'].body, opened.lms.body]) {
      expect(text.split('30% 할인').length - 1, text).toBe(1);
      expect(text).toContain('혼자여도, 함께여도 잘 어울리는 한 잔이에요.');
    }
    // A sentence that says more than the offer is the owner's copy and stays whole.
    const said = writePostingPack({ ...cafe, subcopy: '30% 할인된 4,500원에 시원하게 즐겨 보세요.' });
    expect(said.instagram.caption).toContain('30% 할인된 4,500원에 시원하게 즐겨 보세요.');
  });

  it('titles the Short with the headline and the shop, and describes it with the offer, the shop card and hashtags', () => {
    expect(pack.youtube.title).toBe('다시 찾게 되는 아이스 라떼 | 달빛카페 #Shorts');
    expect(pack.youtube.description).toContain('🎁 30% 할인 · 4,500원');
    expect(pack.youtube.description).toContain('📍 달빛카페 · 서울 마포구 연남동');
    expect(pack.youtube.description).toContain('#Shorts #아이스라떼 #연남동카페 #달빛카페');
    expect(pack.youtube.tags.slice(0, 3)).toEqual(['달빛카페', '아이스 라떼', '연남']);
  });

  it('keeps the Instagram call to action and words the others for their own channel', () => {
    expect(pack.instagram.caption.split('\n').slice(0, 3)).toEqual(['다시 찾게 되는 아이스 라떼', '한여름 오후, 시원한 라떼 한 잔으로 쉬어 가세요.', '🎁 30% 할인 · 4,500원']);
    expect(pack.instagram.caption).toContain('👉 DM으로 문의');
    expect(pack.kakao.button).toBe('채팅으로 문의');
    expect(ctaFor('kakao', { ...cafe, cta: '지금 예약하기' })).toBe('지금 예약하기');
    // A call to action that asks for a call needs a number to call.
    expect(ctaFor('lms', { ...cafe, shop: { ...cafe.shop, phone: '' } })).toBe('매장에서 만나요');
    expect(ctaFor('lms', cafe)).toBe('전화로 문의해 주세요');
    expect(pack['naver-blog'].title).toBe('[연남동] 달빛카페 다시 찾게 되는 아이스 라떼');
    expect(pack.kakao.text).toBe('다시 찾게 되는 아이스 라떼\n\n한여름 오후, 시원한 라떼 한 잔으로 쉬어 가세요.\n\n혜택: 30% 할인 · 4,500원\n영업시간: 매일 10:00–21:00\n문의: 02-123-4567\n\n[채팅으로 문의]');
    expect(pack['naver-blog'].sections.map((section) => section.heading)).toEqual(['다시 찾게 되는 아이스 라떼', '이번 혜택', '매장 안내', '태그']);
    expect(pack['naver-blog'].sections[0]?.body.split('\n')[0]).toBe('안녕하세요, 서울 마포구 연남동 달빛카페입니다.');
  });

  it('warns when the shop has no 080 number and leaves a visible place for it instead of inventing one', () => {
    const missing = writePostingPack({ ...cafe, shop: { ...cafe.shop, optOutNumber: '' } });
    expect(missing.warnings).toEqual(['opt-out-number-missing']);
    expect(missing.sms.text.split('\n').at(-1)).toBe('무료거부 [080 번호]');
    expect(pack.warnings).toEqual([]);
  });
});

/** A random but plausible request: long and short copy, emoji, many tags, several facts, odd shop details. */
function generatedSource(seed: number): PostSource {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const words = ['봄', '신메뉴', '딸기', '라떼', '수제', '케이크', '오늘만', '특가', '한정', '🍓', '✨', 'NEW', '예약', '주말', '할인', '선물', '포장', '가능', '꽃다발', '커트', '펌', '네일', '숙소', '바다뷰'];
  const sentence = (n: number): string => Array.from({ length: n }, () => pick(words)).join(' ');
  const tags = Array.from({ length: Math.floor(random() * 60) }, (_, i) => `${pick(words).replace(/[^\p{L}\p{N}]/gu, '') || '태그'}${i}${'가'.repeat(Math.floor(random() * 25))}`);
  return {
    shop: {
      name: pick(['달빛카페', '꽃집 하루', 'Bakery ONE', '헤어살롱 봄날의 오후 그리고 우리의 이야기', '제주 바다뷰 펜션 🌊']),
      region: pick(['', '서울 마포구', '제주시 애월읍', '부산광역시 해운대구 우동']),
      address: pick(['', '서울 마포구 동교로 123, 2층', '제주특별자치도 제주시 애월읍 애월해안로 1000-12']),
      phone: pick(['', '02-123-4567', '010-9876-5432', '064-799-0000']),
      hours: pick(['', '매일 10:00–21:00', '화–일 11:00~20:00 (월 휴무)', '연중무휴 24시간']),
      optOutNumber: pick(['', '080-123-4567', '0801234567']),
    },
    product: pick(['', '딸기 라떼', '웨딩 부케', '오션뷰 객실']),
    headline: sentence(1 + Math.floor(random() * 14)),
    subcopy: sentence(Math.floor(random() * (random() < 0.2 ? 900 : 40))),
    cta: pick(['', 'DM으로 문의', '지금 예약하기', '프로필 링크에서 주문하세요', '전화 주세요']),
    hashtags: [...new Set(tags)],
    facts: Array.from({ length: Math.floor(random() * 5) }, () => pick(['30% 할인', '4,500원', '5월 31일까지', '오후 3시~5시', '1+1', '선착순 20명', '무료 포장'])).filter((fact, i, all) => all.indexOf(fact) === i),
  };
}

describe('posting pack: every channel within its limits', () => {
  it('over 200 generated requests, each text fits its channel, starts and ends as the law asks, and keeps the facts', () => {
    for (let seed = 1; seed <= 220; seed += 1) {
      const source = generatedSource(seed);
      const pack = postingPackSchema.parse(writePostingPack(source));
      const at = `case ${seed}`;
      expect(chars(pack.youtube.title), at).toBeLessThanOrEqual(postLimits.youtube.title);
      expect(chars(pack.youtube.description), at).toBeLessThanOrEqual(postLimits.youtube.description);
      expect(pack.youtube.tags.reduce((total, tag, i) => total + chars(tag) + (tag.includes(' ') ? 2 : 0) + (i > 0 ? 1 : 0), 0), at).toBeLessThanOrEqual(postLimits.youtube.tagsTotal);
      expect(pack.youtube.title + pack.youtube.description, at).not.toMatch(/[<>]/);
      expect(chars(pack.instagram.caption), at).toBeLessThanOrEqual(postLimits.instagram.caption);
      expect(pack.instagram.caption.match(/#[^\s#]+/g)?.length ?? 0, at).toBeLessThanOrEqual(postLimits.instagram.hashtags);
      expect(chars(pack['naver-blog'].title), at).toBeLessThanOrEqual(postLimits['naver-blog'].title);
      expect(chars(pack['naver-blog'].text), at).toBeLessThanOrEqual(postLimits['naver-blog'].body);
      expect(chars(pack.kakao.title), at).toBeLessThanOrEqual(postLimits.kakao.title);
      expect(chars(pack.kakao.body), at).toBeLessThanOrEqual(postLimits.kakao.body);
      expect(chars(pack.kakao.button), at).toBeLessThanOrEqual(postLimits.kakao.button);
      expect(pack.kakao.button.length, at).toBeGreaterThan(0);
      expect(chars(pack['naver-place'].title), at).toBeLessThanOrEqual(postLimits['naver-place'].title);
      expect(chars(pack['naver-place'].body), at).toBeLessThanOrEqual(postLimits['naver-place'].body);
      // Text messages: counted in EUC-KR, nothing a phone cannot show, "(광고)" first and the free opt-out last.
      for (const [text, limit, optOut] of [[pack.sms.text, postLimits.sms.bytes, '무료거부'], [pack.lms.body, postLimits.lms.bytes, '무료수신거부']] as const) {
        expect(eucKrBytes(text), at).toBeLessThanOrEqual(limit);
        expect(smsSafe(text), at).toBe(text);
        expect(text.startsWith(`(광고)${smsSafe(source.shop.name)}`), at).toBe(true);
        expect(text.split('\n').at(-1), at).toBe(`${optOut} ${source.shop.optOutNumber || '[080 번호]'}`);
      }
      expect(pack.sms.bytes, at).toBe(eucKrBytes(pack.sms.text));
      expect(pack.lms.bytes, at).toBe(eucKrBytes(pack.lms.body));
      expect(eucKrBytes(pack.lms.subject), at).toBeLessThanOrEqual(postLimits.lms.subjectBytes);
      expect(pack.lms.subject.startsWith('(광고)'), at).toBe(true);
      if (source.shop.phone) expect(pack.sms.text.split('\n')[0], at).toContain(source.shop.phone);
      // The owner's facts, verbatim, wherever an offer is stated.
      for (const fact of source.facts) {
        for (const text of [pack.youtube.description, pack.instagram.caption, pack.kakao.body, pack['naver-place'].body, pack.lms.body, pack['naver-blog'].text]) expect(text, `${at}: ${fact}`).toContain(fact);
      }
    }
  });

  it('counts bytes as carriers do and cuts between words', () => {
    expect(eucKrBytes('(광고)')).toBe(6);
    expect(eucKrBytes('4,500원')).toBe(7);
    expect(fitBytes('다시 찾게 되는 아이스 라떼', 20)).toBe('다시 찾게 되는');
    expect(smsSafe('매일 10:00–21:00 🍓 ₩4,500')).toBe('매일 10:00-21:00 원4,500');
  });
});
