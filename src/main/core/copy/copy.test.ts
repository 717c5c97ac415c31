import { describe, expect, it } from 'vitest';
import { platforms } from '../../../shared/ipc/copy';
import { classifyIntent, editAspectsOf } from './intent';
import { containsHanja, josa } from './korean';
import { platformLimits } from './platform-limits';
import { copyIndustryOf } from './request-reading';
import { writeTemplateCopy, type CopyBrief } from './template-copywriter';
import { readAs } from '../testing/read-as';

const shop = { name: '달빛카페', region: '서울 마포구', defaultHashtags: ['달빛카페'] };
const brief = (text: string, overrides: Partial<CopyBrief> = {}): CopyBrief => {
  const reading = readAs(text);
  return {
    reading,
    category: reading.category,
    industry: copyIndustryOf(reading, 'cafe'),
    limits: platformLimits[reading.platform ?? 'instagram-feed'],
    tone: 'friendly',
    shop,
    seed: 42,
    recentTemplates: [],
    ...overrides,
  };
};

describe('reading a request', () => {
  it('separates product, occasion, platform and audience', () => {
    expect(readAs('여름 신메뉴 아이스 라떼, 인스타에 올릴 광고 만들어줘')).toMatchObject({ product: '아이스 라떼', concept: '신메뉴', platform: 'instagram-feed', season: 'summer', category: 'drink' });
    expect(readAs('20대 여성 대상 딸기 스무디 광고 만들어줘')).toMatchObject({ product: '딸기 스무디', audience: '20대 여성' });
    expect(readAs('콜드브루 할인 이벤트 카톡 채널용')).toMatchObject({ product: '콜드브루', concept: '할인', platform: 'kakao-channel', occasions: ['sale', 'event'] });
    expect(readAs('수제 딸기 케이크 예약 홍보 문구')).toMatchObject({ product: '수제 딸기 케이크', concept: '예약', category: 'dessert' });
  });

  it("reads the product's category, not the shop's: a cafe's sneaker is fashion", () => {
    expect(copyIndustryOf(readAs('수제 딸기 케이크 광고'), 'cafe')).toBe('bakery');
    expect(copyIndustryOf(readAs('운동화 신상 광고'), 'cafe')).toBe('fashion');
    expect(copyIndustryOf(readAs('이번 주말 이벤트 홍보해줘', 'salon'), 'salon')).toBe('beauty');
  });
});

describe('Korean particles and script', () => {
  it('picks the particle by the final consonant', () => {
    expect([josa('라떼', '을/를'), josa('케이크', '이/가'), josa('빵', '은/는'), josa('빵', '으로/로'), josa('우유', '으로/로'), josa('딸기 스무디', '과/와')]).toEqual([
      '라떼를',
      '케이크가',
      '빵은',
      '빵으로',
      '우유로',
      '딸기 스무디와',
    ]);
    expect(josa('케이크 한 개', '으로/로')).toBe('케이크 한 개로');
    expect(josa('서울', '으로/로')).toBe('서울로');
  });

  it('spots Hanja and Chinese in otherwise Korean text', () => {
    expect(containsHanja('여름 한정 漢字 라떼')).toBe(true);
    expect(containsHanja('여름 한정 아이스 라떼 #카페')).toBe(false);
  });
});

describe('template copywriter', () => {
  it('writes five cafe products five different headlines, each within the platform limits', () => {
    const products = ['아이스 라떼', '바닐라빈 라떼', '흑당 밀크티', '콜드브루', '딸기 스무디'];
    const recent: string[] = [];
    const headlines = products.map((product, i) => {
      const written = writeTemplateCopy(brief(`${product} 광고 만들어줘`, { seed: 100 + i, recentTemplates: [...recent] }));
      recent.push(written.templateId);
      return { written, product };
    });
    const patterns = headlines.map(({ written, product }) => written.copy.headline.replace(product, '□'));
    expect(new Set(patterns).size).toBe(5);
    for (const { written, product } of headlines) {
      expect(written.copy.headline).toContain(product.split(' ').at(-1));
      expect([...written.copy.headline].length).toBeLessThanOrEqual(platformLimits['instagram-feed'].headline);
      expect(written.copy.hashtags.length).toBeGreaterThan(3);
      expect(containsHanja(JSON.stringify(written.copy))).toBe(false);
    }
  });

  it('respects every platform limit', () => {
    for (const platform of platforms) {
      const limits = platformLimits[platform];
      const { copy } = writeTemplateCopy(brief('제주 유기농 한라봉 수제 청 선물세트 할인 행사 광고', { limits, industry: 'retail' }));
      expect([...copy.headline].length).toBeLessThanOrEqual(limits.headline);
      expect([...copy.subcopy].length).toBeLessThanOrEqual(limits.subcopy);
      expect([...copy.cta].length).toBeLessThanOrEqual(limits.cta);
      expect(copy.hashtags.length).toBeLessThanOrEqual(limits.hashtags);
      expect(copy.hashtags.every((tag) => [...tag].length <= limits.hashtagLength && !tag.startsWith('#'))).toBe(true);
    }
  });

  it('tags product, region and season, and writes the same copy for the same seed', () => {
    const a = writeTemplateCopy(brief('여름 신메뉴 아이스 라떼 광고'));
    expect(a.copy.hashtags.slice(0, 5)).toEqual(['아이스라떼', '달빛카페', '라떼', '마포카페', '여름신메뉴']);
    expect(writeTemplateCopy(brief('여름 신메뉴 아이스 라떼 광고'))).toEqual(a);
    expect(a.copy.imagePromptEn).toMatch(/^latte /);
  });

  it('writes shorter copy for "더 짧게"', () => {
    const long = writeTemplateCopy(brief('바닐라빈 라떼 광고'));
    const short = writeTemplateCopy(brief('바닐라빈 라떼 광고', { edit: { shorter: true, longer: false, rewrite: false } }));
    expect([...short.copy.headline].length).toBeLessThanOrEqual(14);
    expect(short.copy.subcopy.length).toBeLessThan(long.copy.subcopy.length);
  });
});

describe('intent', () => {
  it('tells generate, edit and consult apart', () => {
    expect(classifyIntent('여름 신메뉴 아이스 라떼, 인스타에 올릴 광고 만들어줘', { hasPrevious: false })).toBe('generate');
    expect(classifyIntent('문구 더 짧게', { hasPrevious: true })).toBe('edit');
    expect(classifyIntent('배경 좀 더 따뜻하게', { hasPrevious: true })).toBe('edit');
    expect(classifyIntent('글씨 크게 해줘', { hasPrevious: true })).toBe('edit');
    expect(classifyIntent('색 바꿔줘', { hasPrevious: true })).toBe('edit');
    expect(classifyIntent('문구 더 짧게', { hasPrevious: false })).toBe('consult');
    expect(classifyIntent('어떤 문구가 좋을까?', { hasPrevious: true })).toBe('consult');
    expect(classifyIntent('해시태그는 몇 개가 좋아요?', { hasPrevious: false })).toBe('consult');
    expect(classifyIntent('어떤 느낌으로 광고 만들어줘?', { hasPrevious: false })).toBe('generate');
    expect(editAspectsOf('배경 바꾸고 글씨 크게')).toEqual(['background', 'bigger-text']);
  });
});
