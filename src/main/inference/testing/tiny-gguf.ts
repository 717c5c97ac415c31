import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixturesDir } from '../../core/testing/fixtures';
import { GgufType, readGgufEntries, writeGguf, type GgufEntry, type GgufTensor } from './gguf-format';

/** A ChatML template, so node-llama-cpp formats system/user/assistant turns as for Qwen-class models. */
const chatTemplate =
  "{% for message in messages %}{{'<|im_start|>' + message['role'] + '\\n' + message['content'] + '<|im_end|>' + '\\n'}}{% endfor %}{% if add_generation_prompt %}{{ '<|im_start|>assistant\\n' }}{% endif %}";

/** A deterministic pseudo-random stream, so every build writes the same model. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export interface TinyModelShape {
  embedding: number;
  layers: number;
  feedForward: number;
  heads: number;
  contextLength: number;
}

export const tinyModelShape: TinyModelShape = { embedding: 64, layers: 2, feedForward: 128, heads: 4, contextLength: 2048 };

/**
 * Writes a llama-architecture GGUF with random F32 weights and the real llama SPM tokenizer
 * from ../shared/fixtures/gguf-vocab: about 17 MB, loads in node-llama-cpp, talks nonsense.
 */
export function writeTinyGguf(dir: string, shape: TinyModelShape = tinyModelShape, seed = 7): string {
  const vocab = readGgufEntries(readFileSync(join(fixturesDir, 'gguf-vocab', 'ggml-vocab-llama-spm.gguf')));
  const tokenizer = vocab.filter((entry) => entry.key.startsWith('tokenizer.'));
  const tokens = (tokenizer.find((entry) => entry.key === 'tokenizer.ggml.tokens')?.value as string[]).length;
  const u32 = (key: string, value: number): GgufEntry => ({ key, type: GgufType.Uint32, value });
  const entries: GgufEntry[] = [
    { key: 'general.architecture', type: GgufType.String, value: 'llama' },
    { key: 'general.name', type: GgufType.String, value: 'adstudio-tiny-test' },
    u32('general.alignment', 32),
    u32('llama.context_length', shape.contextLength),
    u32('llama.embedding_length', shape.embedding),
    u32('llama.block_count', shape.layers),
    u32('llama.feed_forward_length', shape.feedForward),
    u32('llama.attention.head_count', shape.heads),
    u32('llama.attention.head_count_kv', shape.heads),
    u32('llama.rope.dimension_count', shape.embedding / shape.heads),
    { key: 'llama.attention.layer_norm_rms_epsilon', type: GgufType.Float32, value: 1e-5 },
    ...tokenizer,
    { key: 'tokenizer.chat_template', type: GgufType.String, value: chatTemplate },
  ];
  const next = random(seed);
  const weights = (dims: number[], scale = 0.08): GgufTensor['data'] => {
    const data = new Float32Array(dims.reduce((a, b) => a * b, 1));
    for (let i = 0; i < data.length; i += 1) data[i] = (next() * 2 - 1) * scale;
    return data;
  };
  const ones = (n: number): Float32Array => new Float32Array(n).fill(1);
  const { embedding: e, feedForward: f } = shape;
  const tensors: GgufTensor[] = [
    { name: 'token_embd.weight', dims: [e, tokens], data: weights([e, tokens]) },
    { name: 'output_norm.weight', dims: [e], data: ones(e) },
    { name: 'output.weight', dims: [e, tokens], data: weights([e, tokens]) },
  ];
  for (let layer = 0; layer < shape.layers; layer += 1) {
    const blk = (name: string, dims: number[], data = weights(dims)): GgufTensor => ({ name: `blk.${layer}.${name}.weight`, dims, data });
    tensors.push(
      blk('attn_norm', [e], ones(e)),
      blk('attn_q', [e, e]),
      blk('attn_k', [e, e]),
      blk('attn_v', [e, e]),
      blk('attn_output', [e, e]),
      blk('ffn_norm', [e], ones(e)),
      blk('ffn_gate', [e, f]),
      blk('ffn_up', [e, f]),
      blk('ffn_down', [f, e]),
    );
  }
  const path = join(dir, 'adstudio-tiny-test.gguf');
  writeFileSync(path, writeGguf(entries, tensors));
  return path;
}
