import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';

/** A LIKE pattern matching `term` anywhere, with % and _ typed by the owner taken literally (ESCAPE '\'). */
export const containsPattern = (term: string): string => `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** `column` contains `term` literally. */
export function containsText(column: SQLWrapper, term: string): SQL {
  return sql`${column} LIKE ${containsPattern(term)} ESCAPE '\\'`;
}
