import type { CliContext } from '../context.js';
import { runProgramWith } from '../program-core.js';
import { registerValidate } from '../register/validate.js';
// The command's code, loaded with the program: the registration's import() then finds it loaded. It
// puts the command in this file's static imports, which the build keeps together (scripts/build.mjs).
import '../commands/validate.js';

/**
 * `selfassess validate …` with the program reduced to that command: its options,
 * help and errors are those of the full program (same registration, same
 * program-wide options), without building the others. scripts/build.mjs
 * bundles this file apart, with the command's code, so that Node loads a few
 * modules holding what the command needs instead of dozens of shared chunks.
 */
export async function runSingle(argv: string[], context: CliContext): Promise<number> {
  return runProgramWith(argv, context, registerValidate);
}
