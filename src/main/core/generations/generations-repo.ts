import { and, asc, eq, getTableColumns, gte, inArray, isNotNull, isNull, lt, lte, sql, type SQL } from 'drizzle-orm';
import { AppError } from '../../../shared/errors';
import { undoWindowMs } from '../../../shared/ipc/common';
import { resultRecordSchema, type AdFormatName, type Generation, type ResultRecord, type ResultRecordInput } from '../../../shared/ipc/generations';
import type { Db } from '../db/client';
import { refusingDangling } from '../db/constraint-errors';
import { newId } from '../db/ids';
import { afterKey, decodeCursor, newestFirst, toPage } from '../db/keyset';
import { inIdList, preparedFor } from '../db/prepared-cache';
import { generationExports, generationInputs, generationOutputs, generations, media, sessions } from '../db/schema';
import { copyText } from './copy-text';
import { planSearch, searchCondition, type SearchPlan } from './search';

// A page reads only what it returns: the search text and the deletion mark stay in the table.
// Leaving them out of the row (rather than destructuring them away per row) also spares a
// page of 30 about 130 KiB of garbage, which on a busy machine is what put scavenges in its p99.
// The record comes as its stored text: recordOf parses each distinct text once.
const { copyText: _searchText, deletedAt: _deletedAt, outputCopy: _parsedByDrizzle, ...rowColumns } = getTableColumns(generations);
const shownColumns = { ...rowColumns, outputCopy: sql<string | null>`${generations.outputCopy}` };
type GenerationRow = Omit<typeof generations.$inferSelect, 'copyText' | 'deletedAt' | 'outputCopy'> & { outputCopy: string | null };

export type NewGeneration = Omit<Generation, 'id' | 'createdAt' | 'outputs' | 'modelIds' | 'timings' | 'outputCopy'> & {
  outputCopy: ResultRecordInput | null;
  modelIds?: string[];
  timings?: Record<string, number>;
  outputs: { variantIndex: number; format: Generation['outputs'][number]['format']; sha256: string; posterSha256?: string }[];
};

export const generationNotFound = (id: string): AppError =>
  new AppError('NOT_FOUND', `No generation ${id}`, '결과물을 찾을 수 없어요. 이미 삭제되었을 수 있어요.');

/** The generation with its inputs and output files, all or nothing. Media must already be stored. */
export function insertGeneration(db: Db, input: NewGeneration, now = Date.now()): Generation {
  const id = newId();
  const { outputs, inputMedia, outputCopy: written, ...fields } = input;
  // Stored whole and checked: what is read back later is always a complete record.
  const outputCopy = written && resultRecordSchema.parse(written);
  refusingDangling(
    () =>
      db.transaction((tx) => {
        tx.insert(generations)
          .values({ ...fields, outputCopy, id, copyText: copyText(outputCopy), modelIds: fields.modelIds ?? [], timings: fields.timings ?? {}, createdAt: now })
          .run();
        if (inputMedia.length > 0) {
          tx.insert(generationInputs).values(inputMedia.map((sha256, position) => ({ generationId: id, position, sha256 }))).run();
        }
        if (outputs.length > 0) tx.insert(generationOutputs).values(outputs.map((o) => ({ ...o, id: newId(), generationId: id }))).run();
      }),
    () => new AppError('NOT_FOUND', `Generation ${id} refers to a missing session, shop, message or media`),
  );
  return getGeneration(db, id);
}

/** Notes the ad sizes a result was just saved in, for the library's size filter (a size saved again moves its time). */
export function recordExportedSizes(db: Db, generationId: string, formats: readonly AdFormatName[], now = Date.now()): void {
  if (formats.length === 0) return;
  db.insert(generationExports)
    .values([...new Set(formats)].map((format) => ({ generationId, format, exportedAt: now })))
    .onConflictDoUpdate({ target: [generationExports.generationId, generationExports.format], set: { exportedAt: now } })
    .run();
}

