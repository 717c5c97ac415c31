import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';

/** `column` contains `term` literally: % and _ typed by the owner are not wildcards. */
export function containsText(column: SQLWrapper, term: string): SQL {
  const pattern = `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return sql`${column} LIKE ${pattern} ESCAPE '\\'`;
}
