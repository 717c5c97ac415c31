import { describe, expect, it } from 'vitest';
import { copyUserPrompt, type CopyPromptInput } from './copy-prompts';
import type { Industry } from './industry';
import { platformLimits } from './platform-limits';
import { copyIndustryOf } from './request-reading';
import { writeTemplateCopy } from './template-copywriter';
import { readAs } from '../testing/read-as';

/** Request, the shop's industry, the product it names, and its facts exactly as written. */
const table: [string, Industry, string, string[]][] = [
  // cafe
  ['여름 신메뉴 아이스 바닐라 라떼 인스타 피드 광고 만들어줘. 20대 여성 타겟이야.', 'cafe', '아이스 바닐라 라떼', []],
  ['바닐라빈 라떼 4,500원 출시 기념 10% 할인', 'cafe', '바닐라빈 라떼', ['4,500원', '10% 할인']],
  ['아메리카노 2+1 이벤트 이번주 금요일까지 해요', 'cafe', '아메리카노', ['2+1', '이번주', '금요일까지']],
  ['딸기 라떼 신메뉴 나왔어요 6,500원', 'cafe', '딸기 라떼', ['6,500원']],
  ['콜드브루 1+1 주말에만 진행해요 인스타 스토리용으로', 'cafe', '콜드브루', ['1+1', '주말에만']],
  ['오픈 기념 아메리카노 50잔 한정 무료 증정', 'cafe', '아메리카노', ['50잔 한정', '무료 증정']],
  ['수박 주스 여름 한정 5,500원 카톡 채널에 올릴 거', 'cafe', '수박 주스', ['5,500원']],
  ['흑당 밀크티 홍보 문구 귀엽게 써줘', 'cafe', '흑당 밀크티', []],
  ['자몽 에이드 오후 2시~5시 해피아워 20% 할인', 'cafe', '자몽 에이드', ['오후 2시~5시', '20% 할인']],
  ['겨울 한정 뱅쇼 출시했어요 따뜻한 느낌으로 광고 부탁해요', 'cafe', '뱅쇼', []],
  // bakery
  ['크리스마스 케이크 사전예약 12월 20일까지 받습니다 스토리용으로', 'bakery', '크리스마스 케이크', ['12월 20일까지']],
  ['소금빵 3개 구매시 1개 무료', 'bakery', '소금빵', ['3개', '1개 무료']],
  // A description cut off from its own words by a particle is no part of the product; a whole one stays ("갓 구운 크루아상").
  ['손으로 빚은 머그컵 신상품, 인스타에 올릴 광고 만들어줘', 'smartstore', '머그컵', []],
  ['할머니가 짠 목도리 인스타 광고 만들어줘', 'smartstore', '목도리', []],
  ['새로 들인 원두로 내린 핸드드립 커피 광고 만들어줘', 'cafe', '핸드드립 커피', []],
  ['마카롱 6구 선물세트 18,000원', 'bakery', '마카롱', ['6구', '18,000원']],
  ['매일 오전 11시 갓 구운 크루아상 나와요', 'bakery', '갓 구운 크루아상', ['오전 11시']],
  ['딸기 생크림 케이크 2호 3만원 예약 문의 010-1234-5678', 'bakery', '딸기 생크림 케이크', ['2호', '3만원', '010-1234-5678']],
  ['휘낭시에 선착순 30명 한정 2천원 할인', 'bakery', '휘낭시에', ['선착순 30명 한정', '2천원 할인']],
  ['명절 선물용 쿠키 박스 광고 만들어주세요', 'bakery', '쿠키 박스', []],
  ['식빵 매주 화요일마다 구워요', 'bakery', '식빵', ['매주 화요일마다']],
  // restaurant
  ['점심 특선 김치찌개 정식 9,000원 오전 11시부터', 'restaurant', '점심 특선 김치찌개 정식', ['9,000원', '오전 11시부터']],
  ['치킨 두마리 세트 2만원부터 배달 가능해요', 'restaurant', '치킨 두마리 세트', ['2만원부터']],
  ['평양냉면 여름 신메뉴 홍보해줘', 'restaurant', '평양냉면', []],
  ['삼겹살 2인 세트 주문하면 음료 1병 무료', 'restaurant', '삼겹살', ['2인 세트', '음료 1병 무료']],
  ['수제버거 오픈 이벤트 12/24까지 10% 할인 인스타 광고', 'restaurant', '수제버거', ['12/24까지', '10% 할인']],
  ['돈까스 포장 주문 시 1천원 할인 전화 02-123-4567', 'restaurant', '돈까스', ['1천원 할인', '02-123-4567']],
  ['곱창전골 2인분 3만원 카톡 채널 광고 만들어줘', 'restaurant', '곱창전골', ['2인분', '3만원']],
  // beauty, nail
  ['봄맞이 펌 20% 할인 이벤트 홍보 문구만 써줘', 'salon', '펌', ['20% 할인']],
  ['염색 시술 고객 트리트먼트 무료', 'salon', '염색 시술', ['트리트먼트 무료']],
  ['남성 다운펌 15,000원 평일 오전 10시~12시만', 'salon', '다운펌', ['15,000원', '평일', '오전 10시~12시만']],
  ['젤네일 신규 고객 30% 할인 이번 주말까지', 'salon', '젤네일', ['30% 할인', '이번 주말까지']],
  ['속눈썹 연장 첫 방문 5천원 할인 예약은 010-9876-5432', 'salon', '속눈썹 연장', ['5천원 할인', '010-9876-5432']],
  ['두피 스케일링 고급스럽게 광고 만들어줘', 'salon', '두피 스케일링', []],
  // stay
  ['오션뷰 풀빌라 평일 2박 3일 20만원 특가', 'pension', '오션뷰 풀빌라', ['평일', '2박 3일', '20만원']],
  ['글램핑 바비큐 무료 제공 가족 고객 대상 광고', 'pension', '글램핑', ['바비큐 무료 제공']],
  ['독채 펜션 12월 24일~12월 25일 예약 오픈했어요', 'pension', '독채 펜션', ['12월 24일~12월 25일']],
  ['애견동반 펜션 4인 기준 15만원부터', 'pension', '애견동반 펜션', ['4인', '15만원부터']],
  // smart store: fashion, living, food gift, electronics
  ['네이버 스마트스토어 대표 이미지로 쓸 캔들 사진, 흰 배경에 깔끔하게', 'smartstore', '캔들', []],
  ['여름 린넨 원피스 29,900원 무료 배송', 'smartstore', '린넨 원피스', ['29,900원', '무료 배송']],
  ['남성 니트 1+1 오늘까지만', 'smartstore', '니트', ['1+1', '오늘까지만']],
  ['디퓨저 100ml 2개 세트 12,000원 상세페이지용', 'smartstore', '디퓨저', ['100ml', '2개 세트', '12,000원']],
  ['제주 한라봉 5kg 선물세트 3만 9천원', 'smartstore', '제주 한라봉', ['5kg', '3만 9천원']],
  ['무선 이어폰 최대 40% 할인 12/31까지', 'smartstore', '무선 이어폰', ['최대 40% 할인', '12/31까지']],
  ['유기농 수제 잼 3종 세트 선물용으로 광고해주세요', 'smartstore', '유기농 수제 잼', ['3종 세트']],
  ['러닝화 신상 입고 사이즈 230~280', 'smartstore', '러닝화', []],
  ['핸드크림 30ml 3개 구매시 1개 증정', 'smartstore', '핸드크림', ['30ml', '3개', '1개 증정']],
  // flowers and others
  ['어버이날 카네이션 꽃바구니 5만원 예약 받아요', 'other', '어버이날 카네이션 꽃바구니', ['5만원']],
  ['꽃다발 당일 배송 오후 3시까지 주문', 'other', '꽃다발', ['오후 3시까지']],
  ['필라테스 1:1 체험 수업 무료 상담 받으세요', 'other', '필라테스 1:1 체험 수업', ['무료 상담']],
];

