import { describe, expect, it } from 'vitest';
import { absolutePathSchema } from './common';
import { methods, type MethodName } from './contract';
import { pathFields, pathsIn } from './path-fields';

/** The parts of a zod schema's definition the walk reads. */
interface Walkable {
  _zod: {
    def: {
      type: string;
      shape?: Record<string, Walkable>;
      element?: Walkable;
      options?: Walkable[];
      innerType?: Walkable;
      in?: Walkable;
      out?: Walkable;
      left?: Walkable;
      right?: Walkable;
      checks?: { _zod: { def: { pattern?: RegExp } } }[];
    };
  };
}

const asWalkable = (schema: unknown): Walkable => schema as Walkable;
const patternsOf = (schema: Walkable): string[] => (schema._zod.def.checks ?? []).flatMap((check) => (check._zod.def.pattern ? [check._zod.def.pattern.source] : []));
const [absolutePattern] = patternsOf(asWalkable(absolutePathSchema));
// A plain string under one of these names is a path too, even without the absolute-path check.
const pathLikeKey = /path|destination|folder|directory|dir$|^source$|^file$/i;

/** Every field of a schema that holds a path: absolutePathSchema, its pattern, or a string under a path-like name. */
function pathFieldsOf(schema: Walkable, at: string, key: string): string[] {
  const def = schema._zod.def;
  const child = (next: Walkable | undefined, nextAt = at, nextKey = key): string[] => (next ? pathFieldsOf(next, nextAt, nextKey) : []);
  switch (def.type) {
    case 'object':
      return Object.entries(def.shape ?? {}).flatMap(([name, value]) => pathFieldsOf(value, at ? `${at}.${name}` : name, name));
    case 'array':
      return child(def.element, `${at}[]`);
    case 'union':
      return [...new Set((def.options ?? []).flatMap((option) => pathFieldsOf(option, at, key)))];
    case 'pipe':
      return [...child(def.in), ...child(def.out)];
    case 'intersection':
      return [...child(def.left), ...child(def.right)];
    case 'string': {
      const isPath = (schema as unknown) === absolutePathSchema || (absolutePattern !== undefined && patternsOf(schema).includes(absolutePattern)) || pathLikeKey.test(key);
      return isPath ? [at] : [];
    }
    default:
      return child(def.innerType);
  }
}

describe('pathFields', () => {
  it('lists exactly the path fields of every method in the contract', () => {
    const found = Object.fromEntries(
      Object.entries(methods).flatMap(([name, spec]) => {
        const fields = [...new Set(pathFieldsOf(asWalkable(spec.input), '', ''))].sort();
        return fields.length > 0 ? [[name, fields]] : [];
      }),
    );
    const listed = Object.fromEntries(Object.entries(pathFields).map(([name, fields]) => [name, (fields ?? []).map((f) => f.field).sort()]));
    expect(found).toEqual(listed);
  });

  it('finds a new absolute-path field that nobody listed', () => {
    const withExtra = asWalkable(methods['shops.create'].input.extend({ logoFile: absolutePathSchema.optional() }));
    expect(pathFieldsOf(withExtra, '', '')).toEqual(['logoFile']);
  });

  it('reads the paths out of validated inputs', () => {
    const parse = <M extends MethodName>(method: M, input: unknown): unknown => methods[method].input.parse(input);
    expect(pathsIn('media.import', parse('media.import', { source: { kind: 'paths', paths: ['/a/1.jpg', '/b/2.png'] } }))).toEqual([
      { path: '/a/1.jpg', use: 'read' },
      { path: '/b/2.png', use: 'read' },
    ]);
    expect(pathsIn('media.import', parse('media.import', { source: { kind: 'bytes', base64: 'AAAA' } }))).toEqual([]);
    expect(pathsIn('library.export', parse('library.export', { selection: { kind: 'generations', ids: [crypto.randomUUID()] } }))).toEqual([]);
    expect(pathsIn('library.backup', parse('library.backup', { destination: '/backups' }))).toEqual([{ path: '/backups', use: 'write-inside' }]);
    expect(pathsIn('app.health', {})).toEqual([]);
  });
});
