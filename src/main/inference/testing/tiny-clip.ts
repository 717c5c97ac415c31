import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import onnxProto from 'onnx-proto';
import { loadClipTokenizer } from '../diffusion/components/clip-tokenizer';
import { writeClipTokenizerFolder } from '../diffusion/testing/clip-vocab';
import { valueInfo, writeModel } from '../diffusion/testing/tiny-diffusers';
import { clipContextLength } from '../diffusion/components/clip-tokenizer';
import { clipImageSize } from '../protocol';

const { onnx } = onnxProto;
const FLOAT = onnx.TensorProto.DataType.FLOAT;
const INT64 = onnx.TensorProto.DataType.INT64;
const INTS = onnx.AttributeProto.AttributeType.INTS;
const INT = onnx.AttributeProto.AttributeType.INT;
const width = 4;

/**
 * A CLIP-shaped scorer folder as Xenova's exports lay it out (onnx/vision_model.onnx,
 * onnx/text_model.onnx, the real CLIP BPE at the root) whose embeddings are chosen, not learned:
 * an image's mean red points one way and its mean blue another; the words in `good` point like
 * red, those in `poor` like blue, every other token nowhere. So a red picture matches the good
 * prompt, a blue one the poor ones — predictable through the real tokenizer and runtime.
 */
export function writeTinyClip(dir: string, good: string[], poor: string[]): string {
  mkdirSync(join(dir, 'onnx'), { recursive: true });
  writeClipTokenizerFolder(dir);
  const tokenizer = loadClipTokenizer(dir);
  const vocabSize = 49408;
  const table = new Float32Array(vocabSize * width);
  const point = (words: string[], axis: number) => {
    for (const word of words) for (const id of tokenizer.ids(word).slice(1, -1)) table[id * width + axis] = 1;
  };
  point(good, 0);
  point(poor, 1);
  writeModel(join(dir, 'onnx', 'text_model.onnx'), {
    name: 'tiny_clip_text',
    node: [
      { opType: 'Gather', input: ['table', 'input_ids'], output: ['tokens'] },
      { opType: 'ReduceMean', input: ['tokens'], output: ['text_embeds'], attribute: [{ name: 'axes', type: INTS, ints: [1] }, { name: 'keepdims', type: INT, i: 0 }] },
    ],
    initializer: [{ name: 'table', dims: [vocabSize, width], dataType: FLOAT, rawData: new Uint8Array(table.buffer) }],
    input: [valueInfo('input_ids', INT64, ['batch', clipContextLength]), valueInfo('attention_mask', INT64, ['batch', clipContextLength])],
    output: [valueInfo('text_embeds', FLOAT, ['batch', width])],
  });
  writeModel(join(dir, 'onnx', 'vision_model.onnx'), {
    name: 'tiny_clip_vision',
    node: [
      { opType: 'ReduceMean', input: ['pixel_values'], output: ['means'], attribute: [{ name: 'axes', type: INTS, ints: [2, 3] }, { name: 'keepdims', type: INT, i: 0 }] },
      { opType: 'MatMul', input: ['means', 'projection'], output: ['image_embeds'] },
    ],
    initializer: [{ name: 'projection', dims: [3, width], dataType: FLOAT, floatData: [1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0] }],
    input: [valueInfo('pixel_values', FLOAT, ['batch', 3, clipImageSize, clipImageSize])],
    output: [valueInfo('image_embeds', FLOAT, ['batch', width])],
  });
  return dir;
}
