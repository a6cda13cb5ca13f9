import { phrase } from '../domain/diagnostic.js';
import path from 'node:path';
import { FileExistsError, writeFileAtomic } from '../io/write-atomic.js';
import { WriteError } from '../io/write-error.js';
import { say, type CliContext } from './context.js';
import { UserError } from './errors.js';
import { EXIT } from './exit-codes.js';

/**
 * Writes a command's output file atomically (`-` is standard output). An
 * existing file, a missing folder or a refused write is the user's to fix:
 * one clear message and exit 2, never an "internal error".
 */
export async function writeOutput(
  target: string,
  content: string | Uint8Array,
  force: boolean,
  context: CliContext,
  options: { announce?: boolean } = {},
): Promise<void> {
  if (target === '-') {
    context.stdout.write(content);
    return;
  }
  try {
    await writeFileAtomic(path.resolve(context.cwd, target), content, { force });
  } catch (error) {
    if (error instanceof FileExistsError) {
      throw new UserError(phrase('cli.exists', { file: target }), EXIT.usage);
    }
    // A phrase, so that the command says it in its language.
    if (error instanceof WriteError) throw new UserError(error.text, EXIT.usage);
    throw new UserError(error instanceof Error ? error.message : String(error), EXIT.usage);
  }
  if (options.announce) say(context, phrase('cli.wrote', { file: target }));
}
