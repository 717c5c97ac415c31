import type { Shop } from '../../../shared/ipc/shops';

/**
 * Requests a new owner can start from, per kind of shop: an ad for a photo, a notice for a
 * channel, and a question. They stay Korean in either language of the window: the ads are for
 * Korean customers and the requests are read as Korean.
 */
/** What the sample photo (a hand-thrown mug) is asked for: one click attaches it and puts this in the request box. */
export const sampleRequest = '손으로 빚은 머그컵 신상품, 인스타에 올릴 광고 만들어줘';

export const exampleRequests: Record<Shop['industry'], readonly string[]> = {
  cafe: ['여름 신메뉴 아이스 라떼, 인스타에 올릴 광고 만들어줘', '이번 주말 음료 1+1 이벤트 카톡 채널 공지 써줘', '비 오는 날 손님을 부를 문구 아이디어 알려줘'],
  bakery: ['갓 구운 소금빵 인스타 광고 만들어줘', '오후 6시 이후 빵 30% 할인 카톡 채널 문구 써줘', '크리스마스 케이크 예약을 받는 광고 문구 아이디어 알려줘'],
  restaurant: ['점심 특선 김치찌개 정식 인스타 광고 만들어줘', '평일 저녁 단체 예약 할인 카톡 채널 공지 써줘', '배달 리뷰 이벤트 문구 아이디어 알려줘'],
  salon: ['봄맞이 염색 할인 인스타 광고 만들어줘', '첫 방문 고객 20% 할인 카톡 채널 문구 써줘', '한가한 평일 오전을 채울 이벤트 아이디어 알려줘'],
  pension: ['오션뷰 객실로 여름 성수기 예약 광고 만들어줘', '평일 연박 할인 카톡 채널 공지 써줘', '비수기에 손님을 부를 문구 아이디어 알려줘'],
  smartstore: ['신상 텀블러 스마트스토어 광고 만들어줘', '오늘 주문하면 당일 발송, 인스타 스토리 광고 만들어줘', '구매 후기 이벤트 공지 문구 써줘'],
  other: ['새로 들어온 상품 인스타 광고 만들어줘', '이번 달 할인 행사 카톡 채널 공지 써줘', '우리 가게 홍보 문구 아이디어 알려줘'],
};
