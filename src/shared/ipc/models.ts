import { z } from 'zod';
import { errorDataSchema } from '../errors';
import { gpuSummarySchema } from './app';
import { absolutePathSchema, noInput, timestampSchema } from './common';
import type { EventSpecs, MethodSpecs } from './spec';

/** llm: copy; diffusion: AI backgrounds; vae: the tiny decoder AI backgrounds draw faster with; cutout: product cut-outs; scorer: ranks the variants. */
export const modelRoles = ['llm', 'diffusion', 'vae', 'cutout', 'scorer'] as const;
export const modelRoleSchema = z.enum(modelRoles);
export type ModelRole = z.infer<typeof modelRoleSchema>;

/** A GGUF file (llama.cpp), a folder of ONNX files (diffusers layout, or a CLIP pair), or one ONNX file. */
export const modelFormatSchema = z.enum(['gguf', 'onnx-folder', 'onnx']);

/**
 * Ids name folders (models/<role>/<id>, models/.downloads/<id>): no separator and no leading dot,
 * so never `.`, `..` or a hidden folder. Windows reserves device names (con, nul, com1 …) in any
 * folder, and drops a trailing dot, which would make two ids one folder.
 */
export const modelIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9._-]{1,80}$/, 'lowercase letters, digits, dot, dash, underscore')
  .refine((id) => !/^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/.test(id) && !id.endsWith('.'), 'a name Windows can use as a folder');
export const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);
/** A git commit: immutable, so what a hub says about its files never changes. */
export const commitShaSchema = z.string().regex(/^[0-9a-f]{40}$/);
export const isCommitSha = (revision: string): boolean => commitShaSchema.safeParse(revision).success;

/**
 * A path inside a model's folder (catalog files) or inside models/ (the registry): '/'-separated
 * names of letters, digits, '.', '-', '_'. So no absolute path, drive letter ('C:'), backslash,
 * '.' or '..' name — the catalog and installed.json are read from files anyone could edit.
 * The core still checks each resolved path stays inside its root (model-paths.ts).
 */
export const safeRelativePathSchema = z
  .string()
  .max(1024)
  .regex(/^[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*$/, 'a relative path of plain names separated by /')
  .refine((path) => path.split('/').every((name) => !/^\.+$/.test(name)), 'no . or .. in the path');

/**
 * Model files are fetched over https only. Plain http is let through for a server on this very
 * computer (127.0.0.1, localhost, [::1]): the tests' file server, or an office mirror running
 * on the same machine; nothing on the network can read or change those bytes in flight.
 */
export function isAllowedDownloadUrl(url: string): boolean {
  if (!URL.canParse(url)) return false;
  const { protocol, hostname } = new URL(url);
  return protocol === 'https:' || (protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(hostname));
}

/**
 * A model repository on a hub that speaks Hugging Face's API (huggingface.co, or an office mirror):
 * files come from <endpoint>/<repo>/resolve/<commit>/<path>, their SHA-256 and size from the
 * tree API at that commit. `revision` is the commit, or, where no commit could be found offline,
 * a branch the first download resolves to one and records.
 */
export const hubRefSchema = z.object({
  endpoint: z.url().refine(isAllowedDownloadUrl, 'an https URL (plain http only to this computer)').default('https://huggingface.co'),
  repo: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,95}\/[A-Za-z0-9][A-Za-z0-9_.-]{0,95}$/, 'owner/name'),
  revision: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/, 'a commit or a branch name'),
});
export type HubRef = z.infer<typeof hubRefSchema>;

/** One file of a model: its path in the repository (and in the model's folder), its size, and its SHA-256 where the catalog knows it. */
export const catalogFileSchema = z.object({
  path: safeRelativePathSchema,
  sizeBytes: z.number().int().positive(),
  /**
   * The size is the model card's rounded figure, not the file's: the hub's tree gives the exact
   * one, accepted within half again either way, give or take a mebibyte (a hub cannot swap in something far bigger, nor a tiny file pass for a weight).
   */
  sizeApproximate: z.boolean().optional(),
  /** When given, the hub's answer must agree with it. */
  sha256: sha256Hex.optional(),
});

