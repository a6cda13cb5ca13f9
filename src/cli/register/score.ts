import type { ScoreOptions } from '../commands/score.js';
import type { Registration } from './registration.js';

/** `selfassess score`: its arguments and options; the command's module is imported only when it runs. */
export function registerScore({ program, context, setExit }: Registration): void {
  program
    .command('score')
    .description('score a filled answers file (or a draft) into a report; errors are shown with file:line:col (exit 1)')
    .argument('<answers>', 'an answers file (YAML or JSON) or a draft')
    .option('--checklist <id|file>', 'the checklist, if not the bundled one or one in --checklists that the answers name')
    .option('--checklists <dir>', 'folder holding the checklist the answers name, if not bundled')
    .option('-o, --output <file>', 'report file; "-" for standard output (default: <party>-<checklist>-<period>.report.json)')
    .option('--force', 'replace the report file if it exists')
    .action(async (answers: string, options: ScoreOptions) => {
      const { scoreCommand } = await import('../commands/score.js');
      setExit(await scoreCommand(answers, options, context));
    });
}