const inputsOf = (db: Db) =>
  preparedFor(db, 'generation-inputs', () =>
    db
      .select()
      .from(generationInputs)
      .where(inIdList(generationInputs.generationId))
      .orderBy(asc(generationInputs.position))
      .prepare(),
  );

const outputsOf = (db: Db) =>
  preparedFor(db, 'generation-outputs', () =>
    db
      .select({
        id: generationOutputs.id,
        generationId: generationOutputs.generationId,
        variantIndex: generationOutputs.variantIndex,
        format: generationOutputs.format,
        sha256: generationOutputs.sha256,
        posterSha256: generationOutputs.posterSha256,
        width: media.width,
        height: media.height,
      })
      .from(generationOutputs)
      .innerJoin(media, eq(media.sha256, generationOutputs.sha256))
      .where(inIdList(generationOutputs.generationId))
      .orderBy(asc(generationOutputs.variantIndex), asc(generationOutputs.format))
      .prepare(),
  );

/**
 * Records parsed from their stored text, oldest first. A row's record never changes
 * once written (only its deletion mark does), and the library reads the same pages again and
 * again: parsing and checking 30 records of ~1.5 KB was most of a page's time and garbage. Keyed
 * by the text itself, so a restored backup or a tampered row can never meet another's record.
 * Records are frozen: every reader shares them.
 */
const parsedRecords = new Map<string, ResultRecord | null>();
const parsedRecordsKept = 600;

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

function parseRecord(stored: string): ResultRecord | null {
  try {
    const parsed = resultRecordSchema.safeParse(JSON.parse(stored));
    return parsed.success ? deepFreeze(parsed.data) : null;
  } catch {
    return null;
  }
}

/** A row's record as stored; anything that is not a record (an old or tampered row) reads as none. */
function recordOf(stored: string | null): ResultRecord | null {
  if (stored === null) return null;
  // A hit is not moved to the back: that would key it by this read's fresh string, keeping a young
  // copy of every record alive in an old map until the next scavenge had to move them all.
  const known = parsedRecords.get(stored);
  if (known !== undefined) return known;
  const record = parseRecord(stored);
  parsedRecords.set(stored, record);
  if (parsedRecords.size > parsedRecordsKept) parsedRecords.delete(parsedRecords.keys().next().value ?? '');
  return record;
}

function hydrate(db: Db, rows: GenerationRow[]): Generation[] {
  if (rows.length === 0) return [];
  const ids = JSON.stringify(rows.map((row) => row.id));
  const inputs = inputsOf(db).all({ ids });
  const outputs = outputsOf(db).all({ ids });
  // The rows are this query's own objects: completing them in place keeps V8's fast shape. A
  // spread into a literal with more properties made slow-mode objects: a page took twice as long
  // and every scavenge in the library's bench about 20 times longer (its p99).
  return rows.map((row) =>
    Object.assign(row, {
      outputCopy: recordOf(row.outputCopy),
      inputMedia: inputs.filter((i) => i.generationId === row.id).map((i) => i.sha256),
      outputs: outputs.filter((o) => o.generationId === row.id).map((o) => ({ id: o.id, variantIndex: o.variantIndex, format: o.format, sha256: o.sha256, posterSha256: o.posterSha256, width: o.width, height: o.height })),
    }),
  );
}

/** Visible: not deleted, and not in a deleted session. */
const visible = (): SQL =>
  and(
    isNull(generations.deletedAt),
    sql`NOT EXISTS (SELECT 1 FROM ${sessions} WHERE ${sessions.id} = ${generations.sessionId} AND ${sessions.deletedAt} IS NOT NULL)`,
  ) as SQL;

export function findGeneration(db: Db, id: string): Generation | undefined {
  const row = db
    .select(shownColumns)
    .from(generations)
    .where(and(eq(generations.id, id), visible()))
    .get();
  return row ? hydrate(db, [row])[0] : undefined;
}

export function getGeneration(db: Db, id: string): Generation {
  const generation = findGeneration(db, id);
  if (!generation) throw generationNotFound(id);
  return generation;
}

