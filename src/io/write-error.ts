import type { Phrase } from '../domain/diagnostic.js';
import { filePhrase } from '../i18n/file-messages.js';
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

/** An operating-system error of a write in plain words (the system's own message when it is none of these). */
export function writeReason(error: unknown): Phrase | string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return filePhrase('write.no-folder');
  if (code === 'EACCES' || code === 'EPERM') return filePhrase('write.permission');
  if (code === 'EROFS') return filePhrase('write.read-only');
  if (code === 'ENOSPC') return filePhrase('write.disk-full');
  if (code === 'EDQUOT') return filePhrase('write.quota');
  if (code === 'EIO') return filePhrase('write.io');
  if (code === 'EFBIG') return filePhrase('write.too-large');
  if (code === 'EISDIR') return filePhrase('write.directory-named');
  return error instanceof Error ? error.message : String(error);
}
