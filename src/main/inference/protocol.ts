import { z } from 'zod';
import { cutoutQualitySchema } from '../../shared/ad-design';
import { errorDataSchema } from '../../shared/errors';

// Messages between the main process and the inference host, validated on arrival at both
// ends like the IPC contract. A request's answer is streamed `chunk`s, then one `done` or `fail`.

export const chatTurnSchema = z.object({ role: z.enum(['user', 'assistant']), text: z.string() });
export type ChatTurn = z.infer<typeof chatTurnSchema>;

export const llmGenerateSchema = z.object({
  op: z.literal('llm.generate'),
  modelPath: z.string(),
  /** Tokens of context to allocate; the host trims the oldest turns of `history` to fit. */
  contextSize: z.number().int().min(256).max(131072),
  system: z.string(),
  history: z.array(chatTurnSchema),
  prompt: z.string(),
  /** A JSON schema the output must follow, enforced by a grammar while sampling. */
  jsonSchema: z.record(z.string(), z.unknown()).optional(),
  maxTokens: z.number().int().positive(),
  temperature: z.number().min(0).max(2),
  seed: z.number().int().nonnegative(),
  /** Forbid tokens that write CJK ideographs (the copy must be Hangul). */
  suppressHan: z.boolean(),
  /** Unload the model after this long without use; 0 keeps it. */
  idleUnloadMs: z.number().int().nonnegative(),
  /** 0 lets llama.cpp choose. */
  threads: z.number().int().nonnegative(),
  gpu: z.boolean(),
});
export type LlmGenerate = z.infer<typeof llmGenerateSchema>;

export const llmGenerateResultSchema = z.object({
  text: z.string(),
  tokens: z.number().int().nonnegative(),
  /** Milliseconds spent generating, model load excluded. */
  generateMs: z.number().nonnegative(),
  loadMs: z.number().nonnegative(),
  /** How many of the history turns fitted the context. */
  historyTurnsUsed: z.number().int().nonnegative(),
});
export type LlmGenerateResult = z.infer<typeof llmGenerateResultSchema>;

const bytes = z.custom<Uint8Array>((value) => value instanceof Uint8Array, 'must be a Uint8Array');

/** Side of the square the segmentation model reads and writes. */
export const segmentationSize = 1024;

/** Where the host keeps the segmentation model as one assembled, hash-checked file (the app's models/builtin). */
const segmentModel = {
  /** isnet-medium: the built-in model, kept in modelDir; birefnet: an installed BiRefNet-class ONNX file (`modelFile`). */
  model: z.enum(['isnet-medium', 'birefnet']),
  modelDir: z.string().min(1),
  modelFile: z.string().min(1).optional(),
};

export const segmentSchema = z.object({
  op: z.literal('segment.run'),
  ...segmentModel,
  /** RGB, row-major, `segmentationSize`² pixels, already letterboxed by the caller. */
  rgb: bytes,
  /** Where the photo sits in the square: the mask comes back cut to this area and cleaned. */
  crop: z.object({ left: z.number().int().nonnegative(), top: z.number().int().nonnegative(), width: z.number().int().positive(), height: z.number().int().positive() }),
});
export type SegmentRequest = z.infer<typeof segmentSchema>;

/** Opens the segmentation session and runs it once on a blank square, so the owner's first photo finds it ready. */
export const segmentWarmSchema = z.object({ op: z.literal('segment.warm'), ...segmentModel });
export type SegmentWarmRequest = z.infer<typeof segmentWarmSchema>;

/** Opens each ONNX file in a throw-away session and reads its inputs and outputs: an import check. */
export const onnxInspectSchema = z.object({ op: z.literal('onnx.inspect'), paths: z.array(z.string().min(1)).min(1).max(16) });
export type OnnxInspectRequest = z.infer<typeof onnxInspectSchema>;