export interface GenerationQuery {
  cursor?: string;
  limit: number;
  shopId?: string;
  sessionId?: string;
  kind?: Generation['kind'];
  style?: string;
  format?: Generation['outputs'][number]['format'];
  from?: number;
  to?: number;
  query?: string;
}

const at = (name: string) => sql.placeholder(name);

/**
 * The page query for one combination of filters, with every value a placeholder: the shape
 * (which filters, how many search words) is the cache key, so each shape is built and prepared once.
 */
function pageQuery(db: Db, q: GenerationQuery, search: SearchPlan | undefined) {
  const shape = ['shopId', 'sessionId', 'kind', 'style', 'format', 'from', 'to', 'cursor'].filter((key) => q[key as keyof GenerationQuery] !== undefined);
  const searchShape = search ? `match:${search.match !== undefined},likes:${search.likes.length}` : '';
  return preparedFor(db, `generations-page:${shape.join(',')}:${searchShape}`, () => {
    const conditions: (SQL | undefined)[] = [
      visible(),
      q.shopId !== undefined ? eq(generations.shopId, at('shopId')) : undefined,
      q.sessionId !== undefined ? eq(generations.sessionId, at('sessionId')) : undefined,
      q.kind !== undefined ? eq(generations.kind, at('kind')) : undefined,
      q.style !== undefined ? eq(generations.style, at('style')) : undefined,
      q.format !== undefined
        ? sql`(EXISTS (SELECT 1 FROM ${generationOutputs} WHERE ${generationOutputs.generationId} = ${generations.id} AND ${generationOutputs.format} = ${at('format')})
            OR EXISTS (SELECT 1 FROM ${generationExports} WHERE ${generationExports.generationId} = ${generations.id} AND ${generationExports.format} = ${at('format')}))`
        : undefined,
      q.from !== undefined ? gte(generations.createdAt, at('from')) : undefined,
      q.to !== undefined ? lte(generations.createdAt, at('to')) : undefined,
      search ? searchCondition(search, { match: at('match'), likes: search.likes.map((_, i) => at(`like${i}`)) }) : undefined,
      q.cursor !== undefined ? afterKey(generations.createdAt, generations.id, at('cursorAt'), at('cursorId')) : undefined,
    ];
    return db
      .select(shownColumns)
      .from(generations)
      .where(and(...conditions))
      .orderBy(...newestFirst(generations.createdAt, generations.id))
      .limit(at('limit'))
      .prepare();
  });
}

export function pageGenerations(db: Db, q: GenerationQuery) {
  const search = q.query ? planSearch(q.query) : undefined;
  const cursor = q.cursor !== undefined ? decodeCursor(q.cursor) : undefined;
  const rows = pageQuery(db, q, search).all({
    ...q,
    limit: q.limit + 1,
    match: search?.match,
    ...Object.fromEntries((search?.likes ?? []).map((pattern, i) => [`like${i}`, pattern])),
    cursorAt: cursor?.createdAt,
    cursorId: cursor?.id,
  });
  const page = toPage(rows, q.limit, (row) => row);
  return { items: hydrate(db, page.items), nextCursor: page.nextCursor };
}

export function softDeleteGenerations(db: Db, ids: string[], now = Date.now()): { deleted: number; undoUntil: number } {
  const deleted = db
    .update(generations)
    .set({ deletedAt: now })
    .where(and(inArray(generations.id, ids), isNull(generations.deletedAt)))
    .run().changes;
  return { deleted, undoUntil: now + undoWindowMs };
}

export function restoreGenerations(db: Db, ids: string[]): number {
  return db
    .update(generations)
    .set({ deletedAt: null })
    .where(and(inArray(generations.id, ids), isNotNull(generations.deletedAt)))
    .run().changes;
}

/** Hard-deletes generations whose undo window has passed; their files are then unreferenced. */
export function purgeDeletedGenerations(db: Db, now = Date.now()): number {
  return db
    .delete(generations)
    .where(lt(generations.deletedAt, now - undoWindowMs))
    .run().changes;
}
