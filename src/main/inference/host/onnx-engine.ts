import * as ort from 'onnxruntime-node';
import { readIsnetModel } from '../../core/image/cutout/isnet-model';
import { measureCutout } from '../../core/image/cutout/cutout-confidence';
import { cleanMask } from '../../core/image/cutout/mask-refine';
import { segmentationSize, type HostResult, type OnnxInspectRequest, type SegmentRequest } from '../protocol';

/**
 * CPU execution without spin-waiting: ORT's idle threads otherwise keep spinning after a run,
 * taking cores from the render workers and the main process for no work.
 */
export const isnetSessionOptions: ort.InferenceSession.SessionOptions = {
  executionProviders: ['cpu'],
  graphOptimizationLevel: 'all',
  extra: { session: { intra_op: { allow_spinning: '0' }, inter_op: { allow_spinning: '0' } } },
};

/**
 * onnxruntime sessions in the inference host, created on first use and kept. ISNet reads
 * (pixel − 128) / 256 per channel, CHW, and writes a foreground probability map, which is
 * cleaned here too, off the app's event loop.
 */
export class OnnxEngine {
  private isnet: Promise<ort.InferenceSession> | undefined;

  private session(): Promise<ort.InferenceSession> {
    this.isnet ??= ort.InferenceSession.create(readIsnetModel('medium'), isnetSessionOptions);
    return this.isnet;
  }

  async segment(request: SegmentRequest): Promise<HostResult<'segment.run'>> {
    const pixels = segmentationSize * segmentationSize;
    if (request.rgb.length !== pixels * 3) throw new Error(`Expected ${pixels * 3} RGB bytes, got ${request.rgb.length}`);
    const input = new Float32Array(pixels * 3);
    for (let i = 0; i < pixels; i += 1) {
      input[i] = ((request.rgb[i * 3] ?? 0) - 128) / 256;
      input[pixels + i] = ((request.rgb[i * 3 + 1] ?? 0) - 128) / 256;
      input[2 * pixels + i] = ((request.rgb[i * 3 + 2] ?? 0) - 128) / 256;
    }
    const session = await this.session();
    const start = performance.now();
    const outputs = await session.run({ input: new ort.Tensor('float32', input, [1, 3, segmentationSize, segmentationSize]) });
    const runMs = performance.now() - start;
    const probabilities = outputs.output?.data as Float32Array;
    const square = new Uint8Array(pixels);
    for (let i = 0; i < pixels; i += 1) square[i] = Math.max(0, Math.min(255, Math.round((probabilities[i] ?? 0) * 255)));
    const mask = cleanMask(square, segmentationSize, request.crop);
    return { mask, quality: measureCutout(mask, request.crop.width, request.crop.height), runMs };
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
