import type { Command } from 'commander';
import type { CliContext } from '../context.js';

/** What a command's registration needs: the program to add it to, and where its result goes. */
export interface Registration {
  program: Command;
  context: CliContext;
  /** Receives the command's exit code (cli/exit-codes.ts); only main.ts sets process.exitCode. */
  setExit: (code: number) => void;
}
