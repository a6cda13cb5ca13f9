import type { SchemaOptions } from '../commands/schema.js';
import type { Registration } from './registration.js';

/** `selfassess schema`: its arguments and options; the command's module is imported only when it runs. */
export function registerSchema({ program, context, setExit }: Registration): void {
  program
    .command('schema')
    .description('write the JSON Schemas generated from the document definitions')
    .option('--out <dir>', 'folder to write them to', 'schemas')
    .option('--check', 'do not write; exit 1 if the folder is not up to date')
    .action(async (options: SchemaOptions) => {
      const { schemaCommand } = await import('../commands/schema.js');
      setExit(await schemaCommand(options, context));
    });
}
