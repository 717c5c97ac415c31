import { sql, type Placeholder, type SQL } from 'drizzle-orm';
import { containsPattern } from '../db/like';
import { generations } from '../db/schema';

/** Trigrams need three characters; shorter terms are matched with LIKE over the same text. */
const minTrigramLength = 3;

const quotePhrase = (term: string): string => `"${term.replaceAll('"', '""')}"`;

/** A search split into what the trigram index can answer and what needs LIKE. */
export interface SearchPlan {
  /** FTS5 query string: every long word as a phrase, ANDed; undefined when there is none. */
  match: string | undefined;
  /** LIKE patterns for words shorter than a trigram. */
  likes: string[];
}

export function planSearch(query: string): SearchPlan | undefined {
  const terms = query.split(/\s+/).filter((term) => term.length > 0).slice(0, 8);
  if (terms.length === 0) return undefined;
  const long = terms.filter((term) => [...term].length >= minTrigramLength);
  const short = terms.filter((term) => [...term].length < minTrigramLength);
  return { match: long.length > 0 ? long.map(quotePhrase).join(' AND ') : undefined, likes: short.map(containsPattern) };
}

/**
 * Generations whose request or copy contains every word of the plan; each word is a substring
 * match, so "라떼" finds "아이스바닐라라떼". Values come from `params`, so the SQL stays the same
 * for every search of the same shape.
 */
export function searchCondition(plan: SearchPlan, params: { match: Placeholder; likes: Placeholder[] }): SQL {
  const conditions: SQL[] = [];
  if (plan.match !== undefined) conditions.push(sql`generations_fts MATCH ${params.match}`);
  for (const like of params.likes) conditions.push(sql`generations_fts.body LIKE ${like} ESCAPE '\\'`);
  return sql`${generations.id} IN (
    SELECT k.generation_id FROM generations_fts
    JOIN generation_search_keys k ON k.rowid = generations_fts.rowid
    WHERE ${sql.join(conditions, sql` AND `)})`;
}
