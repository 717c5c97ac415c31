import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../../shared/errors';
import { catalogSchema, type Catalog, type CatalogEntry } from '../../../shared/ipc/models';

/** The versioned catalog shipped in resources/: read once, checked against its schema. */
export function loadCatalog(resourcesDir: string): Catalog {
  return catalogSchema.parse(JSON.parse(readFileSync(join(resourcesDir, 'models-catalog.json'), 'utf8')));
}

/** ADSTUDIO_CATALOG names another catalog file: an office mirror, or a test server's. */
export function catalogFromEnv(env: NodeJS.ProcessEnv): Catalog | undefined {
  const file = env.ADSTUDIO_CATALOG;
  return file ? catalogSchema.parse(JSON.parse(readFileSync(file, 'utf8'))) : undefined;
}

export function catalogEntry(catalog: Catalog, id: string): CatalogEntry {
  const entry = catalog.entries.find((e) => e.id === id);
  if (!entry) throw new AppError('NOT_FOUND', `No catalog model ${id}`, '목록에 없는 모델이에요.');
  return entry;
}

export const totalBytes = (entry: CatalogEntry): number => entry.files.reduce((sum, file) => sum + file.sizeBytes, 0);
