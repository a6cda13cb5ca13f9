import type { Phrase } from '../domain/diagnostic.js';
import { writeText } from '../i18n/write-text.js';

/**
 * A write that failed for a reason the user can fix (a missing folder, a full
 * disk, a link at the target). It carries a phrase, so that the command or the
 * assessment session says it in the user's language; its `message` is the
 * English sentence, for logs and for callers that do not choose.
 */
export class WriteError extends Error {
  constructor(readonly text: Phrase) {
    super(writeText(text, 'en'));
    this.name = 'WriteError';
  }
}

/** Why a write failed, in a language: the phrase of a WriteError, else the error's own message. */
export function writeErrorText(error: unknown, language: string | undefined): string {
  if (error instanceof WriteError) return writeText(error.text, language);
  return error instanceof Error ? error.message : String(error);
}
