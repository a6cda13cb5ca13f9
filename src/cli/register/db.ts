import { Option, type Command } from 'commander';
import { DB_FORMATS, INGEST_FORMATS } from '../../format/db/formats.js';
import type { DbIngestOptions } from '../commands/db-ingest.js';
import type { DbExportOptions, DbQueryOptions } from '../commands/db-queries.js';
import { parsePositiveInteger } from '../options.js';
import { helpNote } from '../help.js';
import type { Registration } from './registration.js';

const STORE_HELP = `
The store: --db <folder> (embedded PostgreSQL, PGlite) or --db postgres://user@host/database;
else $SELFASSESS_DB; else $SELFASSESS_HOME/db, else $XDG_DATA_HOME/selfassess/db
(~/.local/share/selfassess/db). See docs/database.md.`;

function withStoreOption(command: Command): Command {
  return command.option(
    '--db <folder|url>',
    'the store: a folder (embedded) or a postgres:// URL (default: $SELFASSESS_DB, else the data folder)',
  );
}

function withOutput(command: Command): Command {
  return command
    .addOption(new Option('-f, --format <format>', 'output format').choices(DB_FORMATS).default('table'))
    .option('-o, --output <file>', 'file to write (default: standard output; required for xlsx)')
    .option('--force', 'replace the output file if it exists');
}

function withQueryOptions(command: Command): Command {
  return withOutput(withStoreOption(command))
    .option(
      '--lang <language>',
      "language of headers, statuses and labels (bands, sections, categories, regions): en or fr (default: your locale's)",
    )
    .option('--cycle <period>', 'only this reporting period')
    .option('--checklist <id>', 'only this checklist')
    .option('--party <code>', 'only this State or organization (e.g. FRA)')
    .option('--region <code|name>', 'only the States of this UN M49 region or sub-region (e.g. 002 or "Sub-Saharan Africa")');
}

function withIngestOptions(command: Command): Command {
  return withStoreOption(command)
    .addOption(new Option('-f, --format <format>', 'output format').choices(INGEST_FORMATS).default('table'))
    .option('--lang <language>', 'language of the messages: en or fr')
    .option('--checklists <dir>', 'folder of checklists (any version) that reports may name, besides the bundled ones')
    .option('--catalogues <dir>', 'folder of additional instrument catalogues')
    .option('--trusted-keys <dir>', "folder of trusted public keys (*.pub): check each report's signature (<file>.sig)")
    .addOption(new Option('-j, --jobs <n>', 'files validated in parallel (default: the number of CPUs)').argParser(parsePositiveInteger));
}

/** `selfassess db …`: the store of submissions. Each subcommand's module is imported only when it runs. */
export function registerDb({ program, context, setExit }: Registration): void {
  const db = program
    .command('db')
    .description('store received reports in a database and ask it who submitted, trends, needs and the provisions matrix')
    .addHelpText('after', helpNote(context, STORE_HELP));

  withIngestOptions(
    db
      .command('ingest')
      .description(
        'validate reports exactly as "validate" does, store the accepted ones and record the rejected ones (exit 1 if any is rejected)',
      )
      .argument('<patterns...>', 'report files, directories or glob patterns'),
  ).action(async (patterns: string[], options: DbIngestOptions) => {
    const { dbIngestCommand } = await import('../commands/db-ingest.js');
    setExit(await dbIngestCommand(patterns, options, context));
  });

  withIngestOptions(
    db
      .command('rebuild')
      .description('empty the store and ingest again every *.report.json below these folders: the files are the source of truth')
      .argument('<dirs...>', 'folders of report files'),
  ).action(async (dirs: string[], options: DbIngestOptions) => {
    const { dbRebuildCommand } = await import('../commands/db-ingest.js');
    setExit(await dbRebuildCommand(dirs, options, context));
  });

  const questions = [
    ['status', 'per period and checklist: accepted, superseded, rejected and not submitted; signed or not'],
    ['trend', "each party's overall, section and pillar scores over periods, with the changes, band caps and core obligations"],
    ['needs', 'technical-assistance needs across parties, by category, section and provision'],
    ['matrix', 'parties × provisions: met, partly, not met or unknown (latest period of each party unless --cycle)'],
  ] as const;
  for (const [name, description] of questions) {
    withQueryOptions(db.command(name).description(description)).action(async (options: DbQueryOptions) => {
      const { dbQuestionCommand } = await import('../commands/db-queries.js');
      setExit(await dbQuestionCommand(name, options, context));
    });
  }

  withQueryOptions(
    db.command('export').description('every answer of the current submissions, long (one row per answer) or wide (one row per submission)'),
  )
    .addOption(new Option('--shape <shape>', 'long or wide').choices(['long', 'wide'] as const).default('long'))
    .option('--redact', 'leave out respondent names and contacts (personal data)')
    .action(async (options: DbExportOptions) => {
      const { dbExportCommand } = await import('../commands/db-queries.js');
      setExit(await dbExportCommand(options, context));
    });

  withOutput(
    withStoreOption(
      db
        .command('query')
        .description('run one read-only SQL statement over the documented views (docs/database.md)')
        .argument('<sql>', 'a SELECT statement'),
    ),
  )
    .option('--lang <language>', 'language of the messages: en or fr')
    .action(async (sql: string, options: DbQueryOptions) => {
      const { dbSqlCommand } = await import('../commands/db-queries.js');
      setExit(await dbSqlCommand(sql, options, context));
    });
}
