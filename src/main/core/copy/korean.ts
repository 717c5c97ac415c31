/** True when the last Hangul syllable has a final consonant (받침), which picks the particle. */
export function hasFinalConsonant(word: string): boolean {
  const last = [...word.trim()].reverse().find((c) => /[가-힣0-9a-zA-Z]/.test(c));
  if (!last) return false;
  const code = last.charCodeAt(0);
  if (code >= 0xac00 && code <= 0xd7a3) return (code - 0xac00) % 28 !== 0;
  // Digits and Latin letters read aloud: 1, 3, 6, 7, 8, 0 and most consonant-final English words end in a final consonant.
  if (/[013678]$/.test(last)) return true;
  return /[lmnrkptb]$/i.test(last);
}

/** The word with the particle that fits it: josa('라떼', '을/를') → '라떼를'. */
export function josa(word: string, pair: '이/가' | '을/를' | '은/는' | '과/와' | '으로/로' | '이에요/예요'): string {
  const [withFinal, withoutFinal] = pair.split('/') as [string, string];
  if (pair === '으로/로') {
    const last = word.trim().at(-1) ?? '';
    const code = last.charCodeAt(0);
    // A final ㄹ takes 로, like a vowel.
    const finalRieul = code >= 0xac00 && code <= 0xd7a3 && (code - 0xac00) % 28 === 8;
    return word + (hasFinalConsonant(word) && !finalRieul ? withFinal : withoutFinal);
  }
  return word + (hasFinalConsonant(word) ? withFinal : withoutFinal);
}

/** CJK ideographs (Hanja/Chinese), which a Korean ad must not contain. */
const hanja = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]|[\u{20000}-\u{2ffff}]/u;

export const containsHanja = (text: string): boolean => hanja.test(text);
