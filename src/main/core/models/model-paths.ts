import { join } from 'node:path';
import type { ModelRole } from '../../../shared/ipc/models';

/**
 * <dataDir>/models/: one folder per role with one folder per installed model, installed.json
 * (what is installed and active), and .downloads/ where unfinished downloads wait — never
 * loaded, never listed as installed.
 */
export function modelPaths(dataDir: string) {
  const root = join(dataDir, 'models');
  return {
    root,
    registry: join(root, 'installed.json'),
    downloads: join(root, '.downloads'),
    staging: (id: string) => join(root, '.downloads', id),
    installDir: (role: ModelRole, id: string) => join(root, role, id),
  };
}
export type ModelPaths = ReturnType<typeof modelPaths>;
