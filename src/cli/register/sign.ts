import type { SignOptions } from '../commands/sign.js';
import type { Registration } from './registration.js';

/** `selfassess sign`: its arguments and options; the command's module is imported only when it runs. */
export function registerSign({ program, context, setExit }: Registration): void {
  program
    .command('sign')
    .description('write a detached signature <file>.sig over the canonical content of a report, checklist or other document')
    .argument('<file>', 'the document to sign (YAML or JSON)')
    .requiredOption('--key <private>', 'your private key (.key) made by "selfassess keygen"')
    .option('--force', 'replace an existing .sig file')
    .action(async (file: string, options: SignOptions) => {
      const { signCommand } = await import('../commands/sign.js');
      setExit(await signCommand(file, options, context));
    });
}
