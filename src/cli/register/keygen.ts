import { Option } from 'commander';
import type { KeygenOptions } from '../commands/keygen.js';
import type { Registration } from './registration.js';

/** `selfassess keygen`: its arguments and options; the command's module is imported only when it runs. */
export function registerKeygen({ program, context, setExit }: Registration): void {
  program
    .command('keygen')
    .description('make an Ed25519 key pair for signing: <name>.key (private, mode 0600) and <name>.pub (public)')
    .requiredOption('-o, --output <name>', 'name of the key files, without extension (never overwritten)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json'] as const).default('text'))
    .action(async (options: KeygenOptions) => {
      const { keygenCommand } = await import('../commands/keygen.js');
      setExit(await keygenCommand(options, context));
    });
}
