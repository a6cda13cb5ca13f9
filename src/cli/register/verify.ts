import { Option } from 'commander';
import type { VerifyOptions } from '../commands/verify.js';
import { helpNote } from '../help.js';
import type { Registration } from './registration.js';

/** `selfassess verify`: its arguments and options; the command's module is imported only when it runs. */
export function registerVerify({ program, context, setExit }: Registration): void {
  program
    .command('verify')
    .description("check a document's detached signature against the signer's public key")
    .argument('<file>', 'the signed document (YAML or JSON)')
    .requiredOption('--key <public>', "the signer's public key (.pub); check its fingerprint with the signer")
    .option('--signature <file>', 'the signature file (default: <file>.sig)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json'] as const).default('text'))
    .addHelpText(
      'after',
      helpNote(
        context,
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
      ),
    )
    .action(async (file: string, options: VerifyOptions) => {
      const { verifyCommand } = await import('../commands/verify.js');
      setExit(await verifyCommand(file, options, context));
    });
}
