import { existsSync, readFileSync, statSync } from 'node:fs';
import { arch, platform } from 'node:os';
import { join } from 'node:path';
import { listSupportedBackends } from 'onnxruntime-node';
import { z } from 'zod';
import { loadClipTokenizer, type ClipTokenizer } from './components/clip-tokenizer';
import { OnnxComponent, type ExecutionProvider } from './components/onnx-component';
import { TextEncoder } from './components/text-encoder';
import { Unet } from './components/unet';
import { TinyVaeDecoder } from './components/tiny-vae';
import { VaeDecoder, VaeEncoder } from './components/vae';

const modelIndexSchema = z.object({ _class_name: z.string() }).loose();

/** A diffusers ONNX folder, loaded: every component its own session, on one execution provider. */
export interface DiffusionPipeline {
  dir: string;
  tokenizer: ClipTokenizer;
  textEncoder: TextEncoder;
  unet: Unet;
  vaeDecoder: VaeDecoder;
  vaeEncoder: VaeEncoder | undefined;
  /** The optional tiny decoder: step previews as real pictures, and fast final decodes. */
  tinyDecoder: TinyVaeDecoder | undefined;
  schedulerConfig: unknown;
  provider: ExecutionProvider;
  /** Why a faster provider was not used, when one failed (Korean, for the owner). */
  fallbackReason: string | undefined;
  /** Milliseconds inside session.run, all components together. */
  modelMs(): number;
  release(): Promise<void>;
}

/** The accelerator this platform's onnxruntime build offers, then the CPU. */
export function preferredProviders(): ExecutionProvider[] {
  const bundled = new Set(listSupportedBackends().map((backend) => backend.name));
  const accelerator: ExecutionProvider | undefined = platform() === 'win32' ? 'dml' : platform() === 'darwin' ? 'coreml' : platform() === 'linux' && arch() === 'x64' ? 'cuda' : undefined;
  return accelerator && bundled.has(accelerator) ? [accelerator, 'cpu'] : ['cpu'];
}

/** Providers that failed to open a model in this process: not tried again until a restart. */
const failedProviders = new Set<ExecutionProvider>();
const providerNames: Record<ExecutionProvider, string> = { cuda: '그래픽 카드(CUDA)', dml: '그래픽 카드(DirectML)', coreml: 'Apple 가속(CoreML)', cpu: 'CPU' };

async function loadOn(dir: string, provider: ExecutionProvider, tinyDecoder: string | undefined) {
  const part = (name: string) => (name === 'vae_decoder_tiny' && tinyDecoder ? tinyDecoder : join(dir, name, 'model.onnx'));
  // An accelerator that may be missing is tried quietly: its failure is reported once, in Korean.
  const options = provider === 'cpu' ? {} : { logSeverityLevel: 4 as const };
  const names = ['text_encoder', 'unet', 'vae_decoder', 'vae_encoder', 'vae_decoder_tiny'].filter((name, i) => i < 3 || existsSync(part(name)));
  const opened = await Promise.allSettled(names.map((name) => OnnxComponent.create(name, part(name), provider, options)));
  const components = opened.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
  // An installed tiny decoder that does not open costs only the fast previews, never the picture.
  const failure = opened.find((result, i): result is PromiseRejectedResult => result.status === 'rejected' && !(names[i] === 'vae_decoder_tiny' && tinyDecoder));
  if (!failure && opened.at(-1)?.status === 'rejected' && tinyDecoder) console.warn(`diffusion: the installed tiny decoder ${tinyDecoder} did not open; drawing without it`);
  if (failure) {
    // The parts that did open are released: a failed attempt must not hold their memory.
    await Promise.all(components.map((c) => c.release()));
    throw failure.reason;
  }
  const byName = (name: string) => components.find((c) => c.name === name);
  return { all: components, text: byName('text_encoder'), unet: byName('unet'), decoder: byName('vae_decoder'), encoder: byName('vae_encoder'), tiny: byName('vae_decoder_tiny') };
}

/** Bytes of the model files: what a run keeps in memory, roughly. */
export function modelBytes(dir: string, tinyDecoder?: string): number {
  const installedTiny = tinyDecoder && existsSync(tinyDecoder) ? statSync(tinyDecoder).size : 0;
  return ['text_encoder', 'unet', 'vae_decoder', 'vae_encoder', 'vae_decoder_tiny'].reduce((sum, name) => {
    for (const file of ['model.onnx', 'model.onnx_data', 'weights.pb']) {
      const path = join(dir, name, file);
      if (existsSync(path)) sum += statSync(path).size;
    }
    return sum;
  }, installedTiny);
}

/**
 * Reads model_index.json, the tokenizer and scheduler config, and opens the components on the
 * best provider; when that provider fails to open them, on the CPU, saying why.
 */
export async function loadPipeline(dir: string, providers: ExecutionProvider[] = preferredProviders(), tinyDecoder?: string): Promise<DiffusionPipeline> {
  modelIndexSchema.parse(JSON.parse(readFileSync(join(dir, 'model_index.json'), 'utf8')));
  const tokenizer = loadClipTokenizer(join(dir, 'tokenizer'));
  const schedulerPath = join(dir, 'scheduler', 'scheduler_config.json');
  const schedulerConfig: unknown = existsSync(schedulerPath) ? JSON.parse(readFileSync(schedulerPath, 'utf8')) : {};
  let fallbackReason: string | undefined;
  let failedAccelerator: ExecutionProvider | undefined;
  for (const provider of providers) {
    if (failedProviders.has(provider) && provider !== 'cpu') {
      fallbackReason = `${providerNames[provider]}로 열 수 없어 CPU로 만들었어요`;
      continue;
    }
    try {
      const parts = await loadOn(dir, provider, tinyDecoder);
      if (!parts.text || !parts.unet || !parts.decoder) throw new Error(`${dir} lacks a text encoder, UNet or VAE decoder`);
      // Only once the CPU opened this very folder is the accelerator, not the model, to blame.
      if (failedAccelerator) failedProviders.add(failedAccelerator);
      return {
        dir,
        tokenizer,
        textEncoder: new TextEncoder(parts.text),
        unet: new Unet(parts.unet),
        vaeDecoder: new VaeDecoder(parts.decoder),
        vaeEncoder: parts.encoder && new VaeEncoder(parts.encoder),
        tinyDecoder: parts.tiny && new TinyVaeDecoder(parts.tiny),
        schedulerConfig,
        provider,
        fallbackReason,
        modelMs: () => parts.all.reduce((sum, c) => sum + c.runMs, 0),
        release: async () => {
          await Promise.all(parts.all.map((c) => c.release()));
        },
      };
    } catch (error) {
      if (provider === 'cpu') throw error;
      failedAccelerator = provider;
      console.warn(`diffusion: ${provider} could not open ${dir}: ${String(error)}; trying the CPU`);
      fallbackReason = `${providerNames[provider]}로 열 수 없어 CPU로 만들었어요`;
    }
  }
  throw new Error('No execution provider');
}
