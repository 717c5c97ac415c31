import { z } from 'zod';

/** An empty request; extra keys are rejected so a confused caller hears about it. */
export const noInput = z.object({}).strict();

export const idSchema = z.uuid();
/** Lowercase hex SHA-256: the name of every stored file. */
export const sha256Schema = z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lowercase hex characters');
/** Unix milliseconds. */
export const timestampSchema = z.number().int().nonnegative();

/** Cursor paging, newest first. The cursor is opaque: pass back `nextCursor` as it came. */
export const pageRequestShape = {
  cursor: z.string().min(1).max(200).optional(),
  limit: z.number().int().min(1).max(100).default(30),
};

export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    /** null on the last page. */
    nextCursor: z.string().nullable(),
  });

/** How long a deleted item can still be brought back. */
export const undoWindowMs = 10_000;

// A NUL ends the string for the operating system, so what is checked would not be what is opened.
const noNul = /^[^\0]*$/;

/**
 * A file or folder chosen by the owner: absolute, on Windows (C:\…, \\server\…) or POSIX.
 * Whether it is absolute on the machine that opens it is checked there (the core's ownerPath).
 */
export const absolutePathSchema = z
  .string()
  .min(1)
  .max(4096)
  .regex(/^([a-zA-Z]:[\\/]|\\\\|\/)/, 'must be an absolute path')
  .regex(noNul, 'must not contain a NUL byte');

/** Words typed into a search box. */
export const searchTextSchema = z.string().trim().max(100).regex(noNul, 'must not contain a NUL byte');
