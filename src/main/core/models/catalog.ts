import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../../shared/errors';
import { catalogSchema, filesBytes, type Catalog, type CatalogEntry } from '../../../shared/ipc/models';

/** Every catalog, shipped or named by ADSTUDIO_CATALOG, passes the same schema: paths inside models/, https only. */
function readCatalog(file: string): Catalog {
  const parsed = catalogSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    throw new AppError('MODEL_INVALID', `Model catalog ${file} is invalid: ${parsed.error.message}`, '모델 목록 파일이 올바르지 않아 쓰지 않았어요. 모델 목록을 최신으로 업데이트해 주세요.');
  }
  return parsed.data;
}

/** The versioned catalog shipped in resources/: read once, checked against its schema. */
export function loadCatalog(resourcesDir: string): Catalog {
  return readCatalog(join(resourcesDir, 'models-catalog.json'));
}

/** ADSTUDIO_CATALOG names another catalog file: an office mirror, or a test server's. */
export function catalogFromEnv(env: NodeJS.ProcessEnv): Catalog | undefined {
  const file = env.ADSTUDIO_CATALOG;
  return file ? readCatalog(file) : undefined;
}

export function catalogEntry(catalog: Catalog, id: string): CatalogEntry {
  const entry = catalog.entries.find((e) => e.id === id);
  if (!entry) throw new AppError('NOT_FOUND', `No catalog model ${id}`, '목록에 없는 모델이에요.');
  return entry;
}

export const totalBytes = (entry: CatalogEntry): number => filesBytes(entry.files);
