import { phrase } from '../../domain/diagnostic.js';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import type { IngestFormat } from '../../format/db/formats.js';
import { formatIngest } from '../../format/db/ingest.js';
import type { Engine } from '../../io/db/engine.js';
import type { IngestOutcome } from '../../domain/db/ingest-outcome.js';
import { ingestFiles } from '../../io/db/ingest.js';
import { STORE_OBJECTS } from '../../io/db/migrations.js';
import { migrate } from '../../io/db/migrate.js';
import { refreshStatistics } from '../../io/db/statistics.js';
import { createValidationEnvironment } from '../../io/validate-environment.js';
import { createProgress } from '../../ui/progress-bar.js';
import { wantsColor, type CliContext } from '../context.js';
import { UsageError } from '../errors.js';
import { checkLibrary, existingFolder, validationSources } from '../validation-sources.js';
import { EXIT } from '../exit-codes.js';
import { selectFiles } from '../select-files.js';
import { languageOf, withStore, type DbOptions } from './db-store.js';

export interface DbIngestOptions extends DbOptions {
  format: IngestFormat;
  checklists?: string;
  catalogues?: string;
  trustedKeys?: string;
  jobs?: number;
}

/** As validate: 1 when a file was refused, 0 otherwise; 2 when the database failed on a file. */
function exitFor(outcomes: readonly IngestOutcome[]): number {
  if (outcomes.some((o) => o.status === 'failed')) return EXIT.usage;
  if (outcomes.some((o) => o.status === 'rejected')) return EXIT.findings;
  return EXIT.ok;
}

async function run(
  engine: Engine,
  where: string,
  files: string[],
  options: DbIngestOptions,
  context: CliContext,
  rebuild: boolean,
): Promise<number> {
  const sources = await validationSources(options, context);
  const env = createValidationEnvironment(sources);
  await checkLibrary(env, context);
  if (rebuild) await dropStore(engine);
  const outcomes: IngestOutcome[] = [];
  const progress = createProgress(context.stderr, files.length, !(options.format === 'json' && context.stdout.isTTY === true));
  try {
    await ingestFiles(engine, files, { jobs: options.jobs ?? availableParallelism(), sources, env }, (outcome) => {
      outcomes.push(outcome);
      progress.tick();
    });
  } finally {
    progress.done();
  }
  await refreshStatistics(engine);
  const language = languageOf(options, context);
  context.stdout.write(formatIngest(outcomes, options.format, { language, color: wantsColor(context, 'stdout'), where, rebuilt: rebuild }));
  return exitFor(outcomes);
}

/** Drops every table and view of the store and creates them again, in one transaction. */
async function dropStore(engine: Engine): Promise<void> {
  await engine.transaction(async (tx) => {
    for (const view of STORE_OBJECTS.views) await tx.exec(`DROP VIEW IF EXISTS ${view} CASCADE`);
    for (const table of STORE_OBJECTS.tables) await tx.exec(`DROP TABLE IF EXISTS ${table} CASCADE`);
  });
  await migrate(engine);
}

/** `selfassess db ingest`: validates each file as `validate` does and stores what it accepts. */
export async function dbIngestCommand(patterns: string[], options: DbIngestOptions, context: CliContext): Promise<number> {
  const files = (await selectFiles(patterns, context)).map((f) => path.resolve(context.cwd, f));
  return withStore(options, context, ({ engine, where }) => run(engine, where, files, options, context, false));
}

/**
 * `selfassess db rebuild`: the signed files are the source of truth; the
 * store is emptied and filled again from them.
 */
export async function dbRebuildCommand(dirs: string[], options: DbIngestOptions, context: CliContext): Promise<number> {
  for (const dir of dirs) await existingFolder('rebuild', dir, context);
  const files = (await selectFiles(dirs, context))
    .filter((f) => /\.report\.(json|ya?ml)$/i.test(f))
    .map((f) => path.resolve(context.cwd, f));
  if (files.length === 0) throw new UsageError(phrase('cli.db.no-reports', { dirs: dirs.join(', ') }));
  return withStore(options, context, ({ engine, where }) => run(engine, where, files, options, context, true));
}