/** One AI-background run on a diffusers ONNX folder; step previews arrive as preview frames. */
export const diffusionRunSchema = z.object({
  op: z.literal('diffusion.run'),
  modelDir: z.string().min(1),
  mode: z.enum(['txt2img', 'img2img', 'outpaint']),
  prompt: z.string().max(2000),
  negativePrompt: z.string().max(2000),
  width: z.number().int().min(64).max(2048).multipleOf(8),
  height: z.number().int().min(64).max(2048).multipleOf(8),
  steps: z.number().int().min(1).max(100),
  guidance: z.number().min(0).max(30),
  seed: z.number().int().nonnegative(),
  /** img2img: how much of the image may change. */
  strength: z.number().min(0.05).max(1).optional(),
  /** RGB, width × height × 3: the backdrop (img2img) or the product photo (outpaint). */
  image: bytes.optional(),
  /** outpaint: the product's alpha, width × height. */
  alpha: bytes.optional(),
  gpu: z.boolean(),
  idleUnloadMs: z.number().int().nonnegative(),
  /** Decode with the tiny VAE (the folder's, or the installed one), when there is one. */
  fastDecode: z.boolean().default(false),
  /** An installed TAESD-class decoder (one ONNX file), used instead of one inside the folder. */
  tinyDecoder: z.string().min(1).optional(),
});
export type DiffusionRun = z.infer<typeof diffusionRunSchema>;

/** Side of the square a CLIP-class scorer reads. */
export const clipImageSize = 224;

/** How well each image matches the first prompt rather than the others, by an installed CLIP-class model (a folder with its vision and text ONNX files and CLIP's BPE). */
export const clipScoreSchema = z.object({
  op: z.literal('clip.score'),
  modelDir: z.string().min(1),
  /** RGB, clipImageSize² each, already fitted by the caller. */
  images: z.array(bytes).min(1).max(16),
  /** The first says what a good result looks like; the rest what a poor one does. */
  prompts: z.array(z.string().min(1).max(300)).min(2).max(8),
});
export type ClipScoreRequest = z.infer<typeof clipScoreSchema>;

export const llmUnloadSchema = z.object({ op: z.literal('llm.unload'), modelPath: z.string().optional() });
export const pingSchema = z.object({ op: z.literal('ping') });

export const hostRequestSchema = z.discriminatedUnion('op', [llmGenerateSchema, segmentSchema, segmentWarmSchema, onnxInspectSchema, diffusionRunSchema, clipScoreSchema, llmUnloadSchema, pingSchema]);
export type HostRequest = z.infer<typeof hostRequestSchema>;

export const resultSchemas = {
  'llm.generate': llmGenerateResultSchema,
  /** The product's alpha (0–255) over `crop`, cleaned; how far it can be trusted; milliseconds spent in session.run. */
  'segment.run': z.object({ mask: bytes, quality: cutoutQualitySchema, runMs: z.number(), refineMs: z.number() }),
  /** assembled: the model file had to be (re)made; openMs: session creation, file check included; warmMs: the blank run. */
  'segment.warm': z.object({ assembled: z.boolean(), openMs: z.number(), warmMs: z.number() }),
  'onnx.inspect': z.object({ models: z.array(z.object({ path: z.string(), inputs: z.array(z.string()), outputs: z.array(z.string()) })) }),
  'diffusion.run': z.object({ rgb: bytes, width: z.number().int(), height: z.number().int(), provider: z.string(), fallbackReason: z.string().nullable(), totalMs: z.number(), modelMs: z.number() }),
  /** Per image, the first prompt's share (0–1) of the softmax over the prompts. */
  'clip.score': z.object({ scores: z.array(z.number().min(0).max(1)) }),
  'llm.unload': z.object({ unloaded: z.number().int() }),
  /** loadedModels: LLMs resident now (an idle one leaves after its timeout). */
  ping: z.object({ pid: z.number().int(), rssBytes: z.number(), loadedModels: z.array(z.string()) }),
} as const;
export type HostResult<Op extends HostRequest['op']> = z.infer<(typeof resultSchemas)[Op]>;

export const toHostSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('request'), id: z.number().int(), request: hostRequestSchema }),
  z.object({ kind: z.literal('cancel'), id: z.number().int() }),
]);
export type ToHost = z.infer<typeof toHostSchema>;

export const fromHostSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('ready'), pid: z.number().int() }),
  z.object({ kind: z.literal('chunk'), id: z.number().int(), text: z.string() }),
  /** A diffusion step's look at the latents: RGB, one pixel per latent. */
  z.object({ kind: z.literal('preview'), id: z.number().int(), step: z.number().int(), total: z.number().int(), width: z.number().int(), height: z.number().int(), rgb: bytes }),
  z.object({ kind: z.literal('done'), id: z.number().int(), result: z.unknown() }),
  z.object({ kind: z.literal('fail'), id: z.number().int(), error: errorDataSchema }),
]);
export type FromHost = z.infer<typeof fromHostSchema>;
