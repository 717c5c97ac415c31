import { z } from 'zod';
import { absolutePathSchema as absolutePath, idSchema, noInput, timestampSchema } from './common';
import type { EventSpecs, MethodSpecs } from './spec';

export const libraryStatsSchema = z.object({
  totalGenerations: z.number().int(),
  thisMonth: z.number().int(),
  byKind: z.object({ copy: z.number().int(), image: z.number().int(), video: z.number().int() }),
  /** null until something has a score. */
  averageScore: z.number().nullable(),
  sessions: z.number().int(),
  mediaFiles: z.number().int(),
  /** Bytes of stored originals. */
  storageBytes: z.number().int(),
});
export type LibraryStats = z.infer<typeof libraryStatsSchema>;

export const exportSelectionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('session'), sessionId: idSchema }).strict(),
  z.object({ kind: z.literal('generations'), ids: z.array(idSchema).min(1).max(1000) }).strict(),
]);

export const backupManifestSchema = z.object({
  app: z.literal('AdStudio'),
  appVersion: z.string(),
  /** Number of schema migrations applied to the backed-up database. */
  schemaVersion: z.number().int().positive(),
  createdAt: timestampSchema,
  mediaFiles: z.number().int().nonnegative(),
});
export type BackupManifest = z.infer<typeof backupManifestSchema>;

export const libraryMethods = {
  'library.stats': { input: noInput, output: libraryStatsSchema },
  /** Writes images, copy as .txt and an index.csv into a new folder inside `destination` (by default the data folder's exports/). */
  'library.export': {
    input: z.object({ selection: exportSelectionSchema, destination: absolutePath.optional() }).strict(),
    output: z.object({ folder: z.string(), files: z.number().int() }),
  },
  /** A consistent copy of the database (SQLite online backup) and the media folder. */
  'library.backup': {
    input: z.object({ destination: absolutePath }).strict(),
    output: z.object({ folder: z.string(), manifest: backupManifestSchema }),
  },
  /** Replaces the library with a backup; the current database is kept aside, never deleted. */
  'library.restore': {
    input: z.object({ source: absolutePath }).strict(),
    output: z.object({ manifest: backupManifestSchema, previousDatabase: z.string() }),
  },
} satisfies MethodSpecs;

export const libraryEvents = {} satisfies EventSpecs;
