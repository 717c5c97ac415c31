import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { fixturesDir } from '../../../core/testing/fixtures';

/** The 256 byte symbols of byte-level BPE, in GPT-2/CLIP order. */
function byteSymbols(): string[] {
  const printable = [...Array.from({ length: 94 }, (_, i) => 33 + i), ...Array.from({ length: 12 }, (_, i) => 161 + i), ...Array.from({ length: 82 }, (_, i) => 174 + i)];
  const codes = [...printable];
  let extra = 0;
  for (let b = 0; b < 256; b += 1) {
    if (printable.includes(b)) continue;
    printable.push(b);
    codes.push(256 + extra++);
  }
  return codes.map((code) => String.fromCodePoint(code));
}

/**
 * tokenizer/vocab.json and merges.txt as Hugging Face derives them from OpenAI's CLIP BPE file
 * (the fixture): 256 bytes, the same with "</w>", 48,894 merges, then the start and end tokens.
 */
export function writeClipTokenizerFolder(dir: string): string {
  const lines = gunzipSync(readFileSync(join(fixturesDir, 'clip', 'bpe_simple_vocab_16e6.txt.gz'))).toString('utf8').split('\n');
  const merges = lines.slice(1, 49152 - 256 - 2 + 1);
  const bytes = byteSymbols();
  const tokens = [...bytes, ...bytes.map((b) => `${b}</w>`), ...merges.map((m) => m.replace(' ', '')), '<|startoftext|>', '<|endoftext|>'];
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'vocab.json'), JSON.stringify(Object.fromEntries(tokens.map((t, i) => [t, i]))));
  writeFileSync(join(dir, 'merges.txt'), `#version: 0.2\n${merges.join('\n')}\n`);
  return dir;
}
