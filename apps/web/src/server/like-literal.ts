/**
 * A typed search term for Prisma's `contains`/`startsWith`, which become LIKE patterns that Prisma does not
 * escape on PostgreSQL: "%" or "_" typed in a search box matched every row and "\" matched nothing.
 * PostgreSQL's default LIKE escape character is the backslash.
 */
export function likeLiteral(term: string): string {
  return term.replace(/[\\%_]/g, (c) => `\\${c}`);
}
