import { Option } from 'commander';
import type { PlanOptions } from '../commands/plan.js';
import type { Registration } from './registration.js';

/** `selfassess plan`: its arguments and options; the command's module is imported only when it runs. */
export function registerPlan({ program, context, setExit }: Registration): void {
  program
    .command('plan')
    .description(
      'a draft national action plan from a report: each unmet core obligation, gap and unknown with the measures that answer it; or, with --progress, progress against a plan',
    )
    .argument('<report>', 'a report file (*.report.json)')
    .option('--measures <file|dir>', 'implementation measures (default: the bundled ones)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['md', 'html', 'csv', 'json', 'xlsx'] as const).default('md'))
    .addOption(
      new Option('--group <by>', 'group the plan by pillar or by section').choices(['none', 'pillar', 'section'] as const).default('none'),
    )
    .option('--progress <plan.json>', 'compare the report with a plan made from an earlier report (written with --format json)')
    .option('--lang <language>', "language of the plan (default: the report's)")
    .option('-o, --output <file>', 'file to write (default: standard output)')
    .option('--force', 'replace the output file if it exists')
    .option('--checklists <dir>', 'folder holding the checklist the report was made with, if not bundled')
    .option('--catalogues <dir>', 'folder of additional instrument catalogues')
    .action(async (report: string, options: PlanOptions) => {
      const { planCommand } = await import('../commands/plan.js');
      setExit(await planCommand(report, options, context));
    });
}
