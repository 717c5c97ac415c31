import { z } from 'zod';
import { commitShaSchema, modelIdSchema, safeRelativePathSchema, sha256Hex } from './ipc/models';

/**
 * One entry of a hub's tree answer (GET /api/models/<repo>/tree/<commit>?recursive=true): `oid`
 * is the git blob's SHA-1; a file kept in LFS (every weight file) also has `lfs` with the SHA-256
 * and size of its real bytes. Read from the network, so checked like any untrusted input; other
 * fields are dropped.
 */
export const hubTreeEntrySchema = z.object({
  type: z.string(),
  path: z.string().max(1024),
  size: z.number().int().nonnegative(),
  oid: z.string(),
  lfs: z.object({ oid: z.string(), size: z.number().int().nonnegative() }).optional(),
});
export type HubTreeEntry = z.infer<typeof hubTreeEntrySchema>;
export const hubTreeSchema = z.array(hubTreeEntrySchema).max(10_000);

/** The hub's model info at a revision: the commit it stands for. */
export const hubRevisionSchema = z.object({ sha: commitShaSchema });

const gitOidHex = z.string().regex(/^[0-9a-f]{40}$/);

/**
 * A file as its download must turn out: checked against these before the model becomes visible.
 * A weight file carries the SHA-256 of its LFS object; a small text file kept in git (a tokenizer's
 * vocabulary, a config) its git blob id — and the catalog's SHA-256 too where it gives one.
 */
export const pinnedFileSchema = z
  .object({ path: safeRelativePathSchema, sizeBytes: z.number().int().nonnegative(), sha256: sha256Hex.optional(), gitOid: gitOidHex.optional() })
  .refine((file) => file.sha256 !== undefined || file.gitOid !== undefined, 'a pinned file has a hash');
export type PinnedFile = z.infer<typeof pinnedFileSchema>;

/** What a download is fetching, stored beside its partial files: the commit and every file's hash, so a resume or a later import checks against the same answer. */
export const pinnedModelSchema = z.object({ modelId: modelIdSchema, repo: z.string(), commit: commitShaSchema, files: z.array(pinnedFileSchema) });
export type PinnedModel = z.infer<typeof pinnedModelSchema>;
