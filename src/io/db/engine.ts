/** A row as both drivers return it: column name to value. */
export type Row = Record<string, unknown>;

/** What a statement runs on: the store itself, or a transaction of it. */
export interface Queryable {
  /** One statement, with $1… parameters. */
  query<T extends Row = Row>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** Several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
  /** `COPY … FROM '/dev/blob'` with `parts` as its data (joined as they are), where the engine takes it (the embedded store). */
  copyIn?(sql: string, parts: readonly CopyPart[]): Promise<void>;
}

/** Text of a COPY: a string, or its UTF-8 bytes (the large lines, encoded by the worker that built them). */
export type CopyPart = string | Uint8Array;

type EngineKind = 'embedded' | 'postgres';

/**
 * The database behind `selfassess db`: PGlite in a folder, or a PostgreSQL
 * server. Both run the same SQL; only opening, transactions and closing differ.
 */
export interface Engine extends Queryable {
  readonly kind: EngineKind;
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>, options?: { readOnly?: boolean }): Promise<T>;
  close(): Promise<void>;
}

/** Identifiers the tool puts into SQL itself (a schema name): letters, digits and underscores only. */
export function isPlainIdentifier(name: string): boolean {
  return /^[a-z_][a-z0-9_]{0,62}$/.test(name);
}
