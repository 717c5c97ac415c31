import { sql, type SQL } from 'drizzle-orm';
import { containsText } from '../db/like';
import { generations } from '../db/schema';

/** Trigrams need three characters; shorter terms are matched with LIKE over the same text. */
const minTrigramLength = 3;

const quotePhrase = (term: string): string => `"${term.replaceAll('"', '""')}"`;

/**
 * A condition matching generations whose request or copy contains every word of `query`.
 * Each word is a substring match, so "라떼" finds "아이스바닐라라떼".
 */
export function searchCondition(query: string): SQL | undefined {
  const terms = query.split(/\s+/).filter((term) => term.length > 0).slice(0, 8);
  if (terms.length === 0) return undefined;
  const long = terms.filter((term) => [...term].length >= minTrigramLength);
  const short = terms.filter((term) => [...term].length < minTrigramLength);
  const conditions: SQL[] = [];
  if (long.length > 0) {
    conditions.push(sql`generations_fts MATCH ${long.map(quotePhrase).join(' AND ')}`);
  }
  for (const term of short) conditions.push(containsText(sql`generations_fts.body`, term));
  return sql`${generations.id} IN (
    SELECT k.generation_id FROM generations_fts
    JOIN generation_search_keys k ON k.rowid = generations_fts.rowid
    WHERE ${sql.join(conditions, sql` AND `)})`;
}
