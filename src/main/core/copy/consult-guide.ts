import type { CopyIndustry } from '../../../shared/ipc/copy';
import { seasonNames, type Season } from './request-reading';
import { industryHashtags } from './templates';

interface GuideContext {
  question: string;
  industry: CopyIndustry;
  season: Season;
  shopName: string;
}

const topics: { pattern: RegExp; answer: (c: GuideContext) => string }[] = [
  {
    pattern: /해시태그|태그/,
    answer: (c) =>
      `해시태그는 5~10개가 적당해요. 상품 이름, 동네 이름과 업종을 합친 태그(예: #동네${c.industry === 'cafe' ? '카페' : '맛집'}), 계절 태그, 그리고 많이 쓰는 태그를 섞어 보세요. 예: ${industryHashtags[c.industry].map((t) => `#${t}`).join(' ')}. 매번 같은 태그만 쓰기보다 상품마다 한두 개씩 바꾸는 게 좋아요.`,
  },
  {
    pattern: /시간|언제|요일|업로드/,
    answer: () => '동네 가게 게시물은 점심 전(11~12시)과 퇴근 무렵(18~20시)에 올리면 반응이 좋은 편이에요. 같은 시간대에 꾸준히 올리면 단골 손님이 알아보기 쉬워요.',
  },
  {
    pattern: /사진|촬영|찍/,
    answer: () => '상품 사진은 창가의 자연광에서, 배경을 단순하게 두고 찍으면 좋아요. 그림자가 너무 진하면 흰 종이로 반대편을 밝혀 주세요. 사진을 올려 주시면 배경을 정리해 광고로 만들어 드릴게요.',
  },
  {
    pattern: /가격|할인|이벤트|프로모션/,
    answer: (c) => `할인은 "기간"과 "조건"을 짧게 적는 게 핵심이에요. 예: "이번 주말까지, 2잔 주문 시 1잔 무료". ${seasonNames[c.season]} 시즌에 맞춘 한정 메뉴나 세트를 함께 알리면 더 눈에 띄어요.`,
  },
];

/** The built-in answer to a question when no LLM is installed: practical, short, in Korean. */
export function consultGuide(context: GuideContext): string {
  const topic = topics.find((t) => t.pattern.test(context.question));
  if (topic) return topic.answer(context);
  return `${context.shopName}의 광고 문구는 짧은 제목 한 줄, 상품의 장점 한 문장, 손님이 할 일(예약하기, 방문하기) 하나로 구성하면 읽기 쉬워요. 만들고 싶은 상품과 올릴 곳(인스타그램, 카카오톡 채널 등)을 알려 주시면 바로 광고를 만들어 드릴게요.`;
}
