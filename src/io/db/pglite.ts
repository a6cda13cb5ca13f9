import { PGlite, type Transaction } from '@electric-sql/pglite';
import type { CopyPart, Engine, Queryable, Row } from './engine.js';
import { isPlainIdentifier } from './engine.js';

/**
 * PGlite runs each statement synchronously, in this thread, and resolves it
 * with microtasks only: a batch's statements would keep the thread from the
 * validation workers' messages until its commit, leaving them idle without new
 * files. Each statement first lets the pending messages in.
 */
const letMessagesIn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

const utf8 = new TextEncoder();

/**
 * A COPY's parts as one buffer: PGlite reads the blob whole before the COPY,
 * and a blob of thousands of parts (a child table's lines) is read part by
 * part, each with its own promise, which cost more than the bytes. Strings in
 * a row are joined before they are encoded; no string of the whole batch is made.
 */
function oneBuffer(parts: readonly CopyPart[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  let text: string[] = [];
  const flush = (): void => {
    if (text.length > 0) chunks.push(utf8.encode(text.join('')));
    text = [];
  };
  for (const part of parts) {
    if (typeof part === 'string') text.push(part);
    else {
      flush();
      chunks.push(part);
    }
  }
  flush();
  return chunks.length === 1 && chunks[0] ? chunks[0] : Buffer.concat(chunks);
}

function wrap(target: PGlite | Transaction): Queryable {
  return {
    query: async <T extends Row>(sql: string, params: readonly unknown[] = []) => {
      await letMessagesIn();
      return (await target.query<T>(sql, [...params])).rows;
    },
    exec: async (sql: string) => {
      await letMessagesIn();
      await target.exec(sql);
    },
    copyIn: async (sql: string, parts: readonly CopyPart[]) => {
      await letMessagesIn();
      await target.query(sql, [], { blob: new Blob([oneBuffer(parts)]) });
    },
  };
}

/**
 * The embedded store: PostgreSQL compiled to WebAssembly, its files in `dir`.
 * One process at a time may open a folder; PGlite has a single connection, so
 * transactions run one after the other.
 */
export async function openPglite(dir: string, schema?: string): Promise<Engine> {
  // relaxedDurability: a query returns before the files are flushed; a crash loses at most the last
  // transactions, which ingesting the same files again restores (the files are the source of truth).
  const db = await PGlite.create(dir, { relaxedDurability: true });
  const base = wrap(db);
  if (schema !== undefined) {
    if (!isPlainIdentifier(schema)) throw new Error(`invalid schema name ${schema}`);
    await db.exec(`CREATE SCHEMA IF NOT EXISTS ${schema}; SET search_path TO ${schema}`);
  }
  return {
    kind: 'embedded',
    ...base,
    transaction: <T>(work: (tx: Queryable) => Promise<T>, options: { readOnly?: boolean } = {}) =>
      db.transaction(async (tx) => {
        if (options.readOnly) await tx.exec('SET TRANSACTION READ ONLY');
        return work(wrap(tx));
      }),
    close: () => db.close(),
  };
}
