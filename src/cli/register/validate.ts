import { Option } from 'commander';
import { VALIDATE_FORMATS } from '../../format/validate/formats.js';
import type { ValidateOptions } from '../commands/validate.js';
import { parseFailOn, parseNonNegativeInteger, parsePositiveInteger } from '../options.js';
import type { Registration } from './registration.js';

/** `selfassess validate`: its arguments and options; the command's module is imported only when it runs. */
export function registerValidate({ program, context, setExit }: Registration): void {
  program
    .command('validate')
    .description('validate reports, answers, drafts, checklists and catalogues completely: schema, checklist, answers, scores, digest')
    .argument('<patterns...>', 'files, directories or glob patterns (JSON or YAML)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(VALIDATE_FORMATS).default('table'))
    .addOption(
      new Option('--fail-on <severity>', 'lowest severity that fails (exit 1): error or warning').argParser(parseFailOn).default('error'),
    )
    .addOption(new Option('--max-warnings <n>', 'fail when there are more warnings than this').argParser(parseNonNegativeInteger))
    .option('--checklists <dir>', 'folder of checklists (any version) that reports may name, besides the bundled ones')
    .option('--catalogues <dir>', 'folder of additional instrument catalogues')
    .option('--trusted-keys <dir>', "folder of trusted public keys (*.pub): check each report's signature (<file>.sig)")
    .addOption(
      new Option('-j, --jobs <n>', 'files validated in parallel (default: the number of CPUs; 1 = serially)').argParser(
        parsePositiveInteger,
      ),
    )
    .action(async (patterns: string[], options: ValidateOptions) => {
      const { validateCommand } = await import('../commands/validate.js');
      setExit(await validateCommand(patterns, options, context));
    });
}
