import type { ShowOptions } from '../commands/show.js';
import type { Registration } from './registration.js';

/** `selfassess show`: its arguments and options; the command's module is imported only when it runs. */
export function registerShow({ program, context, setExit }: Registration): void {
  program
    .command('show')
    .description('print the summary of a report: score, band, bars per section and pillar, largest gaps')
    .argument('<report>', 'a report file (*.report.json)')
    .option('--lang <language>', "language of the summary (default: the report's)")
    .option('--checklists <dir>', 'folder holding the checklist the report was made with, if not bundled')
    .option('--catalogues <dir>', 'folder of additional instrument catalogues')
    .action(async (report: string, options: ShowOptions) => {
      const { showCommand } = await import('../commands/show.js');
      setExit(await showCommand(report, options, context));
    });
}
