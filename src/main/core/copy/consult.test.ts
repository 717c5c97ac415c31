import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { JobResult } from '../../../shared/ipc/jobs';
import type { LlmGenerate, LlmGenerateResult } from '../../inference/protocol';
import { createFileLogger } from '../log/logger';
import { createShop } from '../shops/shops-repo';
import { watchJobs } from '../testing/job-events';
import { createTempCore } from '../testing/temp-core';
import { unwrap } from '../testing/unwrap';
import { consultAnswers, unknownAnswer } from './consult-answers';
import { consultGuide, matchConsultAnswer } from './consult-guide';
import { createCopywriter } from './copywriter';
import { classifyIntent } from './intent';
import { readAs } from '../testing/read-as';

/**
 * Owner sentences as owners type them, with the intent they mean (no earlier result in the
 * chat). Decided: asking for copy itself ("광고 문구 추천해줘", "해시태그 추천해줘") is a
 * request for copy suggestions, which generating writes, so it is generate; asking for advice
 * about copy ("어떤 문구가 좋을까?") is consult.
 */
const intents: [string, 'generate' | 'consult'][] = [
  ['인스타 광고 문구는 보통 몇 글자 정도가 적당해?', 'consult'],
  ['치킨집 광고는 어느 시간대에 올리는 게 좋아요?', 'consult'],
  ['펜션 홍보 블로그에 쓸 만한 주제 추천해줘', 'consult'],
  ['팔로워 늘리려면 뭐부터 해야 돼?', 'consult'],
  ['해시태그는 몇 개가 좋아요?', 'consult'],
  ['해시태그몇개쓰는게좋아요', 'consult'],
  ['어떤 문구가 좋을까?', 'consult'],
  ['광고 문구 어떻게 써야 돼?', 'consult'],
  ['인스타에 광고 올리려면 하루에 얼마 정도 써야 하나요', 'consult'],
  ['리뷰 이벤트 어떻게 하면 좋을까요?', 'consult'],
  ['네이버 플레이스 소식은 뭐 올려요??', 'consult'],
  ['카톡 채널 친구 어떻게 모아요 ㅠㅠ', 'consult'],
  ['스마트스토어 상세페이지 순서 알려주세요', 'consult'],
  ['할인 가격은 어떻게 표시하는 게 좋아요?', 'consult'],
  ['광고 문자 보낼 때 주의할 점 있나요', 'consult'],
  ['릴스 몇 초짜리로 만드는 게 좋아?', 'consult'],
  ['비 오는 날 손님이 너무 없어요 어떡하죠', 'consult'],
  ['평일에 손님이 없어서 고민이에요', 'consult'],
  ['신메뉴 출시하는데 홍보 어떻게 해야 할지 모르겠어요', 'consult'],
  ['오픈 이벤트 뭐 하면 좋을까요😊', 'consult'],
  ['배민 리뷰 답글 어떻게 달아야 돼요', 'consult'],
  ['악성 리뷰 달렸는데 어케 대응해야돼?', 'consult'],
  ['인스타 피드 사진 사이즈 몇으로 해야돼', 'consult'],
  ['블로그 제목 어떻게 지어요?', 'consult'],
  ['체험단 하면 광고 표시 해야돼요?', 'consult'],
  ['단골 만들려면 어떻게 해야 할까', 'consult'],
  ['인스타 언제 올리는게 제일 좋아', 'consult'],
  ['일주일에 몇 번 올려야 해요?', 'consult'],
  ['음식 사진 잘 찍는 팁 좀 알려줘', 'consult'],
  ['카카오톡 채널 메시지 몇 자까지 쓰는 게 좋아요?', 'consult'],
  ['홍보 처음인데 어디서부터 시작해야 하나요', 'consult'],
  ['할인이랑 증정 중에 뭐가 나아요?', 'consult'],
  ['광고비 얼마나 써야 돼요?', 'consult'],
  ['크리스마스 케이크 예약 홍보는 언제부터 하는 게 좋을까요', 'consult'],
  ['이 앱으로 뭘 할 수 있어?', 'consult'],
  ['우리 가게 인스타 프로필 소개 뭐라고 쓰지', 'consult'],
  ['전단지에 뭐 넣어야 돼?', 'consult'],
  ['광고 문구에 가격 꼭 넣어야 하나요?', 'consult'],
  ['문구 길이는 어느 정도가 좋아?', 'consult'],
  ['스토리 하이라이트 어떻게 정리해요', 'consult'],
  ['여름 신메뉴 아이스 라떼, 인스타에 올릴 광고 만들어줘', 'generate'],
  ['라떼 광고 만들어 줄래?', 'generate'],
  ['라떼광고만들어줄래?', 'generate'],
  ['봄맞이 펌 20% 할인 이벤트 홍보 문구만 써줘', 'generate'],
  ['이번엔 레몬에이드도 하나 만들어줘', 'generate'],
  ['크리스마스 케이크 사전예약 12월 20일까지 받습니다 스토리용으로', 'generate'],
  ['광고 문구 추천해줘', 'generate'],
  ['해시태그 추천해줘', 'generate'],
  ['소금빵 광고', 'generate'],
  ['바닐라빈 라떼 4,500원 출시 기념 10% 할인', 'generate'],
  ['어떤 느낌으로 광고 만들어줘?', 'generate'],
  ['딸기 케이크 인스타 광고 부탁해요', 'generate'],
  ['네이버 스마트스토어 대표 이미지로 쓸 캔들 사진, 흰 배경에 깔끔하게', 'generate'],
  ['치킨 야식 광고 좀 만들어 주세요!!', 'generate'],
  ['카톡 채널에 보낼 쿠폰 안내 메시지 써줘', 'generate'],
  ['광고 문자 하나 작성해 주실 수 있나요?', 'generate'],
  ['여름 빙수 포스터 만들어줄 수 있어요?', 'generate'],
  ['오픈 이벤트 전단지 만들어줘요 🎉', 'generate'],
  ['블로그 제목 몇 개 추천해줘', 'generate'],
  ['20대 여성 타겟으로 네일아트 광고 만들어주세요', 'generate'],
  ['펜션 여름 성수기 예약 광고 부탁드려요', 'generate'],
  ['신메뉴 나왔어요 흑임자 라떼 홍보해줘', 'generate'],
  ['리뷰 이벤트 안내 문구 써주세요', 'generate'],
  ['비 오는 날 할인 이벤트 광고 하나 뽑아줘', 'generate'],
  ['오늘의 빵 소식 인스타 스토리용', 'generate'],
  ['해시태그 몇 개 넣어줘', 'generate'],
  ['좋은 광고 문구 예시 보여줘', 'generate'],
  ['어버이날 카네이션 꽃바구니 광고 부모님 할머니', 'generate'],
];

