const hangul = /[\u3131-\u318e\uac00-\ud7a3]/;

/**
 * The lang attribute for the owner's and the ads' own words: Korean where they are, so an English
 * window's screen reader reads them in Korean (and nothing marks an English shop name Korean).
 */
export function contentLang(text: string): 'ko' | undefined {
  return hangul.test(text) ? 'ko' : undefined;
}
