import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import onnxProto from 'onnx-proto';
import { seededRandom } from '../../../core/random/seeded-random';
import { writeClipTokenizerFolder } from './clip-vocab';

// onnx-proto is CommonJS: its namespace comes through the default export.
const { onnx } = onnxProto;
const FLOAT = onnx.TensorProto.DataType.FLOAT;
const INT32 = onnx.TensorProto.DataType.INT32;
const INT64 = onnx.TensorProto.DataType.INT64;

type Dim = number | string;
export const valueInfo = (name: string, elemType: number, dims: Dim[]) => ({
  name,
  type: { tensorType: { elemType, shape: { dim: dims.map((d) => (typeof d === 'number' ? { dimValue: d } : { dimParam: d })) } } },
});

function weights(name: string, dims: number[], random: () => number, scale: number) {
  const count = dims.reduce((a, b) => a * b, 1);
  const data = new Float32Array(count);
  for (let i = 0; i < count; i += 1) data[i] = (random() - 0.5) * 2 * scale;
  return { name, dims, dataType: FLOAT, rawData: new Uint8Array(data.buffer) };
}
const floats = (name: string, values: number[]) => ({ name, dims: [values.length], dataType: FLOAT, floatData: values });
const int64s = (name: string, values: number[]) => ({ name, dims: [values.length], dataType: INT64, int64Data: values });

type Graph = { node: Record<string, unknown>[]; input: ReturnType<typeof valueInfo>[]; output: ReturnType<typeof valueInfo>[] } & Record<string, unknown>;

/** The same graph with half-float inputs and outputs (cast at the edges), as fp16 exports have. */
function asHalf(graph: Graph): Graph {
  const FLOAT16 = onnx.TensorProto.DataType.FLOAT16;
  const cast = (from: string, to: string, type: number) => ({ opType: 'Cast', input: [from], output: [to], attribute: [{ name: 'to', type: onnx.AttributeProto.AttributeType.INT, i: type }] });
  const isFloat = (v: ReturnType<typeof valueInfo>) => v.type.tensorType.elemType === FLOAT;
  const edges = new Set([...graph.input.filter(isFloat), ...graph.output.filter(isFloat)].map((v) => v.name));
  const inner = (name: string) => (edges.has(name) ? `${name}__f32` : name);
  const node = graph.node.map((n) => ({ ...n, input: (n.input as string[]).map(inner), output: (n.output as string[]).map(inner) }));
  const half = (v: ReturnType<typeof valueInfo>) => (isFloat(v) ? { ...v, type: { tensorType: { ...v.type.tensorType, elemType: FLOAT16 } } } : v);
  return {
    ...graph,
    node: [...graph.input.filter(isFloat).map((i) => cast(i.name, `${i.name}__f32`, FLOAT)), ...node, ...graph.output.filter(isFloat).map((o) => cast(`${o.name}__f32`, o.name, FLOAT16))],
    input: graph.input.map(half),
    output: graph.output.map(half),
  };
}

export function writeModel(path: string, graph: Graph, fp16 = false): void {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, onnx.ModelProto.encode({ irVersion: 8, opsetImport: [{ domain: '', version: 17 }], producerName: 'adstudio-tests', graph: fp16 ? asHalf(graph) : graph }).finish());
}

export interface TinyDiffusersOptions {
  /** 4 for txt2img/img2img UNets, 9 for inpainting UNets. */
  unetChannels?: 4 | 9;
  /** The timestep input's type, as exports differ (int64 in optimum's, float in others). */
  timestepType?: 'int64' | 'float';
  /** An LCM UNet also reads a guidance embedding ("timestep_cond"). */
  lcm?: boolean;
  hiddenSize?: number;
  /**
   * Channels of two hidden 3×3 convolutions in the UNet: 0 keeps it a single convolution; the
   * bench sets it so a step costs real compute, as a real UNet's does.
   */
  unetWidth?: number;
  /** Half-float inputs and outputs, as the fp16 exports GPUs prefer. */
  fp16?: boolean;
  /** Also a TAESD-class tiny decoder (vae_decoder_tiny/). */
  tinyVae?: boolean;
  seed?: number;
}

/**
 * A diffusers ONNX folder with random weights and the real exports' input/output names, dtypes
 * and shapes (dynamic batch and size): text encoder, UNet, VAE encoder and decoder, the real CLIP
 * tokenizer files, model_index.json and the scheduler config. Every op is cheap, so the whole
 * pipeline runs in milliseconds on the real onnxruntime.
 */
