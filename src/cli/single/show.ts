import type { CliContext } from '../context.js';
import { runProgramWith } from '../program-core.js';
import { registerShow } from '../register/show.js';

/**
 * `selfassess show …` with the program reduced to that command: its options,
 * help and errors are those of the full program (same registration, same
 * program-wide options), without building the others. scripts/build.mjs
 * bundles this file alone, with the command's code, into one file, so that
 * Node resolves and reads one module instead of dozens of shared chunks.
 */
export async function runSingle(argv: string[], context: CliContext): Promise<number> {
  return runProgramWith(argv, context, registerShow);
}
