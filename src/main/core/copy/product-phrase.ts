import { getJongseong } from 'es-hangul';
import { isProductWord, lexiconHead } from './lexicon/product-lexicon';
import type { OfferFact } from './offer-facts';
import { audienceWords } from './reading/audience';

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
  ...['신메뉴', '신상', '신상품', '신제품', '출시', '오픈', '예약', '사전예약', '할인', '이벤트', '행사', '세일', '한정', '시즌', '기념', '특가', '런칭', '재입고', '기간', '동안', '선착순', '맞이', '오픈기념'],
  // who it is for
  ...['타겟', '타깃', '대상', '위한', '위해', '고객', '손님', '분들', '여성', '남성', '직장인', '학생', '대학생', '엄마', '아빠', '가족', '커플', '연인', '어르신', '신혼부부', ...audienceWords],
  ...['선물', '선물용', '기프트', '답례품', '명절', '연말', '새해', '크리스마스시즌'],
  // how it should look
  ...['흰', '하얀', '배경', '깔끔', '깔끔한', '깔끔하게', '고급스럽게', '고급스러운', '귀엽게', '귀여운', '따뜻한', '따뜻하게', '밝게', '밝은', '느낌', '분위기', '스타일', '감성', '감성적인', '심플하게', '심플한', '예쁘게'],
  // the shop itself and filler
  ...['하나', '한번', '한', '이번엔', '이번에', '이번에는', '이것도', '이거', '이것', '그냥', '또', '다시', '같이', '함께'],
  // edits, not products ("문구 짧게", "가격 글씨 크게", "다른 문구로")
  ...['가격', '글씨', '글자', '폰트', '안내', '다른', '색', '색깔', '컬러', '해시태그', '태그', '제목', '헤드라인', '부분', '위치', '크기', '톤'],
  ...['짧게', '길게', '크게', '작게', '굵게', '진하게', '연하게', '멋지게', '멋있게', '맛있게', '바꿔', '바꿔줘', '수정', '수정해줘', '더'],
  // adnominal verbs and adverbs around the product ("매장에서 파는 운동화", "소금빵 매일")
  ...['들인', '파는', '팔리는', '나가는', '잘나가는', '나오는', '어울리는', '있는', '없는', '먹는', '쓰는', '입는', '받는', '하는', '되는', '오는', '가는', '찍은', '나온', '좋은', '같은', '만든', '보낼게요', '매일', '항상', '제일', '가장', '진짜', '정말', '너무', '완전', '오늘', '내일', '지금', '요즘', '바로', '모두', '많이', '꼭', '딱', '잘'],
  // demonstratives and the picture itself ("이 사진으로", "새 사진")
  ...['이', '그', '저', '새', '이걸로', '이걸로도', '이거로', '이것으로', '디자인', '버전', '사진이에요'],
  // the shop as a place, and what happens to it
  ...['빵집', '카페', '식당', '음식점', '미용실', '헤어샵', '네일샵', '샵', '리뉴얼', '리모델링', '전', '메뉴', '품목', '전메뉴', '전품목', '빈자리', '자리', '회식', '단체', '택배', '판매', '시작', '연박', '휴가', '성수기', '비수기', '방학', '여름방학', '겨울방학', '특강', '모집', '등록', '개시', '오픈일'],
  ...['우리', '저희', '우리집', '가게', '매장', '새로', '새로운', '이번', '다음', '주문', '구매', '방문', '포장', '배달', '배송', '당일', '신규', '첫', '입고', '사이즈', '시', '중', '및', '가능', '문의', '전화', '연락', '정도', '용'],
]);

const seasonWord = /^(봄|여름|가을|겨울)(맞이|시즌|한정|신메뉴|신상)?$/;
const audienceWord = /^(\d0대|10대)(초반|중반|후반)?$/;

