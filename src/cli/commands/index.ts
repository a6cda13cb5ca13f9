import { Option, type Command } from 'commander';
import { DIAGNOSTIC_FORMATS } from '../../format/diagnostics/index.js';
import type { CliContext } from '../context.js';
import { parseFailOn, parseNonNegativeInteger } from '../options.js';

type SetExit = (code: number) => void;

/**
 * Declares every command and its options. The code that runs a command is
 * imported only inside its action, so `--help` loads none of it.
 */
export function registerCommands(program: Command, context: CliContext, setExit: SetExit): void {
  program
    .command('lint')
    .description('check checklists and instrument catalogues: schema, then semantic rules')
    .argument('<patterns...>', 'files, directories or glob patterns (YAML or JSON)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(DIAGNOSTIC_FORMATS).default('stylish'))
    .addOption(new Option('--fail-on <severity>', 'lowest severity that fails (exit 1): error or warning').argParser(parseFailOn).default('error'))
    .addOption(new Option('--max-warnings <n>', 'fail when there are more warnings than this').argParser(parseNonNegativeInteger))
    .option('--catalogues <dir>', 'folder of additional instrument catalogues')
    .action(async (patterns: string[], options: import('./lint.js').LintOptions) => {
      const { lintCommand } = await import('./lint.js');
      setExit(await lintCommand(patterns, options, context));
    });

  program
    .command('coverage')
    .description('show which provisions of the cited catalogues a checklist covers (exit 1 if any in scope is not)')
    .argument('<checklist>', 'a checklist file, or the id of a bundled checklist')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json'] as const).default('table'))
    .option('--catalogues <dir>', 'folder of additional instrument catalogues')
    .option('--lang <language>', 'language of provision titles')
    .action(async (checklist: string, options: import('./coverage.js').CoverageOptions) => {
      const { coverageCommand } = await import('./coverage.js');
      setExit(await coverageCommand(checklist, options, context));
    });

  program
    .command('list')
    .description('list the bundled checklists')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json'] as const).default('table'))
    .option('--lang <language>', 'language of the titles')
    .action(async (options: import('./list.js').ListOptions) => {
      const { listCommand } = await import('./list.js');
      setExit(await listCommand(options, context));
    });

  program
    .command('schema')
    .description('write the JSON Schemas generated from the document definitions')
    .option('--out <dir>', 'folder to write them to', 'schemas')
    .option('--check', 'do not write; exit 1 if the folder is not up to date')
    .action(async (options: import('./schema.js').SchemaOptions) => {
      const { schemaCommand } = await import('./schema.js');
      setExit(await schemaCommand(options, context));
    });
}
