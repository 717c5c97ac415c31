import * as ort from 'onnxruntime-node';
import { firstOutput, floatTensor, type OnnxComponent } from './onnx-component';

/** LCM's guidance embedding: the sinusoidal embedding of (w − 1) · 1000, as LCM pipelines make it. */
export function guidanceEmbedding(guidance: number, dim = 256): Float32Array {
  const w = (guidance - 1) * 1000;
  const half = dim / 2;
  const out = new Float32Array(dim);
  const step = Math.log(10000) / (half - 1);
  for (let i = 0; i < half; i += 1) {
    const angle = w * Math.exp(-step * i);
    out[i] = Math.sin(angle);
    out[half + i] = Math.cos(angle);
  }
  return out;
}

/**
 * The denoiser: a 4-channel UNet (txt2img, img2img) or a 9-channel inpainting UNet (latents,
 * mask, masked-image latents). Reads its timestep type from the export.
 */
export class Unet {
  readonly inChannels: number;
  private readonly timestepInt: boolean;
  readonly takesGuidanceEmbedding: boolean;

  constructor(readonly component: OnnxComponent) {
    this.inChannels = component.inputDim('sample', 1) ?? 4;
    this.timestepInt = component.inputType('timestep') === 'int64';
    this.takesGuidanceEmbedding = component.hasInput('timestep_cond');
  }

  async predict(sample: Float32Array, dims: number[], timestep: number, context: ort.Tensor, guidance: number): Promise<Float32Array> {
    const feeds: Record<string, ort.Tensor> = {
      sample: floatTensor(sample, dims),
      timestep: this.timestepInt ? new ort.Tensor('int64', BigInt64Array.from([BigInt(Math.round(timestep))]), [1]) : new ort.Tensor('float32', Float32Array.from([timestep]), [1]),
      encoder_hidden_states: context,
    };
    if (this.takesGuidanceEmbedding) feeds.timestep_cond = floatTensor(guidanceEmbedding(guidance), [1, 256]);
    return firstOutput(await this.component.run(feeds), 'out_sample').data as Float32Array;
  }
}
