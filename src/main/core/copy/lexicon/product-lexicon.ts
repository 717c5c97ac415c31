import { z } from 'zod';
import { productCategorySchema, type ProductCategory } from '../../../../shared/reading';
import lexiconJson from './product-lexicon.json';

const lexiconSchema = z.object({
  version: z.literal(1),
  source: z.string().min(1),
  // An enum-keyed record in zod 4 is exhaustive, so a category missing from the file fails here.
  categories: z.record(productCategorySchema, z.array(z.string().regex(/^[가-힣A-Za-z0-9]+$/u))),
});

interface LexiconEntry {
  category: ProductCategory;
  /** The entry as the file spells it; the key is only its lookup form. */
  word: string;
}

/** Owners write "무선 이어폰", "무선이어폰" and "PT" or "pt" alike, so all of them meet on one key. */
function lookupKey(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, '').toLowerCase();
}

function buildIndex(): { entries: Map<string, LexiconEntry>; longest: number } {
  const { categories } = lexiconSchema.parse(lexiconJson);
  const entries = new Map<string, LexiconEntry>();
  let longest = 0;
  for (const category of productCategorySchema.options) {
    for (const word of categories[category]) {
      const key = lookupKey(word);
      const earlier = entries.get(key);
      // A word in two categories would make the answer depend on file order; refuse to load instead.
      if (earlier && earlier.category !== category) {
        throw new Error(`product lexicon: "${word}" is in both ${earlier.category} and ${category}`);
      }
      entries.set(key, { category, word });
      longest = Math.max(longest, key.length);
    }
  }
  return { entries, longest };
}

const index = buildIndex();

export function lexiconCategory(word: string): ProductCategory | undefined {
  return index.entries.get(lookupKey(word))?.category;
}

export function isLexiconNoun(word: string): boolean {
  return index.entries.has(lookupKey(word));
}

export function lexiconSize(): number {
  return index.entries.size;
}

/**
 * The category of a product phrase and the lexicon word that decided it.
 *
 * A Korean compound puts its head last ("아이스바닐라라떼" is a 라떼, "아이들선물용오리인형" an 인형),
 * so the longest lexicon entry that ends the space-free phrase decides. That suffix covers the whole
 * phrase and the last word as its longest and shortest cases, and lets a listed compound overrule its
 * own head: "고양이 장난감" is pet (고양이장난감), not toys (장난감), and "딸기 라떼" stays a drink
 * although 딸기 alone is produce. Only when nothing ends the phrase ("한라봉 3kg") does any entry of two
 * or more syllables inside it count, longest first and then rightmost, one-syllable words being too
 * easily part of something else there. Every probe is one Map lookup, so a phrase costs at most a few
 * hundred of them.
 */
export function categoryOfPhrase(phrase: string): { category: ProductCategory; head: string } | undefined {
  const text = lookupKey(phrase);
  const found = headSuffix(text) ?? innermostEntry(text);
  return found ? { category: found.category, head: found.word } : undefined;
}

function headSuffix(text: string): LexiconEntry | undefined {
  for (let length = Math.min(index.longest, text.length); length >= 1; length--) {
    const entry = index.entries.get(text.slice(text.length - length));
    if (entry) return entry;
  }
  return undefined;
}

function innermostEntry(text: string): LexiconEntry | undefined {
  for (let length = Math.min(index.longest, text.length - 1); length >= 2; length--) {
    for (let start = text.length - length; start >= 0; start--) {
      const entry = index.entries.get(text.slice(start, start + length));
      if (entry) return entry;
    }
  }
  return undefined;
}

/** The category a phrase's own ending gives it ("수제 딸기 케이크" → 케이크), ignoring words inside it. */
export function lexiconHead(phrase: string): { category: ProductCategory; head: string } | undefined {
  const found = headSuffix(lookupKey(phrase));
  return found ? { category: found.category, head: found.word } : undefined;
}

/** Every piece of two to six syllables of a lexicon word: "고양이" (of 고양이모래), "떡볶이". */
const fragments = new Set(
  [...index.entries.keys()].flatMap((key) => {
    const pieces: string[] = [];
    for (let start = 0; start < key.length; start += 1) for (let end = start + 2; end <= Math.min(key.length, start + 6); end += 1) pieces.push(key.slice(start, end));
    return pieces;
  }),
);

/**
 * Whether a word is, or ends in, a product noun as it stands: "떡볶이", "햇사과", "고양이" keep
 * their last syllable although 이 and 과 are also particles.
 */
export function isProductWord(word: string): boolean {
  const key = lookupKey(word);
  if (fragments.has(key)) return true;
  for (let length = Math.min(index.longest, key.length); length >= 2; length -= 1) if (index.entries.has(key.slice(key.length - length))) return true;
  return false;
}
