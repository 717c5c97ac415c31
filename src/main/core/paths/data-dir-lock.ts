import { closeSync, openSync, readFileSync, renameSync, statSync, unlinkSync, utimesSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { AppError } from '../../../shared/errors';
import { isDiskFull } from '../fs/write-errors';

/** Who holds a data folder; written into the lock file so a second process can name it. */
export const lockHolderSchema = z.object({
  pid: z.number().int().positive(),
  host: z.string().max(200),
  /** The front door: 'electron' | 'headless' | 'cli', or a test's name. */
  owner: z.string().max(200),
  startedAt: z.number().int().nonnegative(),
});
export type LockHolder = z.infer<typeof lockHolderSchema>;

export const lockFileName = 'adstudio.lock';

export interface DataDirLock {
  readonly path: string;
  readonly holder: LockHolder;
  /** Removes the lock file if it is still ours. Safe to call more than once. */
  release(): void;
}

/** A process that no longer exists (or one on another computer, which we cannot judge). */
function isAlive(holder: LockHolder): boolean {
  if (holder.host !== hostname()) return true;
  if (holder.pid === process.pid) return true;
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readHolder(path: string): LockHolder | undefined {
  try {
    return lockHolderSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
  } catch {
    return undefined;
  }
}

const ownerNames: Record<string, string> = { electron: 'AdStudio 앱', headless: '브라우저용 AdStudio(serve)', cli: 'adstudio 명령' };

function lockedError(path: string, holder: LockHolder): AppError {
  const who = ownerNames[holder.owner] ?? holder.owner;
  const since = new Date(holder.startedAt).toLocaleString('ko-KR', { hour12: false });
  return new AppError(
    'DATA_DIR_LOCKED',
    `Data folder is in use by ${holder.owner} (pid ${holder.pid} on ${holder.host}, since ${new Date(holder.startedAt).toISOString()}); lock file ${path}`,
    `다른 ${who}(프로세스 ${holder.pid}, ${since}부터)이 이 데이터 폴더를 쓰고 있어요. 그 창이나 명령을 닫은 뒤 다시 시도해 주세요.`,
  );
}

type Created = 'written' | 'empty' | 'exists';

function tryCreate(path: string, holder: LockHolder): Created {
  let fd: number;
  try {
    fd = openSync(path, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return 'exists';
    throw error;
  }
  try {
    writeSync(fd, `${JSON.stringify(holder)}\n`);
    return 'written';
  } catch (error) {
    // A full disk has room for the file's name but not its text: the app must still start
    // (read-only), so the empty file is held by keeping it fresh instead.
    if (isDiskFull(error)) return 'empty';
    unlinkSync(path);
    throw error;
  } finally {
    closeSync(fd);
  }
}

/**
 * One process at a time per data folder: two writers on one SQLite file and one media folder
 * would each be consistent and together lose writes (a restore under a running app). The lock
 * file is created exclusively; a lock whose process is gone (a crash, kill -9) is taken over.
 * An unreadable lock file counts as stale only once it is old enough not to be mid-write.
 */
export function acquireDataDirLock(dataDir: string, owner: string): DataDirLock {
  const path = join(dataDir, lockFileName);
  const holder: LockHolder = { pid: process.pid, host: hostname(), owner, startedAt: Date.now() };
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const created = tryCreate(path, holder);
    if (created !== 'exists') return ownLock(path, holder, created === 'empty');
    const current = readHolder(path);
    if (current && isAlive(current)) throw lockedError(path, current);
    if (!current && !isOldEnough(path)) throw unreadableLockError(path);
    // Moving the stale file aside is atomic: of two processes taking over the same stale lock,
    // only one rename succeeds, and neither removes a lock the other has just created.
    const aside = `${path}.stale-${process.pid}-${attempt}`;
    try {
      renameSync(path, aside);
    } catch {
      continue;
    }
    const moved = readHolder(aside);
    const sameAsRead = moved?.pid === current?.pid && moved?.startedAt === current?.startedAt;
    if (moved && !sameAsRead && isAlive(moved)) {
      // A fresh lock appeared between our read and our rename: it is not ours to take.
      renameSync(aside, path);
      throw lockedError(path, moved);
    }
    unlinkSync(aside);
  }
  const last = readHolder(path);
  throw last ? lockedError(path, last) : unreadableLockError(path);
}

/** A lock file being written right now may still be empty; only an old unreadable one is debris. */
function isOldEnough(path: string): boolean {
  try {
    return Date.now() - statSync(path).mtimeMs > unreadableLockGraceMs;
  } catch {
    return true;
  }
}

const unreadableLockGraceMs = 5_000;

const unreadableLockError = (path: string): AppError => new AppError('DATA_DIR_LOCKED', `Lock file ${path} is being written by another process`);

function ownLock(path: string, holder: LockHolder, empty: boolean): DataDirLock {
  let released = false;
  // An empty lock file counts as held while its time is recent, so it is touched well within that.
  const heartbeat = empty ? setInterval(() => touch(path), unreadableLockGraceMs / 3) : undefined;
  heartbeat?.unref();
  const release = (): void => {
    if (released) return;
    released = true;
    clearInterval(heartbeat);
    heldLocks.delete(release);
    const current = readHolder(path);
    const ours = current ? current.pid === holder.pid && current.startedAt === holder.startedAt : empty;
    if (!ours) return;
    try {
      unlinkSync(path);
    } catch {
      // Already gone: nothing to release.
    }
  };
  heldLocks.add(release);
  return { path, holder, release };
}

/** One exit hook for every lock held: a process that exits without closing its cores (an uncaught error) still frees their folders. */
const heldLocks = new Set<() => void>();
process.on('exit', () => {
  for (const release of heldLocks) release();
});

function touch(path: string): void {
  try {
    const now = new Date();
    utimesSync(path, now, now);
  } catch {
    // The file was removed by hand; the next start will create it again.
  }
}
