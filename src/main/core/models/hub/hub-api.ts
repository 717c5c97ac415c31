import { AppError } from '../../../../shared/errors';
import { isCommitSha, type HubRef } from '../../../../shared/ipc/models';
import { hubRevisionSchema, hubTreeSchema, type HubTreeEntry } from '../../../../shared/model-hub';
import { changedCommit, fetchJson } from '../http-download';

const base = (hub: HubRef): string => hub.endpoint.replace(/\/+$/, '');
/** Pages of a tree answer followed at most: a model repository has a few hundred files. */
const maxPages = 20;

const unreadable = (what: string, why: string): AppError =>
  new AppError('MODEL_INVALID', `${what}: ${why}`, '모델 제공처의 파일 정보를 읽지 못해 받지 않았어요. 모델 목록을 최신으로 업데이트해 주세요.');

/** Where a file of the repository at a commit is downloaded from. */
export function hubFileUrl(hub: HubRef, revision: string, path: string): string {
  return `${base(hub)}/${hub.repo}/resolve/${encodeURIComponent(revision)}/${path.split('/').map(encodeURIComponent).join('/')}`;
}

/**
 * The commit a revision stands for, from the hub's model info. A pinned commit must come back
 * as itself: a hub that answers with another is serving something the catalog never checked.
 */
export async function resolveCommit(hub: HubRef, signal: AbortSignal): Promise<string> {
  const url = `${base(hub)}/api/models/${hub.repo}/revision/${encodeURIComponent(hub.revision)}`;
  const parsed = hubRevisionSchema.safeParse((await fetchJson(url, signal)).body);
  if (!parsed.success) throw unreadable(url, `no commit in the answer: ${parsed.error.message}`);
  if (isCommitSha(hub.revision) && parsed.data.sha !== hub.revision) throw changedCommit(url, hub.revision, parsed.data.sha);
  return parsed.data.sha;
}

/** Every file of the repository at a commit, with its size and hashes (all pages of the answer). */
export async function fetchTree(hub: HubRef, commit: string, signal: AbortSignal): Promise<HubTreeEntry[]> {
  const entries: HubTreeEntry[] = [];
  let url: string | undefined = `${base(hub)}/api/models/${hub.repo}/tree/${commit}?recursive=true`;
  for (let page = 0; url; page += 1) {
    if (page >= maxPages) throw unreadable(url, `more than ${maxPages} pages`);
    const answer = await fetchJson(url, signal);
    const parsed = hubTreeSchema.safeParse(answer.body);
    if (!parsed.success) throw unreadable(url, parsed.error.message);
    entries.push(...parsed.data);
    url = answer.next;
  }
  return entries;
}
