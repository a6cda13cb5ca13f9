import type { DiagnosticCode } from '../domain/codes.js';
import type { Diagnostic, Phrase, Position } from '../domain/diagnostic.js';
import { filePhrase } from '../i18n/file-messages.js';
import type { Range } from './yaml-locate.js';
import { MAX_NESTING_DEPTH } from './limits.js';

/** What the loader returns, shared by its JSON part (load-document.ts) and its YAML part (load-yaml.ts). */
export interface LoadedDocument {
  file: string;
  data: unknown;
  /** Line and column of the value a JSON pointer names (nearest existing parent otherwise). */
  locate(pointer: string, at?: 'value' | 'key'): Range | undefined;
}

export type LoadResult = { ok: true; document: LoadedDocument; diagnostics: Diagnostic[] } | { ok: false; diagnostics: Diagnostic[] };

export function failure(file: string, code: DiagnosticCode, message: Phrase, start?: Position): LoadResult {
  const diagnostic: Diagnostic = { code, severity: 'error', message, file, pointer: '' };
  if (start) diagnostic.start = start;
  return { ok: false, diagnostics: [diagnostic] };
}

export function tooDeep(file: string): LoadResult {
  return failure(file, 'document-too-deep', filePhrase('too-deep', { depth: MAX_NESTING_DEPTH }));
}

/**
 * Findings shown per file: a hostile file may produce one per key, and past
 * this many the rest says nothing new (and would cost time to locate).
 */
export const MAX_FINDINGS_PER_FILE = 1000;
