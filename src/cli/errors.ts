import type { DiagnosticText } from '../domain/diagnostic.js';
import { writeText } from '../i18n/write-text.js';
import { EXIT, type ExitCode } from './exit-codes.js';

/**
 * An error the user can fix: printed as one clear message, never with a stack
 * trace, and mapped to an exit code. Its text is a phrase of the catalogues,
 * written in the command's language when printed (a plain string is an
 * English sentence not yet moved there).
 */
export class UserError extends Error {
  constructor(
    readonly text: DiagnosticText,
    readonly exitCode: ExitCode = EXIT.usage,
  ) {
    super(writeText(text, 'en'));
    this.name = 'UserError';
  }
}

export class UsageError extends UserError {
  constructor(text: DiagnosticText) {
    super(text, EXIT.usage);
    this.name = 'UsageError';
  }
}
