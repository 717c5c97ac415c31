import * as ort from 'onnxruntime-node';
import { clipContextLength } from './clip-tokenizer';
import { firstOutput, type OnnxComponent } from './onnx-component';

/** CLIP's text encoder: 77 token ids in, one hidden state per token out. */
export class TextEncoder {
  constructor(readonly component: OnnxComponent) {}

  async encode(ids: Int32Array): Promise<ort.Tensor> {
    const typed = this.component.inputType('input_ids') === 'int64' ? new ort.Tensor('int64', BigInt64Array.from(ids, BigInt), [1, clipContextLength]) : new ort.Tensor('int32', ids, [1, clipContextLength]);
    return firstOutput(await this.component.run({ input_ids: typed }), 'last_hidden_state');
  }
}
