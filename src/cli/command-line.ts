import { howInvoked, toolCommandLine } from '../io/invocation.js';
import type { CliContext } from './context.js';

/**
 * A command to print for the user to type, written as it runs where they are
 * (`selfassess …` when that is this program, else `node "…/bin/selfassess.js" …`):
 * after `npm start` in a clone, "selfassess lint" would not be found.
 */
export function commandLine(context: CliContext, command: string, args: readonly string[] = []): string {
  return toolCommandLine(howInvoked(context.env), command, args);
}

/** The command being run, as typed, to run again once the user has fixed what it reported. */
export function sameCommandLine(context: CliContext): string {
  const [command = '', ...args] = context.argv ?? [];
  return commandLine(context, command, args);
}
