import { phrase } from '../../domain/diagnostic.js';
import type { Dataset } from '../../domain/db/dataset.js';
import { longExport, wideExport } from '../../domain/db/export.js';
import { idLabels, type IdLabels } from '../../domain/db/labels.js';
import { findRegion, regionNames } from '../../domain/db/regions.js';
import { matrixView } from '../../domain/db/matrix.js';
import { needsView } from '../../domain/db/needs.js';
import { statusView } from '../../domain/db/status.js';
import { trendView } from '../../domain/db/trend.js';
import { coreTrendView } from '../../domain/db/trend-core.js';
import { formatDatasets } from '../../format/db/datasets.js';
import type { DbFormat } from '../../format/db/formats.js';
import type { Filters } from '../../io/db/filters.js';
import { readExport, readMatrix, readNeeds, readStatus, readTrend } from '../../io/db/queries.js';
import { QueryFailedError, runReadOnly } from '../../io/db/read-only.js';
import { readLibrary } from '../../io/library.js';
import { dbErrorReason } from '../../i18n/db-errors.js';
import { wantsColor, type CliContext } from '../context.js';
import { UsageError } from '../errors.js';
import { EXIT } from '../exit-codes.js';
import { writeOutput } from '../write-output.js';
import { languageOf, withStore, type DbOptions } from './db-store.js';

export interface DbQueryOptions extends DbOptions, Filters {
  format: DbFormat;
  region?: string;
  output?: string;
  force?: boolean;
}

export interface DbExportOptions extends DbQueryOptions {
  shape: 'long' | 'wide';
  redact?: boolean;
}

export type DbQuestion = 'status' | 'trend' | 'needs' | 'matrix';

/** xlsx is binary: it needs -o, checked before the store is opened; --region becomes the list of its parties. */
function checkOptions<T extends DbQueryOptions>(options: T): T {
  if (options.format === 'xlsx' && options.output === undefined)
    throw new UsageError(phrase('cli.xlsx-needs-output', { file: 'answer.xlsx' }));
  if (options.region === undefined) return options;
  const region = findRegion(options.region);
  if (!region) {
    throw new UsageError(phrase('cli.db.unknown-region', { region: options.region, names: regionNames().join(', ') }));
  }
  return { ...options, parties: region.parties };
}

/**
 * The labels of the ids the answers hold (sections, pillars, categories, bands), from the bundled
 * checklists, every version: for the formats a person reads; JSON keeps the ids.
 */
async function labelsFor(datasets: readonly Dataset[], format: DbFormat): Promise<IdLabels | undefined> {
  if (format === 'json' || !datasets.some((d) => d.labels !== undefined)) return undefined;
  const library = await readLibrary([]);
  return idLabels(library.allChecklists.map((l) => l.value));
}

async function print(datasets: readonly Dataset[], options: DbQueryOptions, context: CliContext): Promise<number> {
  const language = languageOf(options, context);
  const labels = await labelsFor(datasets, options.format);
  const content =
    options.format === 'xlsx'
      ? await (await import('../../format/db/xlsx.js')).datasetsWorkbook(datasets, { language, ...(labels && { labels }) })
      : formatDatasets(datasets, options.format, {
          language,
          color: options.format === 'table' && options.output === undefined && wantsColor(context, 'stdout'),
          ...(labels && { labels }),
        });
  if (options.output === undefined) context.stdout.write(content);
  else await writeOutput(options.output, content, options.force === true, context, { announce: true });
  return EXIT.ok;
}

/** `db status`, `db trend`, `db needs`, `db matrix`: one read, one pure shaping, one formatter. */
export async function dbQuestionCommand(question: DbQuestion, given: DbQueryOptions, context: CliContext): Promise<number> {
  const options = checkOptions(given);
  const datasets = await withStore(options, context, async ({ engine }) => {
    switch (question) {
      case 'status':
        return statusView(await readStatus(engine, options));
      case 'trend': {
        const input = await readTrend(engine, options);
        return [trendView(input), coreTrendView(input.core)];
      }
      case 'needs':
        return [needsView(await readNeeds(engine, options))];
      case 'matrix':
        return [matrixView(await readMatrix(engine, options))];
    }
  });
  return print(datasets, options, context);
}

/** `db export --shape long|wide [--redact]`. */
export async function dbExportCommand(given: DbExportOptions, context: CliContext): Promise<number> {
  const options = checkOptions(given);
  const { submissions, answers } = await withStore(options, context, ({ engine }) => readExport(engine, options));
  const redact = options.redact === true;
  const dataset = options.shape === 'wide' ? wideExport(submissions, answers, redact) : longExport(submissions, answers, redact);
  return print([dataset], options, context);
}

/** `db query "<SQL>"`: the consultant's own SQL, in a read-only transaction. */
export async function dbSqlCommand(sql: string, options: DbQueryOptions, context: CliContext): Promise<number> {
  checkOptions(options);
  const dataset = await withStore(options, context, async ({ engine }) => {
    try {
      return await runReadOnly(engine, sql);
    } catch (error) {
      if (error instanceof QueryFailedError)
        throw new UsageError(phrase('cli.db.query-failed', { reason: dbErrorReason(error.sqlState, error.message) }));
      throw error;
    }
  });
  return print([dataset], options, context);
}
