import type { CopyIndustry } from '../../../shared/ipc/copy';

// Korean ad lines for the built-in copywriter. Placeholders: {product}, {product:을/를} (the
// particle that fits the word), {season}, {shop}, {region}, {concept}. Lines with {concept} or
// {region} are only used when the request or the shop gives one.

export type Tone = 'friendly' | 'premium' | 'playful' | 'calm';

export const headlines: Record<CopyIndustry, string[]> = {
  cafe: [
    '{season}엔 역시 {product}',
    '오늘의 한 잔, {product}',
    '{product}, 한 모금에 반하다',
    '지금 가장 맛있는 {product}',
    '{region} 카페에서 만나는 {product}',
    '{concept} {product} 등장',
    '잠깐 쉬어가요, {product}',
    '{product:이/가} 생각나는 날',
    '한 잔의 여유, {product}',
    '{shop}의 {product}',
  ],
  bakery: [
    '갓 구운 {product}',
    '오늘 아침 구운 {product}',
    '{product}, 한 입에 행복',
    '{season}을 닮은 {product}',
    '{concept} {product} 준비했어요',
    '{product:은/는} 오늘도 완판 예감',
    '손으로 빚은 {product}',
    '달콤한 선물, {product}',
    '{region} 빵지순례 {product}',
    '{shop}이 굽는 {product}',
  ],
  restaurant: [
    '오늘 점심은 {product}',
    '{product}, 든든하게 한 상',
    '한 번 먹으면 또 생각나는 {product}',
    '{season} 입맛 살리는 {product}',
    '{concept} {product} 시작',
    '정성으로 끓인 {product}',
    '{region} 맛집의 {product}',
    '{product:으로/로} 채우는 하루',
    '줄 서서 먹는 {product}',
    '{shop}의 자신작, {product}',
  ],
  beauty: [
    '{season}, {product:으로/로} 새롭게',
    '나에게 맞춘 {product}',
    '{product}, 기분까지 가볍게',
    '{concept} {product} 예약 오픈',
    '손질이 쉬워지는 {product}',
    '{region}에서 찾던 {product}',
    '오늘은 나를 위한 {product}',
    '{product:으로/로} 완성하는 분위기',
    '거울 볼 때마다 웃게 되는 {product}',
    '{shop}의 {product}',
  ],
  fashion: [
    '{season} 데일리룩, {product}',
    '매일 손이 가는 {product}',
    '{product}, 입는 순간 완성',
    '{concept} {product} 입고',
    '핏이 다른 {product}',
    '가볍게 걸치는 {product}',
    '{product:으로/로} 바꾸는 오늘의 기분',
    '지금 입기 좋은 {product}',
    '오래 입을 {product}',
    '{shop}이 고른 {product}',
  ],
  stay: [
    '{season}에 머무는 {product}',
    '쉼이 필요할 때, {product}',
    '{product}에서 보내는 하룻밤',
    '{concept} {product} 예약',
    '창밖이 선물인 {product}',
    '{region}의 조용한 {product}',
    '아무것도 안 해도 좋은 {product}',
    '가족과 함께, {product}',
    '별 보러 가는 {product}',
    '{shop}에서 쉬어가세요',
  ],
  retail: [
    '지금 가장 인기 있는 {product}',
    '{product}, 써보면 압니다',
    '{concept} {product} 특가',
    '매일 쓰는 {product}',
    '{season} 필수템 {product}',
    '선물하기 좋은 {product}',
    '꼼꼼하게 고른 {product}',
    '{product}, 후기가 증명해요',
    '한 번 쓰면 계속 찾는 {product}',
    '{shop} 추천 {product}',
  ],
  other: [
    '{product}, 지금 만나보세요',
    '{season}에 딱 맞는 {product}',
    '{concept} {product}',
    '새롭게 준비한 {product}',
    '{region}에서 만나는 {product}',
    '믿고 찾는 {product}',
    '{product:으로/로} 채우는 하루',
    '오늘의 추천, {product}',
    '정성을 담은 {product}',
    '{shop}의 {product}',
  ],
};

/** For a request that names no product: the shop speaks, never the request's raw words. */
export const productlessHeadlines = ['{shop}에서 만나요', '{season}의 {shop}', '{shop}의 새 소식', '{region} {shop} 소식', '오늘은 {shop}에서'];

