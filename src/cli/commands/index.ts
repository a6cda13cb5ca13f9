import { Option, type Command } from 'commander';
import { DIAGNOSTIC_FORMATS } from '../../format/diagnostics/index.js';
import type { CliContext } from '../context.js';
import { parseFailOn, parseNonNegativeInteger } from '../options.js';

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
    .command('coverage')
    .description('show which provisions of the cited catalogues a checklist covers (exit 1 if any in scope is not)')
    .argument('<checklist>', 'a checklist file, or the id of a bundled checklist')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json'] as const).default('table'))
    .option('--catalogues <dir>', 'folder of additional instrument catalogues')
    .option('--lang <language>', 'language of provision titles')
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
}
