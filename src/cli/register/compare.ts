import { Option } from 'commander';
import type { CompareOptions } from '../commands/compare.js';
import type { Registration } from './registration.js';

/** `selfassess compare`: its arguments and options; the command's module is imported only when it runs. */
export function registerCompare({ program, context, setExit }: Registration): void {
  program
    .command('compare')
    .description("compare reports of one checklist: countries (or one country's periods) by section and pillar; for periods, what changed")
    .argument('<reports...>', 'two or more report files')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'csv', 'json', 'xlsx'] as const).default('table'))
    .option('--lang <language>', 'language of titles and labels (default: that of the first report)')
    .option('-o, --output <file>', 'file to write (default: standard output; required for xlsx)')
    .option('--force', 'replace the output file if it exists')
    .option('--checklists <dir>', 'folder holding the checklists (or checklist versions) the reports were made with, if not bundled')
    .option('--catalogues <dir>', 'folder of additional instrument catalogues')
    .action(async (reports: string[], options: CompareOptions) => {
      const { compareCommand } = await import('../commands/compare.js');
      setExit(await compareCommand(reports, options, context));
    });
}
