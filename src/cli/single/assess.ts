import { assessCommand } from '../commands/assess.js';
import type { CliContext } from '../context.js';
import { runProgramWith } from '../program-core.js';
import { declareAssess } from '../register/assess-declaration.js';

/**
 * `selfassess assess …` with the program reduced to that command: its options,
 * help and errors are those of the full program (same declaration, same
 * program-wide options), without building the others. scripts/build.mjs
 * bundles this file apart, with the command's code (imported here, not by an
 * import(), so that the bundle holds it and no file of its own), so that Node
 * loads a few modules holding what the command needs instead of dozens of shared chunks.
 */
export async function runSingle(argv: string[], context: CliContext): Promise<number> {
  return runProgramWith(argv, context, (registration) => declareAssess(registration, async () => assessCommand));
}
