import { createHash } from 'node:crypto';
import type { HubTreeEntry } from '../../../../shared/model-hub';
import { startFileServer, type Behaviour } from './file-server';

/** What the tests' hub keeps in LFS, as the real hub does for weights. */
const lfsFile = /\.(onnx|onnx_data|gguf|pb|safetensors|bin)$/;

export const gitBlobId = (bytes: Buffer): string => createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
export const testCommit = (seed: string): string => createHash('sha1').update(seed).digest('hex');

/** The tree answer a hub gives for these files: LFS objects for weights, git blob ids for the rest. */
export function treeOf(files: Map<string, Buffer>): HubTreeEntry[] {
  const folders = new Set([...files.keys()].flatMap((path) => path.split('/').slice(0, -1).map((_, i, parts) => parts.slice(0, i + 1).join('/'))));
  const folderEntries = [...folders].map((path) => ({ type: 'directory', path, size: 0, oid: gitBlobId(Buffer.from(`tree ${path}`)) }));
  return [...folderEntries, ...[...files].map(([path, bytes]) => ({
    type: 'file',
    path,
    size: lfsFile.test(path) ? 134 : bytes.length,
    oid: gitBlobId(lfsFile.test(path) ? Buffer.from(`lfs pointer ${path}`) : bytes),
    ...(lfsFile.test(path) ? { lfs: { oid: createHash('sha256').update(bytes).digest('hex'), size: bytes.length, pointerSize: 134 } } : {}),
  }))];
}

export interface HubOverrides {
  /** Rewrites a tree answer (a tampered hash, a dropped LFS object). */
  tree?: (repo: string, entries: HubTreeEntry[]) => HubTreeEntry[];
  /** Rewrites the commit a revision resolves to (a hub that moved). */
  revision?: (repo: string, revision: string, sha: string) => string;
}

/**
 * A loopback model hub speaking the parts of Hugging Face's API the app uses: model info at a
 * revision (its commit), the recursive tree at a commit (size, git id, LFS SHA-256), and
 * resolve/<revision>/<path> with byte ranges and X-Repo-Commit — derived from the files published,
 * with overrides that make it lie.
 */
export async function startHubServer() {
  const files = new Map<string, Buffer>();
  const behaviours = new Map<string, Behaviour>();
  const repos = new Map<string, { refs: Map<string, string>; commits: Map<string, Map<string, Buffer>> }>();
  const overrides: HubOverrides = {};
  const api = (url: string) => {
    const match = /^\/api\/models\/([^/]+\/[^/]+)\/(revision|tree)\/([^/?]+)/.exec(url);
    if (!match) return undefined;
    const [, repo = '', kind, revision = ''] = match;
    const known = repos.get(repo);
    const commit = known?.commits.has(revision) ? revision : known?.refs.get(revision);
    const content = commit ? known?.commits.get(commit) : undefined;
    if (!commit || !content) return { status: 404, body: { error: `Revision Not Found for ${repo}@${revision}` } };
    if (kind === 'revision') return { status: 200, body: { id: repo, sha: overrides.revision?.(repo, revision, commit) ?? commit, private: false } };
    const tree = treeOf(content);
    return { status: 200, body: overrides.tree?.(repo, tree) ?? tree };
  };
  const server = await startFileServer(files, behaviours, api);
  return {
    endpoint: server.url('').replace(/\/$/, ''),
    files,
    behaviours,
    overrides,
    seen: server.seen,
    close: server.close,
    /** Puts files in a repository at a commit (and a branch pointing at it); returns each file's resolve path. */
    publish(repo: string, commit: string, content: Record<string, Buffer>, branch = 'main') {
      const entry = repos.get(repo) ?? { refs: new Map(), commits: new Map() };
      repos.set(repo, entry);
      entry.commits.set(commit, new Map(Object.entries(content)));
      entry.refs.set(branch, commit);
      const resolvePath = (revision: string, path: string) => `/${repo}/resolve/${revision}/${path}`;
      for (const [path, bytes] of Object.entries(content)) {
        for (const revision of [commit, branch]) {
          files.set(resolvePath(revision, path), bytes);
          behaviours.set(resolvePath(revision, path), { headers: { 'x-repo-commit': commit } });
        }
      }
      return (path: string) => resolvePath(commit, path);
    },
  };
}
export type TestHub = Awaited<ReturnType<typeof startHubServer>>;
