import { Option } from 'commander';
import type { CoverageOptions } from '../commands/coverage.js';
import type { Registration } from './registration.js';

/** `selfassess coverage`: its arguments and options; the command's module is imported only when it runs. */
export function registerCoverage({ program, context, setExit }: Registration): void {
  program
    .command('coverage')
    .description('show which provisions of the cited catalogues a checklist covers (exit 1 if any in scope is not)')
    .argument('<checklist>', 'a checklist file, or the id of a bundled checklist')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json'] as const).default('table'))
    .option('--catalogues <dir>', 'folder of additional instrument catalogues')
    .option('--lang <language>', 'language of provision titles')
    .addOption(
      new Option('--level <level>', 'only provisions of this level of obligation, and who covers them').choices([
        'mandatory',
        'qualified',
        'recommended',
        'consider',
        'none',
      ] as const),
    )
    .option('--measures [file]', 'also say which implementation measures implement each provision (default: the bundled ones)')
    .action(async (checklist: string, options: CoverageOptions) => {
      const { coverageCommand } = await import('../commands/coverage.js');
      setExit(await coverageCommand(checklist, options, context));
    });
}
