import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { GgufInsights, readGgufFileInfo } from 'node-llama-cpp';
import { AppError } from '../../../shared/errors';
import type { OnnxInspectRequest } from '../../inference/protocol';

const invalid = (path: string, why: string, userMessage?: string): AppError => new AppError('MODEL_INVALID', `${path}: ${why}`, userMessage);

/**
 * A GGUF that llama.cpp can load: its header and metadata parse, and the file is long enough
 * to hold every tensor it declares (a copy cut short still has a perfect header).
 */
export async function checkGguf(path: string): Promise<{ name: string; architecture: string }> {
  let info;
  try {
    info = await readGgufFileInfo(path, { readTensorInfo: true, logWarnings: false, sourceType: 'filesystem' });
  } catch (error) {
    throw invalid(path, `not a readable GGUF: ${String(error)}`, 'GGUF 모델 파일이 아니거나 손상되었어요.');
  }
  const insights = await GgufInsights.from(info);
  const needed = (info.infoEndOffset ?? 0) + insights.modelSize;
  const { size } = await stat(path);
  if (size < needed) throw invalid(path, `truncated: ${size} bytes, its tensors need at least ${needed}`, '모델 파일이 끝까지 복사되지 않았어요. 원본에서 다시 복사해 주세요.');
  const general = info.metadata.general as { name?: string; architecture?: string } | undefined;
  return { name: general?.name ?? '', architecture: general?.architecture ?? 'unknown' };
}

/** The parts of a diffusers-layout ONNX folder the app needs. */
// The app paints around the product (outpainting), which encodes the photo: the VAE encoder is required.
const onnxFolderParts = ['text_encoder/model.onnx', 'unet/model.onnx', 'vae_decoder/model.onnx', 'vae_encoder/model.onnx'] as const;
const tokenizerParts = ['tokenizer/vocab.json', 'tokenizer/merges.txt'] as const;

export type InspectOnnx = (request: OnnxInspectRequest) => Promise<{ models: { path: string; inputs: string[]; outputs: string[] }[] }>;

/**
 * A diffusion folder in diffusers' ONNX layout: model_index.json, the tokenizer, and each
 * component opened in a session (in the inference host) with the inputs the pipeline feeds.
 */
export async function checkOnnxFolder(dir: string, inspect: InspectOnnx): Promise<void> {
  for (const part of ['model_index.json', ...onnxFolderParts, ...tokenizerParts]) {
    if (!existsSync(join(dir, part))) throw invalid(dir, `missing ${part}`, `이미지 모델 폴더에 ${part} 파일이 없어요. diffusers ONNX 형식의 폴더인지 확인해 주세요.`);
  }
  let inspected;
  try {
    inspected = await inspect({ op: 'onnx.inspect', paths: onnxFolderParts.map((part) => join(dir, part)) });
  } catch (error) {
    throw invalid(dir, `an ONNX file does not open: ${String(error)}`, '이미지 모델 파일을 열 수 없어요. 파일이 손상되지 않았는지 확인해 주세요.');
  }
  const unet = inspected.models.find((m) => m.path.endsWith(join('unet', 'model.onnx')));
  const expected = ['sample', 'timestep', 'encoder_hidden_states'];
  if (!unet || !expected.every((name) => unet.inputs.includes(name))) {
    throw invalid(dir, `the UNet lacks the inputs ${expected.join(', ')} (has ${unet?.inputs.join(', ') ?? 'none'})`, '지원하지 않는 이미지 모델이에요 (UNet 입력이 달라요).');
  }
}
