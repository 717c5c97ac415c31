import * as ort from 'onnxruntime-node';
import { floatArray, halfArray } from './half-float';

/** Where a diffusion model runs, best first; CPU is always the last resort. */
export type ExecutionProvider = 'cuda' | 'dml' | 'coreml' | 'cpu';

/** One ORT session per component, each with its own options; session.run time is counted for the bench. */
export class OnnxComponent {
  /** Milliseconds spent inside session.run since creation (the pipeline's "bare" model time). */
  runMs = 0;

  private constructor(
    readonly name: string,
    private readonly session: ort.InferenceSession,
    readonly provider: ExecutionProvider,
  ) {}

  static async create(name: string, path: string, provider: ExecutionProvider, options: ort.InferenceSession.SessionOptions = {}): Promise<OnnxComponent> {
    const session = await ort.InferenceSession.create(path, {
      executionProviders: provider === 'cpu' ? ['cpu'] : [provider, 'cpu'],
      graphOptimizationLevel: 'all',
      // No spin-waiting: idle ORT threads otherwise keep cores busy between steps.
      extra: { session: { intra_op: { allow_spinning: '0' }, inter_op: { allow_spinning: '0' } } },
      ...options,
    });
    return new OnnxComponent(name, session, provider);
  }

  get inputNames(): readonly string[] {
    return this.session.inputNames;
  }

  hasInput(name: string): boolean {
    return this.session.inputNames.includes(name);
  }

  inputType(name: string): string | undefined {
    const meta = this.session.inputMetadata.find((m) => m.name === name);
    return meta && meta.isTensor ? meta.type : undefined;
  }

  /** A fixed input dimension (e.g. the UNet's sample channels), or undefined when symbolic. */
  inputDim(name: string, axis: number): number | undefined {
    const meta = this.session.inputMetadata.find((m) => m.name === name);
    const dim = meta && meta.isTensor ? meta.shape[axis] : undefined;
    return typeof dim === 'number' ? dim : undefined;
  }

  /**
   * Runs the session. Float inputs are converted to half floats where the export wants them, and
   * half-float outputs come back as float32, so fp16 and fp32 exports look alike to the pipeline.
   */
  async run(feeds: Record<string, ort.Tensor>): Promise<ort.InferenceSession.ReturnType> {
    const typed: Record<string, ort.Tensor> = {};
    for (const [name, tensor] of Object.entries(feeds)) {
      typed[name] = tensor.type === 'float32' && this.inputType(name) === 'float16' ? new ort.Tensor('float16', halfArray(tensor.data as Float32Array), tensor.dims) : tensor;
    }
    const start = performance.now();
    let outputs: ort.InferenceSession.ReturnType;
    try {
      outputs = await this.session.run(typed);
    } finally {
      this.runMs += performance.now() - start;
    }
    const converted: Record<string, ort.Tensor> = {};
    for (const [name, tensor] of Object.entries(outputs)) converted[name] = tensor.type === 'float16' ? new ort.Tensor('float32', floatArray(tensor.data as Uint16Array), tensor.dims) : tensor;
    return converted;
  }

  release(): Promise<void> {
    return this.session.release();
  }
}

export const floatTensor = (data: Float32Array, dims: number[]): ort.Tensor => new ort.Tensor('float32', data, dims);

/** The first output as float32 data (exports name their outputs differently). */
export function firstOutput(outputs: ort.InferenceSession.ReturnType, name: string): ort.Tensor {
  const tensor = outputs[name] ?? Object.values(outputs)[0];
  if (!tensor) throw new Error(`No output ${name}`);
  return tensor;
}
