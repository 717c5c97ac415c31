import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { z } from 'zod';
import { AppError } from '../../../shared/errors';
import { absolutePathSchema } from '../../../shared/ipc/common';
import { installedModelSchema, safeRelativePathSchema, type InstalledModel, type ModelRole } from '../../../shared/ipc/models';
import { writeFileAtomic } from '../fs/atomic-write';
import { resolveInside, type ModelPaths } from './model-paths';

/**
 * installed.json is read back from disk, where anything may have edited it. A model the app
 * keeps is recorded relative to models/, so its path cannot point elsewhere; only a model linked
 * where it lies keeps the owner's absolute path, and that one is never deleted, only forgotten.
 */
const storedModelSchema = z.discriminatedUnion('linked', [
  installedModelSchema.extend({ linked: z.literal(false), path: safeRelativePathSchema }),
  installedModelSchema.extend({ linked: z.literal(true), path: absolutePathSchema }),
]);
type StoredModel = z.infer<typeof storedModelSchema>;
const registrySchema = z.object({ version: z.literal(2), models: z.array(storedModelSchema) });

/** Version 1 kept absolute paths for kept models too: made relative, so one outside models/ is refused the same way. */
const legacyRegistrySchema = z.object({ version: z.literal(1), models: z.array(installedModelSchema) });

/**
 * What is installed, kept in models/installed.json and rewritten whole (temp file + rename), so
 * a crash leaves the old list or the new one. Only complete, verified models are ever in it.
 */
export function createRegistry(paths: ModelPaths) {
  const toStored = (model: InstalledModel): StoredModel => storedModelSchema.parse(model.linked ? model : { ...model, path: relative(paths.root, model.path).split(sep).join('/') });
  const fromStored = (model: StoredModel): InstalledModel => (model.linked ? model : { ...model, path: resolveInside(paths.root, model.path) });
  const parse = (json: unknown): StoredModel[] => {
    const legacy = legacyRegistrySchema.safeParse(json);
    return legacy.success ? legacy.data.models.map(toStored) : registrySchema.parse(json).models;
  };
  const read = (): InstalledModel[] => {
    try {
      return parse(JSON.parse(readFileSync(paths.registry, 'utf8'))).map(fromStored);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw new AppError('MODEL_INVALID', `Unreadable model registry: ${String(error)}`, '설치된 모델 목록을 읽지 못했어요. 모델을 다시 가져와 주세요.');
    }
  };
  const write = (models: InstalledModel[]) => writeFileAtomic(paths.registry, `${JSON.stringify({ version: 2, models: models.map(toStored) }, null, 2)}\n`);
  // Changes run one after another (read, change, write), so two downloads finishing together both land.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(change: () => Promise<T>): Promise<T> => {
    const next = queue.then(change, change);
    queue = next.catch(() => undefined);
    return next;
  };

  return {
    list: read,
    find: (id: string) => read().find((m) => m.id === id),
    active: (role: ModelRole) => read().find((m) => m.role === role && m.active),
    /** Adds (or replaces) a model; the first of its role becomes active. */
    add: (model: Omit<InstalledModel, 'active'>): Promise<InstalledModel> =>
      serial(async () => {
        const others = read().filter((m) => m.id !== model.id);
        const added = { ...model, active: !others.some((m) => m.role === model.role && m.active) };
        await write([...others, added]);
        return added;
      }),
    remove: (id: string): Promise<InstalledModel> =>
      serial(async () => {
        const models = read();
        const removed = models.find((m) => m.id === id);
        if (!removed) throw new AppError('NOT_FOUND', `Model ${id} is not installed`, '설치되지 않은 모델이에요.');
        await write(models.filter((m) => m.id !== id));
        return removed;
      }),
    setActive: (role: ModelRole, id: string | null): Promise<InstalledModel[]> =>
      serial(async () => {
        const models = read();
        if (id !== null && !models.some((m) => m.id === id && m.role === role)) {
          throw new AppError('NOT_FOUND', `Model ${id} is not an installed ${role} model`, '설치된 모델 중에 그 모델이 없어요.');
        }
        const next = models.map((m) => (m.role === role ? { ...m, active: m.id === id } : m));
        await write(next);
        return next;
      }),
  };
}

export type ModelRegistry = ReturnType<typeof createRegistry>;
