import { findFiles } from '../io/find-files.js';
import type { CliContext } from './context.js';
import { UsageError } from './errors.js';

/** Expands patterns; one that matches nothing is a usage error in every command. */
export async function selectFiles(patterns: readonly string[], context: CliContext): Promise<string[]> {
  const { files, unmatched } = await findFiles(patterns, context.cwd);
  if (unmatched.length > 0) {
    const list = unmatched.map((p) => `"${p}"`).join(', ');
    throw new UsageError(
      `${unmatched.length === 1 ? 'pattern' : 'patterns'} ${list} matched no file — check the path, or quote a glob so that the shell does not expand it`,
    );
  }
  return files;
}
