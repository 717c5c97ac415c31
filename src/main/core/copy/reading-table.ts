import type { Platform } from '../../../shared/ipc/copy';
import type { AdStyle } from '../../../shared/ad-design';

import type { BackdropWish, Intent, ProductCategory, Season, Tone } from '../../../shared/reading';
import type { Industry } from './industry';


interface Shop {
  industry: Industry;
  name: string;
}

/**
 * One owner request and what an owner and a Korean copywriter expect the reader to make of it,
 * written without looking at any reader's output. A field left out is not checked: `product` and
 * `category` for consults and edits, `style` where the owner says nothing of looks, `season` where
 * the request does not hinge on one.
 */
export interface ReadingCase {
  text: string;
  shop: Shop;
  hasPrevious?: boolean;
  hasAttachments?: boolean;
  expect: {
    intent: Intent;
    product?: string;
    category?: ProductCategory | null;
    facts: string[];
    platform: Platform | null;
    season?: Season;
    style?: { imageStyle?: AdStyle | null; backdrop?: BackdropWish | null; tone?: Tone | null };
  };
}

const cafe: Shop = { industry: 'cafe', name: '달빛커피' };
const bakery: Shop = { industry: 'bakery', name: '소담베이커리' };
const restaurant: Shop = { industry: 'restaurant', name: '온기식당' };
const hairSalon: Shop = { industry: 'salon', name: '헤어살롱 모아' };
const nailShop: Shop = { industry: 'salon', name: '네일하다' };
const skinShop: Shop = { industry: 'salon', name: '피부결 에스테틱' };
const pension: Shop = { industry: 'pension', name: '바다소리 펜션' };
const fashionStore: Shop = { industry: 'smartstore', name: '데일리룩' };
const livingStore: Shop = { industry: 'smartstore', name: '살림공방' };
const foodGiftStore: Shop = { industry: 'smartstore', name: '제주농부' };
const electronicsStore: Shop = { industry: 'smartstore', name: '테크몰' };
const toyStore: Shop = { industry: 'smartstore', name: '꼬마상점' };
const petStore: Shop = { industry: 'smartstore', name: '멍냥마켓' };
const flowerShop: Shop = { industry: 'other', name: '꽃집 봄날' };
const studio: Shop = { industry: 'other', name: '바디핏 필라테스' };

