import { phrase } from '../../domain/diagnostic.js';
import type { Engine } from '../../io/db/engine.js';
import { SchemaTooNewError } from '../../io/db/migrate.js';
import { openStore, StoreFolderError } from '../../io/db/open.js';
import { describeTarget, storeTarget, type StoreTarget } from '../../io/db/target.js';
import { isPlainIdentifier } from '../../io/db/engine.js';
import { messageLanguage } from '../../i18n/language.js';
import { dbErrorReason } from '../../i18n/db-errors.js';
import { errorCode } from '../../io/db/read-only.js';
import type { CliContext } from '../context.js';
import { UsageError, UserError } from '../errors.js';

/** Options every `db` command takes. */
export interface DbOptions {
  db?: string;
  lang?: string;
}

export interface OpenedStore {
  engine: Engine;
  target: StoreTarget;
  where: string;
}

/** SELFASSESS_DB_SCHEMA: the schema of the tables on a shared server (default: the role's search_path). */
function schemaOf(context: CliContext): string | undefined {
  const schema = context.env['SELFASSESS_DB_SCHEMA'] || undefined;
  if (schema !== undefined && !isPlainIdentifier(schema)) {
    throw new UsageError(phrase('cli.db.bad-schema-name', { schema }));
  }
  return schema;
}

/** Opens the store --db names (else SELFASSESS_DB, else the default folder); an unreachable store is one clear message. */
async function openCommandStore(options: DbOptions, context: CliContext): Promise<OpenedStore> {
  const target = storeTarget(options.db, context.env, context.cwd);
  const where = describeTarget(target);
  const schema = schemaOf(context);
  try {
    const engine = await openStore(target, schema === undefined ? {} : { schema });
    return { engine, target, where };
  } catch (error) {
    if (error instanceof SchemaTooNewError) throw new UserError(phrase('cli.db.where', { where, reason: error.message }));
    if (error instanceof StoreFolderError) throw new UsageError(error.message);
    throw new UserError(phrase('cli.db.cannot-open', { where, reason: dbErrorReason(errorCode(error), reasonOf(error)) }));
  }
}

/** Drivers reject with Errors, PGlite sometimes with plain objects or strings. */
function reasonOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'object' && error !== null && 'message' in error && typeof error.message === 'string') return error.message;
  return typeof error === 'string' ? error : 'unknown error';
}

export function languageOf(options: DbOptions, context: CliContext): string {
  return messageLanguage(options.lang, context.env);
}

/** Runs a command's work on the store and always closes it. */
export async function withStore<T>(options: DbOptions, context: CliContext, work: (store: OpenedStore) => Promise<T>): Promise<T> {
  const store = await openCommandStore(options, context);
  try {
    return await work(store);
  } finally {
    await store.engine.close().catch(() => undefined);
  }
}
