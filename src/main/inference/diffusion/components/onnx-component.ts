import * as ort from 'onnxruntime-node';

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

  async run(feeds: Record<string, ort.Tensor>): Promise<ort.InferenceSession.ReturnType> {
    const start = performance.now();
    try {
      return await this.session.run(feeds);
    } finally {
      this.runMs += performance.now() - start;
    }
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
