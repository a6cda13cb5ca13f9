import { expect } from 'vitest';
import type { CliContext } from '../../../src/cli/context.js';
import { runProgram } from '../../../src/cli/program.js';
import { fakeContext } from '../fake-context.js';

/** What a run prints and returns. */
async function outcome(run: (argv: string[], context: CliContext) => Promise<number>, argv: string[]) {
  const { context, stdout, stderr } = fakeContext();
  const code = await run(argv, context);
  return { code, stdout: stdout(), stderr: stderr() };
}

/**
 * The program of one command (src/cli/single/) answers as the full program: help, usage errors
 * and their exit codes, character for character. The command itself is not run by these argv.
 */
export async function expectSameAsProgram(
  runSingle: (argv: string[], context: CliContext) => Promise<number>,
  argv: string[],
): Promise<void> {
  const single = await outcome(runSingle, argv);
  expect(single).toEqual(await outcome(runProgram, argv));
  expect(single.stdout + single.stderr).not.toBe('');
}
