import { Option } from 'commander';
import type { ListOptions } from '../commands/list.js';
import type { Registration } from './registration.js';

/** `selfassess list`: its arguments and options; the command's module is imported only when it runs. */
export function registerList({ program, context, setExit }: Registration): void {
  program
    .command('list')
    .description('list the bundled checklists')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json'] as const).default('table'))
    .option('--lang <language>', 'language of the titles')
    .action(async (options: ListOptions) => {
      const { listCommand } = await import('../commands/list.js');
      setExit(await listCommand(options, context));
    });
}
