import pg from 'pg';
import type { Engine, Queryable, Row } from './engine.js';
import { isPlainIdentifier } from './engine.js';

function wrap(target: pg.Pool | pg.PoolClient): Queryable {
  return {
    // Always the extended protocol: one statement per call, so that no text can end a transaction and start another.
    query: async <T extends Row>(sql: string, params: readonly unknown[] = []) => {
      // pg reads queryMode, which its types do not declare.
      const config: pg.QueryConfig & { queryMode: 'extended' } = { text: sql, values: [...params], queryMode: 'extended' };
      return (await target.query<T>(config)).rows;
    },
    exec: async (sql: string) => {
      await target.query(sql);
    },
  };
}

/**
 * A PostgreSQL server, shared by several consultants. `schema` (tests) keeps
 * every table of a run apart: each connection of the pool starts in it.
 */
export async function openPostgres(url: string, schema?: string): Promise<Engine> {
  if (schema !== undefined && !isPlainIdentifier(schema)) throw new Error(`invalid schema name ${schema}`);
  // The schema is set when each connection starts, before any query of ours.
  const pool = new pg.Pool({ connectionString: url, max: 4, ...(schema === undefined ? {} : { options: `-c search_path=${schema}` }) });
  // An idle client that loses its server must not bring the process down; the next query reports it.
  pool.on('error', () => undefined);
  if (schema !== undefined) {
    await pool.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`).catch(async (error: unknown) => {
      // Two processes creating it at once: one wins, the other finds it made (unique violation).
      if (typeof error === 'object' && error !== null && 'code' in error && (error.code === '23505' || error.code === '42P06')) return;
      await pool.end();
      throw error;
    });
  }
  return {
    kind: 'postgres',
    ...wrap(pool),
    transaction: async <T>(work: (tx: Queryable) => Promise<T>, options: { readOnly?: boolean } = {}) => {
      const client = await pool.connect();
      try {
        await client.query(options.readOnly ? 'BEGIN READ ONLY' : 'BEGIN');
        const result = await work(wrap(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
