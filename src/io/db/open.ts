import { ensureDir } from '../ensure-dir.js';
import type { Engine } from './engine.js';
import { migrate } from './migrate.js';
import type { StoreTarget } from './target.js';

export interface OpenOptions {
  /** A schema of its own (tests): created if missing, and every statement runs in it. */
  schema?: string;
  /** Leave the schema as it is (tests of migrations). */
  skipMigrations?: boolean;
}

/** Opens the store and brings its schema up to date. The engines are imported only when used. */
export async function openStore(target: StoreTarget, options: OpenOptions = {}): Promise<Engine> {
  let engine: Engine;
  if (target.kind === 'embedded') {
    await ensureDir(target.dir, 0o700);
    const { openPglite } = await import('./pglite.js');
    engine = await openPglite(target.dir, options.schema);
  } else {
    const { openPostgres } = await import('./postgres.js');
    engine = await openPostgres(target.url, options.schema);
  }
  if (options.skipMigrations) return engine;
  try {
    await migrate(engine);
  } catch (error) {
    await engine.close().catch(() => undefined);
    throw error;
  }
  return engine;
}