/** Questions and the answer-bank entry each should get. */
const answerIds: [string, string][] = [
  ['인스타 광고 문구는 보통 몇 글자 정도가 적당해?', 'instagram-caption-length'],
  ['치킨집 광고는 어느 시간대에 올리는 게 좋아요?', 'food-posting-time'],
  ['펜션 홍보 블로그에 쓸 만한 주제 추천해줘', 'blog-topics-stay'],
  ['팔로워 늘리려면 뭐부터 해야 돼?', 'follower-growth'],
  ['해시태그몇개쓰는게좋아요', 'hashtag-count'],
  ['해시태그는 뭐 쓰면 좋아?', 'hashtag-choice'],
  ['인스타 언제 올리는게 제일 좋아', 'posting-time'],
  ['리뷰 이벤트 어떻게 하면 좋을까요?', 'review-event'],
  ['배민 리뷰 답글 어떻게 달아야 돼요', 'review-reply'],
  ['악성 리뷰 달렸는데 어케 대응해야돼?', 'bad-review'],
  ['네이버 플레이스 소식은 뭐 올려요??', 'naver-place-news'],
  ['카톡 채널 친구 어떻게 모아요 ㅠㅠ', 'kakao-channel-friends'],
  ['카카오톡 채널 메시지 몇 자까지 쓰는 게 좋아요?', 'kakao-message-length'],
  ['스마트스토어 상세페이지 순서 알려주세요', 'smartstore-detail-page'],
  ['할인 가격은 어떻게 표시하는 게 좋아요?', 'price-display'],
  ['광고 문자 보낼 때 주의할 점 있나요', 'sms-ad-rule'],
  ['릴스 몇 초짜리로 만드는 게 좋아?', 'reels-shorts'],
  ['비 오는 날 손님이 너무 없어요 어떡하죠', 'rainy-day'],
  ['평일에 손님이 없어서 고민이에요', 'slow-weekday'],
  ['신메뉴 출시하는데 홍보 어떻게 해야 할지 모르겠어요', 'new-menu-launch'],
  ['오픈 이벤트 뭐 하면 좋을까요😊', 'opening-event'],
  ['인스타 피드 사진 사이즈 몇으로 해야돼', 'image-size'],
  ['블로그 제목 어떻게 지어요?', 'naver-blog-title'],
  ['체험단 하면 광고 표시 해야돼요?', 'influencer-disclosure'],
  ['단골 만들려면 어떻게 해야 할까', 'regulars'],
  ['일주일에 몇 번 올려야 해요?', 'posting-frequency'],
  ['음식 사진 잘 찍는 팁 좀 알려줘', 'food-photo'],
  ['홍보 처음인데 어디서부터 시작해야 하나요', 'where-to-start'],
  ['할인이랑 증정 중에 뭐가 나아요?', 'discount-or-gift'],
  ['광고비 얼마나 써야 돼요?', 'ad-budget'],
  ['크리스마스 케이크 예약 홍보는 언제부터 하는 게 좋을까요', 'seasonal-event'],
  ['이 앱으로 뭘 할 수 있어?', 'app-capabilities'],
  ['우리 가게 인스타 프로필 소개 뭐라고 쓰지', 'instagram-profile'],
  ['전단지에 뭐 넣어야 돼?', 'flyer'],
  ['스토리 하이라이트 어떻게 정리해요', 'instagram-story'],
  ['어떤 문구가 좋을까?', 'ad-copy-structure'],
];

