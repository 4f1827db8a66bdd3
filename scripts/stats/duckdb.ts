/** The little the engine needs of DuckDB: run a query for its rows, quote a string literal. */
import type { DuckDBConnection } from '@duckdb/node-api';

/** The rows of a query as plain objects (counts come back as BigInt; callers use Number()). */
export async function rows(
  conn: DuckDBConnection,
  sql: string,
): Promise<Record<string, unknown>[]> {
  const reader = await conn.runAndReadAll(sql);
  return reader.getRowObjectsJS() as Record<string, unknown>[];
}

/** Quotes a SQL string literal for DuckDB. */
export function quoteSql(s: string): string {
  return `'${s.replaceAll("'", "''")}'`;
}
