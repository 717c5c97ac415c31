import { firstOutput, floatTensor, type OnnxComponent } from './onnx-component';

/** SD's latent scale: latents are the VAE's output times this. */
export const vaeScale = 0.18215;

/** Latents (÷ scale) to an RGB image in −1…1, CHW. */
export class VaeDecoder {
  constructor(readonly component: OnnxComponent) {}

  async decode(latents: Float32Array, height: number, width: number): Promise<Float32Array> {
    const scaled = new Float32Array(latents.length);
    for (let i = 0; i < latents.length; i += 1) scaled[i] = (latents[i] ?? 0) / vaeScale;
    return firstOutput(await this.component.run({ latent_sample: floatTensor(scaled, [1, 4, height, width]) }), 'sample').data as Float32Array;
  }
}

/** An RGB image in −1…1 (CHW) to latents (× scale); exports that return mean and log-variance give the mean. */
export class VaeEncoder {
  constructor(readonly component: OnnxComponent) {}

  async encode(image: Float32Array, height: number, width: number): Promise<Float32Array> {
    const output = firstOutput(await this.component.run({ sample: floatTensor(image, [1, 3, height, width]) }), 'latent_sample');
    const data = output.data as Float32Array;
    const latentSize = 4 * (height / 8) * (width / 8);
    return data.subarray(0, latentSize).map((v) => v * vaeScale);
  }
}
