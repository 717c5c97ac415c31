import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Tokenizer } from '@huggingface/tokenizers';
import { z } from 'zod';

/** CLIP's text encoder reads exactly this many token ids. */
export const clipContextLength = 77;

const bos = '<|startoftext|>';
const eos = '<|endoftext|>';

const specialTokensSchema = z.object({ pad_token: z.union([z.string(), z.object({ content: z.string() })]).optional() }).loose();

/**
 * CLIP's byte-level BPE, as diffusers ONNX folders ship it (tokenizer/vocab.json + merges.txt),
 * run by Hugging Face's tokenizers.js. That library reads tokenizer.json, so the same pipeline
 * CLIP defines — NFC, whitespace collapsed, lower case, CLIP's split pattern, byte level, BPE with
 * "</w>" word ends, start and end tokens — is described here around the folder's vocab and merges.
 */
export function loadClipTokenizer(dir: string) {
  const vocab = z.record(z.string(), z.number().int()).parse(JSON.parse(readFileSync(join(dir, 'vocab.json'), 'utf8')));
  const merges = readFileSync(join(dir, 'merges.txt'), 'utf8')
    .split('\n')
    .filter((line) => line && !line.startsWith('#version'));
  const idOf = (token: string): number => {
    const id = vocab[token];
    if (id === undefined) throw new Error(`CLIP vocab lacks ${token}`);
    return id;
  };
  // SD 1.x pads with the end token; SD 2.x (and SD-Turbo) with "!", which its folder names.
  let padToken = eos;
  try {
    const special = specialTokensSchema.parse(JSON.parse(readFileSync(join(dir, 'special_tokens_map.json'), 'utf8')));
    const pad = special.pad_token;
    if (pad) padToken = typeof pad === 'string' ? pad : pad.content;
  } catch {
    // No special_tokens_map.json: CLIP's own padding.
  }
  const added = (id: number, content: string) => ({ id, content, single_word: false, lstrip: false, rstrip: false, normalized: true, special: true });
  const tokenizer = new Tokenizer(
    {
      version: '1.0',
      truncation: null,
      padding: null,
      added_tokens: [added(idOf(bos), bos), added(idOf(eos), eos)],
      normalizer: { type: 'Sequence', normalizers: [{ type: 'NFC' }, { type: 'Replace', pattern: { Regex: '\\s+' }, content: ' ' }, { type: 'Lowercase' }] },
      pre_tokenizer: {
        type: 'Sequence',
        pretokenizers: [
          { type: 'Split', pattern: { Regex: "'s|'t|'re|'ve|'m|'ll|'d|[\\p{L}]+|[\\p{N}]|[^\\s\\p{L}\\p{N}]+" }, behavior: 'Removed', invert: true },
          { type: 'ByteLevel', add_prefix_space: false, trim_offsets: true, use_regex: false },
        ],
      },
      post_processor: { type: 'RobertaProcessing', sep: [eos, idOf(eos)], cls: [bos, idOf(bos)], trim_offsets: false, add_prefix_space: false },
      decoder: { type: 'ByteLevel', add_prefix_space: true, trim_offsets: true, use_regex: true },
      model: { type: 'BPE', dropout: null, unk_token: eos, continuing_subword_prefix: '', end_of_word_suffix: '</w>', fuse_unk: false, byte_fallback: false, vocab, merges },
    },
    { model_max_length: clipContextLength, bos_token: bos, eos_token: eos, pad_token: padToken, unk_token: eos },
  );
  const pad = idOf(padToken);
  const end = idOf(eos);

  return {
    /** The prompt's ids with start and end tokens, unpadded (what reference tests publish). */
    ids: (text: string): number[] => tokenizer.encode(text).ids,
    /** Exactly 77 ids as the text encoder reads them: cut to fit (keeping the end token), then padded. */
    encode(text: string): Int32Array {
      const ids = tokenizer.encode(text).ids;
      const fitted = ids.length > clipContextLength ? [...ids.slice(0, clipContextLength - 1), end] : ids;
      const out = new Int32Array(clipContextLength).fill(pad);
      out.set(fitted);
      return out;
    },
  };
}
export type ClipTokenizer = ReturnType<typeof loadClipTokenizer>;
