/** The copy lines the owner sees form, in the order the schema makes the model write them. */
const streamedFields = ['headline', 'subcopy', 'cta'] as const;

const escapes: Record<string, string> = { n: '\n', t: ' ', r: '', '"': '"', '\\': '\\', '/': '/' };

/** A JSON string's body as far as it has arrived: escapes resolved, a half-written escape held back. */
function unescapeSoFar(body: string): string {
  return body
    .replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .replace(/\\(u[0-9a-fA-F]{0,3})?$/, '')
    .replace(/\\(.)/g, (_, c: string) => escapes[c] ?? c);
}

/** The readable copy in the model's JSON so far: each field's text, one per line, the last one possibly unfinished. */
export function readableCopySoFar(raw: string): string {
  const lines: string[] = [];
  for (const key of streamedFields) {
    const match = new RegExp(`"${key}"\\s*:\\s*"((?:[^"\\\\]|\\\\.)*\\\\?)(")?`).exec(raw);
    if (!match) break;
    lines.push(unescapeSoFar(match[1] ?? ''));
    if (!match[2]) break;
  }
  return lines.join('\n');
}

/**
 * Turns the LLM's JSON, chunk by chunk, into the copy's words as they form: the job card shows
 * "여름엔 역시 아이스 라떼" growing, never `{"headline":"여름`. A chunk that adds nothing readable
 * (keys, quotes, braces) emits nothing.
 */
export function readableCopyStream(emit: (text: string) => void): (chunk: string) => void {
  let raw = '';
  let shown = '';
  return (chunk) => {
    raw += chunk;
    const text = readableCopySoFar(raw);
    if (text.length > shown.length && text.startsWith(shown)) {
      emit(text.slice(shown.length));
      shown = text;
    }
  };
}