/** Verb and adjective endings: a word that ends like this is a predicate, not a noun. */
const predicateEnding =
  /(해\s?줘|해\s?주세요|주세요|줘|줘요|해요|어요|아요|여요|워요|습니다|합니다|입니다|니다|이야|거야|예요|이에요|세요|할까|까요|려고|는데|니까|하면|으면|시면|하게|하고|해서|했어|됐어|돼요|나왔어|이고|이라|라서|드려요|드립니다|있어요|없어요|받아요|와요|요)$/;

/**
 * Particles, longest first, each with the stem it may follow: 을/은/이/과 come after a final
 * consonant, 를/는/가/와 after a vowel, 로 after a vowel or ㄹ — "무화과" is no 무화 + 과.
 */
type Follows = 'any' | 'final' | 'final-not-rieul' | 'open' | 'open-or-rieul';
const particles: [string, Follows][] = [
  ['에서는', 'any'],
  ['에서', 'any'],
  ['으로', 'final-not-rieul'],
  ['에게', 'any'],
  ['까지', 'any'],
  ['부터', 'any'],
  ['처럼', 'any'],
  ['이랑', 'final'],
  ['이나', 'final'],
  ['에는', 'any'],
  ['하고', 'any'],
  ['을', 'final'],
  ['를', 'open'],
  ['은', 'final'],
  ['는', 'open'],
  ['에', 'any'],
  ['엔', 'any'],
  ['과', 'final'],
  ['와', 'open'],
  ['이', 'final'],
  ['가', 'open'],
  ['도', 'any'],
  ['로', 'open-or-rieul'],
  ['만', 'any'],
  ['의', 'any'],
  ['랑', 'open'],
];

function fits(stem: string, follows: Follows): boolean {
  const last = stem.at(-1) ?? '';
  if (!/[가-힣]/.test(last)) return true;
  const final = getJongseong(last);
  if (follows === 'final') return final !== '';
  if (follows === 'final-not-rieul') return final !== '' && final !== 'ㄹ';
  if (follows === 'open') return final === '';
  if (follows === 'open-or-rieul') return final === '' || final === 'ㄹ';
  return true;
}

/** The word without its trailing particles (two at most: "라떼로도") or the 용 of "스토리용"; a product word keeps its ending. */
export function stripParticle(word: string, depth = 0): string {
  if (depth > 1 || isProductWord(word)) return word;
  for (const [particle, follows] of particles) {
    const stem = word.slice(0, -particle.length);
    if (word.endsWith(particle) && [...stem].length >= 2 - (particle.length > 1 ? 1 : 0) && fits(stem, follows)) return stripParticle(stem, depth + 1);
  }
  return word.endsWith('용') && notProduct.has(word.slice(0, -1)) ? word.slice(0, -1) : word;
}

function isContent(word: string): boolean {
  if (!/[가-힣A-Za-z]/.test(word) || /\d/.test(word)) return false;
  if (predicateEnding.test(word)) return false;
  return [word, stripParticle(word)].every((form) => !notProduct.has(form) && !seasonWord.test(form) && !audienceWord.test(form));
}

/** What the product reader must step over besides its own word lists. */
export interface ProductContext {
  facts: readonly OfferFact[];
  /** Style words' spans ("흰 배경", "따뜻한 느낌"). */
  skip?: readonly [number, number][];
  /** The shop's own name is who speaks, never what is sold. */
  shopName?: string;
}

const mask = (text: string, start: number, end: number): string => text.slice(0, start) + '|'.repeat(end - start) + text.slice(end);

/** Occasion and instruction words owners glue to the product: "바닐라라떼신메뉴", "케이크예약". */
const gluedSuffixes = ['신메뉴', '신상', '출시', '광고', '할인', '이벤트', '예약', '홍보', '세일', '오픈', '한정', '특가'];

/** A glued word split in two, unless the whole is a product word ("오픈샌드위치"). */
function unglue(word: string): string[] {
  if (isProductWord(word) || notProduct.has(word)) return [word];
  const suffix = gluedSuffixes.find((end) => word.endsWith(end) && word.length >= end.length + 2);
  return suffix ? [word.slice(0, -suffix.length), suffix] : [word];
}

