/**
 * How a Korean owner's sentence asks something or asks for something. A question about
 * marketing often names 광고 or 문구 ("인스타 광고 문구는 보통 몇 글자 정도가 적당해?"), so
 * what decides is the predicate: a benefactive request to make or change ("만들어 줄래?",
 * "써줘", "부탁해요") asks for work, an interrogative word, a question ending or an advice
 * verb ("추천해줘", "알려줘") asks for an answer.
 */

/** Words that ask for an answer wherever they stand; "뭐든", "언제든", "어디서나" are not questions. */
const interrogative = /몇|언제(?!든)|어떻게|어케|어떡|어떻해|어떤|어떨|어때|어느|어디(?!서나|든)|뭐(?!든)|뭘|무엇|무슨|왜|얼마나|얼마(?:가|면|를|로|에|쯤|정도)/;

/** Advice nouns and "I don't know how" phrasing. */
const adviceWords = /팁|방법|노하우|요령|조언|궁금|고민|모르겠|막막|좋을지|괜찮을지|어떨지|할지|될지|나을지/;

/** A sentence that ends like a question even without "?": 할까요, 되나요, 좋을까, 하냐… (not 니: 어머니, 할머니; not 할인가, a price) */
const questionEnding = /(?:까|까요|나요|냐|냐고|는지|을지|(?<!할)인가|인가요|가요|죠|지요)$/;

/** Asking to be advised or told: an answer, not a piece of work. */
const adviceAsk = /(?:추천|알려|가르쳐|설명|조언)\s?(?:해\s?)?(?:좀\s?)?(?:줘|줄래|주세요|주실|줄\s?수|주라|줘요|부탁|해요|해주)|추천\s?(?:좀|부탁|해)/g;

/** The things that make up an ad's copy: suggesting them is writing copy. */
const copyObjectRecommend = /(?:문구|카피|슬로건|헤드라인|제목|광고|해시태그|멘트)\s?(?:좀\s?|를\s?|을\s?|도\s?|하나\s?|몇\s?개\s?|몇\s?가지\s?)*추천/;

/**
 * A request that the app do the work: a verb of making or changing in a benefactive request
 * form ("만들어줘", "만들어 줄래?", "써 주세요", "해줄 수 있어?"), or a closing 부탁해요.
 * "써줘야", "만들어줘야" are the owner's own duty in a question, so they do not count.
 */
const workRequest =
  /(?:만들어|써|적어|작성해|생성해|뽑아|짜|제작해|꾸며|그려|바꿔|고쳐|수정해|줄여|늘려|넣어|달아|붙여|보여|추가해|해)\s?(?:줘(?!야)|줄래|주세요|주실|줄\s?수|주라|줘요|주면|달라|봐(?!야)|보자)|만들자|부탁\s?(?:해요|해|드려요|드립니다|드려|합니다|할게요|할게)(?![가-힣])/;

/** Trailing decoration that says nothing about the sentence's form: ㅠㅠ, ㅎㅎ, ~, emoji, dots. */
const trailing = /[\s.!~^;,ㅠㅜㅎㅋ\p{Extended_Pictographic}\uFE0F\u200D]+$/u;

const sentencesOf = (text: string): string[] =>
  text
    .split(/[.!?？\n]+/)
    .map((sentence) => sentence.replace(trailing, '').trim())
    .filter(Boolean);

/** Whether the owner asks for an answer (a question or a request for advice). */
export function asksForAnswer(text: string): boolean {
  return (
    /[?？]/.test(text) ||
    interrogative.test(text) ||
    adviceWords.test(text) ||
    new RegExp(adviceAsk.source).test(text) ||
    sentencesOf(text).some((sentence) => questionEnding.test(sentence))
  );
}

/**
 * Whether the owner asks the app to make or change something. An advice verb is taken out
 * first ("추천해줘" is no request to make), except when what is recommended is copy itself:
 * "광고 문구 추천해줘" wants copy suggestions, which is what generating writes.
 */
export function asksForWork(text: string): boolean {
  return copyObjectRecommend.test(text) || workRequest.test(text.replace(adviceAsk, ' '));
}
