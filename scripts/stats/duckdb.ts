/** The little the engine needs of DuckDB: run a query for its rows, quote a string literal. */
import type { DuckDBConnection } from '@duckdb/node-api';

/** The rows of a query as plain objects (counts come back as BigInt; callers use Number()). */
export async function rows(
  conn: DuckDBConnection,
  sql: string,
): Promise<Record<string, unknown>[]> {
  const reader = await conn.runAndReadAll(sql);
  return reader.getRowObjectsJS();
}

/** Quotes a SQL string literal for DuckDB. */
export function quoteSql(s: string): string {
  return `'${s.replaceAll("'", "''")}'`;
}

/** A value DuckDB returned, as the text a message or a check reads (null and undefined are empty). */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) return v.toISOString();
  return JSON.stringify(v);
}