/** The runs of consecutive product words, cut at facts, style words, punctuation and anything that is not a noun. */
function nounRuns(text: string, context: ProductContext): string[][] {
  let masked = text;
  for (const fact of context.facts) masked = mask(masked, fact.index, fact.index + fact.text.length);
  for (const [start, end] of context.skip ?? []) masked = mask(masked, start, end);
  const shop = context.shopName?.trim();
  if (shop && shop.length >= 2) for (let at = masked.indexOf(shop); at >= 0; at = masked.indexOf(shop, at + 1)) masked = mask(masked, at, at + shop.length);
  const runs: string[][] = [];
  for (const segment of masked.split(/[|,.!?~·;()\n"'“”[\]\p{Extended_Pictographic}ㅠㅜㅋㅎ^*#@&+=<>/\\]|\uFE0F|\u200D|:(?!\d)|(?<!\d):+/u)) {
    let run: string[] = [];
    // "1:1" belongs to the product between two of its words ("필라테스 1:1 체험 수업"), never at its edge.
    let inner: string[] = [];
    for (const word of segment.split(/\s+/).filter(Boolean).flatMap(unglue)) {
      if (/^\d+:\d+$/.test(word) && run.length > 0) {
        inner.push(word);
        continue;
      }
      if (isContent(word)) {
        const stem = stripParticle(word);
        run.push(...inner, stem);
        inner = [];
        // A particle closes the noun phrase: "케이크를 예약" is not one product.
        if (stem !== word) {
          runs.push(run);
          run = [];
        }
        continue;
      }
      if (run.length > 0) runs.push(run);
      run = [];
      inner = [];
    }
    if (run.length > 0) runs.push(run);
  }
  return runs;
}

/** The endings of a verb's form before a noun: 빚은, 담은, 구운, 짜낸, 말린, 숙성된, 구워진, 엄선한. */
const adnominalEnding = /(은|는|운|던|린|된|진|낸|든|온|쓴|른)$/;

/**
 * A word that describes the product by what was done to it ("손으로 빚은", "직접 구운", "정성껏
 * 담은"): the product is what follows it. Owners write these freely and none is in a word list;
 * a product word (와인, 치킨) never counts, and a one-syllable form only with its final ㄴ (짠, 찐).
 */
function isAdnominal(word: string): boolean {
  if (isProductWord(word) || !/^[가-힣]+$/.test(word)) return false;
  const syllables = [...word];
  if (syllables.length === 1) return getJongseong(word) === 'ㄴ';
  if (syllables.length >= 3 && word.endsWith('한')) return true;
  return syllables.length <= 4 && adnominalEnding.test(word);
}

/**
 * A run without a description cut off from its own words: in "손으로 빚은 머그컵" the particle ends
 * the run at 손으로, leaving "빚은 머그컵", which no one would call the product. A description whole
 * inside the run stays with it ("갓 구운 크루아상" is how the bakery sells it).
 */
function withoutDanglingDescription(run: string[]): string[] {
  let start = 0;
  while (start < run.length - 1 && isAdnominal(run[start] ?? '')) start += 1;
  return run.slice(start);
}

/** A run the lexicon knows is a product beats a longer run of unknown words ("아이들 선물용" loses to "오리 인형"). */
const runScore = (run: string[]): number => run.length + (lexiconHead(run.join(' ')) ? 10 : 0);

/** The product as a clean noun phrase — the best run of product words, the first on a tie — or '' when none. */
export function productPhrase(text: string, context: ProductContext): string {
  const runs = nounRuns(text, context).map(withoutDanglingDescription);
  const best = runs.reduce<string[]>((top, run) => (runScore(run) > runScore(top) ? run : top), []);
  return best.join(' ');
}
