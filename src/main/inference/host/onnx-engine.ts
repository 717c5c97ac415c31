import * as ort from 'onnxruntime-node';
import type { CutoutQuality } from '../../../shared/ad-design';
import { isnetModelFile, readIsnetModel } from '../../core/image/cutout/isnet-model';
import { savingError } from '../../core/fs/write-errors';
import { AppError } from '../../../shared/errors';
import { measureCutout } from '../../core/image/cutout/cutout-confidence';
import { cleanMask, cropInput, modelAlpha } from '../../core/image/cutout/mask-refine';
import { segmentationSize, type HostResult, type OnnxInspectRequest, type SegmentRequest, type SegmentWarmRequest } from '../protocol';

/**
 * CPU execution without spin-waiting: ORT's idle threads otherwise keep spinning after a run,
 * taking cores from the render workers and the main process for no work. Without the memory
 * pattern the session holds 1.5 GB instead of 2.4 GB at 1024², runs as fast once warm, and only
 * its first run pays for touching fresh memory (measured: 5.8 s, then 2.3 s; with the pattern
 * the first two runs were slow).
 */
export const isnetSessionOptions: ort.InferenceSession.SessionOptions = {
  executionProviders: ['cpu'],
  graphOptimizationLevel: 'all',
  enableMemPattern: false,
  extra: { session: { intra_op: { allow_spinning: '0' }, inter_op: { allow_spinning: '0' } } },
};

/** The letterboxed square as ISNet reads it: (pixel − 128) / 256 per channel, CHW. */
export function isnetInput(rgb: Uint8Array): ort.Tensor {
  const pixels = segmentationSize * segmentationSize;
  if (rgb.length !== pixels * 3) throw new Error(`Expected ${pixels * 3} RGB bytes, got ${rgb.length}`);
  const input = new Float32Array(pixels * 3);
  for (let i = 0; i < pixels; i += 1) {
    input[i] = ((rgb[i * 3] ?? 0) - 128) / 256;
    input[pixels + i] = ((rgb[i * 3 + 1] ?? 0) - 128) / 256;
    input[2 * pixels + i] = ((rgb[i * 3 + 2] ?? 0) - 128) / 256;
  }
  return new ort.Tensor('float32', input, [1, 3, segmentationSize, segmentationSize]);
}

const imagenetMean = [0.485, 0.456, 0.406] as const;
const imagenetStd = [0.229, 0.224, 0.225] as const;

/** The square as BiRefNet-class models read it: 0…1, then ImageNet's mean and spread per channel, CHW. */
export function birefnetInput(rgb: Uint8Array): ort.Tensor {
  const pixels = segmentationSize * segmentationSize;
  if (rgb.length !== pixels * 3) throw new Error(`Expected ${pixels * 3} RGB bytes, got ${rgb.length}`);
  const input = new Float32Array(pixels * 3);
  for (let c = 0; c < 3; c += 1) {
    const mean = imagenetMean[c] ?? 0;
    const std = imagenetStd[c] ?? 1;
    for (let i = 0; i < pixels; i += 1) input[c * pixels + i] = ((rgb[i * 3 + c] ?? 0) / 255 - mean) / std;
  }
  return new ort.Tensor('float32', input, [1, 3, segmentationSize, segmentationSize]);
}

/** BiRefNet exports give logits, though some apply the sigmoid themselves: values outside 0…1 are logits. */
export const looksLikeLogits = (values: Float32Array): boolean => values.some((value) => value < -0.01 || value > 1.01);

/** The foreground map as bytes, one per pixel of the square: probabilities (ISNet's), or logits put through the sigmoid. */
export function probabilityMap(values: Float32Array, logits = false): Uint8Array {
  const square = new Uint8Array(segmentationSize * segmentationSize);
  for (let i = 0; i < square.length; i += 1) {
    const value = values[i] ?? 0;
    square[i] = Math.max(0, Math.min(255, Math.round((logits ? 1 / (1 + Math.exp(-value)) : value) * 255)));
  }
  return square;
}

/** The photo's cleaned mask and the verdict on the model's own one: all the work after session.run. */
export function refineSegmentation(square: Uint8Array, request: Pick<SegmentRequest, 'rgb' | 'crop'>): { mask: Uint8Array; quality: CutoutQuality } {
  const photo = cropInput(square, request.rgb, segmentationSize, request.crop);
  return { mask: cleanMask(photo), quality: measureCutout(modelAlpha(photo.probabilities), photo.width, photo.height) };
}

type Opened = { session: ort.InferenceSession; assembled: boolean; openMs: number };

/**
 * onnxruntime sessions in the inference host, created on first use (or by a warm start) and
 * kept for every later job. ISNet's probability map is cleaned and judged here too, off the
 * app's event loop.
 */
