import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { Engine } from '../../../src/io/db/engine.js';
import { openStore, type OpenOptions } from '../../../src/io/db/open.js';
import type { StoreTarget } from '../../../src/io/db/target.js';

/** The PostgreSQL server of the tests (CI: .ci/run sets it), or why its tests are skipped. */
const PG_URL = process.env['SELFASSESS_TEST_PG_URL'];

async function reachable(url: string | undefined): Promise<string | false> {
  if (!url) return 'SELFASSESS_TEST_PG_URL is not set';
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return false;
  } catch (error) {
    return `PostgreSQL at SELFASSESS_TEST_PG_URL is unreachable (${error instanceof Error ? error.message : String(error)})`;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Why the PostgreSQL tests do not run here, or false when they do. */
export const PG_SKIP = await reachable(PG_URL);
if (PG_SKIP && process.env['SELFASSESS_TEST_PG_REQUIRED'] === '1') {
  // CI (.ci/run) requires them: a missing server is a failure there, not a skip.
  throw new Error(`the PostgreSQL tests are required (SELFASSESS_TEST_PG_REQUIRED=1) but cannot run: ${PG_SKIP}`);
}
if (PG_SKIP) console.warn(`selfassess db tests on PostgreSQL skipped: ${PG_SKIP}`);

/** A store of its own for one test: a fresh folder, or a fresh schema on the server; `drop` removes it. */
export interface TestStore {
  target: StoreTarget;
  /** The schema on the server (postgres), given to commands as SELFASSESS_DB_SCHEMA. */
  schema?: string;
  /** The environment a command needs to reach this store. */
  env: Record<string, string>;
  open(options?: OpenOptions): Promise<Engine>;
  drop(): Promise<void>;
}

export interface EngineCase {
  name: 'embedded' | 'postgres';
  skip: string | false;
  create(): Promise<TestStore>;
}

async function embeddedStore(): Promise<TestStore> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'selfassess-db-'));
  const target: StoreTarget = { kind: 'embedded', dir: path.join(dir, 'store') };
  return {
    target,
    env: { SELFASSESS_DB: target.dir },
    open: (options) => openStore(target, options),
    drop: () => rm(dir, { recursive: true, force: true }),
  };
}

async function postgresStore(): Promise<TestStore> {
  const url = PG_URL ?? '';
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const target: StoreTarget = { kind: 'postgres', url };
  return {
    target,
    schema,
    env: { SELFASSESS_DB: url, SELFASSESS_DB_SCHEMA: schema },
    open: (options) => openStore(target, { schema, ...options }),
    drop: async () => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await client.end();
    },
  };
}

/** Every suite of test/io/db runs once per engine: PGlite always, PostgreSQL when reachable. */
export const ENGINES: readonly EngineCase[] = [
  { name: 'embedded', skip: false, create: embeddedStore },
  { name: 'postgres', skip: PG_SKIP, create: postgresStore },
];
