/**
 * One category's Korean ad lines for the built-in copywriter. Placeholders: {product},
 * {product:을/를} (the particle that fits the word, by es-hangul), {season}, {shop}, {region},
 * {concept}. A line with {concept} or {region} is only used when the request or the shop gives one.
 * No line carries a number or a promise the owner did not make: facts come only from the request.
 */
/** A slot in a bank line: {key} or {key:pair}; group 1 is the key, group 2 the particle pair. */
export const placeholder = /\{(\w+)(?::([^}]+))?\}/g;

export interface CategoryBank {
  /** Headlines with a {product} slot; short noun-phrase style, no sentence ending, ≤ 16 characters once filled. */
  headlines: string[];
  /** Headlines for a request that names no product: the shop or the category speaks. */
  productless: string[];
  /** Body lines in 해요체, for the friendly, playful and calm tones. */
  bodiesHaeyo: string[];
  /** Body lines in 합니다체, for the premium tone. */
  bodiesFormal: string[];
  /** Calls to action, noun or -하기 form, ≤ 10 characters. */
  ctas: string[];
  /** Hashtag nouns for the category (no #), each ≤ 10 characters. */
  hashtags: string[];
  /** What a shop of this kind is called in a hashtag with the region: "카페" → #망원카페. */
  placeNoun: string;
}