/** Fragments of instructions, endings and particles that a headline or hashtag must never carry. */
const forbidden = ['해줘', '써줘', '만들어', '이야', '받습니다', '받아요', '타겟', '올릴', '부탁', '주세요', '스토리용', '용으로', '문구', '광고', '홍보', '깔끔하게', '배경에', '나왔어요', '해요'];
const forbiddenWords = ['쓸', '으로', '로', '만', '을', '를', '거'];

const copyFor = (text: string, industry: Industry) => {
  const reading = readAs(text, industry);
  return writeTemplateCopy({
    reading,
    category: reading.category,
    industry: copyIndustryOf(reading, industry),
    limits: platformLimits[reading.platform ?? 'instagram-feed'],
    tone: 'friendly',
    shop: { name: '달빛상점', region: '서울 마포구', defaultHashtags: ['달빛상점'] },
    seed: 7,
    recentTemplates: [],
  }).copy;
};

describe('reading what the owner asked for', () => {
  it.each(table)('%s', (text, industry, product, facts) => {
    const reading = readAs(text, industry);
    expect(reading.product).toBe(product);
    expect(reading.facts.map((fact) => fact.text)).toEqual(facts);
  });

  it('reads the examples of issue 13 in full', () => {
    expect(readAs('여름 신메뉴 아이스 바닐라 라떼 인스타 피드 광고 만들어줘. 20대 여성 타겟이야.')).toMatchObject({ product: '아이스 바닐라 라떼', category: 'drink', audience: '20대 여성', platform: 'instagram-feed', facts: [], season: 'summer' });
    expect(readAs('크리스마스 케이크 사전예약 12월 20일까지 받습니다 스토리용으로', 'bakery')).toMatchObject({ product: '크리스마스 케이크', category: 'dessert', platform: 'instagram-story', facts: [{ kind: 'date', text: '12월 20일까지' }] });
    expect(readAs('봄맞이 펌 20% 할인 이벤트 홍보 문구만 써줘', 'salon')).toMatchObject({ product: '펌', category: 'hair', season: 'spring', facts: [{ kind: 'discount', text: '20% 할인' }] });
    expect(readAs('네이버 스마트스토어 대표 이미지로 쓸 캔들 사진, 흰 배경에 깔끔하게', 'smartstore', { hasAttachments: true })).toMatchObject({
      intent: 'generate',
      product: '캔들',
      category: 'living',
      platform: 'naver-smartstore',
      style: { backdrop: 'white', imageStyle: 'minimal', tone: 'calm' },
    });
  });
});

