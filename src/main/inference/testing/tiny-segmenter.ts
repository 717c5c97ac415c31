import onnxProto from 'onnx-proto';
import { writeModel, valueInfo } from '../diffusion/testing/tiny-diffusers';
import { segmentationSize } from '../protocol';

const { onnx } = onnxProto;
const FLOAT = onnx.TensorProto.DataType.FLOAT;

/**
 * A BiRefNet-shaped ONNX file (input_image 1×3×1024×1024 → output_image logits 1×1×1024×1024)
 * whose one 1×1 convolution calls red things foreground and blue things background: real enough
 * for the runtime and the app to run it as an installed cut-out model, simple enough to predict.
 */
export function writeTinySegmenter(path: string): string {
  const size = segmentationSize;
  writeModel(path, {
    name: 'tiny_birefnet',
    node: [{ opType: 'Conv', input: ['input_image', 'weight', 'bias'], output: ['output_image'] }],
    initializer: [
      { name: 'weight', dims: [1, 3, 1, 1], dataType: FLOAT, floatData: [3, 0, -3] },
      { name: 'bias', dims: [1], dataType: FLOAT, floatData: [0] },
    ],
    input: [valueInfo('input_image', FLOAT, [1, 3, size, size])],
    output: [valueInfo('output_image', FLOAT, [1, 1, size, size])],
  });
  return path;
}
