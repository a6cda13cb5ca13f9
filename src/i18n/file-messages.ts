import type { Phrase, PhraseParams } from '../domain/diagnostic.js';
import { CATALOGUES, TOOL_LANGUAGES, type MessageKey, type ToolLanguage } from './messages/index.js';
import { toolLanguage, type Dictionary } from './translate.js';
import { writePhrase } from './write-text.js';

/**
 * The words of the file reader and writer (keys `file.*` of the catalogues):
 * what a file is when it is not a file, and why a write failed.
 */
type FileKeyOf<K> = K extends `file.${infer R}` ? (R extends `${infer B}.${'one' | 'other'}` ? B : R) : never;
export type FileMessageKey = FileKeyOf<MessageKey>;

/** A phrase of the file reader, for a diagnostic: written later in the language asked. */
export function filePhrase(key: FileMessageKey, params?: PhraseParams): Phrase {
  return params === undefined ? { key: `file.${key}` } : { key: `file.${key}`, params };
}

/** A sentence of the file reader, now, in a language (plural forms chosen by `count`). */
export function fileText(key: FileMessageKey, params: PhraseParams | undefined, language: string): string {
  return writePhrase(filePhrase(key, params), toolLanguage(language));
}

function fileWords(language: ToolLanguage): Record<FileMessageKey, string> {
  const catalogue = CATALOGUES[language].diagnostics;
  const entries = Object.entries(catalogue)
    .filter(([key]) => key.startsWith('file.'))
    .map(([key, text]) => [key.slice('file.'.length), text]);
  // Only the keys the type names: the filter above keeps exactly the file.* keys.
  return Object.fromEntries(entries) as Record<FileMessageKey, string>;
}

/**
 * For callers that take a dictionary (they write English sentences now; see fileText to choose the language).
 * Derived for every language, so that a new one needs nothing here; each when first read, as its
 * catalogue is built only then (messages/index.ts).
 */
export const FILE_MESSAGES = {} as Dictionary<FileMessageKey>;
for (const language of TOOL_LANGUAGES) {
  let words: Record<FileMessageKey, string> | undefined;
  Object.defineProperty(FILE_MESSAGES, language, { enumerable: true, get: () => (words ??= fileWords(language)) });
}
