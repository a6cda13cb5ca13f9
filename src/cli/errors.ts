import { EXIT, type ExitCode } from './exit-codes.js';

/**
 * An error the user can fix: printed as one clear message, never with a stack
 * trace, and mapped to an exit code.
 */
export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCode = EXIT.usage,
  ) {
    super(message);
    this.name = 'UserError';
  }
}

export class UsageError extends UserError {
  constructor(message: string) {
    super(message, EXIT.usage);
    this.name = 'UsageError';
  }
}
