import { randomUUID } from 'node:crypto';
import type { z } from 'zod';

/**
 * Values for contract fuzzing, made from the zod schemas themselves: mostly valid (so calls
 * reach the handlers and the files, rows and paths behind them), sometimes mutated (wrong
 * types, hostile strings, extra or missing keys). Strings that name something real come from
 * pools the test fills with ids, hashes and paths of its own sandbox.
 */
export interface FuzzPools {
  ids: string[];
  /** Ids by the field that carries them (`generationId`, `shopId`, …), so calls reach real rows. */
  idsByField: Record<string, string[]>;
  sha256s: string[];
  /** Absolute paths a call may read or write: all inside the test's sandbox. */
  paths: string[];
  base64: string[];
}

type Rng = () => number;

interface CheckDef {
  check: string;
  minimum?: number;
  maximum?: number;
  value?: number;
  inclusive?: boolean;
  format?: string;
  pattern?: RegExp;
}

/** zod 4 keeps each schema's definition on `_zod.def`; only the fields read here are typed. */
interface Def {
  type: string;
  checks?: { _zod: { def: CheckDef } }[];
  format?: string;
  pattern?: RegExp;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  options?: z.ZodType[];
  entries?: Record<string, string | number>;
  values?: unknown[];
  in?: z.ZodType;
  keyType?: z.ZodType;
  valueType?: z.ZodType;
  items?: z.ZodType[];
  getter?: () => z.ZodType;
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

const hostileStrings = [
  '',
  ' ',
  'a\u0000b',
  '../../../../etc/passwd',
  '..\\..\\Windows\\System32',
  'C:\\Users\\owner\\Desktop\\photo.jpg',
  '\\\\server\\share\\x',
  'relative/photo.png',
  '%00',
  '<script>alert(1)</script>',
  "'; DROP TABLE shops; --",
  '"',
  '\ud800',
  '🧋🍰'.repeat(50),
  'x'.repeat(10_000),
  '__proto__',
  'constructor',
  '0',
  '-1',
  'NaN',
  '1e309',
  '2026-13-45',
  '여름 신메뉴 아이스 라떼 인스타 광고 만들어줘',
  'a\u202eb',
  '\r\n\t',
  '*',
  '%',
  '"*"',
  'NEAR(',
  'OR AND NOT',
];

const koreanWords = ['아이스 라떼', '달빛카페', '봄맞이 펌 20% 할인', '크리스마스 케이크 사전예약 12월 20일까지', '서울 마포구', '따뜻하게', '문구 짧게', '#여름', '8,000원'];

const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)] as T;

function bounds(def: Def): { min: number; max: number; format?: string; patterns: RegExp[] } {
  let min = -Infinity;
  let max = Infinity;
  let format = def.format;
  const patterns = def.pattern ? [def.pattern] : [];
  for (const check of def.checks ?? []) {
    const c = check._zod.def;
    if (c.check === 'min_length' || c.check === 'min_size') min = Math.max(min, c.minimum ?? 0);
    if (c.check === 'max_length' || c.check === 'max_size') max = Math.min(max, c.maximum ?? Infinity);
    if (c.check === 'greater_than') min = Math.max(min, (c.value ?? 0) + (c.inclusive ? 0 : 1));
    if (c.check === 'less_than') max = Math.min(max, (c.value ?? 0) - (c.inclusive ? 0 : 1));
    if (c.check === 'string_format') {
      format = c.format ?? format;
      if (c.pattern) patterns.push(c.pattern);
    }
  }
  return { min, max, format, patterns };
}

function fuzzString(def: Def, rng: Rng, pools: FuzzPools, field: string): string {
  const { min, max, format, patterns } = bounds(def);
  const known = pools.idsByField[field] ?? [];
  if (known.length > 0 && rng() < 0.8) return pick(rng, known);
  if (format === 'uuid' || format === 'guid') return rng() < 0.9 && pools.ids.length > 0 ? pick(rng, pools.ids) : randomUUID();
  if (format === 'base64') return pick(rng, pools.base64);
  const source = patterns.map((pattern) => pattern.source).join(' ');
  if (source.includes('0-9a-f') && source.includes('64')) return rng() < 0.9 && pools.sha256s.length > 0 ? pick(rng, pools.sha256s) : 'f'.repeat(64);
  if (source.includes('a-zA-Z]:')) return pick(rng, pools.paths);
  let text = rng() < 0.6 ? pick(rng, koreanWords) : pick(rng, [...hostileStrings, ...pools.ids, ...pools.paths]);
  if (Number.isFinite(max)) text = text.slice(0, max);
  if (Number.isFinite(min) && text.length < min) text = text.padEnd(min, '가');
  return text;
}

