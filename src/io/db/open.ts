import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { ensureDir } from '../ensure-dir.js';
import type { Engine } from './engine.js';
import { migrate } from './migrate.js';
import type { StoreTarget } from './target.js';

/** The store cannot be opened for a reason the user can fix. */
export class StoreFolderError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoreFolderError';
  }
}

/**
 * A folder is a store (it holds PG_VERSION), or empty, or new; anything else
 * (a folder of reports named by mistake) is refused rather than filled with
 * database files.
 */
async function checkFolder(dir: string): Promise<void> {
  const info = await stat(dir).catch(() => undefined);
  if (info === undefined) return;
  if (!info.isDirectory())
    throw new StoreFolderError(`${dir} is not a folder — --db names the folder of the embedded store, or a postgres:// URL`);
  const entries = await readdir(dir);
  if (entries.length > 0 && !entries.includes('PG_VERSION')) {
    throw new StoreFolderError(`${dir} holds other files and is not a selfassess store — name a new or empty folder`);
  }
}

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
    await checkFolder(path.resolve(target.dir));
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