export function writeTinyDiffusers(dir: string, options: TinyDiffusersOptions = {}): string {
  const { unetChannels = 4, timestepType = 'int64', lcm = false, hiddenSize = 32, unetWidth = 0, fp16 = false, tinyVae = false, seed = 5 } = options;
  const random = seededRandom(seed);
  writeClipTokenizerFolder(join(dir, 'tokenizer'));
  writeFileSync(join(dir, 'model_index.json'), JSON.stringify({ _class_name: 'OnnxStableDiffusionPipeline', _diffusers_version: '0.27.0', scheduler: ['diffusers', lcm ? 'LCMScheduler' : 'EulerAncestralDiscreteScheduler'] }));
  mkdirSync(join(dir, 'scheduler'), { recursive: true });
  writeFileSync(
    join(dir, 'scheduler', 'scheduler_config.json'),
    JSON.stringify({ _class_name: lcm ? 'LCMScheduler' : 'EulerAncestralDiscreteScheduler', beta_start: 0.00085, beta_end: 0.012, beta_schedule: 'scaled_linear', num_train_timesteps: 1000, timestep_spacing: lcm ? 'leading' : 'trailing', original_inference_steps: 50 }),
  );

  writeModel(join(dir, 'text_encoder', 'model.onnx'), {
    name: 'text_encoder',
    node: [
      { opType: 'Gather', input: ['embedding', 'input_ids'], output: ['last_hidden_state'], attribute: [{ name: 'axis', type: onnx.AttributeProto.AttributeType.INT, i: 0 }] },
      { opType: 'ReduceMean', input: ['last_hidden_state'], output: ['pooler_output'], attribute: [{ name: 'axes', type: onnx.AttributeProto.AttributeType.INTS, ints: [1] }, { name: 'keepdims', type: onnx.AttributeProto.AttributeType.INT, i: 0 }] },
    ],
    initializer: [weights('embedding', [49408, hiddenSize], random, 1)],
    input: [valueInfo('input_ids', INT32, ['batch', 77])],
    output: [valueInfo('last_hidden_state', FLOAT, ['batch', 77, hiddenSize]), valueInfo('pooler_output', FLOAT, ['batch', hiddenSize])],
  }, fp16);

  const pads = { name: 'pads', type: onnx.AttributeProto.AttributeType.INTS, ints: [1, 1, 1, 1] };
  const convs: Record<string, unknown>[] =
    unetWidth > 0
      ? [
          { opType: 'Conv', input: ['sample', 'in_w', 'in_b'], output: ['h1'], attribute: [pads] },
          { opType: 'Relu', input: ['h1'], output: ['h1r'] },
          { opType: 'Conv', input: ['h1r', 'mid_w', 'mid_b'], output: ['h2'], attribute: [pads] },
          { opType: 'Relu', input: ['h2'], output: ['h2r'] },
          { opType: 'Conv', input: ['h2r', 'conv_w', 'conv_b'], output: ['features'], attribute: [pads] },
        ]
      : [{ opType: 'Conv', input: ['sample', 'conv_w', 'conv_b'], output: ['features'], attribute: [pads] }];
  const unetNodes: Record<string, unknown>[] = [
    ...convs,
    { opType: 'ReduceMean', input: ['encoder_hidden_states'], output: ['context'], attribute: [{ name: 'axes', type: onnx.AttributeProto.AttributeType.INTS, ints: [1, 2] }, { name: 'keepdims', type: onnx.AttributeProto.AttributeType.INT, i: 0 }] },
    { opType: 'Reshape', input: ['context', 'to_b111'], output: ['context4'] },
    { opType: 'Cast', input: ['timestep'], output: ['t_float'], attribute: [{ name: 'to', type: onnx.AttributeProto.AttributeType.INT, i: FLOAT }] },
    { opType: 'Mul', input: ['t_float', 't_scale'], output: ['t_scaled'] },
    { opType: 'Reshape', input: ['t_scaled', 'to_b111'], output: ['t4'] },
    { opType: 'Add', input: ['features', 'context4'], output: ['with_context'] },
    { opType: lcm ? 'Add' : 'Identity', input: lcm ? ['with_context', 'w4'] : ['with_context'], output: ['with_guidance'] },
    { opType: 'Add', input: ['with_guidance', 't4'], output: ['out_sample'] },
  ];
  if (lcm) {
    unetNodes.unshift(
      { opType: 'ReduceMean', input: ['timestep_cond'], output: ['w'], attribute: [{ name: 'axes', type: onnx.AttributeProto.AttributeType.INTS, ints: [1] }, { name: 'keepdims', type: onnx.AttributeProto.AttributeType.INT, i: 0 }] },
      { opType: 'Reshape', input: ['w', 'to_b111'], output: ['w4'] },
    );
  }
  writeModel(join(dir, 'unet', 'model.onnx'), {
    name: 'unet',
    node: unetNodes,
    initializer: [
      ...(unetWidth > 0
        ? [weights('in_w', [unetWidth, unetChannels, 3, 3], random, 0.1), weights('in_b', [unetWidth], random, 0.01), weights('mid_w', [unetWidth, unetWidth, 3, 3], random, 0.02), weights('mid_b', [unetWidth], random, 0.01), weights('conv_w', [4, unetWidth, 3, 3], random, 0.02)]
        : [weights('conv_w', [4, unetChannels, 3, 3], random, 0.15)]),
      weights('conv_b', [4], random, 0.05),
      floats('t_scale', [0.0001]),
      int64s('to_b111', [-1, 1, 1, 1]),
    ],
    input: [
      valueInfo('sample', FLOAT, ['batch', unetChannels, 'height', 'width']),
      valueInfo('timestep', timestepType === 'int64' ? INT64 : FLOAT, [1]),
      valueInfo('encoder_hidden_states', FLOAT, ['batch', 77, hiddenSize]),
      ...(lcm ? [valueInfo('timestep_cond', FLOAT, ['batch', 256])] : []),
    ],
    output: [valueInfo('out_sample', FLOAT, ['batch', 4, 'height', 'width'])],
  }, fp16);

  writeModel(join(dir, 'vae_decoder', 'model.onnx'), {
    name: 'vae_decoder',
    node: [
      { opType: 'Resize', input: ['latent_sample', '', 'scales'], output: ['upsampled'], attribute: [{ name: 'mode', type: onnx.AttributeProto.AttributeType.STRING, s: new TextEncoder().encode('nearest') }] },
      { opType: 'Conv', input: ['upsampled', 'dec_w', 'dec_b'], output: ['decoded'], attribute: [{ name: 'pads', type: onnx.AttributeProto.AttributeType.INTS, ints: [1, 1, 1, 1] }] },
      { opType: 'Tanh', input: ['decoded'], output: ['sample'] },
    ],
    initializer: [floats('scales', [1, 1, 8, 8]), weights('dec_w', [3, 4, 3, 3], random, 0.3), weights('dec_b', [3], random, 0.1)],
    input: [valueInfo('latent_sample', FLOAT, ['batch', 4, 'height', 'width'])],
    output: [valueInfo('sample', FLOAT, ['batch', 3, 'height8', 'width8'])],
  }, fp16);

  writeModel(join(dir, 'vae_encoder', 'model.onnx'), {
    name: 'vae_encoder',
    node: [
      { opType: 'AveragePool', input: ['sample'], output: ['pooled'], attribute: [{ name: 'kernel_shape', type: onnx.AttributeProto.AttributeType.INTS, ints: [8, 8] }, { name: 'strides', type: onnx.AttributeProto.AttributeType.INTS, ints: [8, 8] }] },
      { opType: 'Conv', input: ['pooled', 'enc_w', 'enc_b'], output: ['latent_sample'] },
    ],
    initializer: [weights('enc_w', [4, 3, 1, 1], random, 0.5), weights('enc_b', [4], random, 0.1)],
    input: [valueInfo('sample', FLOAT, ['batch', 3, 'height', 'width'])],
    output: [valueInfo('latent_sample', FLOAT, ['batch', 4, 'height8', 'width8'])],
  }, fp16);
  if (tinyVae) {
    writeModel(
      join(dir, 'vae_decoder_tiny', 'model.onnx'),
      {
        name: 'vae_decoder_tiny',
        node: [
          { opType: 'Resize', input: ['latent_sample', '', 'scales'], output: ['upsampled'], attribute: [{ name: 'mode', type: onnx.AttributeProto.AttributeType.STRING, s: new TextEncoder().encode('nearest') }] },
          { opType: 'Conv', input: ['upsampled', 'tiny_w', 'tiny_b'], output: ['decoded'] },
          { opType: 'Sigmoid', input: ['decoded'], output: ['sample'] },
        ],
        initializer: [floats('scales', [1, 1, 8, 8]), weights('tiny_w', [3, 4, 1, 1], random, 0.5), weights('tiny_b', [3], random, 0.1)],
        input: [valueInfo('latent_sample', FLOAT, ['batch', 4, 'height', 'width'])],
        output: [valueInfo('sample', FLOAT, ['batch', 3, 'height8', 'width8'])],
      },
      fp16,
    );
  }
  return dir;
}