function fuzzNumber(def: Def, rng: Rng): number {
  const { min, max } = bounds(def);
  const low = Number.isFinite(min) ? min : -5;
  const high = Number.isFinite(max) ? Math.min(max, low + 10_000) : low + 200;
  const value = low + rng() * (high - low);
  return def.format === 'safeint' || def.format === 'int32' || def.type === 'int' || rng() < 0.7 ? Math.round(value) : value;
}

function fuzzCount(def: Def, rng: Rng): number {
  const { min, max } = bounds(def);
  const low = Number.isFinite(min) ? min : 0;
  const high = Number.isFinite(max) ? Math.min(max, low + 4) : low + 3;
  return low + Math.floor(rng() * (high - low + 1));
}

/** A value the schema should mostly accept. */
export function validish(schema: z.ZodType, rng: Rng, pools: FuzzPools, field = '', depth = 0): unknown {
  const def = defOf(schema);
  if (depth > 12) return null;
  const next = (inner: z.ZodType | undefined, key = field): unknown => (inner ? validish(inner, rng, pools, key, depth + 1) : null);
  switch (def.type) {
    case 'string':
      return fuzzString(def, rng, pools, field);
    case 'number':
    case 'int':
      return fuzzNumber(def, rng);
    case 'boolean':
      return rng() < 0.5;
    case 'null':
      return null;
    case 'undefined':
    case 'void':
      return undefined;
    case 'literal':
      return pick(rng, def.values ?? [null]);
    case 'enum':
      return pick(rng, Object.values(def.entries ?? {}));
    case 'optional':
      return rng() < 0.3 ? undefined : next(def.innerType);
    case 'nullable':
      return rng() < 0.2 ? null : next(def.innerType);
    case 'default':
    case 'prefault':
    case 'catch':
    case 'readonly':
    case 'nonoptional':
      return rng() < 0.2 ? undefined : next(def.innerType);
    case 'pipe':
      return next(def.in);
    case 'lazy':
      return next(def.getter?.());
    case 'union':
      return next(pick(rng, def.options ?? []));
    case 'array':
      return Array.from({ length: fuzzCount(def, rng) }, () => next(def.element));
    case 'tuple':
      return (def.items ?? []).map((item) => next(item));
    case 'record':
      return Object.fromEntries(Array.from({ length: Math.floor(rng() * 3) }, () => [String(next(def.keyType)), next(def.valueType)]));
    case 'object':
      return Object.fromEntries(
        Object.entries(def.shape ?? {})
          .map(([key, value]) => [key, next(value, key)] as const)
          .filter(([, value]) => value !== undefined),
      );
    default:
      return randomJson(rng, 2);
  }
}

/** Any JSON value, for `unknown` fields and for replacing valid parts with nonsense. */
export function randomJson(rng: Rng, depth: number): unknown {
  const roll = rng();
  if (depth <= 0 || roll < 0.5) return pick(rng, [null, true, false, 0, -1, 2 ** 53, 1.5, -0.0001, '', 'x', pick(rng, hostileStrings)]);
  if (roll < 0.75) return Array.from({ length: Math.floor(rng() * 4) }, () => randomJson(rng, depth - 1));
  return Object.fromEntries(Array.from({ length: Math.floor(rng() * 4) }, () => [pick(rng, ['a', 'id', '__proto__', 'constructor', 'kind', 'path']), randomJson(rng, depth - 1)]));
}

/** Breaks one place of a valid value: a wrong type, a hostile string, an extra or missing key. */
export function mutate(value: unknown, rng: Rng): unknown {
  if (value === null || typeof value !== 'object') return rng() < 0.5 ? randomJson(rng, 2) : pick(rng, hostileStrings);
  if (Array.isArray(value)) {
    if (value.length === 0 || rng() < 0.3) return [...value, randomJson(rng, 2)];
    const copy = [...value];
    const index = Math.floor(rng() * copy.length);
    copy[index] = mutate(copy[index], rng);
    return copy;
  }
  const entries = Object.entries(value as Record<string, unknown>);
  const roll = rng();
  if (roll < 0.15 || entries.length === 0) return Object.fromEntries([...entries, [pick(rng, ['extra', '__proto__', 'constructor', 'id']), randomJson(rng, 2)]]);
  const index = Math.floor(rng() * entries.length);
  if (roll < 0.3) return Object.fromEntries(entries.filter((_, i) => i !== index));
  return Object.fromEntries(entries.map(([key, item], i) => [key, i === index ? mutate(item, rng) : item]));
}
