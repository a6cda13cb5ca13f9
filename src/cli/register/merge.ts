import type { MergeOptions } from '../commands/merge.js';
import type { Registration } from './registration.js';

/** `selfassess merge`: its arguments and options; the command's module is imported only when it runs. */
export function registerMerge({ program, context, setExit }: Registration): void {
  program
    .command('merge')
    .description('join answer files filled by different departments; conflicting answers are reported (exit 1)')
    .argument('<answers...>', 'answers files or drafts (YAML or JSON), or glob patterns')
    .requiredOption('-o, --output <file>', 'merged answers file to write; "-" for standard output')
    .option('--force', 'replace the output file if it exists')
    .option('--checklist <id|file>', 'the checklist, if not the bundled one or one in --checklists that the answers name')
    .option('--checklists <dir>', 'folder holding the checklist the answers name, if not bundled')
    .action(async (answers: string[], options: MergeOptions) => {
      const { mergeCommand } = await import('../commands/merge.js');
      setExit(await mergeCommand(answers, options, context));
    });
}
