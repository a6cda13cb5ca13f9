import { Option, type Command } from 'commander';
import { DIAGNOSTIC_FORMATS } from '../../format/diagnostics/index.js';
import { VALIDATE_FORMATS } from '../../format/validate/formats.js';
import type { CliContext } from '../context.js';
import { parseFailOn, parseNonNegativeInteger, parsePositiveInteger } from '../options.js';
import { registerDbCommands } from './db-register.js';

type SetExit = (code: number) => void;

/**
 * Declares every command and its options. The code that runs a command is
 * imported only inside its action, so `--help` loads none of it.
 */
export function registerCommands(program: Command, context: CliContext, setExit: SetExit): void {
  program
    .command('lint')
    .description('check checklists and instrument catalogues: schema, then semantic rules')
    .argument('<patterns...>', 'files, directories or glob patterns (YAML or JSON)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(DIAGNOSTIC_FORMATS).default('stylish'))
    .addOption(new Option('--fail-on <severity>', 'lowest severity that fails (exit 1): error or warning').argParser(parseFailOn).default('error'))
    .addOption(new Option('--max-warnings <n>', 'fail when there are more warnings than this').argParser(parseNonNegativeInteger))
    .option('--catalogues <dir>', 'folder of additional instrument catalogues')
    .action(async (patterns: string[], options: import('./lint.js').LintOptions) => {
      const { lintCommand } = await import('./lint.js');
      setExit(await lintCommand(patterns, options, context));
    });

  program
    .command('validate')
    .description('validate reports, answers, drafts, checklists and catalogues completely: schema, checklist, answers, scores, digest')
    .argument('<patterns...>', 'files, directories or glob patterns (JSON or YAML)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(VALIDATE_FORMATS).default('table'))
    .addOption(new Option('--fail-on <severity>', 'lowest severity that fails (exit 1): error or warning').argParser(parseFailOn).default('error'))
    .addOption(new Option('--max-warnings <n>', 'fail when there are more warnings than this').argParser(parseNonNegativeInteger))
    .option('--checklists <dir>', 'folder of checklists (any version) that reports may name, besides the bundled ones')
    .option('--catalogues <dir>', 'folder of additional instrument catalogues')
    .option('--trusted-keys <dir>', 'folder of trusted public keys (*.pub): check each report\'s signature (<file>.sig)')
    .addOption(new Option('-j, --jobs <n>', 'files validated in parallel (default: the number of CPUs; 1 = serially)').argParser(parsePositiveInteger))
    .action(async (patterns: string[], options: import('./validate.js').ValidateOptions) => {
      const { validateCommand } = await import('./validate.js');
      setExit(await validateCommand(patterns, options, context));
    });

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
    .action(async (checklist: string, options: import('./coverage.js').CoverageOptions) => {
      const { coverageCommand } = await import('./coverage.js');
      setExit(await coverageCommand(checklist, options, context));
    });

  program
    .command('list')
    .description('list the bundled checklists')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json'] as const).default('table'))
    .option('--lang <language>', 'language of the titles')
    .action(async (options: import('./list.js').ListOptions) => {
      const { listCommand } = await import('./list.js');
      setExit(await listCommand(options, context));
    });

  program
    .command('schema')
    .description('write the JSON Schemas generated from the document definitions')
    .option('--out <dir>', 'folder to write them to', 'schemas')
    .option('--check', 'do not write; exit 1 if the folder is not up to date')
    .action(async (options: import('./schema.js').SchemaOptions) => {
      const { schemaCommand } = await import('./schema.js');
      setExit(await schemaCommand(options, context));
    });

  program
    .command('keygen')
    .description('make an Ed25519 key pair for signing: <name>.key (private, mode 0600) and <name>.pub (public)')
    .requiredOption('-o, --output <name>', 'name of the key files, without extension (never overwritten)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json'] as const).default('text'))
    .action(async (options: import('./keygen.js').KeygenOptions) => {
      const { keygenCommand } = await import('./keygen.js');
      setExit(await keygenCommand(options, context));
    });

  program
    .command('sign')
    .description('write a detached signature <file>.sig over the canonical content of a report, checklist or other document')
    .argument('<file>', 'the document to sign (YAML or JSON)')
    .requiredOption('--key <private>', 'your private key (.key) made by "selfassess keygen"')
    .option('--force', 'replace an existing .sig file')
    .action(async (file: string, options: import('./sign.js').SignOptions) => {
      const { signCommand } = await import('./sign.js');
      setExit(await signCommand(file, options, context));
    });

  program
    .command('verify')
    .description("check a document's detached signature against the signer's public key")
    .argument('<file>', 'the signed document (YAML or JSON)')
    .requiredOption('--key <public>', "the signer's public key (.pub); check its fingerprint with the signer")
    .option('--signature <file>', 'the signature file (default: <file>.sig)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json'] as const).default('text'))
    .addHelpText(
      'after',
      `
Results and exit codes:
  0  valid                        signed with this key, and unchanged since
  1  signature-missing            no .sig file
  1  signature-wrong-key          signed with another key than the one given
  1  signature-document-altered   the document changed after it was signed
  1  signature-invalid            the .sig does not verify: forged or corrupted
  1  signature-malformed          the .sig is not a valid signature document
  2  the key or the document cannot be used (not found, not a key, a private key given)
`,
    )
    .action(async (file: string, options: import('./verify.js').VerifyOptions) => {
      const { verifyCommand } = await import('./verify.js');
      setExit(await verifyCommand(file, options, context));
    });

  program
    .command('assess')
    .description('answer a checklist question by question in a terminal, and get the scored report (drafts are saved after every answer)')
    .argument('[checklist]', 'a checklist file, or the id of a bundled checklist', undefined)
    .option('--lang <language>', 'language of the assessment (default: asked, proposing your locale\'s)')
    .option('--from <report>', 'start a new cycle from a previous report: its answers are proposed, to confirm or change')
    .option('--resume [draft]', 'resume a saved draft (without a file: choose among the saved ones)')
    .option('-o, --output <file>', 'where to write the report (default: <country>-<checklist>-<period>.report.json)')
    .option('--plain', 'line-by-line prompts without colour or cursor movement (screen readers, logs)')
    .option('--force', 'replace an existing report file')
    .option('--publisher-key <public>', "refuse the checklist unless its .sig holds for this publisher's public key (.pub)")
    .addHelpText(
      'after',
      `
Drafts are kept in $SELFASSESS_HOME/drafts, else $XDG_STATE_HOME/selfassess/drafts
(~/.local/state/selfassess/drafts; %LOCALAPPDATA%\\selfassess\\drafts on Windows).
Needs a terminal: without one, use "selfassess template" and "selfassess score".`,
    )
    .action(async (checklist: string | undefined, options: import('./assess.js').AssessOptions) => {
      const { assessCommand } = await import('./assess.js');
      setExit(await assessCommand(checklist, options, context));
    });

  program
    .command('plan')
    .description('a draft national action plan from a report: each unmet core obligation, gap and unknown with the measures that answer it; or, with --progress, progress against a plan')
    .argument('<report>', 'a report file (*.report.json)')
    .option('--measures <file|dir>', 'implementation measures (default: the bundled ones)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['md', 'html', 'csv', 'json', 'xlsx'] as const).default('md'))
    .addOption(new Option('--group <by>', 'group the plan by pillar or by section').choices(['none', 'pillar', 'section'] as const).default('none'))
    .option('--progress <plan.json>', 'compare the report with a plan made from an earlier report (written with --format json)')
    .option('--lang <language>', "language of the plan (default: the report's)")
    .option('-o, --output <file>', 'file to write (default: standard output)')
    .option('--force', 'replace the output file if it exists')
    .option('--checklists <dir>', 'folder holding the checklist the report was made with, if not bundled')
    .option('--catalogues <dir>', 'folder of additional instrument catalogues')
    .action(async (report: string, options: import('./plan.js').PlanOptions) => {
      const { planCommand } = await import('./plan.js');
      setExit(await planCommand(report, options, context));
    });

  program
    .command('render')
    .description('render a report to print or share: an A4 page (html, or pdf through Chromium), Markdown, or CSV with one row per question')
    .argument('<report>', 'a report file (*.report.json)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['html', 'md', 'csv', 'pdf'] as const).default('html'))
    .option('--lang <language>', "language of the page (default: the report's)")
    .option('-o, --output <file>', 'file to write (default: standard output; required for pdf)')
    .option('--force', 'replace the output file if it exists')
    .option('--trusted-keys <dir>', "folder of trusted signers' public keys (*.pub): show whether the report's signature is valid")
    .option('--checklists <dir>', 'folder holding the checklist the report was made with, if not bundled')
    .option('--catalogues <dir>', 'folder of additional instrument catalogues')
    .option('--browser <path>', 'Chromium-based browser that prints the pdf (default: chromium on the PATH)')
    .action(async (report: string, options: import('./render.js').RenderOptions) => {
      const { renderCommand } = await import('./render.js');
      setExit(await renderCommand(report, options, context));
    });

  program
    .command('show')
    .description('print the summary of a report: score, band, bars per section and pillar, largest gaps')
    .argument('<report>', 'a report file (*.report.json)')
    .option('--lang <language>', "language of the summary (default: the report's)")
    .option('--checklists <dir>', 'folder holding the checklist the report was made with, if not bundled')
    .option('--catalogues <dir>', 'folder of additional instrument catalogues')
    .action(async (report: string, options: import('./show.js').ShowOptions) => {
      const { showCommand } = await import('./show.js');
      setExit(await showCommand(report, options, context));
    });

  program
    .command('template')
    .description('write an answers file to fill in an editor: every question, its codes and help as comments')
    .argument('<checklist>', 'a checklist file, or the id of a bundled checklist')
    .option('--lang <language>', "language of the comments and texts (default: your locale's if the checklist has it, else its first)")
    .option('--sections <ids>', 'only these sections, comma-separated (repeatable): a file per department', (value: string, previous: string[] | undefined) => [
      ...(previous ?? []),
      ...value.split(',').map((s) => s.trim()).filter((s) => s !== ''),
    ])
    .option('-o, --output <file>', 'file to write (default: standard output)')
    .option('--force', 'replace the output file if it exists')
    .option('--checklists <dir>', 'folder of further checklists, addressed by id')
    .action(async (checklist: string, options: import('./template.js').TemplateCommandOptions) => {
      const { templateCommand } = await import('./template.js');
      setExit(await templateCommand(checklist, options, context));
    });

  program
    .command('score')
    .description('score a filled answers file (or a draft) into a report; errors are shown with file:line:col (exit 1)')
    .argument('<answers>', 'an answers file (YAML or JSON) or a draft')
    .option('--checklist <id|file>', 'the checklist, if not the bundled one or one in --checklists that the answers name')
    .option('--checklists <dir>', 'folder holding the checklist the answers name, if not bundled')
    .option('-o, --output <file>', 'report file; "-" for standard output (default: <party>-<checklist>-<period>.report.json)')
    .option('--force', 'replace the report file if it exists')
    .action(async (answers: string, options: import('./score.js').ScoreOptions) => {
      const { scoreCommand } = await import('./score.js');
      setExit(await scoreCommand(answers, options, context));
    });

  program
    .command('merge')
    .description('join answer files filled by different departments; conflicting answers are reported (exit 1)')
    .argument('<answers...>', 'answers files or drafts (YAML or JSON), or glob patterns')
    .requiredOption('-o, --output <file>', 'merged answers file to write; "-" for standard output')
    .option('--force', 'replace the output file if it exists')
    .option('--checklist <id|file>', 'the checklist, if not the bundled one or one in --checklists that the answers name')
    .option('--checklists <dir>', 'folder holding the checklist the answers name, if not bundled')
    .action(async (answers: string[], options: import('./merge.js').MergeOptions) => {
      const { mergeCommand } = await import('./merge.js');
      setExit(await mergeCommand(answers, options, context));
    });

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
    .action(async (reports: string[], options: import('./compare.js').CompareOptions) => {
      const { compareCommand } = await import('./compare.js');
      setExit(await compareCommand(reports, options, context));
    });

  registerDbCommands(program, context, setExit);
}
