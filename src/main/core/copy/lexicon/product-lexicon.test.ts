import { describe, expect, it } from 'vitest';
import { productCategories, type ProductCategory } from '../../../../shared/reading';
import lexiconJson from './product-lexicon.json';
import { categoryOfPhrase, isLexiconNoun, lexiconCategory, lexiconSize } from './product-lexicon';

const categories: Record<string, string[]> = lexiconJson.categories;
const allWords = Object.values(categories).flat();

describe('product lexicon file', () => {
  it('has every category with at least 50 words and 1,500 unique words in all', () => {
    expect(Object.keys(categories).sort()).toEqual([...productCategories].sort());
    for (const category of productCategories) {
      expect(categories[category]?.length ?? 0, category).toBeGreaterThanOrEqual(50);
    }
    expect(new Set(allWords).size).toBe(allWords.length);
    expect(lexiconSize()).toBe(allWords.length);
    expect(lexiconSize()).toBeGreaterThanOrEqual(1500);
  });

  it('writes every word without spaces, in Hangul, Latin letters or digits only (so no Hanja)', () => {
    const offending = allWords.filter((word) => !/^[가-힣A-Za-z0-9]+$/u.test(word));
    expect(offending).toEqual([]);
  });

  it('keeps one-syllable words to the few that cannot be read as anything else', () => {
    const oneSyllable = allWords.filter((word) => word.length === 1).sort();
    expect(oneSyllable).toEqual(['귤', '김', '꽃', '꿀', '떡', '빵', '쌀', '옷', '잼', '컷', '펌'].sort());
  });

  it('leaves out occasion and instruction words', () => {
    for (const word of ['광고', '신메뉴', '할인', '이벤트', '세트', '선물', '차', '티']) {
      expect(isLexiconNoun(word), word).toBe(false);
    }
  });
});

describe('lexiconCategory', () => {
  it('looks a word up exactly, ignoring spaces and Latin case', () => {
    expect(lexiconCategory('무선 이어폰')).toBe('electronics');
    expect(lexiconCategory('pt')).toBe('class');
    expect(lexiconCategory('라떼')).toBe('drink');
    expect(lexiconCategory('아이스 바닐라 라떼')).toBe('drink');
    expect(lexiconCategory('수제딸기케이크')).toBeUndefined();
  });
});

describe('categoryOfPhrase', () => {
  const table: [string, ProductCategory, string][] = [
    ['여름 아이스 바닐라 라떼', 'drink', '아이스바닐라라떼'],
    ['아이스바닐라라떼', 'drink', '아이스바닐라라떼'],
    ['바닐라 라떼', 'drink', '바닐라라떼'],
    ['아이스 아메리카노', 'drink', '아이스아메리카노'],
    ['딸기 라떼', 'drink', '딸기라떼'],
    ['한라봉 라떼', 'drink', '라떼'],
    ['뱅쇼', 'drink', '뱅쇼'],
    ['제주 청귤 에이드', 'drink', '에이드'],
    ['수제 막걸리', 'drink', '막걸리'],
    ['수제딸기케이크', 'dessert', '딸기케이크'],
    ['딸기 케이크', 'dessert', '딸기케이크'],
    ['크리스마스 케이크', 'dessert', '크리스마스케이크'],
    ['빙수', 'dessert', '빙수'],
    ['애플망고 빙수', 'dessert', '망고빙수'],
    ['흑임자 마카롱', 'dessert', '마카롱'],
    ['소금빵', 'bread', '소금빵'],
    ['버터 크루아상', 'bread', '크루아상'],
    ['쑥 인절미 식빵', 'bread', '식빵'],
    ['김치찌개 정식', 'meal', '김치찌개정식'],
    ['치킨', 'meal', '치킨'],
    ['마늘 간장 치킨', 'meal', '간장치킨'],
    ['오징어 튀김', 'meal', '튀김'],
    ['다운펌', 'hair', '다운펌'],
    ['남자 다운펌', 'hair', '다운펌'],
    ['두피 스케일링', 'hair', '두피스케일링'],
    ['애쉬브라운 염색', 'hair', '염색'],
    ['젤네일', 'nail', '젤네일'],
    ['여름 자석젤 네일', 'nail', '젤네일'],
    ['속눈썹 연장', 'skin', '속눈썹연장'],
    ['속눈썹 펌', 'skin', '속눈썹펌'],
    ['브라질리언 왁싱', 'skin', '브라질리언왁싱'],
    ['비건 선크림', 'cosmetics', '선크림'],
    ['운동화', 'fashion', '운동화'],
    ['러닝화', 'fashion', '러닝화'],
    ['린넨 원피스', 'fashion', '린넨원피스'],
    ['14k 진주 목걸이', 'fashion', '진주목걸이'],
    ['캔들', 'living', '캔들'],
    ['라벤더 소이캔들', 'living', '소이캔들'],
    ['꽃다발', 'flowers', '꽃다발'],
    ['개업 축하 화분', 'flowers', '축하화분'],
    ['제주 한라봉', 'food-gift', '한라봉'],
    ['한우 선물세트', 'food-gift', '한우선물세트'],
    ['명절 한우 선물세트', 'food-gift', '한우선물세트'],
    ['한라봉 3kg', 'food-gift', '한라봉'],
    ['딸기', 'food-gift', '딸기'],
    ['무선 이어폰', 'electronics', '무선이어폰'],
    ['20000mAh 보조배터리', 'electronics', '보조배터리'],
    ['오션뷰풀빌라', 'stay', '오션뷰풀빌라'],
    ['가평 키즈 풀빌라', 'stay', '키즈풀빌라'],
    ['감성 글램핑', 'stay', '글램핑'],
    ['아이들선물용오리인형', 'toys', '오리인형'],
    ['오리 인형', 'toys', '오리인형'],
    ['공룡 장난감', 'toys', '공룡장난감'],
    ['강아지 간식', 'pet', '강아지간식'],
    ['고양이 장난감', 'pet', '고양이장난감'],
    ['강아지 장난감', 'pet', '강아지장난감'],
    ['필라테스', 'class', '필라테스'],
    ['기구 필라테스', 'class', '기구필라테스'],
    ['원데이 클래스', 'class', '원데이클래스'],
    ['꽃꽂이 수업', 'class', '꽃꽂이수업'],
    ['1:1 PT', 'class', 'PT'],
  ];

  it.each(table)('reads "%s" as %s (head %s)', (phrase, category, head) => {
    expect(categoryOfPhrase(phrase)).toEqual({ category, head });
  });

  it('says nothing for a phrase with no product in it', () => {
    expect(categoryOfPhrase('이번 주말 오픈 기념')).toBeUndefined();
    expect(categoryOfPhrase('')).toBeUndefined();
  });
});
