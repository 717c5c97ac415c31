import type { ShopCreate } from '../src/shared/ipc/shops';

/** A shop the sheets' requests come from: its brand colours and the letters of its logo. */
export interface SheetShop {
  fields: ShopCreate & { brandColors: string[] };
  logoText: string;
}

export const sheetShops = {
  cafe: { fields: { name: '달빛카페', industry: 'cafe', region: '서울 마포구', tone: '친근하게', brandColors: ['#2F5D50', '#F2C14E'] }, logoText: '달빛' },
  tea: { fields: { name: '차마실', industry: 'cafe', region: '전주 완산구', tone: '차분하게', brandColors: ['#6B3E26', '#C9B79C'] }, logoText: '차' },
  pub: { fields: { name: '골목맥주', industry: 'restaurant', region: '부산 수영구', tone: '활기차게', brandColors: ['#1D3557', '#E63946'] }, logoText: 'GB' },
  pension: { fields: { name: '바다정원 펜션', industry: 'pension', region: '강원 양양군', tone: '편안하게', brandColors: ['#0077B6', '#F4A261'] }, logoText: '바다' },
  shoes: { fields: { name: '스텝업 슈즈', industry: 'smartstore', region: '서울 성동구', tone: '트렌디하게', brandColors: ['#111111', '#FF5A5F'] }, logoText: 'SU' },
  toys: { fields: { name: '토이하우스', industry: 'smartstore', region: '경기 성남시', tone: '귀엽게', brandColors: ['#FFB703', '#219EBC'] }, logoText: 'TOY' },
  living: { fields: { name: '소담리빙', industry: 'other', region: '서울 종로구', tone: '따뜻하게', brandColors: ['#8D6E63', '#A5D6A7'] }, logoText: '소담' },
  fruit: { fields: { name: '햇살과일상회', industry: 'smartstore', region: '충북 충주시', tone: '정겹게', brandColors: ['#4A148C', '#8BC34A'] }, logoText: '햇살' },
  fashion: { fields: { name: '하루안경', industry: 'smartstore', region: '대구 중구', tone: '세련되게', brandColors: ['#E91E63', '#263238'] }, logoText: 'HARU' },
} satisfies Record<string, SheetShop>;

export type SheetShopKey = keyof typeof sheetShops;

/** One photo with the request an owner of that shop would type for it. */
export interface SheetCase {
  photo: string;
  shop: SheetShopKey;
  request: string;
}

/** The shared fixtures' photos (../shared/fixtures/photos) and the repository's own (fixtures/photos). */
export const sheetCases: SheetCase[] = [
  { photo: 'shared:coffee_cup__skimage.png', shop: 'cafe', request: '바닐라빈 라떼 4,500원 출시 기념 10% 할인' },
  { photo: 'shared:beer_can__dreambooth_unsplash.jpg', shop: 'pub', request: '수제 맥주 캔 2+1 이번 주말까지' },
  { photo: 'shared:boot__dreambooth.jpg', shop: 'shoes', request: '겨울 부츠 신상 입고, 3만원 이상 무료배송' },
  { photo: 'shared:sneaker__dreambooth.jpg', shop: 'shoes', request: '파스텔 스니커즈 봄 신상 20% 할인' },
  { photo: 'shared:duck_toy__dreambooth.jpg', shop: 'toys', request: '아기 목욕 장난감 러버덕 8,000원' },
  { photo: 'shared:robot_toy__dreambooth.jpg', shop: 'toys', request: '어린이날 로봇 장난감 선물 특가' },
  { photo: 'shared:backpack__controlnet.png', shop: 'fashion', request: '가죽 백팩 신상 출시, 흰 배경에 깔끔하게' },
  { photo: 'shared:shoe__controlnet.png', shop: 'shoes', request: '블랙 운동화 1+1 행사' },
  { photo: 'shared:plush_toy__controlnet.png', shop: 'toys', request: '양 인형 크리스마스 선물 포장 무료' },
  { photo: 'shared:drink_cans__paddleclas.png', shop: 'fruit', request: '우유 음료 6캔 묶음 9,900원' },
  { photo: 'shared:grocery_bags__sam.jpg', shop: 'fruit', request: '장보기 배달 시작, 3만원 이상 무료배송' },
  { photo: 'shared:korean_road_sign__easyocr.png', shop: 'pension', request: '바다 보이는 객실 주말 특가' },
  { photo: 'repo:teapot__dreambooth_unsplash.jpg', shop: 'tea', request: '보이차 다구 세트 입고, 고급스럽게' },
  { photo: 'repo:candle__dreambooth.jpg', shop: 'living', request: '소이 캔들 신상 2개 사면 10% 할인' },
  { photo: 'repo:vase__dreambooth_unsplash.jpg', shop: 'living', request: '도자기 화병 흰 배경에 깔끔하게' },
  { photo: 'repo:clock__dreambooth_unsplash.jpg', shop: 'living', request: '탁상시계 새학기 특가 12,900원' },
  { photo: 'repo:berry_bowl__dreambooth_unsplash.jpg', shop: 'fruit', request: '국산 블루베리 500g 산지직송 15,000원' },
  { photo: 'repo:bear_plushie__dreambooth.jpg', shop: 'toys', request: '곰인형 어린이날 선물, 귀엽게' },
  { photo: 'repo:pink_sunglasses__dreambooth_unsplash.jpg', shop: 'fashion', request: '여름 선글라스 신상 30% 할인' },
  { photo: 'repo:monster_toy__dreambooth.jpg', shop: 'toys', request: '손뜨개 인형 주문 제작 받아요, 따뜻한 느낌' },
  { photo: 'repo:shiny_sneaker__dreambooth.jpg', shop: 'shoes', request: '홀로그램 운동화 한정 수량 할인' },
];