export const catalogEntrySchema = z.object({
  id: modelIdSchema,
  role: modelRoleSchema,
  name: z.string().min(1),
  publisher: z.string().min(1),
  format: modelFormatSchema,
  /** One line, in Korean, of what it is good for. */
  descriptionKo: z.string().min(1),
  /** The same line in English, for the window in English (the Korean one stands in without it). */
  descriptionEn: z.string().min(1).optional(),
  licence: z.string().min(1),
  licenceUrl: z.url(),
  /** What the licence lets a shop do with it, in plain Korean. */
  licenceTermsKo: z.string().min(1),
  /** The same in English, for the window in English (the Korean stands in without it). */
  licenceTermsEn: z.string().min(1).optional(),
  /** Shop owners use ads commercially: a model that forbids it is listed only marked so. */
  commercialUse: z.boolean(),
  /** Text the licence requires the app to show (e.g. "Powered by HyperCLOVA X"). */
  notice: z.string().optional(),
  /** Memory to run it: RAM on the CPU path, VRAM when offloaded to a GPU. */
  ramBytes: z.number().int().positive(),
  vramBytes: z.number().int().nonnegative(),
  /** Execution providers it runs on (ONNX), so an export that needs CUDA is never offered to a Mac. */
  providers: z.array(z.enum(['cpu', 'cuda', 'dml', 'coreml'])).optional(),
  /** Shipped inside the app: nothing to download. */
  bundled: z.boolean().default(false),
  /**
   * The order the app recommends models of a role in (1 first), as the descriptions say which
   * suits shop ads best; among those that fit the computer the lowest wins. Unranked come last, biggest first.
   */
  preference: z.number().int().positive().optional(),
  /** Where the files come from; none for a model that ships with the app. */
  hub: hubRefSchema.optional(),
  files: z.array(catalogFileSchema),
  /** The repository's page. */
  source: z.url(),
  /** Where the commit, sizes and licence were read (a public catalog, a model card), for whoever updates the entry. */
  provenance: z.string().min(1).optional(),
  /** A rough cost to make one AI background with it (diffusion), for the time per picture. */
  gflopsPerPicture: z.number().positive().optional(),
});
export type CatalogEntry = z.infer<typeof catalogEntrySchema>;

/** What a model's files weigh together: a catalog entry's (maybe rounded) or a hub answer's (exact). */
export const filesBytes = (files: readonly { sizeBytes: number }[]): number => files.reduce((sum, file) => sum + file.sizeBytes, 0);

export const catalogSchema = z.object({
  version: z.number().int().positive(),
  updated: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  entries: z.array(
    catalogEntrySchema.refine((entry) => entry.bundled || (entry.hub !== undefined && entry.files.length > 0), 'a downloadable model names its hub repository and its files'),
  ),
});
export type Catalog = z.infer<typeof catalogSchema>;

export const installedModelSchema = z.object({
  id: modelIdSchema,
  role: modelRoleSchema,
  name: z.string(),
  format: modelFormatSchema,
  /** The .gguf file or the ONNX folder. */
  path: z.string(),
  sizeBytes: z.number().int().nonnegative(),
  source: z.enum(['catalog', 'import', 'bundled']),
  /** The repository and commit its files were verified against (catalog models, and imports the catalog knows). */
  hub: z.object({ repo: z.string(), commit: commitShaSchema }).optional(),
  /** An imported model used where it lies, not copied. */
  linked: z.boolean(),
  active: z.boolean(),
  installedAt: timestampSchema,
});
export type InstalledModel = z.infer<typeof installedModelSchema>;

export const downloadStatuses = ['downloading', 'paused', 'verifying', 'done', 'failed', 'cancelled'] as const;
export const downloadStateSchema = z.object({
  modelId: modelIdSchema,
  status: z.enum(downloadStatuses),
  receivedBytes: z.number().int().nonnegative(),
  totalBytes: z.number().int().nonnegative(),
  bytesPerSecond: z.number().nonnegative(),
  /** null while the speed is unknown. */
  etaSeconds: z.number().nonnegative().nullable(),
  error: errorDataSchema.nullable(),
  /** While an attempt failed and the next waits: why, and when it comes (null while bytes flow). */
  retry: z.object({ attempt: z.number().int().positive(), attempts: z.number().int().positive(), inSeconds: z.number().nonnegative(), reason: z.enum(['network', 'server']) }).nullable().default(null),
});
export type DownloadState = z.infer<typeof downloadStateSchema>;

export const fitVerdicts = ['fits', 'tight', 'wont-fit'] as const;
/** Why a model fits or not, as a code the window words; sizes are bytes. */
export const fitReasons = ['bundled', 'disk-short', 'gpu', 'gpu-only-format', 'memory', 'memory-tight', 'memory-short'] as const;
export const modelFitSchema = z.object({
  modelId: modelIdSchema,
  verdict: z.enum(fitVerdicts),
  reason: z.object({
    code: z.enum(fitReasons),
    /** `need` the model's bytes (files on disk, VRAM or RAM as the code says); `have` the computer's. */
    params: z.object({ need: z.number().nonnegative().optional(), have: z.number().nonnegative().optional() }),
  }),
});
export type ModelFit = z.infer<typeof modelFitSchema>;

