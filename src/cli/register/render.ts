import { Option } from 'commander';
import type { RenderOptions } from '../commands/render.js';
import type { Registration } from './registration.js';

/** `selfassess render`: its arguments and options; the command's module is imported only when it runs. */
export function registerRender({ program, context, setExit }: Registration): void {
  program
    .command('render')
    .description(
      'render a report to print or share: an A4 page (html, or pdf through Chromium), Markdown, or CSV with one row per question',
    )
    .argument('<report>', 'a report file (*.report.json)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['html', 'md', 'csv', 'pdf'] as const).default('html'))
    .option('--lang <language>', "language of the page (default: the report's)")
    .option('-o, --output <file>', 'file to write (default: standard output; required for pdf)')
    .option('--force', 'replace the output file if it exists')
    .option('--trusted-keys <dir>', "folder of trusted signers' public keys (*.pub): show whether the report's signature is valid")
    .option('--checklists <dir>', 'folder holding the checklist the report was made with, if not bundled')
    .option('--catalogues <dir>', 'folder of additional instrument catalogues')
    .option('--browser <path>', 'Chromium-based browser that prints the pdf (default: chromium on the PATH)')
    .action(async (report: string, options: RenderOptions) => {
      const { renderCommand } = await import('../commands/render.js');
      setExit(await renderCommand(report, options, context));
    });
}
