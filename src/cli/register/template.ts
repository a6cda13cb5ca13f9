import type { TemplateCommandOptions } from '../commands/template.js';
import type { Registration } from './registration.js';

/** `selfassess template`: its arguments and options; the command's module is imported only when it runs. */
export function registerTemplate({ program, context, setExit }: Registration): void {
  program
    .command('template')
    .description('write an answers file to fill in an editor: every question, its codes and help as comments')
    .argument('<checklist>', 'a checklist file, or the id of a bundled checklist')
    .option('--lang <language>', "language of the comments and texts (default: your locale's if the checklist has it, else its first)")
    .option(
      '--sections <ids>',
      'only these sections, comma-separated (repeatable): a file per department',
      (value: string, previous: string[] | undefined) => [
        ...(previous ?? []),
        ...value
          .split(',')
          .map((s) => s.trim())
          .filter((s) => s !== ''),
      ],
    )
    .option('-o, --output <file>', 'file to write (default: standard output)')
    .option('--force', 'replace the output file if it exists')
    .option('--checklists <dir>', 'folder of further checklists, addressed by id')
    .action(async (checklist: string, options: TemplateCommandOptions) => {
      const { templateCommand } = await import('../commands/template.js');
      setExit(await templateCommand(checklist, options, context));
    });
}
