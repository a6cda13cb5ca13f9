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
 * A COPY's parts as one buffer of its own: PGlite reads the blob whole before
 * the COPY (a blob of many parts read part by part cost more than the bytes).
 * Strings in a row are joined before they are encoded.
 */
function oneBuffer(parts: readonly CopyPart[]): Uint8Array<ArrayBuffer> {
  const chunks = parts.map((part) => (typeof part === 'string' ? utf8.encode(part) : part));
  const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

/**
 * A COPY's data as the Blob PGlite takes, without copying it: PGlite reads a
 * blob once, whole, by arrayBuffer(). A Blob made of the bytes would copy them
 * once when made and again when read (≈ 55 kB a report). Read any other way
 * (a later PGlite), it throws rather than give PostgreSQL no rows; its `size` says 0.
 */
class BytesBlob extends Blob {
  readonly #bytes: Uint8Array<ArrayBuffer>;
  constructor(bytes: Uint8Array<ArrayBuffer>) {
    super([]);
    this.#bytes = bytes;
  }
  override arrayBuffer(): Promise<ArrayBuffer> {
    return Promise.resolve(this.#bytes.buffer);
  }
  override bytes(): never {
    return unread();
  }
  override text(): never {
    return unread();
  }
  override stream(): never {
    return unread();
  }
  override slice(): never {
    return unread();
  }
}

function unread(): never {
  throw new Error('the COPY data is read by arrayBuffer() only');
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
      await target.query(sql, [], { blob: new BytesBlob(oneBuffer(parts)) });
    },
  };
}

/**
 * PostgreSQL settings of the embedded store, on top of PGlite's own.
 * wal_init_zero off: a new 16 MB segment of the log is not first written full
 * of zeros, through Node's fs (≈ 40 ms of this thread a segment; an ingest
 * writes about 20 kB of log a report, 13 segments for 10,000). The zeros only
 * make the segment's space certain before fsync relies on it, and PGlite runs
 * with fsync off. The log holds the same records; a killed process recovers
 * from it as before (what is never written reads as zeros all the same).
 */
const SETTINGS = ['-c', 'wal_init_zero=off'];

/**
 * The embedded store: PostgreSQL compiled to WebAssembly, its files in `dir`.
 * One process at a time may open a folder; PGlite has a single connection, so
 * transactions run one after the other.
 */
export async function openPglite(dir: string, schema?: string): Promise<Engine> {
  // relaxedDurability: a query returns before the files are flushed. PGlite runs PostgreSQL with
  // fsync off and its log on: a killed process loses at most the last transactions, which ingesting
  // the same files again restores; a machine that stops can damage the store, rebuilt from the files
  // (docs/database.md: the files are the source of truth).
  const db = await PGlite.create(dir, { relaxedDurability: true, startParams: [...PGlite.defaultStartParams, ...SETTINGS] });
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