// Season words stay out of the product ("겨울 눈꽃 빙수" advertises 눈꽃 빙수 in winter) unless
// they name the thing itself ("크리스마스 케이크"). "깔끔하게" alone is minimal and calm. Category is left
// out where a copywriter could fairly file the product either way (드립백 커피: drink or food-gift).
export const readingTable: ReadingCase[] = [
  // ── cafe ──
  { text: '여름 신메뉴 아이스 바닐라 라떼 인스타 피드 광고 만들어줘. 20대 여성 타겟이야.', shop: cafe, expect: { intent: 'generate', product: '아이스 바닐라 라떼', category: 'drink', facts: [], platform: 'instagram-feed', season: 'summer' } },
  { text: '바닐라빈 라떼 4,500원 출시 기념 10% 할인', shop: cafe, expect: { intent: 'generate', product: '바닐라빈 라떼', category: 'drink', facts: ['4,500원', '10% 할인'], platform: null } },
  { text: '바닐라라떼신메뉴 인스타에 올릴거 만들어줘', shop: cafe, expect: { intent: 'generate', product: '바닐라라떼', category: 'drink', facts: [], platform: 'instagram-feed' } },
  { text: '딸기라뗴 신메뉴 나왔어요🍓 광고 하나 부탁해요', shop: cafe, expect: { intent: 'generate', product: '딸기라뗴', category: 'drink', facts: [], platform: null } },
  { text: '아메리까노 2+1 금요일까지!! 카톡 채널에 올릴 광고 만들어주세요', shop: cafe, expect: { intent: 'generate', product: '아메리까노', category: 'drink', facts: ['2+1', '금요일까지'], platform: 'kakao-channel' } },
  { text: '콜드브루 1+1 주말에만 해요 ☕️ 스토리용으로 만들어줘', shop: cafe, expect: { intent: 'generate', product: '콜드브루', category: 'drink', facts: ['1+1', '주말에만'], platform: 'instagram-story' } },
  { text: '오픈 기념 아메리카노 50잔 한정 무료 증정 인스타 광고 부탁드립니다', shop: cafe, expect: { intent: 'generate', product: '아메리카노', category: 'drink', facts: ['50잔 한정', '무료 증정'], platform: 'instagram-feed' } },
  { text: '수박주스 5,500원 카톡 채널에 올릴 홍보 이미지 만들어줘🍉', shop: cafe, expect: { intent: 'generate', product: '수박주스', category: 'drink', facts: ['5,500원'], platform: 'kakao-channel' } },
  { text: '흑당 밀크티 홍보 문구 귀엽게 써줘', shop: cafe, expect: { intent: 'generate', product: '흑당 밀크티', category: 'drink', facts: [], platform: null, style: { imageStyle: null, backdrop: null, tone: 'playful' } } },
  { text: '자몽에이드 오후 2시~5시 20% 할인 해요 광고 만들어줄래?', shop: cafe, expect: { intent: 'generate', product: '자몽에이드', category: 'drink', facts: ['오후 2시~5시', '20% 할인'], platform: null } },
  { text: '겨울 한정 뱅쇼 출시했어요 따뜻한 느낌으로 광고 부탁해요', shop: cafe, expect: { intent: 'generate', product: '뱅쇼', category: 'drink', facts: [], platform: null, season: 'winter', style: { imageStyle: null, backdrop: 'warm', tone: null } } },
  { text: '겨울 눈꽃 빙수 인스타 광고 만들어줘❄️', shop: cafe, expect: { intent: 'generate', product: '눈꽃 빙수', category: 'dessert', facts: [], platform: 'instagram-feed', season: 'winter' } },
  { text: '캔들 신상 들어왔어요 인스타 피드 광고 부탁해요 🕯️', shop: cafe, expect: { intent: 'generate', product: '캔들', category: 'living', facts: [], platform: 'instagram-feed' } },
  { text: '매장에서 같이 파는 운동화도 광고 만들어 줄래?', shop: cafe, expect: { intent: 'generate', product: '운동화', category: 'fashion', facts: [], platform: null } },
  { text: '아이들 선물용 오리 인형 광고', shop: cafe, expect: { intent: 'generate', product: '오리 인형', category: 'toys', facts: [], platform: null } },
  { text: '라떼 광고 만들어 줄래?', shop: cafe, expect: { intent: 'generate', product: '라떼', category: 'drink', facts: [], platform: null } },
  { text: '광고 문구 추천해줘', shop: cafe, expect: { intent: 'generate', product: '', category: 'drink', facts: [], platform: null } },
  { text: '이번 주말 이벤트 홍보해줘', shop: cafe, expect: { intent: 'generate', product: '', category: 'drink', facts: ['이번 주말'], platform: null } },
  { text: '티라미수 6,500원 새로 나왔어요 인스타 피드용으로 부탁드려요🍰', shop: cafe, expect: { intent: 'generate', product: '티라미수', category: 'dessert', facts: ['6,500원'], platform: 'instagram-feed' } },
  { text: '드립백 커피 10개입 12,000원 스마트스토어 상세페이지용으로 만들어줘', shop: cafe, expect: { intent: 'generate', product: '드립백 커피', facts: ['10개입', '12,000원'], platform: 'naver-smartstore' } },
  { text: '말차라떼 🍵 5천원!! 오전 11시까지 주문하면 2천원 할인 인스타 스토리 광고 해주세요', shop: cafe, expect: { intent: 'generate', product: '말차라떼', category: 'drink', facts: ['5천원', '오전 11시까지', '2천원 할인'], platform: 'instagram-story' } },
  { text: '아인슈페너 신메뉴요 고급스럽게 광고 하나 만들어주세요', shop: cafe, expect: { intent: 'generate', product: '아인슈페너', category: 'drink', facts: [], platform: null, style: { imageStyle: null, backdrop: null, tone: 'premium' } } },
  { text: '복숭아 아이스티 시원한 느낌으로 인스타 광고 해줘 🍑', shop: cafe, expect: { intent: 'generate', product: '복숭아 아이스티', category: 'drink', facts: [], platform: 'instagram-feed', style: { imageStyle: null, backdrop: 'cool', tone: null } } },
  { text: '디카페인 콜드브루 출시했어요 깔끔하게 만들어줘', shop: cafe, expect: { intent: 'generate', product: '디카페인 콜드브루', category: 'drink', facts: [], platform: null, style: { imageStyle: 'minimal', backdrop: null, tone: 'calm' } } },
  { text: '카페 오픈했어요! 오픈 이벤트로 전 메뉴 10% 할인 12/31까지 해요 인스타에 올리고 싶은데 만들어주세요', shop: cafe, expect: { intent: 'generate', product: '', category: 'drink', facts: ['10% 할인', '12/31까지'], platform: 'instagram-feed' } },
  { text: '생딸기우유 50잔 한정 판매해요 🍓 스토리용 부탁해요', shop: cafe, expect: { intent: 'generate', product: '생딸기우유', category: 'drink', facts: ['50잔 한정'], platform: 'instagram-story' } },
  { text: '유자차 광고 포근하게 만들어줘', shop: cafe, expect: { intent: 'generate', product: '유자차', category: 'drink', facts: [], platform: null, style: { imageStyle: null, backdrop: 'warm', tone: null } } },
  { text: '밀크티 광고 일러스트로 그려줄래?', shop: cafe, expect: { intent: 'generate', product: '밀크티', category: 'drink', facts: [], platform: null, style: { imageStyle: 'illustration', backdrop: null, tone: null } } },
  { text: '라떼 광고 문구 좀 추천해줄래요?', shop: cafe, expect: { intent: 'generate', product: '라떼', category: 'drink', facts: [], platform: null } },
  { text: '달빛커피 흑임자 라떼 광고 만들어주세요 ㅎㅎ', shop: cafe, expect: { intent: 'generate', product: '흑임자 라떼', category: 'drink', facts: [], platform: null } },
  { text: '청포도 에이드 신메뉴에요~ 청량하게 스토리 광고 부탁해용', shop: cafe, expect: { intent: 'generate', product: '청포도 에이드', category: 'drink', facts: [], platform: 'instagram-story', style: { imageStyle: null, backdrop: 'cool', tone: null } } },
  { text: '크림라떼 3,800원 이번주만 할인해요 사장님이 직접 만든 크림이에요 광고 만들어줘요', shop: cafe, expect: { intent: 'generate', product: '크림라떼', category: 'drink', facts: ['3,800원', '이번주만'], platform: null } },
  { text: '수제 레몬청 500ml 15,000원 택배 가능해요 네이버 쇼핑에 올릴 거 만들어줘', shop: cafe, expect: { intent: 'generate', product: '수제 레몬청', category: 'food-gift', facts: ['500ml', '15,000원'], platform: 'naver-smartstore' } },
  { text: '인스타 광고 문구는 보통 몇 글자 정도가 적당해?', shop: cafe, expect: { intent: 'consult', facts: [], platform: 'instagram-feed' } },
  { text: '카페 인스타 해시태그는 몇 개 정도 다는 게 좋아요?', shop: cafe, expect: { intent: 'consult', facts: [], platform: 'instagram-feed' } },
  { text: '라떼 광고 어떻게 하면 손님이 더 많이 올까요?', shop: cafe, expect: { intent: 'consult', facts: [], platform: null } },
  { text: '문구 짧게', shop: cafe, expect: { intent: 'consult', facts: [], platform: null } },
  { text: '문구 짧게 해줘', shop: cafe, expect: { intent: 'consult', facts: [], platform: null } },
  { text: '요즘 카페 광고는 사진이 중요해요 문구가 중요해요?', shop: cafe, expect: { intent: 'consult', facts: [], platform: null } },
  { text: '카톡 채널 친구 늘리는 방법 있을까요?', shop: cafe, expect: { intent: 'consult', facts: [], platform: 'kakao-channel' } },
  { text: '팔로워 늘리려면 뭐부터 해야 돼?', shop: cafe, expect: { intent: 'consult', facts: [], platform: null } },
  { text: '인스타 광고 돈 내고 하는 거 효과 있어요?', shop: cafe, expect: { intent: 'consult', facts: [], platform: 'instagram-feed' } },
  { text: '해시태그 몇 개가 적당해요?', shop: cafe, expect: { intent: 'consult', facts: [], platform: null } },
  { text: '신메뉴 가격을 광고에 넣는 게 좋아요 빼는 게 좋아요?', shop: cafe, expect: { intent: 'consult', facts: [], platform: null } },
  { text: '문구 좀 더 짧게', shop: cafe, hasPrevious: true, expect: { intent: 'edit', facts: [], platform: null } },
  { text: '배경 따뜻하게 바꿔줘', shop: cafe, hasPrevious: true, expect: { intent: 'edit', facts: [], platform: null, style: { imageStyle: null, backdrop: 'warm', tone: null } } },
  { text: '좀 더 귀엽게', shop: cafe, hasPrevious: true, expect: { intent: 'edit', facts: [], platform: null, style: { imageStyle: null, backdrop: null, tone: 'playful' } } },
  { text: '문구를 좀 더 귀엽게 바꿔줘', shop: cafe, hasPrevious: true, expect: { intent: 'edit', facts: [], platform: null, style: { imageStyle: null, backdrop: null, tone: 'playful' } } },
  { text: '글씨 좀 더 크게 해주세요', shop: cafe, hasPrevious: true, expect: { intent: 'edit', facts: [], platform: null } },
  { text: '색감 좀 더 밝게 해줄래요?', shop: cafe, hasPrevious: true, expect: { intent: 'edit', facts: [], platform: null, style: { imageStyle: null, backdrop: 'bright', tone: null } } },
  { text: '가격 5,500원으로 고쳐줘 잘못 썼어요ㅠㅠ', shop: cafe, hasPrevious: true, expect: { intent: 'edit', facts: ['5,500원'], platform: null } },
  { text: '이거 인스타에 올릴 때 해시태그 몇 개 다는 게 좋아?', shop: cafe, hasPrevious: true, expect: { intent: 'consult', facts: [], platform: 'instagram-feed' } },
  { text: '이번엔 레몬에이드도 하나 만들어줘', shop: cafe, hasPrevious: true, expect: { intent: 'generate', product: '레몬에이드', category: 'drink', facts: [], platform: null } },
  { text: '딸기라떼로도 만들어줘', shop: cafe, hasPrevious: true, expect: { intent: 'generate', product: '딸기라떼', category: 'drink', facts: [], platform: null } },
  { text: '배경 좀 밝게', shop: cafe, hasPrevious: true, hasAttachments: true, expect: { intent: 'generate', product: '', category: 'drink', facts: [], platform: null, style: { imageStyle: null, backdrop: 'bright', tone: null } } },
  { text: '이 사진으로 다시 만들어줘', shop: cafe, hasPrevious: true, hasAttachments: true, expect: { intent: 'generate', product: '', category: 'drink', facts: [], platform: null } },

  // ── bakery ──
  { text: '크리스마스 케이크 사전예약 12월 20일까지 받습니다 스토리용으로', shop: bakery, expect: { intent: 'generate', product: '크리스마스 케이크', category: 'dessert', facts: ['12월 20일까지'], platform: 'instagram-story', season: 'winter' } },
  { text: '소금빵 매일 오전 11시에 나와요🥐 인스타 광고 만들어줘', shop: bakery, expect: { intent: 'generate', product: '소금빵', category: 'bread', facts: ['오전 11시'], platform: 'instagram-feed' } },
  { text: '마카롱 6구 18,000원 선물용 광고 부탁드립니다', shop: bakery, expect: { intent: 'generate', product: '마카롱', category: 'dessert', facts: ['6구', '18,000원'], platform: null } },
  { text: '딸기 생크림 케이크 2호 3만원 예약 문의 010-1234-5678 카톡채널용', shop: bakery, expect: { intent: 'generate', product: '딸기 생크림 케이크', category: 'dessert', facts: ['2호', '3만원', '010-1234-5678'], platform: 'kakao-channel' } },
  { text: '단팥빵 선착순 30명 한정 2천원 할인해요', shop: bakery, expect: { intent: 'generate', product: '단팥빵', category: 'bread', facts: ['선착순 30명 한정', '2천원 할인'], platform: null } },
  { text: '식빵 매주 화요일마다 구워요 광고 만들어줘', shop: bakery, expect: { intent: 'generate', product: '식빵', category: 'bread', facts: ['매주 화요일마다'], platform: null } },
  { text: '무화과 깜빠뉴 출시했어요 내추럴한 느낌으로 만들어줘', shop: bakery, expect: { intent: 'generate', product: '무화과 깜빠뉴', category: 'bread', facts: [], platform: null, style: { imageStyle: null, backdrop: 'natural', tone: null } } },
  { text: '우리밀 통밀식빵 6,000원 당근에 올릴 광고 만들어줘', shop: bakery, expect: { intent: 'generate', product: '우리밀 통밀식빵', category: 'bread', facts: ['6,000원'], platform: null } },
  { text: '바스크 치즈케이크 2만 8천원 예약받아요 인스타 피드', shop: bakery, expect: { intent: 'generate', product: '바스크 치즈케이크', category: 'dessert', facts: ['2만 8천원'], platform: 'instagram-feed' } },
  { text: '생일케이크 예약은 031-555-1234 로 전화주세요~ 광고 만들어 주세요', shop: bakery, expect: { intent: 'generate', product: '생일케이크', category: 'dessert', facts: ['031-555-1234'], platform: null } },
  { text: '크루아상 2+1 오늘까지만이에요!! 스토리 올려주세요🥐', shop: bakery, expect: { intent: 'generate', product: '크루아상', category: 'bread', facts: ['2+1', '오늘까지만'], platform: 'instagram-story' } },
  { text: '에그타르트 신메뉴 귀여운 느낌으로 인스타 광고 해줘요', shop: bakery, expect: { intent: 'generate', product: '에그타르트', category: 'dessert', facts: [], platform: 'instagram-feed', style: { imageStyle: null, backdrop: null, tone: 'playful' } } },
  { text: '버터바 10개 한정 판매해요 광고 문구 써주세요', shop: bakery, expect: { intent: 'generate', product: '버터바', facts: ['10개 한정'], platform: null } },
  { text: '베이글 5종 세트 2만원 스마트스토어 상세페이지 만들어줘', shop: bakery, expect: { intent: 'generate', product: '베이글', category: 'bread', facts: ['5종 세트', '2만원'], platform: 'naver-smartstore' } },
  { text: '빵집 리뉴얼 오픈 기념 전 품목 10% 할인 해요 광고 만들어주세요', shop: bakery, expect: { intent: 'generate', product: '', category: 'bread', facts: ['10% 할인'], platform: null } },
  { text: '초코 소라빵 신메뉴 사진처럼 리얼하게 광고 만들어줘', shop: bakery, expect: { intent: 'generate', product: '초코 소라빵', category: 'bread', facts: [], platform: null, style: { imageStyle: 'ultra-realistic', backdrop: null, tone: null } } },
  { text: '수제 쿠키 만들었어요ㅎㅎ 인스타 올릴 광고 하나 만들어줄래?', shop: bakery, expect: { intent: 'generate', product: '수제 쿠키', facts: [], platform: 'instagram-feed' } },
  { text: '딸기 타르트 시즌 한정 오후 2시부터 판매합니다 발랄하게 써주세요', shop: bakery, expect: { intent: 'generate', product: '딸기 타르트', category: 'dessert', facts: ['오후 2시부터'], platform: null, style: { imageStyle: null, backdrop: null, tone: 'playful' } } },
  { text: '쌀 바게트 나왔어요 밝게 만들어줘요', shop: bakery, expect: { intent: 'generate', product: '쌀 바게트', category: 'bread', facts: [], platform: null, style: { imageStyle: null, backdrop: 'bright', tone: null } } },
  { text: '빵집 인스타는 하루에 몇 번 올리는 게 좋아요?', shop: bakery, expect: { intent: 'consult', facts: [], platform: 'instagram-feed' } },
  { text: '케이크 예약 손님 늘리려면 어떻게 홍보해야 할까요?', shop: bakery, expect: { intent: 'consult', facts: [], platform: null } },
  { text: '마카롱 사진 찍을 때 배경은 무슨 색이 예뻐요?', shop: bakery, expect: { intent: 'consult', facts: [], platform: null } },
  { text: '할인 이벤트 너무 자주 하면 가게 이미지에 안 좋나요?', shop: bakery, expect: { intent: 'consult', facts: [], platform: null } },
  { text: '빵 나오는 시간 알릴 때는 스토리로 올리는 게 나아요?', shop: bakery, expect: { intent: 'consult', facts: [], platform: 'instagram-story' } },
  { text: '배경을 좀 더 화사하게 해줘', shop: bakery, hasPrevious: true, expect: { intent: 'edit', facts: [], platform: null, style: { imageStyle: null, backdrop: 'bright', tone: null } } },
  { text: '문구 다시 써줘 너무 딱딱해', shop: bakery, hasPrevious: true, expect: { intent: 'edit', facts: [], platform: null } },
  { text: '가격 글씨 좀 더 크게 해주세요', shop: bakery, hasPrevious: true, expect: { intent: 'edit', facts: [], platform: null } },
  { text: '마감일 12월 24일까지로 바꿔줘', shop: bakery, hasPrevious: true, expect: { intent: 'edit', facts: ['12월 24일까지'], platform: null } },
  { text: '이번엔 소금빵도 만들어줘', shop: bakery, hasPrevious: true, expect: { intent: 'generate', product: '소금빵', category: 'bread', facts: [], platform: null } },
  { text: '이번엔 마카롱으로 귀엽게 만들어줘', shop: bakery, hasPrevious: true, expect: { intent: 'generate', product: '마카롱', category: 'dessert', facts: [], platform: null, style: { imageStyle: null, backdrop: null, tone: 'playful' } } },
  { text: '새로 찍은 사진이에요 이걸로 해주세요', shop: bakery, hasPrevious: true, hasAttachments: true, expect: { intent: 'generate', product: '', category: 'bread', facts: [], platform: null } },

  // ── restaurant ──
  { text: '김치찌개 정식 9,000원 오전 11시부터 판매해요 인스타 광고 부탁', shop: restaurant, expect: { intent: 'generate', product: '김치찌개 정식', category: 'meal', facts: ['9,000원', '오전 11시부터'], platform: 'instagram-feed' } },
  { text: '후라이드 치킨 18,000원 배달 주문 010-2222-3333 광고 만들어줘🍗', shop: restaurant, expect: { intent: 'generate', product: '후라이드 치킨', category: 'meal', facts: ['18,000원', '010-2222-3333'], platform: null } },
  { text: '평양냉면 여름 신메뉴 홍보해줘', shop: restaurant, expect: { intent: 'generate', product: '평양냉면', category: 'meal', facts: [], platform: null, season: 'summer' } },
  { text: '삼겹살 2인 세트 주문하면 음료 1병 무료', shop: restaurant, expect: { intent: 'generate', product: '삼겹살', category: 'meal', facts: ['2인 세트', '음료 1병 무료'], platform: null } },
  { text: '수제버거 오픈 이벤트 12/24까지 10% 할인 인스타 광고', shop: restaurant, expect: { intent: 'generate', product: '수제버거', category: 'meal', facts: ['12/24까지', '10% 할인'], platform: 'instagram-feed' } },
  { text: '돈까스 포장 주문 시 1천원 할인 전화 02-123-4567', shop: restaurant, expect: { intent: 'generate', product: '돈까스', category: 'meal', facts: ['1천원 할인', '02-123-4567'], platform: null } },
  { text: '곱창전골 2인분 3만원 카톡 채널 광고 만들어줘', shop: restaurant, expect: { intent: 'generate', product: '곱창전골', category: 'meal', facts: ['2인분', '3만원'], platform: 'kakao-channel' } },
  { text: '순대국밥 8천원 광고 친근하게 써주세요', shop: restaurant, expect: { intent: 'generate', product: '순대국밥', category: 'meal', facts: ['8천원'], platform: null, style: { imageStyle: null, backdrop: null, tone: 'friendly' } } },
  { text: '마라탕 신메뉴 출시!! 🌶️ 유튜브 쇼츠용 광고 만들어줘', shop: restaurant, expect: { intent: 'generate', product: '마라탕', category: 'meal', facts: [], platform: 'youtube' } },
  { text: '연어 포케 샐러드 11,900원 점심 배달 광고 인스타 스토리로', shop: restaurant, expect: { intent: 'generate', product: '연어 포케 샐러드', category: 'meal', facts: ['11,900원'], platform: 'instagram-story' } },
  { text: '한우 육회비빔밥 깔끔하게 인스타 피드 광고 부탁드려요', shop: restaurant, expect: { intent: 'generate', product: '한우 육회비빔밥', category: 'meal', facts: [], platform: 'instagram-feed', style: { imageStyle: 'minimal', backdrop: null, tone: 'calm' } } },
  { text: '회식 단체 예약 받아요 4인 이상 음료 무료', shop: restaurant, expect: { intent: 'generate', product: '', category: 'meal', facts: ['4인 이상', '음료 무료'], platform: null } },
  { text: '주말에만 파는 수제 돈코츠라멘 50그릇 한정!! 광고 해줘', shop: restaurant, expect: { intent: 'generate', product: '수제 돈코츠라멘', category: 'meal', facts: ['주말에만', '50그릇 한정'], platform: null } },
  { text: '매주 화요일마다 생선구이 정식 8,000원이에요 광고 만들어줄래요', shop: restaurant, expect: { intent: 'generate', product: '생선구이 정식', category: 'meal', facts: ['매주 화요일마다', '8,000원'], platform: null } },
  { text: '떡볶이 2인분 13,000원 당근마켓에 올릴 광고 만들어줘', shop: restaurant, expect: { intent: 'generate', product: '떡볶이', category: 'meal', facts: ['2인분', '13,000원'], platform: null } },
  { text: '양념게장 택배 판매 시작했어요 1kg 35,000원 스마트스토어 상세페이지용', shop: restaurant, expect: { intent: 'generate', product: '양념게장', facts: ['1kg', '35,000원'], platform: 'naver-smartstore' } },
  { text: '점심 메뉴 제육볶음 7천원!! 오전 11시 30분부터 광고 해주세요', shop: restaurant, expect: { intent: 'generate', product: '제육볶음', category: 'meal', facts: ['7천원', '오전 11시 30분부터'], platform: null } },
  { text: '보쌈 정식 새로 시작했어요. 인스타에 올릴 광고 좀 만들어주세요 맛있어 보이게요', shop: restaurant, expect: { intent: 'generate', product: '보쌈 정식', category: 'meal', facts: [], platform: 'instagram-feed' } },
  { text: '갈비찜 포장 예약 받습니다 어둡게 고급스러운 느낌으로 해주세요', shop: restaurant, expect: { intent: 'generate', product: '갈비찜', category: 'meal', facts: [], platform: null, style: { imageStyle: null, backdrop: 'dark', tone: 'premium' } } },
  { text: '비빔냉면 시원하게 보이게 광고해줘 ㅎㅎ 6월부터 개시', shop: restaurant, expect: { intent: 'generate', product: '비빔냉면', category: 'meal', facts: ['6월부터'], platform: null, style: { imageStyle: null, backdrop: 'cool', tone: null } } },
  { text: '전단지 느낌으로 짜장면 짬뽕 세트 광고 만들어줘', shop: restaurant, expect: { intent: 'generate', product: '짜장면 짬뽕 세트', category: 'meal', facts: [], platform: null, style: { imageStyle: 'illustration', backdrop: null, tone: null } } },
  { text: '치킨집 광고는 어느 시간대에 올리는 게 좋아요?', shop: restaurant, expect: { intent: 'consult', facts: [], platform: null } },
  { text: '배달앱 리뷰 이벤트 문구 어떤 게 반응이 좋아요?', shop: restaurant, expect: { intent: 'consult', facts: [], platform: null } },
  { text: '식당 인스타 계정 처음 만드는데 뭐부터 올려야 돼요?', shop: restaurant, expect: { intent: 'consult', facts: [], platform: 'instagram-feed' } },
  { text: '당근마켓 광고 효과 있나요?', shop: restaurant, expect: { intent: 'consult', facts: [], platform: null } },
  { text: '메뉴판 사진은 위에서 찍는 게 나아 옆에서 찍는 게 나아?', shop: restaurant, expect: { intent: 'consult', facts: [], platform: null } },
  { text: '광고 비용은 한 달에 얼마 정도 쓰는 게 적당할까요?', shop: restaurant, expect: { intent: 'consult', facts: [], platform: null } },
  { text: '점심 장사 손님 늘리려면 광고를 어디에 하는 게 좋을까요', shop: restaurant, expect: { intent: 'consult', facts: [], platform: null } },
  { text: '음식 사진 좀 더 따뜻한 느낌으로 바꿔줘', shop: restaurant, hasPrevious: true, expect: { intent: 'edit', facts: [], platform: null, style: { imageStyle: null, backdrop: 'warm', tone: null } } },
  { text: '문구에 가격 빼줘', shop: restaurant, hasPrevious: true, expect: { intent: 'edit', facts: [], platform: null } },
  { text: '좀 더 고급스럽게 해줘', shop: restaurant, hasPrevious: true, expect: { intent: 'edit', facts: [], platform: null, style: { imageStyle: null, backdrop: null, tone: 'premium' } } },
  { text: '해시태그는 빼고 다시 해줘요', shop: restaurant, hasPrevious: true, expect: { intent: 'edit', facts: [], platform: null } },
  { text: '이번엔 된장찌개 정식도 하나 만들어줘', shop: restaurant, hasPrevious: true, expect: { intent: 'generate', product: '된장찌개 정식', category: 'meal', facts: [], platform: null } },
  { text: '이 광고 언제 올리는 게 제일 좋아요?', shop: restaurant, hasPrevious: true, expect: { intent: 'consult', facts: [], platform: null } },

  // ── hair salon ──
  { text: '봄맞이 펌 20% 할인 이벤트 홍보 문구만 써줘', shop: hairSalon, expect: { intent: 'generate', product: '펌', category: 'hair', facts: ['20% 할인'], platform: null, season: 'spring' } },
  { text: '뿌리염색 하시면 트리트먼트 무료!! 인스타 올릴 광고 만들어주세요', shop: hairSalon, expect: { intent: 'generate', product: '뿌리염색', category: 'hair', facts: ['트리트먼트 무료'], platform: 'instagram-feed' } },
  { text: '남성 다운펌 15,000원', shop: hairSalon, expect: { intent: 'generate', product: '다운펌', category: 'hair', facts: ['15,000원'], platform: null } },
  { text: '여성 레이어드컷 3만원 평일에만 해요 광고 부탁해요', shop: hairSalon, expect: { intent: 'generate', product: '레이어드컷', category: 'hair', facts: ['3만원', '평일에만'], platform: null } },
  { text: '눈썹 펌 신규 고객 30% 할인 스토리용으로 만들어줘', shop: hairSalon, expect: { intent: 'generate', product: '눈썹 펌', facts: ['30% 할인'], platform: 'instagram-story', season: 'summer' } },
  { text: '매직 셋팅펌 99,000원 이번 달까지 해요 카톡 채널 광고 만들어줘', shop: hairSalon, expect: { intent: 'generate', product: '매직 셋팅펌', category: 'hair', facts: ['99,000원', '이번 달까지'], platform: 'kakao-channel' } },
  { text: '두피 스케일링 고급스럽게 광고 만들어줘', shop: hairSalon, expect: { intent: 'generate', product: '두피 스케일링', category: 'hair', facts: [], platform: null, style: { imageStyle: null, backdrop: null, tone: 'premium' } } },
  { text: '헤어 클리닉 5만원부터 예약 010-3333-4444 인스타 광고', shop: hairSalon, expect: { intent: 'generate', product: '헤어 클리닉', category: 'hair', facts: ['5만원부터', '010-3333-4444'], platform: 'instagram-feed' } },
  { text: '졸업 시즌 학생 커트 만원!! 🎓 광고해줘', shop: hairSalon, expect: { intent: 'generate', product: '커트', category: 'hair', facts: ['만원'], platform: null } },
  { text: '웨딩 업스타일 사전예약 받아요 화사하게 만들어줘', shop: hairSalon, expect: { intent: 'generate', product: '웨딩 업스타일', category: 'hair', facts: [], platform: null, style: { imageStyle: null, backdrop: 'bright', tone: null } } },
  { text: '아이들 커트 주말에만 1만원 할인', shop: hairSalon, expect: { intent: 'generate', product: '커트', category: 'hair', facts: ['주말에만', '1만원 할인'], platform: null } },
  { text: '히피펌 신규 손님 오면 앰플 무료로 해드려요 인스타 피드에 올릴 거 하나 써줄래?', shop: hairSalon, expect: { intent: 'generate', product: '히피펌', category: 'hair', facts: ['앰플 무료'], platform: 'instagram-feed' } },
  { text: '애쉬브라운 염색 이벤트 하는데요 시크하게 스토리용으로 부탁드려요', shop: hairSalon, expect: { intent: 'generate', product: '애쉬브라운 염색', category: 'hair', facts: [], platform: 'instagram-story', style: { imageStyle: null, backdrop: 'dark', tone: null } } },
  { text: '이번 주 예약 빈자리 있어요 광고 만들어줘요', shop: hairSalon, expect: { intent: 'generate', product: '', category: 'hair', facts: ['이번 주'], platform: null } },
  { text: '미용실 인스타에 비포애프터 사진 올려도 괜찮아요?', shop: hairSalon, expect: { intent: 'consult', facts: [], platform: 'instagram-feed' } },
  { text: '펌 이벤트는 언제 하는 게 제일 효과적이에요?', shop: hairSalon, expect: { intent: 'consult', facts: [], platform: null } },
  { text: '네이버 예약 리뷰 많이 받는 방법 알려줘', shop: hairSalon, expect: { intent: 'consult', facts: [], platform: null } },
  { text: '사진 없어도 광고 만들 수 있어?', shop: hairSalon, expect: { intent: 'consult', facts: [], platform: null } },
  { text: '단골 손님한테 카톡으로 할인 소식 보내도 될까요?', shop: hairSalon, expect: { intent: 'consult', facts: [], platform: 'kakao-channel' } },
  { text: '문구 좀 더 길게 써줘', shop: hairSalon, hasPrevious: true, expect: { intent: 'edit', facts: [], platform: null } },
  { text: '배경 어둡게 바꿔주세요', shop: hairSalon, hasPrevious: true, expect: { intent: 'edit', facts: [], platform: null, style: { imageStyle: null, backdrop: 'dark', tone: null } } },
  { text: '좀 더 시크하게', shop: hairSalon, hasPrevious: true, expect: { intent: 'edit', facts: [], platform: null, style: { imageStyle: null, backdrop: 'dark', tone: null } } },
  { text: '다른 문구로 다시 한번 써줄래?', shop: hairSalon, hasPrevious: true, expect: { intent: 'edit', facts: [], platform: null } },
  { text: '이번엔 매직펌 광고도 부탁해요', shop: hairSalon, hasPrevious: true, expect: { intent: 'generate', product: '매직펌', category: 'hair', facts: [], platform: null } },

  // ── nail shop ──
  { text: '젤네일 신규 고객 30% 할인 이번 주말까지', shop: nailShop, expect: { intent: 'generate', product: '젤네일', category: 'nail', facts: ['30% 할인', '이번 주말까지'], platform: null } },
  { text: '여름 자석젤 네일 신상 나왔어요 💅 인스타 피드 광고 부탁', shop: nailShop, expect: { intent: 'generate', product: '자석젤 네일', category: 'nail', facts: [], platform: 'instagram-feed', season: 'summer' } },
  { text: '패디큐어 2만 5천원 오늘까지만 할인가!', shop: nailShop, expect: { intent: 'generate', product: '패디큐어', category: 'nail', facts: ['2만 5천원', '오늘까지만'], platform: null } },
  { text: '손톱 케어 파스텔톤으로 귀엽게 만들어주세요', shop: nailShop, expect: { intent: 'generate', product: '손톱 케어', category: 'nail', facts: [], platform: null, style: { imageStyle: null, backdrop: 'pastel', tone: 'playful' } } },
  { text: '웨딩 네일 예약 문의 010-5555-6666 깔끔하게 광고해주세요', shop: nailShop, expect: { intent: 'generate', product: '웨딩 네일', category: 'nail', facts: ['010-5555-6666'], platform: null, style: { imageStyle: 'minimal', backdrop: null, tone: 'calm' } } },
  { text: '네일아트 2+1 이벤트 스토리에 올릴래요 만들어줘', shop: nailShop, expect: { intent: 'generate', product: '네일아트', category: 'nail', facts: ['2+1'], platform: 'instagram-story' } },
  { text: '네일샵 스토리는 하루에 몇 개 올려야 돼요?', shop: nailShop, expect: { intent: 'consult', facts: [], platform: 'instagram-story' } },
  { text: '손님들이 네일 디자인 사진 보고 많이 오는데 어떤 사진이 반응 좋아요?', shop: nailShop, expect: { intent: 'consult', facts: [], platform: null } },
  { text: '색 좀 더 파스텔로 바꿔줘', shop: nailShop, hasPrevious: true, expect: { intent: 'edit', facts: [], platform: null, style: { imageStyle: null, backdrop: 'pastel', tone: null } } },
  { text: '문구 좀 더 우아하게 써주세요', shop: nailShop, hasPrevious: true, expect: { intent: 'edit', facts: [], platform: null, style: { imageStyle: null, backdrop: null, tone: 'premium' } } },
  { text: '이 디자인 사진으로 하나 더 만들어줘요', shop: nailShop, hasPrevious: true, hasAttachments: true, expect: { intent: 'generate', product: '', category: 'hair', facts: [], platform: null } },

  // ── skin and lash shop ──
  { text: '속눈썹 연장 첫 방문 5천원 할인 예약은 010-9876-5432', shop: skinShop, expect: { intent: 'generate', product: '속눈썹 연장', category: 'skin', facts: ['5천원 할인', '010-9876-5432'], platform: null } },
  { text: '브라질리언 왁싱 3만원 이상 결제 시 10% 할인', shop: skinShop, expect: { intent: 'generate', product: '브라질리언 왁싱', category: 'skin', facts: ['3만원 이상', '10% 할인'], platform: null } },
  { text: '아로마 전신 마사지 7만원 예약 받아요 차분하게 만들어줘', shop: skinShop, expect: { intent: 'generate', product: '아로마 전신 마사지', category: 'skin', facts: ['7만원'], platform: null, style: { imageStyle: null, backdrop: null, tone: 'calm' } } },
  { text: 'LED 재생 관리 신규 고객 1+1 카톡 채널로 광고 해줘', shop: skinShop, expect: { intent: 'generate', product: 'LED 재생 관리', category: 'skin', facts: ['1+1'], platform: 'kakao-channel' } },
  { text: '수분 크림 50ml 29,000원 스마트스토어에 올릴 광고 만들어주세요', shop: skinShop, expect: { intent: 'generate', product: '수분 크림', category: 'cosmetics', facts: ['50ml', '29,000원'], platform: 'naver-smartstore' } },
  { text: '진정 앰플 선착순 20명 무료 증정해요 인스타 스토리로 부탁해요', shop: skinShop, expect: { intent: 'generate', product: '진정 앰플', category: 'cosmetics', facts: ['선착순 20명', '무료 증정'], platform: 'instagram-story' } },
  { text: '여드름 관리 신규 20% 할인 해요 잔잔하게 광고 하나만요', shop: skinShop, expect: { intent: 'generate', product: '여드름 관리', category: 'skin', facts: ['20% 할인'], platform: null, style: { imageStyle: null, backdrop: null, tone: 'calm' } } },
  { text: '피부관리실 블로그 후기 쓰는 팁 있어요?', shop: skinShop, expect: { intent: 'consult', facts: [], platform: null } },
  { text: '왁싱샵 광고에 가격 올려도 돼요?', shop: skinShop, expect: { intent: 'consult', facts: [], platform: null } },
  { text: '좀 더 럭셔리하게 바꿔줘', shop: skinShop, hasPrevious: true, expect: { intent: 'edit', facts: [], platform: null, style: { imageStyle: null, backdrop: null, tone: 'premium' } } },
  { text: '문구 톤 좀 다정하게 바꿔주세요', shop: skinShop, hasPrevious: true, expect: { intent: 'edit', facts: [], platform: null, style: { imageStyle: null, backdrop: null, tone: 'friendly' } } },

  // ── pension and stay ──
  { text: '오션뷰 풀빌라 평일 2박 3일 20만원 특가', shop: pension, expect: { intent: 'generate', product: '오션뷰 풀빌라', category: 'stay', facts: ['평일', '2박 3일', '20만원'], platform: null } },
  { text: '글램핑 바비큐 무료 가족 고객 대상 광고', shop: pension, expect: { intent: 'generate', product: '글램핑', category: 'stay', facts: ['바비큐 무료'], platform: null } },
  { text: '독채 펜션 12월 24일~12월 25일 예약 오픈했어요', shop: pension, expect: { intent: 'generate', product: '독채 펜션', category: 'stay', facts: ['12월 24일~12월 25일'], platform: null, season: 'winter' } },
  { text: '애견동반 펜션 4인 기준 15만원부터', shop: pension, expect: { intent: 'generate', product: '애견동반 펜션', category: 'stay', facts: ['4인', '15만원부터'], platform: null } },
  { text: '여름 휴가 성수기 예약 오픈!! 7월 15일부터 인스타 광고 만들어주세요🏖️', shop: pension, expect: { intent: 'generate', product: '', category: 'stay', facts: ['7월 15일부터'], platform: 'instagram-feed', season: 'summer' } },
  { text: '스파룸 1박 18만원 카톡 채널에 올릴 광고 해주세요', shop: pension, expect: { intent: 'generate', product: '스파룸', category: 'stay', facts: ['1박', '18만원'], platform: 'kakao-channel' } },
  { text: '가을 단풍 시즌 독채 한옥스테이 예약 받아요 고급스럽게 부탁드립니다', shop: pension, expect: { intent: 'generate', product: '독채 한옥스테이', category: 'stay', facts: [], platform: null, season: 'autumn', style: { imageStyle: null, backdrop: null, tone: 'premium' } } },
  { text: '캠핑장 오픈 기념 30% 할인 블로그용 광고 만들어줘', shop: pension, expect: { intent: 'generate', product: '캠핑장', category: 'stay', facts: ['30% 할인'], platform: null } },
  { text: '수영장 있는 키즈 펜션 연박 시 2만원 할인 아이들이랑 오기 좋아요', shop: pension, expect: { intent: 'generate', product: '키즈 펜션', category: 'stay', facts: ['2만원 할인'], platform: null } },
  { text: '오션뷰 객실 사진 보내요 인스타 광고 만들어주세요', shop: pension, hasAttachments: true, expect: { intent: 'generate', product: '오션뷰 객실', category: 'stay', facts: [], platform: 'instagram-feed' } },
  { text: '스파 패키지 2인 조식 포함 25만원 금요일까지 예약하면 10% 할인 스토리로 해주세요', shop: pension, expect: { intent: 'generate', product: '스파 패키지', category: 'stay', facts: ['2인', '25만원', '금요일까지', '10% 할인'], platform: 'instagram-story' } },
  { text: '바다소리 펜션 객실 리모델링 끝났어요 ㅎㅎ 내추럴하게 광고 부탁드려요', shop: pension, expect: { intent: 'generate', product: '객실', category: 'stay', facts: [], platform: null, style: { imageStyle: null, backdrop: 'natural', tone: null } } },
  { text: '펜션 홍보 블로그에 쓸 만한 주제 추천해줘', shop: pension, expect: { intent: 'consult', facts: [], platform: null } },
  { text: '비수기에 펜션 예약 늘리려면 어떤 이벤트가 좋을까?', shop: pension, expect: { intent: 'consult', facts: [], platform: null } },
  { text: '숙소 사진은 낮에 찍는 게 좋아요 밤에 찍는 게 좋아요?', shop: pension, expect: { intent: 'consult', facts: [], platform: null } },
  { text: '유튜브 쇼츠 시작하려는데 어떤 영상이 좋을까요?', shop: pension, expect: { intent: 'consult', facts: [], platform: 'youtube' } },
  { text: '유튜브에 펜션 소개 영상 올리면 예약 늘까요?', shop: pension, expect: { intent: 'consult', facts: [], platform: 'youtube' } },
  { text: '배경 좀 더 시원하게 바꿔줘', shop: pension, hasPrevious: true, expect: { intent: 'edit', facts: [], platform: null, style: { imageStyle: null, backdrop: 'cool', tone: null } } },
  { text: '문구를 차분하게 다시 써줘', shop: pension, hasPrevious: true, expect: { intent: 'edit', facts: [], platform: null, style: { imageStyle: null, backdrop: null, tone: 'calm' } } },
  { text: '이번엔 스파룸도 하나 만들어줘', shop: pension, hasPrevious: true, expect: { intent: 'generate', product: '스파룸', category: 'stay', facts: [], platform: null } },
  { text: '바베큐장 사진 새로 찍었어요 이걸로 다시 만들어주세요', shop: pension, hasPrevious: true, hasAttachments: true, expect: { intent: 'generate', product: '바베큐장', category: 'stay', facts: [], platform: null } },

  // ── smart store: fashion ──
  { text: '여름 린넨 원피스 29,900원 무료 배송', shop: fashionStore, expect: { intent: 'generate', product: '린넨 원피스', category: 'fashion', facts: ['29,900원', '무료 배송'], platform: null, season: 'summer' } },
  { text: '남성 니트 1+1 오늘까지만', shop: fashionStore, expect: { intent: 'generate', product: '니트', category: 'fashion', facts: ['1+1', '오늘까지만'], platform: null } },
  { text: '러닝화 신상 입고됐어요 상세페이지 만들어주세요👟', shop: fashionStore, expect: { intent: 'generate', product: '러닝화', category: 'fashion', facts: [], platform: 'naver-smartstore' } },
  { text: '가죽 크로스백 39,000원 인스타 피드에 올릴 광고 해줘', shop: fashionStore, expect: { intent: 'generate', product: '가죽 크로스백', category: 'fashion', facts: ['39,000원'], platform: 'instagram-feed' } },
  { text: '와이드 데님 팬츠 2장 이상 구매 시 10% 할인', shop: fashionStore, expect: { intent: 'generate', product: '와이드 데님 팬츠', category: 'fashion', facts: ['2장 이상', '10% 할인'], platform: null } },
  { text: '봄 트렌치코트 최대 40% 할인 3월 31일까지', shop: fashionStore, expect: { intent: 'generate', product: '트렌치코트', category: 'fashion', facts: ['최대 40% 할인', '3월 31일까지'], platform: null, season: 'spring' } },
  { text: '20대 여성 크롭 가디건 세일 중이에요 스토리 광고', shop: fashionStore, expect: { intent: 'generate', product: '크롭 가디건', category: 'fashion', facts: [], platform: 'instagram-story' } },
  { text: '실버 귀걸이 네이버 쇼핑에 올릴 이미지 흰 배경으로 만들어줘', shop: fashionStore, expect: { intent: 'generate', product: '실버 귀걸이', category: 'fashion', facts: [], platform: 'naver-smartstore', style: { imageStyle: null, backdrop: 'white', tone: null } } },
  { text: '오버핏 맨투맨 2+1 이번 주말까지 카톡으로 보낼 광고', shop: fashionStore, expect: { intent: 'generate', product: '오버핏 맨투맨', category: 'fashion', facts: ['2+1', '이번 주말까지'], platform: 'kakao-channel' } },
  { text: '슬랙스 3만 9천원 무료 배송 해요 심플하게 상세페이지 이미지 부탁드립니다', shop: fashionStore, expect: { intent: 'generate', product: '슬랙스', category: 'fashion', facts: ['3만 9천원', '무료 배송'], platform: 'naver-smartstore', style: { imageStyle: 'minimal', backdrop: null, tone: 'calm' } } },
  { text: '캔버스 에코백 만원 할인 중!! 당근에도 올리려구요 광고 만들어줘', shop: fashionStore, expect: { intent: 'generate', product: '캔버스 에코백', category: 'fashion', facts: ['만원 할인'], platform: null } },
  { text: '가을 신상 트위드 자켓 입고 ✨ 인스타 게시물 만들어주세요', shop: fashionStore, expect: { intent: 'generate', product: '트위드 자켓', category: 'fashion', facts: [], platform: 'instagram-feed', season: 'autumn' } },
  { text: '스마트스토어 상세페이지 첫 화면에 뭐 넣어야 잘 팔려요?', shop: fashionStore, expect: { intent: 'consult', facts: [], platform: 'naver-smartstore' } },
  { text: '옷 쇼핑몰 모델 없이 사진 찍는 방법 있나요?', shop: fashionStore, expect: { intent: 'consult', facts: [], platform: null } },
  { text: '카톡 채널 메시지는 얼마나 자주 보내야 돼요?', shop: fashionStore, expect: { intent: 'consult', facts: [], platform: 'kakao-channel' } },
  { text: '인스타 릴스랑 쇼핑몰 광고 어느 쪽에 먼저 힘을 줘야 할까요', shop: fashionStore, expect: { intent: 'consult', facts: [], platform: 'instagram-story' } },
  { text: '글자 색 좀 바꿔줘 너무 튀어', shop: fashionStore, hasPrevious: true, expect: { intent: 'edit', facts: [], platform: null } },
  { text: '배경 흰색으로 바꿔주세요', shop: fashionStore, hasPrevious: true, expect: { intent: 'edit', facts: [], platform: null, style: { imageStyle: null, backdrop: 'white', tone: null } } },
  { text: '이번엔 청바지도 만들어줄래?', shop: fashionStore, hasPrevious: true, expect: { intent: 'generate', product: '청바지', category: 'fashion', facts: [], platform: null } },
  { text: '이 사진으로 스토리용 하나 더 만들어줘', shop: fashionStore, hasPrevious: true, hasAttachments: true, expect: { intent: 'generate', product: '', category: null, facts: [], platform: 'instagram-story' } },

  // ── smart store: living goods ──
  { text: '네이버 스마트스토어 대표 이미지로 쓸 캔들 사진, 흰 배경에 깔끔하게', shop: livingStore, hasAttachments: true, expect: { intent: 'generate', product: '캔들', category: 'living', facts: [], platform: 'naver-smartstore', style: { imageStyle: 'minimal', backdrop: 'white', tone: 'calm' } } },
  { text: '디퓨저 100ml 12,000원 상세페이지용', shop: livingStore, expect: { intent: 'generate', product: '디퓨저', category: 'living', facts: ['100ml', '12,000원'], platform: 'naver-smartstore' } },
  { text: '핸드크림 30ml 1+1 무료 배송', shop: livingStore, expect: { intent: 'generate', product: '핸드크림', category: 'cosmetics', facts: ['30ml', '1+1', '무료 배송'], platform: null } },
  { text: '수제 원목 도마 35,000원 따뜻한 느낌으로 인스타 광고 만들어줘', shop: livingStore, expect: { intent: 'generate', product: '수제 원목 도마', category: 'living', facts: ['35,000원'], platform: 'instagram-feed', style: { imageStyle: null, backdrop: 'warm', tone: null } } },
  { text: '규조토 발매트 2개 세트 19,800원 무료 배송', shop: livingStore, expect: { intent: 'generate', product: '규조토 발매트', category: 'living', facts: ['2개 세트', '19,800원', '무료 배송'], platform: null } },
  { text: '호텔 수건 10장 29,000원 특가 상세페이지 부탁드립니다', shop: livingStore, expect: { intent: 'generate', product: '호텔 수건', category: 'living', facts: ['10장', '29,000원'], platform: 'naver-smartstore' } },
  { text: '미니멀하게 라탄 바구니 광고 만들어줘', shop: livingStore, expect: { intent: 'generate', product: '라탄 바구니', category: 'living', facts: [], platform: null, style: { imageStyle: 'minimal', backdrop: null, tone: 'calm' } } },
  { text: '소이 캔들 선물 포장 무료!! 어버이날 선물로 딱이에요 카톡 채널 광고', shop: livingStore, expect: { intent: 'generate', product: '소이 캔들', category: 'living', facts: ['선물 포장 무료'], platform: 'kakao-channel' } },
  { text: '세라믹 머그컵 2+1 주말에만 해요 화사하게 광고해줄래요?', shop: livingStore, expect: { intent: 'generate', product: '세라믹 머그컵', category: 'living', facts: ['2+1', '주말에만'], platform: null, style: { imageStyle: null, backdrop: 'bright', tone: null } } },
  { text: '극세사 이불 겨울 시즌 오픈했어요 포근하게 스마트스토어용으로 만들어주세요', shop: livingStore, expect: { intent: 'generate', product: '극세사 이불', category: 'living', facts: [], platform: 'naver-smartstore', season: 'winter', style: { imageStyle: null, backdrop: 'warm', tone: null } } },
  { text: '캔들 상세페이지에 향 설명은 어떻게 쓰는 게 좋아요?', shop: livingStore, expect: { intent: 'consult', facts: [], platform: 'naver-smartstore' } },
  { text: '리빙 소품은 어떤 배경이 잘 팔려요?', shop: livingStore, expect: { intent: 'consult', facts: [], platform: null } },
  { text: '좀 더 내추럴하게 바꿔줘', shop: livingStore, hasPrevious: true, expect: { intent: 'edit', facts: [], platform: null, style: { imageStyle: null, backdrop: 'natural', tone: null } } },
  { text: '문구 좀 더 다정하게', shop: livingStore, hasPrevious: true, expect: { intent: 'edit', facts: [], platform: null, style: { imageStyle: null, backdrop: null, tone: 'friendly' } } },
  { text: '이번엔 디퓨저도 같은 느낌으로 만들어줘', shop: livingStore, hasPrevious: true, expect: { intent: 'generate', product: '디퓨저', category: 'living', facts: [], platform: null } },

  // ── smart store: food gifts ──
  { text: '제주 한라봉 5kg 3만 9천원 스마트스토어 상세페이지', shop: foodGiftStore, expect: { intent: 'generate', product: '제주 한라봉', category: 'food-gift', facts: ['5kg', '3만 9천원'], platform: 'naver-smartstore' } },
  { text: '유기농 수제 잼 3종 세트 선물용으로 광고해주세요', shop: foodGiftStore, expect: { intent: 'generate', product: '유기농 수제 잼', category: 'food-gift', facts: ['3종 세트'], platform: null } },
  { text: '설 명절 한우 선물세트 사전예약 1월 20일까지 010-7777-8888', shop: foodGiftStore, expect: { intent: 'generate', product: '한우 선물세트', category: 'food-gift', facts: ['1월 20일까지', '010-7777-8888'], platform: null, season: 'winter' } },
  { text: '꿀고구마 10kg 무료 배송 해드려요 광고 만들어줘요', shop: foodGiftStore, expect: { intent: 'generate', product: '꿀고구마', category: 'food-gift', facts: ['10kg', '무료 배송'], platform: null } },
  { text: '제주 감귤 2+1 이벤트 금요일까지 스토리용', shop: foodGiftStore, expect: { intent: 'generate', product: '제주 감귤', category: 'food-gift', facts: ['2+1', '금요일까지'], platform: 'instagram-story' } },
  { text: '국산 참기름 350ml 2병 세트 2만원부터 인스타 피드용', shop: foodGiftStore, expect: { intent: 'generate', product: '국산 참기름', category: 'food-gift', facts: ['350ml', '2병 세트', '2만원부터'], platform: 'instagram-feed' } },
  { text: '샤인머스캣 2kg 선물용 고급스럽게 상세페이지 만들어줘', shop: foodGiftStore, expect: { intent: 'generate', product: '샤인머스캣', category: 'food-gift', facts: ['2kg'], platform: 'naver-smartstore', style: { imageStyle: null, backdrop: null, tone: 'premium' } } },
  { text: '수제 약과 20개입 18,000원 카톡 채널 광고 해주세요', shop: foodGiftStore, expect: { intent: 'generate', product: '수제 약과', facts: ['20개입', '18,000원'], platform: 'kakao-channel' } },
  { text: '햇사과 첫 수확 했어요🍎 5kg 3만원 이상 주문시 무료 배송이에요 광고 부탁해요', shop: foodGiftStore, expect: { intent: 'generate', product: '햇사과', category: 'food-gift', facts: ['5kg', '3만원 이상', '무료 배송'], platform: null } },
  { text: '과일 선물세트 상세페이지 사진 몇 장 넣는 게 좋아요?', shop: foodGiftStore, expect: { intent: 'consult', facts: [], platform: 'naver-smartstore' } },
  { text: '네이버 쇼핑 검색에 잘 뜨려면 상품명을 어떻게 지어야 돼요?', shop: foodGiftStore, expect: { intent: 'consult', facts: [], platform: 'naver-smartstore' } },
  { text: '명절 전에 광고를 언제부터 시작해야 돼요?', shop: foodGiftStore, expect: { intent: 'consult', facts: [], platform: null } },
  { text: '과일이 좀 더 싱싱해 보이게 밝게 해줘', shop: foodGiftStore, hasPrevious: true, expect: { intent: 'edit', facts: [], platform: null, style: { imageStyle: null, backdrop: 'bright', tone: null } } },
  { text: '배송 안내 글씨 더 크게 보이게 해주세요', shop: foodGiftStore, hasPrevious: true, expect: { intent: 'edit', facts: [], platform: null } },
  { text: '이번엔 천혜향도 만들어주세요', shop: foodGiftStore, hasPrevious: true, expect: { intent: 'generate', product: '천혜향', category: 'food-gift', facts: [], platform: null } },

  // ── smart store: electronics ──
  { text: '무선 이어폰 최대 40% 할인 12/31까지', shop: electronicsStore, expect: { intent: 'generate', product: '무선 이어폰', category: 'electronics', facts: ['최대 40% 할인', '12/31까지'], platform: null } },
  { text: '블루투스 스피커 신제품 출시 49,000원 유튜브 쇼츠 광고 만들어줘', shop: electronicsStore, expect: { intent: 'generate', product: '블루투스 스피커', category: 'electronics', facts: ['49,000원'], platform: 'youtube' } },
  { text: '고속 충전기 2+1 스마트스토어 상세페이지 만들어줘', shop: electronicsStore, expect: { intent: 'generate', product: '고속 충전기', category: 'electronics', facts: ['2+1'], platform: 'naver-smartstore' } },
  { text: '게이밍 키보드 어두운 배경으로 인스타 광고', shop: electronicsStore, expect: { intent: 'generate', product: '게이밍 키보드', category: 'electronics', facts: [], platform: 'instagram-feed', style: { imageStyle: null, backdrop: 'dark', tone: null } } },
  { text: '휴대용 선풍기 여름 한정 5,000원 할인', shop: electronicsStore, expect: { intent: 'generate', product: '휴대용 선풍기', category: 'electronics', facts: ['5,000원 할인'], platform: null, season: 'summer' } },
  { text: '태블릿 거치대 무료 배송 오늘까지만 카톡 채널에 올려줘', shop: electronicsStore, expect: { intent: 'generate', product: '태블릿 거치대', category: 'electronics', facts: ['무료 배송', '오늘까지만'], platform: 'kakao-channel' } },
  { text: '무선 마우스 3종 세트 깔끔하게 광고해줘', shop: electronicsStore, expect: { intent: 'generate', product: '무선 마우스', category: 'electronics', facts: ['3종 세트'], platform: null, style: { imageStyle: 'minimal', backdrop: null, tone: 'calm' } } },
  { text: '로봇청소기 89만원 선착순 50명 한정 사은품 증정!! 프리미엄 느낌으로요', shop: electronicsStore, expect: { intent: 'generate', product: '로봇청소기', category: 'electronics', facts: ['89만원', '선착순 50명 한정', '사은품 증정'], platform: null, style: { imageStyle: null, backdrop: null, tone: 'premium' } } },
  { text: '전자제품 상세페이지에 스펙표 꼭 넣어야 돼요?', shop: electronicsStore, expect: { intent: 'consult', facts: [], platform: 'naver-smartstore' } },
  { text: '가전 광고는 실사가 나아요 일러스트가 나아요?', shop: electronicsStore, expect: { intent: 'consult', facts: [], platform: null } },
  { text: '제품이 좀 더 크게 보이게 해줘', shop: electronicsStore, hasPrevious: true, expect: { intent: 'edit', facts: [], platform: null } },
  { text: '배경 좀 더 미니멀하게', shop: electronicsStore, hasPrevious: true, expect: { intent: 'edit', facts: [], platform: null, style: { imageStyle: 'minimal', backdrop: null, tone: 'calm' } } },
  { text: '이번엔 보조배터리 광고 만들어줘', shop: electronicsStore, hasPrevious: true, expect: { intent: 'generate', product: '보조배터리', category: 'electronics', facts: [], platform: null } },

  // ── smart store: toys ──
  { text: '어린이날 맞이 원목 블록 20% 할인 5월 5일까지 인스타 광고', shop: toyStore, expect: { intent: 'generate', product: '원목 블록', category: 'toys', facts: ['20% 할인', '5월 5일까지'], platform: 'instagram-feed', season: 'spring' } },
  { text: '애착 인형 무료 포장 해드려요 귀엽게 만들어주세요🧸', shop: toyStore, expect: { intent: 'generate', product: '애착 인형', category: 'toys', facts: ['무료 포장'], platform: null, style: { imageStyle: null, backdrop: null, tone: 'playful' } } },
  { text: 'RC카 신상 입고 39,900원 스토리용', shop: toyStore, expect: { intent: 'generate', product: 'RC카', category: 'toys', facts: ['39,900원'], platform: 'instagram-story' } },
  { text: '보드게임 2개 이상 사면 10% 할인 카톡 채널', shop: toyStore, expect: { intent: 'generate', product: '보드게임', category: 'toys', facts: ['2개 이상', '10% 할인'], platform: 'kakao-channel' } },
  { text: '목욕 장난감 그림체로 귀엽게 만들어줘', shop: toyStore, expect: { intent: 'generate', product: '목욕 장난감', category: 'toys', facts: [], platform: null, style: { imageStyle: 'illustration', backdrop: null, tone: 'playful' } } },
  { text: '슬라임 키트 50개 한정 판매 당근에 올릴 광고', shop: toyStore, expect: { intent: 'generate', product: '슬라임 키트', category: 'toys', facts: ['50개 한정'], platform: null } },
  { text: '크리스마스 시즌 광고는 언제부터 올려야 할까요?', shop: toyStore, expect: { intent: 'consult', facts: [], platform: null } },
  { text: '장난감 광고는 엄마들이 많이 보는 시간에 올려야 할까요?', shop: toyStore, expect: { intent: 'consult', facts: [], platform: null } },
  { text: '좀 더 발랄하게 바꿔줘', shop: toyStore, hasPrevious: true, expect: { intent: 'edit', facts: [], platform: null, style: { imageStyle: null, backdrop: null, tone: 'playful' } } },
  { text: '새 사진 보낼게요 이걸로도 만들어줘', shop: toyStore, hasPrevious: true, hasAttachments: true, expect: { intent: 'generate', product: '', category: null, facts: [], platform: null } },

  // ── smart store: pet goods ──
  { text: '강아지 수제 간식 3봉 1만원 스토리 광고 만들어줘', shop: petStore, expect: { intent: 'generate', product: '강아지 수제 간식', category: 'pet', facts: ['3봉', '1만원'], platform: 'instagram-story' } },
  { text: '고양이 스크래처 무료 배송 인스타 피드용', shop: petStore, expect: { intent: 'generate', product: '고양이 스크래처', category: 'pet', facts: ['무료 배송'], platform: 'instagram-feed' } },
  { text: '반려견 하네스 신상 29,000원 상세페이지용', shop: petStore, expect: { intent: 'generate', product: '반려견 하네스', category: 'pet', facts: ['29,000원'], platform: 'naver-smartstore' } },
  { text: '유기농 고양이 사료 5kg 2+1', shop: petStore, expect: { intent: 'generate', product: '유기농 고양이 사료', category: 'pet', facts: ['5kg', '2+1'], platform: null } },
  { text: '강아지 쿨매트 여름 한정 15% 할인 시원하게 만들어줘', shop: petStore, expect: { intent: 'generate', product: '강아지 쿨매트', category: 'pet', facts: ['15% 할인'], platform: null, season: 'summer', style: { imageStyle: null, backdrop: 'cool', tone: null } } },
  { text: '펫 유모차 할인하는데 광고 좀 써줄래? 3만원 할인이야', shop: petStore, expect: { intent: 'generate', product: '펫 유모차', category: 'pet', facts: ['3만원 할인'], platform: null } },
  { text: '반려동물 용품은 어떤 문구가 잘 먹혀요?', shop: petStore, expect: { intent: 'consult', facts: [], platform: null } },
  { text: '펫용품 인스타 계정 팔로워 늘리는 방법 알려줘', shop: petStore, expect: { intent: 'consult', facts: [], platform: 'instagram-feed' } },
  { text: '강아지 사진 더 잘 보이게 글씨 작게', shop: petStore, hasPrevious: true, expect: { intent: 'edit', facts: [], platform: null } },
  { text: '이번엔 고양이 모래도 하나 만들어줘', shop: petStore, hasPrevious: true, expect: { intent: 'generate', product: '고양이 모래', category: 'pet', facts: [], platform: null } },

  // ── flower shop ──
  { text: '어버이날 맞이 카네이션 꽃바구니 5만원 예약 받아요', shop: flowerShop, expect: { intent: 'generate', product: '카네이션 꽃바구니', category: 'flowers', facts: ['5만원'], platform: null } },
  { text: '꽃다발 당일 배송 오후 3시까지 주문', shop: flowerShop, expect: { intent: 'generate', product: '꽃다발', category: 'flowers', facts: ['오후 3시까지'], platform: null } },
  { text: '졸업 시즌 꽃다발 3만원부터 사전예약 받아요 인스타 광고', shop: flowerShop, expect: { intent: 'generate', product: '꽃다발', category: 'flowers', facts: ['3만원부터'], platform: 'instagram-feed' } },
  { text: '프리저브드 플라워 박스 우아하게 광고 만들어주세요', shop: flowerShop, expect: { intent: 'generate', product: '프리저브드 플라워 박스', category: 'flowers', facts: [], platform: null, style: { imageStyle: null, backdrop: null, tone: 'premium' } } },
  { text: '몬스테라 화분 2만 5천원 집들이 선물로 좋아요 카톡 채널 광고 만들어줘', shop: flowerShop, expect: { intent: 'generate', product: '몬스테라 화분', category: 'flowers', facts: ['2만 5천원'], platform: 'kakao-channel' } },
  { text: '로즈데이 장미 꽃다발 화사하게 인스타 스토리 만들어줘🌹', shop: flowerShop, expect: { intent: 'generate', product: '장미 꽃다발', category: 'flowers', facts: [], platform: 'instagram-story', style: { imageStyle: null, backdrop: 'bright', tone: null } } },
  { text: '꽃집 광고에 가격을 써야 할까요?', shop: flowerShop, expect: { intent: 'consult', facts: [], platform: null } },
  { text: '꽃집 인스타 사진은 어떤 필터가 예뻐요?', shop: flowerShop, expect: { intent: 'consult', facts: [], platform: 'instagram-feed' } },
  { text: '배경을 파스텔 톤으로 바꿔주세요', shop: flowerShop, hasPrevious: true, expect: { intent: 'edit', facts: [], platform: null, style: { imageStyle: null, backdrop: 'pastel', tone: null } } },

  // ── fitness and lesson studio ──
  { text: '필라테스 체험 수업 신청하면 요가매트 무료 증정!! 인스타 광고 만들어주세요', shop: studio, expect: { intent: 'generate', product: '필라테스 체험 수업', category: 'class', facts: ['요가매트 무료 증정'], platform: 'instagram-feed' } },
  { text: 'PT 10회 50만원 신규 회원 10% 할인', shop: studio, expect: { intent: 'generate', product: 'PT', category: 'class', facts: ['10회', '50만원', '10% 할인'], platform: null } },
  { text: '요가 새벽반 오전 6시 오픈해요 광고 부탁드려요', shop: studio, expect: { intent: 'generate', product: '요가 새벽반', category: 'class', facts: ['오전 6시'], platform: null } },
  { text: '다이어트 그룹 수업 선착순 10명 한정 카톡 채널로 홍보해줘', shop: studio, expect: { intent: 'generate', product: '다이어트 그룹 수업', category: 'class', facts: ['선착순 10명 한정'], platform: 'kakao-channel' } },
  { text: '도자기 원데이 클래스 4만원 주말에만 열어요 인스타 피드 광고', shop: studio, expect: { intent: 'generate', product: '도자기 원데이 클래스', category: 'class', facts: ['4만원', '주말에만'], platform: 'instagram-feed' } },
  { text: '수영 강습 여름방학 특강 7월 20일부터 모집해요', shop: studio, expect: { intent: 'generate', product: '수영 강습', category: 'class', facts: ['7월 20일부터'], platform: null, season: 'summer' } },
  { text: '성인 피아노 레슨 신규 등록 20% 할인 친근하게 만들어줘', shop: studio, expect: { intent: 'generate', product: '피아노 레슨', category: 'class', facts: ['20% 할인'], platform: null, style: { imageStyle: null, backdrop: null, tone: 'friendly' } } },
  { text: '바디핏 필라테스 기구 필라테스 3개월 등록하면 운동복 무료 증정! 쇼츠로 올릴 거 만들어줘', shop: studio, expect: { intent: 'generate', product: '기구 필라테스', category: 'class', facts: ['3개월', '운동복 무료 증정'], platform: 'youtube' } },
  { text: '우리 가게 광고 잘 하는 법 알려줄래?', shop: studio, expect: { intent: 'consult', facts: [], platform: null } },
  { text: '헬스장 회원 모집 광고는 언제 하는 게 좋아요?', shop: studio, expect: { intent: 'consult', facts: [], platform: null } },
  { text: '필라테스 릴스 어떤 거 찍어야 조회수 잘 나와요?', shop: studio, expect: { intent: 'consult', facts: [], platform: 'instagram-story' } },
  { text: '문구를 좀 더 힘차게 바꿔줘', shop: studio, hasPrevious: true, expect: { intent: 'edit', facts: [], platform: null } },
  { text: '배경 좀 더 밝게 해주세요', shop: studio, hasPrevious: true, expect: { intent: 'edit', facts: [], platform: null, style: { imageStyle: null, backdrop: 'bright', tone: null } } },
];
