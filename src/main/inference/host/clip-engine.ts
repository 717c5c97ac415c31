import { existsSync } from 'node:fs';
import { join } from 'node:path';
import * as ort from 'onnxruntime-node';
import { AppError } from '../../../shared/errors';
import { clipContextLength, loadClipTokenizer, type ClipTokenizer } from '../diffusion/components/clip-tokenizer';
import { clipImageSize, type ClipScoreRequest, type HostResult } from '../protocol';
import { isnetSessionOptions } from './onnx-engine';

/** Where the exports keep the two halves; fp32 or quantized (fp16 inputs would need converting at the edge). */
const visionFiles = ['onnx/vision_model_quantized.onnx', 'onnx/vision_model.onnx', 'vision_model.onnx'];
const textFiles = ['onnx/text_model_quantized.onnx', 'onnx/text_model.onnx', 'text_model.onnx'];
/** CLIP's own pixel statistics and logit scale. */
const clipMean = [0.48145466, 0.4578275, 0.40821073] as const;
const clipStd = [0.26862954, 0.26130258, 0.27577711] as const;
const logitScale = 100;

interface Opened {
  dir: string;
  vision: ort.InferenceSession;
  text: ort.InferenceSession;
  tokenizer: ClipTokenizer;
}

function firstExisting(dir: string, candidates: string[]): string {
  const found = candidates.map((name) => join(dir, name)).find((path) => existsSync(path));
  if (!found) throw new AppError('MODEL_LOAD_FAILED', `${dir} has none of ${candidates.join(', ')}`, '시안 평가 모델 파일이 없어요. 모델을 다시 받아 주세요.');
  return found;
}

const unit = (vector: Float32Array): Float32Array => {
  const length = Math.hypot(...vector) || 1;
  return vector.map((v) => v / length);
};
const rows = (data: Float32Array, count: number): Float32Array[] => Array.from({ length: count }, (_, i) => unit(data.subarray((i * data.length) / count, ((i + 1) * data.length) / count)));

/** The images as CLIP reads them: 0…1, CLIP's mean and spread per channel, CHW, one batch. */
function pixelValues(images: Uint8Array[]): ort.Tensor {
  const plane = clipImageSize * clipImageSize;
  const data = new Float32Array(images.length * 3 * plane);
  images.forEach((rgb, n) => {
    if (rgb.length !== plane * 3) throw new Error(`Expected ${plane * 3} RGB bytes, got ${rgb.length}`);
    for (let c = 0; c < 3; c += 1) {
      const offset = (n * 3 + c) * plane;
      for (let i = 0; i < plane; i += 1) data[offset + i] = ((rgb[i * 3 + c] ?? 0) / 255 - (clipMean[c] ?? 0)) / (clipStd[c] ?? 1);
    }
  });
  return new ort.Tensor('float32', data, [images.length, 3, clipImageSize, clipImageSize]);
}

/**
 * A CLIP-class image–text scorer in the inference host: the installed folder's vision and text
 * halves opened once (another folder replaces them), the prompts embedded with CLIP's BPE, each
 * image scored by the softmax share of the first prompt among them.
 */
export class ClipEngine {
  private opened: Promise<Opened> | undefined;

  private open(dir: string): Promise<Opened> {
    const current = this.opened;
    const next = (async () => {
      const previous = await current?.catch(() => undefined);
      if (previous?.dir === dir) return previous;
      await Promise.all([previous?.vision.release(), previous?.text.release()]);
      const [vision, text] = await Promise.all([ort.InferenceSession.create(firstExisting(dir, visionFiles), isnetSessionOptions), ort.InferenceSession.create(firstExisting(dir, textFiles), isnetSessionOptions)]);
      return { dir, vision, text, tokenizer: loadClipTokenizer(dir) };
    })();
    this.opened = next;
    next.catch(() => {
      if (this.opened === next) this.opened = undefined;
    });
    return next;
  }

  private async textEmbeddings({ text, tokenizer }: Opened, prompts: string[]): Promise<Float32Array[]> {
    const ids = new BigInt64Array(prompts.length * clipContextLength);
    const mask = new BigInt64Array(prompts.length * clipContextLength);
    prompts.forEach((prompt, n) => {
      const real = tokenizer.ids(prompt).length;
      tokenizer.encode(prompt).forEach((id, i) => {
        ids[n * clipContextLength + i] = BigInt(id);
        mask[n * clipContextLength + i] = i < real ? 1n : 0n;
      });
    });
    const dims = [prompts.length, clipContextLength];
    const feeds: Record<string, ort.Tensor> = { input_ids: new ort.Tensor('int64', ids, dims) };
    if (text.inputNames.includes('attention_mask')) feeds.attention_mask = new ort.Tensor('int64', mask, dims);
    const out = await text.run(feeds);
    return rows((out.text_embeds ?? out[text.outputNames[0] ?? ''])?.data as Float32Array, prompts.length);
  }

  async score(request: ClipScoreRequest): Promise<HostResult<'clip.score'>> {
    const opened = await this.open(request.modelDir);
    const prompts = await this.textEmbeddings(opened, request.prompts);
    const out = await opened.vision.run({ [opened.vision.inputNames[0] ?? 'pixel_values']: pixelValues(request.images) });
    const images = rows((out.image_embeds ?? out[opened.vision.outputNames[0] ?? ''])?.data as Float32Array, request.images.length);
    const scores = images.map((image) => {
      const logits = prompts.map((prompt) => logitScale * prompt.reduce((sum, v, i) => sum + v * (image[i] ?? 0), 0));
      const top = Math.max(...logits);
      const weights = logits.map((logit) => Math.exp(logit - top));
      return (weights[0] ?? 0) / weights.reduce((sum, w) => sum + w, 0);
    });
    return { scores };
  }
}