export class OnnxEngine {
  private isnet: Promise<Opened> | undefined;
  /** The installed cut-out model, one at a time (choosing another releases it). */
  private installed: { file: string; session: Promise<ort.InferenceSession> } | undefined;
  private warmed: Promise<HostResult<'segment.warm'>> | undefined;
  private ran = false;

  private open(modelDir: string): Promise<Opened> {
    this.isnet ??= (async () => {
      const start = performance.now();
      // A data folder that takes no writes (a full or read-only disk) still gets its cut-outs: the
      // model is then joined in memory, as it was before it had a file of its own.
      const file = await isnetModelFile(modelDir, 'medium').catch((error: unknown) => {
        if (savingError(error, modelDir) instanceof AppError) return undefined;
        throw error;
      });
      const session = await (file ? ort.InferenceSession.create(file.path, isnetSessionOptions) : ort.InferenceSession.create(readIsnetModel('medium'), isnetSessionOptions));
      return { session, assembled: file?.assembled ?? false, openMs: performance.now() - start };
    })();
    // A session that failed to open is tried afresh by the next request.
    this.isnet.catch(() => (this.isnet = undefined));
    return this.isnet;
  }

  /**
   * Opens the session of the model the cut-outs use (the built-in or the installed one) and runs
   * it once on a blank square: its first run is the slow one. Once per host, and not at all after
   * an owner's photo has run (that run did the warming).
   */
  warm(request: SegmentWarmRequest): Promise<HostResult<'segment.warm'>> {
    this.warmed ??= (async () => {
      const opening = performance.now();
      const opened = request.model === 'isnet-medium' ? await this.open(request.modelDir) : undefined;
      if (request.model === 'birefnet') await this.openInstalled(request.modelFile ?? '');
      const openMs = opened?.openMs ?? performance.now() - opening;
      const start = performance.now();
      const side = segmentationSize;
      if (!this.ran) await this.foreground({ ...request, op: 'segment.run', rgb: new Uint8Array(side * side * 3).fill(128), crop: { left: 0, top: 0, width: side, height: side } });
      return { assembled: opened?.assembled ?? false, openMs, warmMs: performance.now() - start };
    })();
    this.warmed.catch(() => (this.warmed = undefined));
    return this.warmed;
  }

  private openInstalled(file: string): Promise<ort.InferenceSession> {
    if (this.installed?.file !== file) {
      const previous = this.installed;
      void previous?.session.then((session) => session.release()).catch(() => undefined);
      const session = ort.InferenceSession.create(file, isnetSessionOptions);
      this.installed = { file, session };
      session.catch(() => {
        if (this.installed?.file === file) this.installed = undefined;
      });
    }
    return this.installed.session;
  }

  /** The model's foreground map for the square: the built-in ISNet, or the installed BiRefNet-class file. */
  private async foreground(request: SegmentRequest): Promise<Uint8Array> {
    if (request.model === 'isnet-medium') {
      const { session } = await this.open(request.modelDir);
      return probabilityMap((await session.run({ input: isnetInput(request.rgb) })).output?.data as Float32Array);
    }
    if (!request.modelFile) throw new Error('A birefnet cut-out needs its model file');
    const session = await this.openInstalled(request.modelFile);
    const outputs = await session.run({ [session.inputNames[0] ?? 'input_image']: birefnetInput(request.rgb) });
    // The exports list the finest map last (some also give coarser side outputs first).
    const values = outputs[session.outputNames.at(-1) ?? '']?.data;
    if (!(values instanceof Float32Array) || values.length < segmentationSize * segmentationSize) throw new AppError('MODEL_LOAD_FAILED', `${request.modelFile} gave no ${segmentationSize}² float map`, '설치한 누끼 모델의 출력이 맞지 않아요. 모델을 지우면 기본 누끼 모델을 써요.');
    return probabilityMap(values, looksLikeLogits(values));
  }

  async segment(request: SegmentRequest): Promise<HostResult<'segment.run'>> {
    const start = performance.now();
    const foreground = await this.foreground(request);
    this.ran = true;
    const runMs = performance.now() - start;
    const refined = refineSegmentation(foreground, request);
    return { ...refined, runMs, refineMs: performance.now() - start - runMs };
  }

  /** Each file opened and released again: a file that does not open is not a model we can run. */
  async inspect(request: OnnxInspectRequest) {
    const models = [];
    for (const path of request.paths) {
      const session = await ort.InferenceSession.create(path, { executionProviders: ['cpu'], graphOptimizationLevel: 'disabled' });
      models.push({ path, inputs: [...session.inputNames], outputs: [...session.outputNames] });
      await session.release();
    }
    return { models };
  }
}
