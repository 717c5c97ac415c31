import type { MethodName } from './contract';

/**
 * What a method does with a path from its caller: reads it (a file or folder to import or
 * restore), writes new files inside it (a destination folder), or writes it (one file).
 */
export type PathUse = 'read' | 'write-inside' | 'write-file';

/** One path field of a method's input: keys joined by dots, `[]` after an array's key. */
export interface PathField {
  readonly field: string;
  readonly use: PathUse;
}

export interface NamedPath {
  readonly path: string;
  readonly use: PathUse;
}

/**
 * Every input field, of every method, that names a file or folder on the owner's disk. A
 * window may pass only paths its owner chose, and main checks them against this list; the
 * test beside this file walks the contract, so a new path field cannot go unlisted.
 */
export const pathFields: { readonly [M in MethodName]?: readonly PathField[] } = {
  'media.import': [{ field: 'source.paths[]', use: 'read' }],
  'models.import': [{ field: 'path', use: 'read' }],
  'library.export': [{ field: 'destination', use: 'write-inside' }],
  'library.backup': [{ field: 'destination', use: 'write-inside' }],
  'library.restore': [{ field: 'source', use: 'read' }],
  'generations.exportImage': [{ field: 'destination', use: 'write-file' }],
  'generations.platformPack': [{ field: 'destination', use: 'write-inside' }],
  'videos.start': [{ field: 'music.path', use: 'read' }],
  'videos.exportForUpload': [{ field: 'destination', use: 'write-inside' }],
};

/** The values at one field of a validated input; absent optional fields and other union members give none. */
function valuesAt(value: unknown, keys: readonly string[]): unknown[] {
  const [key, ...rest] = keys;
  if (key === undefined) return [value];
  if (typeof value !== 'object' || value === null) return [];
  const isList = key.endsWith('[]');
  const child: unknown = (value as Record<string, unknown>)[isList ? key.slice(0, -2) : key];
  if (!isList) return valuesAt(child, rest);
  return Array.isArray(child) ? child.flatMap((item: unknown) => valuesAt(item, rest)) : [];
}

/** The paths a validated input names, each with what its method does to it. */
export function pathsIn(method: MethodName, input: unknown): NamedPath[] {
  return (pathFields[method] ?? []).flatMap(({ field, use }) =>
    valuesAt(input, field.split('.')).flatMap((path) => (typeof path === 'string' ? [{ path, use }] : [])),
  );
}
