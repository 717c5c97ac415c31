import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { AppError } from '../../../../shared/errors';
import type { PinnedFile } from '../../../../shared/model-hub';

/**
 * Checks a file against what the hub pinned for it, in one read: its size, the SHA-256 of its
 * bytes (an LFS object, or the catalog's), and for a git-kept file its blob id — SHA-1 over
 * "blob <size>\0" and the bytes, as git computes it.
 */
export async function verifyFile(path: string, pinned: PinnedFile): Promise<void> {
  const { size } = await stat(path);
  const sha256 = createHash('sha256');
  const git = createHash('sha1').update(`blob ${size}\0`);
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    sha256.update(chunk as Buffer);
    if (pinned.gitOid) git.update(chunk as Buffer);
  }
  const got = { sha256: sha256.digest('hex'), gitOid: pinned.gitOid ? git.digest('hex') : undefined };
  const wrong = size !== pinned.sizeBytes ? `is ${size} bytes, expected ${pinned.sizeBytes}` : pinned.sha256 && got.sha256 !== pinned.sha256 ? `hashed to ${got.sha256}, expected ${pinned.sha256}` : pinned.gitOid && got.gitOid !== pinned.gitOid ? `has git id ${got.gitOid}, expected ${pinned.gitOid}` : undefined;
  if (wrong) throw new AppError('CHECKSUM_MISMATCH', `${pinned.path} ${wrong}`);
}