/** Sub-copy: industry lines, each closed by a tone's ending. */
export const subcopies: Record<CopyIndustry, string[]> = {
  cafe: ['직접 내린 에스프레소에 {season} 향을 더했어요', '달지 않고 깔끔한 맛으로 준비했어요', '창가 자리에서 천천히 즐겨보세요', '테이크아웃도 빠르게 준비해 드려요'],
  bakery: ['매일 아침 그날 쓸 반죽만 만들어요', '좋은 버터와 밀가루만 고집해요', '따뜻할 때 가장 맛있어요', '선물 포장도 예쁘게 해드려요'],
  restaurant: ['신선한 재료로 매일 아침 준비해요', '푸짐한 양에 가격은 착하게', '혼밥도 단체도 편하게 오세요', '포장과 배달도 가능해요'],
  beauty: ['상담부터 마무리까지 한 분 한 분 맞춰 진행해요', '두피와 모발 상태에 맞춰 시술해요', '손상은 줄이고 오래가게', '편안한 공간에서 쉬어가듯 받으세요'],
  fashion: ['부드러운 소재로 하루 종일 편하게', '어떤 옷에도 잘 어울려요', '사이즈 걱정 없이 골라보세요', '한정 수량으로 준비했어요'],
  stay: ['객실마다 다른 풍경을 담았어요', '바비큐와 개별 테라스를 준비했어요', '조용히 쉬고 싶은 분께 추천해요', '체크인부터 체크아웃까지 편안하게'],
  retail: ['오늘 주문하면 내일 받아보세요', '실사용 후기로 검증된 제품이에요', '넉넉한 구성으로 준비했어요', '교환과 반품도 간편해요'],
  other: ['꼼꼼하게 준비했어요', '처음 오셔도 편하게 안내해 드려요', '믿을 수 있는 품질로 약속해요', '궁금한 점은 언제든 물어보세요'],
};

export const toneEndings: Record<Tone, string[]> = {
  friendly: ['편하게 들러주세요!', '꼭 한번 맛보세요!', '기다리고 있을게요 :)', '오늘 만나요!'],
  premium: ['특별한 순간을 완성해 드립니다.', '품격 있는 시간을 선사합니다.', '차원이 다른 경험을 약속드립니다.'],
  playful: ['안 오면 손해예요!', '지금 바로 달려오세요~', '먼저 오는 분이 임자!'],
  calm: ['천천히 즐겨보세요.', '편안한 시간 되세요.', '조용히 머물다 가세요.'],
};

export const ctas: Record<CopyIndustry, string[]> = {
  cafe: ['지금 주문하기', '매장에서 만나요', '오늘 한 잔 어때요?', 'DM으로 예약'],
  bakery: ['예약 주문하기', '오늘 맛보러 가기', '선물 예약하기', '매장에서 만나요'],
  restaurant: ['지금 예약하기', '포장 주문하기', '오늘 방문하기', '메뉴 보러 가기'],
  beauty: ['상담 예약하기', '지금 예약하기', 'DM으로 문의', '시술 예약하기'],
  fashion: ['지금 구매하기', '사이즈 보러 가기', '한정 수량 확인', '바로 담기'],
  stay: ['객실 예약하기', '날짜 확인하기', '지금 예약하기', '문의하기'],
  retail: ['지금 구매하기', '바로 담기', '특가 확인하기', '상품 보러 가기'],
  other: ['지금 문의하기', '자세히 보기', '예약하기', '방문하기'],
};

export const industryHashtags: Record<CopyIndustry, string[]> = {
  cafe: ['카페', '카페추천', '커피스타그램', '디저트카페'],
  bakery: ['베이커리', '빵스타그램', '빵지순례', '디저트'],
  restaurant: ['맛집', '맛집추천', '오늘뭐먹지', '먹스타그램'],
  beauty: ['미용실', '헤어스타일', '뷰티', '셀프케어'],
  fashion: ['데일리룩', '오오티디', '코디', '패션'],
  stay: ['펜션', '숙소추천', '여행', '힐링'],
  retail: ['쇼핑', '추천템', '선물추천', '살림템'],
  other: ['추천', '동네가게', '소상공인', '오늘의추천'],
};

export const industryNouns: Record<CopyIndustry, string> = {
  cafe: '카페',
  bakery: '빵집',
  restaurant: '맛집',
  beauty: '미용실',
  fashion: '옷가게',
  stay: '숙소',
  retail: '쇼핑',
  other: '가게',
};

export function toneOf(description: string): Tone {
  if (/고급|프리미엄|우아|품격|럭셔리/.test(description)) return 'premium';
  if (/유쾌|발랄|재밌|귀엽|톡톡|신나/.test(description)) return 'playful';
  if (/담백|차분|깔끔|심플|조용|잔잔/.test(description)) return 'calm';
  return 'friendly';
}

export const toneNames: Record<Tone, string> = { friendly: '친근한', premium: '고급스러운', playful: '발랄한', calm: '담백한' };
