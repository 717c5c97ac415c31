import { posix } from 'node:path';
import { AppError } from '../../../shared/errors';

// Windows calls `\temp` absolute (the root of whichever drive is current), so only a drive
// letter or a UNC share names one place there.
const isAbsoluteHere = (path: string): boolean => (process.platform === 'win32' ? /^([a-zA-Z]:[\\/]|[\\/]{2}[^\\/])/.test(path) : posix.isAbsolute(path));

/**
 * The contract can only check that a path looks absolute on some system; whether it is
 * absolute here (a `C:\…` path means nothing on Linux, `/home/…` nothing on Windows) is
 * judged where the file system is. Every handler that takes a path from a caller passes it
 * through this before touching the disk.
 */
export function ownerPath(path: string): string {
  if (path.includes('\0')) throw new AppError('VALIDATION_FAILED', 'Path contains a NUL byte', '경로에 쓸 수 없는 문자가 들어 있어요. 파일이나 폴더를 다시 골라 주세요.');
  if (!isAbsoluteHere(path)) {
    throw new AppError(
      'VALIDATION_FAILED',
      `Not an absolute path on ${process.platform}: ${path}`,
      '이 컴퓨터에서 쓸 수 없는 경로예요. 파일이나 폴더를 직접 골라서 전체 경로로 알려 주세요.',
    );
  }
  return path;
}
