import type { Command } from 'commander';
import type { CliContext } from './context.js';
import { buildProgramWith, runProgramWith } from './program-core.js';
import { registerCommands } from './register/index.js';

/** The program with every command; each command's module is imported only when it runs. */
export function buildProgram(context: CliContext, setExit: (code: number) => void): Command {
  return buildProgramWith(context, setExit, registerCommands);
}

export async function runProgram(argv: string[], context: CliContext): Promise<number> {
  return runProgramWith(argv, context, registerCommands);
}
