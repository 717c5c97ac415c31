import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { AppError, type ErrorData } from '../../shared/errors';
import { isInsideFolder } from '../core/fs/inside-folder';

// A link that cannot be resolved (missing, a loop) is left to the import, which says why.
const realOrSelf = (path: string): string => {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
};

/**
 * A photo a batch names inside its own folder (a folder entry, or a CSV path relative to the
 * CSV): refused when `../` or a link leads it out, so a shared CSV or folder cannot make the
 * CLI read files elsewhere on the computer.
 */
export function photoInFolder(folder: string, photo: string): { path: string; refused?: ErrorData } {
  const path = resolve(folder, photo);
  if (isInsideFolder(folder, path) && isInsideFolder(realOrSelf(folder), realOrSelf(path))) return { path };
  const error = new AppError('NOT_A_FILE', `${photo} leads outside ${folder}`, '사진 경로가 폴더 밖을 가리키고 있어요. 사진을 같은 폴더 안에 두거나 전체 경로로 적어 주세요.');
  return { path, refused: error.toData() };
}
