import { firstOutput, floatTensor, type OnnxComponent } from './onnx-component';

/**
 * A TAESD-class tiny decoder (optional, `vae_decoder_tiny/model.onnx`): SD latents straight to
 * an RGB image in 0…1 at a fraction of the full VAE's cost — real previews every step, and a
 * fast final decode when the owner chose speed.
 */
export class TinyVaeDecoder {
  private readonly input: string;

  constructor(readonly component: OnnxComponent) {
    this.input = component.inputNames[0] ?? 'latent_sample';
  }

  async decode(latents: Float32Array, height: number, width: number): Promise<{ rgb: Uint8Array; width: number; height: number }> {
    const output = firstOutput(await this.component.run({ [this.input]: floatTensor(latents, [1, 4, height, width]) }), 'sample');
    const [, , outHeight = height * 8, outWidth = width * 8] = output.dims;
    const data = output.data as Float32Array;
    const plane = outHeight * outWidth;
    const rgb = new Uint8Array(plane * 3);
    const clamped = new Uint8ClampedArray(rgb.buffer);
    for (let p = 0, o = 0; p < plane; p += 1, o += 3) {
      clamped[o] = (data[p] ?? 0) * 255;
      clamped[o + 1] = (data[plane + p] ?? 0) * 255;
      clamped[o + 2] = (data[2 * plane + p] ?? 0) * 255;
    }
    return { rgb, width: outWidth, height: outHeight };
  }
}