/**
 * Why the recommended model of a role is the one: its licence allows a shop's ads, it leads the
 * catalog's order for the role (for copy: Korean quality), and it fits with room to spare or on the GPU.
 */
export const recommendReasons = ['commercial', 'preferred', 'headroom', 'gpu'] as const;
export type RecommendReason = (typeof recommendReasons)[number];

/** A feature that needs more than one model, offered as one download. */
export const featureBundles = { 'ai-background': ['diffusion', 'vae'] } as const satisfies Record<string, readonly ModelRole[]>;
export const bundleFeatureSchema = z.enum(Object.keys(featureBundles) as [keyof typeof featureBundles]);
export type BundleFeature = z.infer<typeof bundleFeatureSchema>;
export const bundlePlanSchema = z.object({
  feature: bundleFeatureSchema,
  /** The recommended model of each role the feature needs. */
  modelIds: z.array(modelIdSchema),
  totalBytes: z.number().int().nonnegative(),
  /** The worst fit among them, and why. */
  verdict: z.enum(fitVerdicts),
  reason: modelFitSchema.shape.reason,
  /** Roughly how long one picture takes on this computer (null when the catalog gives no cost). */
  secondsPerPicture: z.number().positive().nullable(),
});
export type BundlePlan = z.infer<typeof bundlePlanSchema>;

export const hardwareInfoSchema = z.object({
  totalMemoryBytes: z.number().nonnegative(),
  freeMemoryBytes: z.number().nonnegative(),
  cpuModel: z.string(),
  cpuCores: z.number().int().positive(),
  /** SIMD features the runtimes use (avx2, avx512f, neon, …) where the system tells. */
  cpuFeatures: z.array(z.string()),
  gpu: gpuSummarySchema,
  freeDiskBytes: z.number().nonnegative(),
  fits: z.array(modelFitSchema),
  /** The best catalog entry per role that fits this computer. */
  recommended: z.record(modelRoleSchema, z.string().nullable()),
  recommendedWhy: z.record(modelRoleSchema, z.array(z.enum(recommendReasons))),
  bundles: z.array(bundlePlanSchema),
});
export type HardwareInfo = z.infer<typeof hardwareInfoSchema>;

/** The connection's speed to a model's server, measured on the spot, for the time a download would take. */
export const downloadSpeedSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('measured'), bytesPerSecond: z.number().positive(), measuredAt: timestampSchema }),
  /** 'network': no connection or no answer in time; 'server': it answered with an error. */
  z.object({ status: z.literal('unreachable'), reason: z.enum(['network', 'server']) }),
]);
export type DownloadSpeed = z.infer<typeof downloadSpeedSchema>;

const byId = z.object({ id: modelIdSchema }).strict();

export const modelsMethods = {
  'models.catalog': { input: noInput, output: catalogSchema },
  'models.installed': { input: noInput, output: z.object({ items: z.array(installedModelSchema) }) },
  /** Downloads in progress or paused (also those a restart interrupted). */
  'models.downloads': { input: noInput, output: z.object({ items: z.array(downloadStateSchema) }) },
  /** Starts (or resumes) a catalog model's download; progress arrives as models.progress. */
  'models.download': { input: byId, output: downloadStateSchema },
  'models.pause': { input: byId, output: downloadStateSchema },
  'models.resume': { input: byId, output: downloadStateSchema },
  /** Stops and deletes what was downloaded so far. */
  'models.cancel': { input: byId, output: downloadStateSchema },
  /** A .gguf file or an ONNX model folder, validated before it is registered. */
  'models.import': { input: z.object({ path: absolutePathSchema, role: modelRoleSchema.optional() }).strict(), output: installedModelSchema },
  'models.remove': { input: byId, output: z.object({ id: modelIdSchema }) },
  /** The model a role uses; null returns the role to its built-in path. */
  'models.setActive': { input: z.object({ role: modelRoleSchema, id: modelIdSchema.nullable() }).strict(), output: z.object({ items: z.array(installedModelSchema) }) },
  'hardware.info': { input: noInput, output: hardwareInfoSchema },
  /** Starts the download of every model a feature needs that is not installed yet. */
  'models.downloadBundle': { input: z.object({ feature: bundleFeatureSchema }).strict(), output: z.object({ items: z.array(downloadStateSchema) }) },
  /** How fast this model's files would come now: a few seconds of its largest file, remembered for a while; a running download's own speed instead. */
  'models.speed': { input: byId, output: downloadSpeedSchema },
} satisfies MethodSpecs;

export const modelsEvents = {
  'models.progress': { payload: downloadStateSchema },
} satisfies EventSpecs;