describe('telling a question from a request', () => {
  it(`reads all ${intents.length} owner sentences with the intent they mean`, () => {
    const wrong = intents.filter(([text, expected]) => classifyIntent(text, { hasPrevious: false }) !== expected);
    expect(wrong).toEqual([]);
  });

  it('answers a question about the last result instead of editing it, and still edits on request', () => {
    expect(classifyIntent('배경은 무슨 색이 좋을까?', { hasPrevious: true })).toBe('consult');
    expect(classifyIntent('문구 좀 더 짧게 해줄래?', { hasPrevious: true })).toBe('edit');
    expect(classifyIntent('배경 좀 더 따뜻하게', { hasPrevious: true })).toBe('edit');
  });
});

describe('the answer bank', () => {
  it('holds at least 40 answers with unique ids, each 2 to 5 sentences of 해요체', () => {
    expect(consultAnswers.length).toBeGreaterThanOrEqual(40);
    expect(new Set(consultAnswers.map((entry) => entry.id)).size).toBe(consultAnswers.length);
    for (const entry of consultAnswers) {
      const text = typeof entry.answer === 'string' ? entry.answer : entry.answer({ category: 'drink', shopName: '달빛카페' });
      const sentences = text.split(/(?<=[.!?])\s+(?=[^\s])/).filter((s) => /[가-힣]/.test(s));
      expect(sentences.length, entry.id).toBeGreaterThanOrEqual(2);
      expect(sentences.length, entry.id).toBeLessThanOrEqual(5);
      expect(text, entry.id).not.toMatch(/습니다|합니다|한다\.|이다\./);
    }
  });

  it(`gives each of ${answerIds.length} questions its matching answer`, () => {
    const wrong = answerIds
      .map(([question, id]) => [question, id, matchConsultAnswer(question)?.id] as const)
      .filter(([, id, matched]) => matched !== id);
    expect(wrong).toEqual([]);
  });

  it("fills the shop's own example hashtags into the hashtag answer", () => {
    expect(consultGuide('해시태그 몇 개 달아요?', { category: 'bread', shopName: '소금빵집' })).toContain('#빵스타그램');
  });

  it('says honestly that it does not know, and what the app can do, when nothing matches', () => {
    for (const question of ['세금 신고는 언제 해요?', '직원 월급은 얼마가 적당해?', '날씨 어때?']) {
      expect(matchConsultAnswer(question), question).toBeUndefined();
      expect(consultGuide(question, { category: 'drink', shopName: '달빛카페' })).toBe(unknownAnswer);
    }
    expect(unknownAnswer).toMatch(/잘 모르겠어요/);
    expect(unknownAnswer).toMatch(/광고 문구와 이미지를 만들어/);
  });
});

