import { isAbsolute, relative, resolve, sep } from 'node:path';

/**
 * Whether `path` lies inside `folder` — not the folder itself, not beside it — once `..` is
 * resolved. The one containment rule for every path built from outside data (media rows, model
 * catalogs, batch CSVs, a window's grants). Lexical only: callers that must not follow links
 * compare real paths as well.
 */
export function isInsideFolder(folder: string, path: string): boolean {
  const rel = relative(resolve(folder), resolve(path));
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}
