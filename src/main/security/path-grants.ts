import { statSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { AppError } from '../../shared/errors';
import { isMethodName, methods } from '../../shared/ipc/contract';
import { pathsIn, type NamedPath } from '../../shared/ipc/path-fields';
import { isInsideFolder } from '../core/fs/inside-folder';

/**
 * How far a grant reaches: a file or folder dropped on the window, or a file picked in a
 * dialog, may be read exactly as named; a folder picked in a dialog may be read and written,
 * itself and everything inside it.
 */
export type GrantScope = 'exact' | 'inside';

export interface PathGrant {
  readonly path: string;
  readonly scope: GrantScope;
}

const ungrantedUserMessage = '이 창에서 직접 고르거나 끌어다 놓은 파일과 폴더만 쓸 수 있어요. 파일이나 폴더를 다시 골라 주세요.';

/** Whether one grant covers a use of a path; `..` is resolved first, so it cannot climb out of a granted folder. */
function covers(grant: PathGrant, { path, use }: NamedPath): boolean {
  const same = resolve(path) === grant.path;
  if (grant.scope === 'exact') return same && use === 'read';
  return same || isInsideFolder(grant.path, path);
}

/**
 * The paths each window's owner chose, in a native dialog or by dropping a file on it. A
 * window's renderer is untrusted: the methods that touch the disk by path (listed in
 * shared/ipc/path-fields) may use only these. Other front doors (CLI, the token-guarded
 * loopback host) are the owner at a keyboard and never come through here.
 */
export class PathGrants {
  private readonly byWindow = new Map<number, PathGrant[]>();

  /** Whether a window holds any grant yet (its glue then knows to clear them when it goes). */
  holds(windowId: number): boolean {
    return this.byWindow.has(windowId);
  }

  grant(windowId: number, grant: PathGrant): void {
    const grants = this.byWindow.get(windowId) ?? [];
    grants.push({ path: resolve(grant.path), scope: grant.scope });
    this.byWindow.set(windowId, grants);
  }

  /**
   * A file or folder dropped on the window: granted exactly, and only when it exists, so a
   * renderer that made up a path gains nothing (a synthetic File has no path to begin with).
   */
  grantDropped(windowId: number, path: unknown): boolean {
    if (typeof path !== 'string' || !isAbsolute(path) || !statSync(path, { throwIfNoEntry: false })) return false;
    this.grant(windowId, { path, scope: 'exact' });
    return true;
  }

  clear(windowId: number): void {
    this.byWindow.delete(windowId);
  }

  /**
   * Refuses a call that names a path the window was not granted. An input that does not
   * validate passes through: the core answers it with its own validation error.
   */
  check(windowId: number, method: unknown, input: unknown): AppError | undefined {
    if (!isMethodName(method)) return undefined;
    const parsed = methods[method].input.safeParse(input);
    if (!parsed.success) return undefined;
    const grants = this.byWindow.get(windowId) ?? [];
    const refused = pathsIn(method, parsed.data).find((named) => !grants.some((grant) => covers(grant, named)));
    if (!refused) return undefined;
    return new AppError('UNAUTHORIZED', `${method} from a window names ${refused.path}, which its owner did not choose`, ungrantedUserMessage);
  }
}