describe('the LLM consultant', () => {
  const shop = { name: '달빛카페', industry: '카페', region: '', description: '', tone: '', targetCustomers: '' };
  const ask = async (question: string) => {
    const prompts: string[] = [];
    const run = async (request: LlmGenerate): Promise<LlmGenerateResult> => {
      prompts.push(request.prompt);
      return { text: '인스타그램 캡션은 첫 두 줄이 중요해요.', tokens: 8, generateMs: 1, loadMs: 0, historyTurnsUsed: 0 };
    };
    const model = { path: '/models/x.gguf', id: 'x.gguf', contextSize: 2048, threads: 0, gpu: false, idleUnloadMs: 0 };
    const copywriter = createCopywriter({ run, model: async () => model, logger: createFileLogger(join(tmpdir(), 'adstudio-test-logs')) });
    const answer = await copywriter.consult(question, { shop, reading: readAs(question), category: 'drink' }, [], new AbortController().signal, () => undefined);
    return { answer, prompt: prompts[0] ?? '' };
  };

  it("is grounded on the bank's answer when one matches, and gets no made-up reference otherwise", async () => {
    const matched = await ask('인스타 광고 문구는 보통 몇 글자 정도가 적당해?');
    expect(matched.answer.writer).toBe('llm');
    expect(matched.prompt).toContain(consultGuide('인스타 광고 문구는 보통 몇 글자 정도가 적당해?', { category: 'drink', shopName: '달빛카페' }));
    const unmatched = await ask('세금 신고는 언제 해요?');
    expect(unmatched.prompt).not.toContain('참고 답변');
  });
});

describe('a consultation through the core', () => {
  const core = createTempCore();
  afterAll(() => core.dispose());

  it('answers from the bank and makes no generation', async () => {
    const shop = createShop(core.database.db(), { name: '달빛카페', industry: 'cafe', region: '서울 마포구', tone: '친근하게' });
    const watch = watchJobs(core);
    const question = '인스타 광고 문구는 보통 몇 글자 정도가 적당해?';
    const { jobId } = unwrap<{ jobId: string }>(await core.call('jobs.start', { shopId: shop.id, text: question }));
    const finished = await watch.finished(jobId);
    watch.stop();
    const result = finished.result as JobResult;
    expect(result).toMatchObject({ intent: 'consult', generationIds: [], copy: null, writer: 'template' });
    expect(result.replyText).toBe(consultGuide(question, { category: 'drink', shopName: '달빛카페' }));
    expect(result.replyText).toContain('2,200자');
    const rows = core.database.sqlite().prepare('SELECT count(*) AS n FROM generations').get() as { n: number };
    expect(rows.n).toBe(0);
  });
});