describe('copy from a reading', () => {
  it.each(table)('%s: no leftovers, every fact verbatim, no invented number', (text, industry, _product, facts) => {
    const copy = copyFor(text, industry);
    for (const line of [copy.headline, ...copy.hashtags]) {
      for (const fragment of forbidden) expect(line, `"${fragment}" in "${line}"`).not.toContain(fragment);
      for (const word of line.split(/\s+/)) expect(forbiddenWords, `"${word}" in "${line}"`).not.toContain(word);
    }
    const written = [copy.headline, copy.subcopy, copy.cta].join('\n');
    for (const fact of facts) expect(written).toContain(fact);
    const ownerNumbers = new Set(text.match(/\d+/g) ?? []);
    for (const digits of `${written} ${copy.hashtags.join(' ')}`.match(/\d+/g) ?? []) expect(ownerNumbers, `${digits} in "${written}"`).toContain(digits);
  });

  it('prints the issue\'s leftovers nowhere', () => {
    const all = [
      copyFor('여름 신메뉴 아이스 바닐라 라떼 인스타 피드 광고 만들어줘. 20대 여성 타겟이야.', 'cafe'),
      copyFor('봄맞이 펌 20% 할인 이벤트 홍보 문구만 써줘', 'salon'),
      copyFor('크리스마스 케이크 사전예약 12월 20일까지 받습니다 스토리용으로', 'bakery'),
    ];
    const text = JSON.stringify(all);
    for (const leftover of ['타겟이야', '만 써줘', '써줘', '#으로', '으로"', '받습니다']) expect(text).not.toContain(leftover);
    expect(all.flatMap((copy) => copy.hashtags)).not.toContain('으로');
  });

  it('keeps "4,500원" and "10% 할인" verbatim, never "4 500원"', () => {
    const copy = copyFor('바닐라빈 라떼 4,500원 출시 기념 10% 할인', 'cafe');
    expect(copy.subcopy).toContain('4,500원');
    expect(copy.subcopy).toContain('10% 할인');
    expect(JSON.stringify(copy)).not.toContain('4 500');
  });

  it('writes a product-less headline from the shop, not the raw request, when no product is named', () => {
    const copy = copyFor('이번 주말 20% 할인 이벤트 광고 만들어줘', 'cafe');
    expect(copy.headline).toContain('달빛상점');
    expect(copy.subcopy).toContain('20% 할인');
    expect(copy.headline).not.toContain('만들어');
  });
});

describe('hashtags', () => {
  it('are clean nouns of at most 10 characters, with the shop\'s own tags kept', () => {
    for (const [text, industry] of table) {
      const { hashtags } = copyFor(text, industry);
      expect(hashtags).toContain('달빛상점');
      for (const tag of hashtags) expect([...tag].length, tag).toBeLessThanOrEqual(10);
    }
  });
});

describe('the LLM copy prompt', () => {
  const input = (text: string): CopyPromptInput => ({
    shop: { name: '달빛카페', industry: 'cafe', region: '서울 마포구', description: '', tone: '친근하게', targetCustomers: '' },
    request: text,
    reading: readAs(text),
    platform: 'instagram-feed',
    limits: platformLimits['instagram-feed'],
  });

  it('hands the model the facts verbatim as their own field, and no product line when none was named', () => {
    const withFacts = copyUserPrompt(input('바닐라빈 라떼 4,500원 출시 기념 10% 할인'));
    expect(withFacts).toContain('"product":"바닐라빈 라떼"');
    expect(withFacts).toContain('"facts":["4,500원","10% 할인"]');
    const productless = copyUserPrompt(input('이번 주 인스타 광고 하나 만들어줘'));
    expect(productless).toContain('"product":null');
    expect(productless).not.toMatch(/"product":"/);
  });
});

describe('words around the product', () => {
  it.each([
    ['이번엔 레몬에이드도 하나 만들어줘', '레몬에이드'],
    ['이번 주 인스타 광고 하나 만들어줘', ''],
    ['문구 짧게', ''],
    ['문구를 좀 더 귀엽게 바꿔줘', ''],
  ])('%s → product %j', (text, product) => {
    expect(readAs(text, 'cafe', { hasPrevious: true }).product).toBe(product);
  });

  it.each([
    ['겨울 눈꽃 빙수 출시했어요', 'winter'],
    ['눈썹 펌 예약 받아요', 'spring'],
    ['첫눈 오는 날 따뜻한 유자차', 'winter'],
    ['여름 휴가 전 왁싱 예약', 'summer'],
    ['12월 20일까지 크리스마스 케이크 예약', 'winter'],
    ['11월 한정 밤 라떼', 'autumn'],
  ])('%s reads as %s (a named season wins; 눈썹 is not snow)', (text, season) => {
    expect(readAs(text, 'cafe', { now: new Date('2026-04-10') }).season).toBe(season);
  });
});
