import iconv from 'iconv-lite';

// Korean carriers count SMS and LMS in EUC-KR bytes (iconv-lite's euc-kr is its superset CP949,
// which also has every modern Hangul syllable): 1 byte per ASCII character, 2 per Hangul.

/** The text's length in EUC-KR bytes. */
export const eucKrBytes = (text: string): number => iconv.encode(text, 'euc-kr').length;

const encodable = (char: string): boolean => iconv.decode(iconv.encode(char, 'euc-kr'), 'euc-kr') === char;

// Punctuation phones type that EUC-KR lacks, as the nearest characters it has.
const nearest: Record<string, string> = { '–': '-', '—': '-', '‘': "'", '’': "'", '“': '"', '”': '"', '₩': '원', '…': '...' };

/** The text with every character a text message cannot carry replaced by its nearest or dropped (emoji). */
export function smsSafe(text: string): string {
  return [...text]
    .map((char) => nearest[char] ?? char)
    .filter((char) => encodable(char) || char === '\n')
    .join('')
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/^[ \t]+|[ \t]+$/gm, '');
}

/** The longest start of `text` within `max` bytes, cut after a word when one ends late enough. */
export function fitBytes(text: string, max: number): string {
  if (eucKrBytes(text) <= max) return text;
  let cut = '';
  for (const char of text) {
    if (eucKrBytes(cut + char) > max) break;
    cut += char;
  }
  const space = cut.lastIndexOf(' ');
  return (space >= cut.length * 0.6 ? cut.slice(0, space) : cut).replace(/[,\s·]+$/, '');
}
