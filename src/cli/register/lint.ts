import { Option } from 'commander';
import { DIAGNOSTIC_FORMATS } from '../../format/diagnostics/formats.js';
import type { LintOptions } from '../commands/lint.js';
import { parseFailOn, parseNonNegativeInteger } from '../options.js';
import type { Registration } from './registration.js';

/** `selfassess lint`: its arguments and options; the command's module is imported only when it runs. */
export function registerLint({ program, context, setExit }: Registration): void {
  program
    .command('lint')
    .description('check checklists and instrument catalogues: schema, then semantic rules')
    .argument('<patterns...>', 'files, directories or glob patterns (YAML or JSON)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(DIAGNOSTIC_FORMATS).default('stylish'))
    .addOption(
      new Option('--fail-on <severity>', 'lowest severity that fails (exit 1): error or warning').argParser(parseFailOn).default('error'),
    )
    .addOption(new Option('--max-warnings <n>', 'fail when there are more warnings than this').argParser(parseNonNegativeInteger))
    .option('--catalogues <dir>', 'folder of additional instrument catalogues')
    .action(async (patterns: string[], options: LintOptions) => {
      const { lintCommand } = await import('../commands/lint.js');
      setExit(await lintCommand(patterns, options, context));
    });
}
