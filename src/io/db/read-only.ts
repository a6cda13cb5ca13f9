import type { Cell, Dataset } from '../../domain/db/dataset.js';
import type { Engine } from './engine.js';

function cell(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (value instanceof Date) return value.toISOString();
  if (value instanceof Uint8Array) return Buffer.from(value).toString('hex');
  return JSON.stringify(value);
}

/** The database refused the query: its message is for the user, with its SQLSTATE when it gave one. */
export class QueryFailedError extends Error {
  constructor(
    message: string,
    readonly sqlState: string | undefined,
  ) {
    super(message);
    this.name = 'QueryFailedError';
  }
}

/** The code an error carries: SQLSTATE from PostgreSQL or PGlite, a system code (ECONNREFUSED…) from the network. */
export function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}

/**
 * Runs one statement (the extended protocol refuses several) in a read-only
 * transaction: a write is refused by the database itself, not by parsing the SQL. An SQL error is the user's to fix.
 */
export async function runReadOnly(engine: Engine, sql: string): Promise<Dataset> {
  let rows: Array<Record<string, unknown>>;
  try {
    rows = await engine.transaction(
      async (tx) => {
        // A first statement, so that the user's cannot be SET TRANSACTION READ WRITE.
        await tx.query('SELECT 1');
        return tx.query(sql);
      },
      { readOnly: true },
    );
  } catch (error) {
    throw new QueryFailedError(error instanceof Error ? error.message : String(error), errorCode(error));
  }
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  return { name: 'query', columns, rows: rows.map((r) => Object.fromEntries(columns.map((c) => [c, cell(r[c])]))) };
}
