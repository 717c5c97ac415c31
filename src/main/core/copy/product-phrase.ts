import type { OfferFact } from './offer-facts';

// Korean writes the product as a run of plain nouns; everything around it in a request is an
// instruction ("광고 만들어줘"), a place to post ("인스타 피드"), an occasion ("출시 기념"), an
// audience ("20대 여성 타겟"), a style ("흰 배경에 깔끔하게") or a predicate ("받습니다").

/** Words that are never part of the product, as they stand once a particle is taken off. */
const notProduct = new Set([
  // what to make and how to ask
  ...['광고', '홍보', '문구', '카피', '이미지', '사진', '포스터', '배너', '전단지', '전단', '게시물', '글', '멘트', '썸네일', '대표', '상세페이지', '상세', '페이지', '콘텐츠'],
  ...['만들어줘', '만들어', '만들어주세요', '써줘', '써주세요', '써', '좀', '부탁', '부탁해', '부탁해요', '부탁드려요', '작성', '제작', '올릴', '쓸', '보낼', '올려', '올리는', '만들', '거', '것', '때'],
  // where it goes
  ...['인스타', '인스타그램', '피드', '스토리', '릴스', '스마트스토어', '스마트', '스토어', '네이버', '카톡', '카카오', '카카오톡', '채널', '유튜브', '쇼츠', '블로그', '당근', '당근마켓'],
  // the occasion, kept as `concept` instead
  ...['신메뉴', '신상', '신제품', '출시', '오픈', '예약', '사전예약', '할인', '이벤트', '행사', '세일', '한정', '시즌', '기념', '특가', '런칭', '재입고', '기간', '동안', '선착순', '맞이', '오픈기념'],
  // who it is for
  ...['타겟', '타깃', '대상', '위한', '위해', '고객', '손님', '분들', '여성', '남성', '직장인', '학생', '대학생', '엄마', '아빠', '가족', '커플', '연인', '어르신', '신혼부부'],
  // how it should look
  ...['흰', '하얀', '배경', '깔끔', '깔끔한', '깔끔하게', '고급스럽게', '고급스러운', '귀엽게', '귀여운', '따뜻한', '따뜻하게', '밝게', '밝은', '느낌', '분위기', '스타일', '감성', '감성적인', '심플하게', '심플한', '예쁘게'],
  // the shop itself and filler
  ...['하나', '한번', '한', '이번엔', '이번에', '이번에는', '이것도', '이거', '이것', '그냥', '또', '다시', '같이', '함께'],
  // edits, not products ("문구 짧게")
  ...['짧게', '길게', '크게', '작게', '굵게', '진하게', '연하게', '멋지게', '멋있게', '맛있게', '바꿔', '바꿔줘', '수정', '수정해줘', '더'],
  ...['우리', '저희', '우리집', '가게', '매장', '새로', '새로운', '이번', '다음', '주문', '구매', '방문', '포장', '배달', '배송', '당일', '신규', '첫', '입고', '사이즈', '체험', '시', '중', '및', '가능', '문의', '전화', '연락', '정도', '용'],
]);

const seasonWord = /^(봄|여름|가을|겨울)(맞이|시즌|한정|신메뉴|신상)?$/;
const audienceWord = /^(\d0대|10대)(초반|중반|후반)?$/;

/** Verb and adjective endings: a word that ends like this is a predicate, not a noun. */
const predicateEnding =
  /(해\s?줘|해\s?주세요|주세요|줘|줘요|해요|어요|아요|여요|워요|습니다|합니다|입니다|니다|이야|거야|예요|이에요|세요|할까|까요|려고|는데|니까|하면|으면|시면|하게|하고|해서|했어|됐어|돼요|나왔어|이고|이라|라서|드려요|드립니다|있어요|없어요|받아요|와요|요)$/;

/** Particles, longest first; the short ones only come off a word long enough to be a noun without them. */
const longParticles = ['에서는', '에서', '으로', '에게', '까지', '부터', '처럼', '이랑', '이나', '하고', '을', '를', '은', '는', '에', '과', '와'];
const shortParticles = ['이', '가', '도', '로', '만', '의', '랑'];
/** Nouns that end like a particle: "포도" is not "포" + 도. */
const particleLikeNouns = new Set(['파이', '포도', '요가', '오이', '초코파이', '애플파이', '에그타르트', '모과', '자몽', '김치만두', '만두', '샤브샤브', '휘낭시에']);

/** The word without a trailing particle or the 용 of "스토리용". */
export function stripParticle(word: string): string {
  if (particleLikeNouns.has(word)) return word;
  for (const particle of longParticles) {
    if (word.length > particle.length + 1 && word.endsWith(particle)) return stripParticle(word.slice(0, -particle.length));
  }
  for (const particle of shortParticles) {
    if (word.length > particle.length + 1 && word.endsWith(particle)) return word.slice(0, -particle.length);
  }
  return word.endsWith('용') && notProduct.has(word.slice(0, -1)) ? word.slice(0, -1) : word;
}

function isContent(word: string): boolean {
  if (!/[가-힣A-Za-z]/.test(word) || /\d/.test(word)) return false;
  if (predicateEnding.test(word)) return false;
  return [word, stripParticle(word)].every((form) => !notProduct.has(form) && !seasonWord.test(form) && !audienceWord.test(form));
}

/** The runs of consecutive product words, cut at facts, punctuation and anything that is not a noun. */
function nounRuns(text: string, facts: OfferFact[]): string[][] {
  let masked = text;
  for (const fact of facts) masked = masked.slice(0, fact.index) + '|'.repeat(fact.text.length) + masked.slice(fact.index + fact.text.length);
  const runs: string[][] = [];
  for (const segment of masked.split(/[|,.!?~·:;()\n"'“”[\]]+/)) {
    let run: string[] = [];
    for (const word of segment.split(/\s+/).filter(Boolean)) {
      if (isContent(word)) {
        const stem = stripParticle(word);
        run.push(stem);
        // A particle closes the noun phrase: "케이크를 예약" is not one product.
        if (stem !== word) {
          runs.push(run);
          run = [];
        }
        continue;
      }
      if (run.length > 0) runs.push(run);
      run = [];
    }
    if (run.length > 0) runs.push(run);
  }
  return runs;
}

/** The product as a clean noun phrase — the longest run of product words, the first on a tie — or '' when none. */
export function productPhrase(text: string, facts: OfferFact[]): string {
  const runs = nounRuns(text, facts);
  const best = runs.reduce<string[]>((longest, run) => (run.length > longest.length ? run : longest), []);
  return best.join(' ');
}
