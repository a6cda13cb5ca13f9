import type { DiagnosticCode } from './codes.js';

/**
 * One shape for every failure — parse errors, schema errors and rule findings
 * alike — so that every formatter and every command treats them the same way.
 */
export type Severity = 'error' | 'warning' | 'info';

export interface Position {
  /** 1-based line. */
  line: number;
  /** 1-based column. */
  column: number;
}

/**
 * A sentence the domain means but does not write: a key of the message
 * catalogues (src/i18n/messages/) and the values to put in it. The edge that
 * prints or serializes a diagnostic writes it in the language chosen.
 */
export interface Phrase {
  key: string;
  params?: PhraseParams;
}

/**
 * A value put in a phrase: text from the file or an id (written as is), a
 * number (a count chooses the plural form when the key has `.one`/`.other`),
 * a word quoted from the file, a phrase of its own, or a list joined as the
 * language joins lists.
 */
export type PhraseParam = string | number | QuotedWord | Phrase | PhraseList;
export interface PhraseList {
  items: readonly PhraseParam[];
  join: 'or' | 'and' | 'comma';
}

/**
 * A word quoted from the file (a key, a code, a text value): the quotation
 * marks are the language's (“"signedBy"”, « signedBy » in French), so that a
 * French message never mixes them with straight quotes.
 */
export interface QuotedWord {
  quoted: string;
}

export function quotedWord(text: string): QuotedWord {
  return { quoted: text };
}
export type PhraseParams = Readonly<Record<string, PhraseParam>>;

/** A phrase, built where the domain knows what to say. */
export function phrase(key: string, params?: PhraseParams): Phrase {
  return params === undefined ? { key } : { key, params };
}

export function phraseList(items: readonly PhraseParam[], join: PhraseList['join'] = 'comma'): PhraseList {
  return { items, join };
}

/**
 * What a diagnostic says: a phrase, written later in the chosen language; a
 * plain string is an English sentence not yet moved to the catalogues.
 */
export type DiagnosticText = string | Phrase;

export interface Diagnostic {
  /** Stable code from the closed list of `codes.ts`, e.g. `duplicate-id`: an unknown code does not compile. */
  code: DiagnosticCode;
  severity: Severity;
  /** What is wrong and how to fix it, in plain words. */
  message: DiagnosticText;
  /** The file, as the user named it (relative paths stay relative). */
  file: string;
  /** JSON pointer (RFC 6901) to the value in the document; "" for the whole document. */
  pointer: string;
  /** Start of the offending value; absent when the file has no positions (e.g. unreadable). */
  start?: Position;
  /** End of the offending value. */
  end?: Position;
}

/** Deterministic order: file, then position, then code. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  const la = a.start?.line ?? 0;
  const lb = b.start?.line ?? 0;
  if (la !== lb) return la - lb;
  const ca = a.start?.column ?? 0;
  const cb = b.start?.column ?? 0;
  if (ca !== cb) return ca - cb;
  if (a.code !== b.code) return a.code < b.code ? -1 : 1;
  const ma = textKey(a.message);
  const mb = textKey(b.message);
  return ma < mb ? -1 : ma > mb ? 1 : 0;
}

/** Encode one JSON-pointer segment (RFC 6901). */
export function pointerSegment(segment: string | number): string {
  const text = String(segment);
  // Most segments need no escape: no replacement (a new string each) for them.
  if (!text.includes('~') && !text.includes('/')) return text;
  return text.replace(/~/g, '~0').replace(/\//g, '~1');
}

export function toPointer(path: ReadonlyArray<string | number>): string {
  return path.map((s) => '/' + pointerSegment(s)).join('');
}

/**
 * What a pure rule reports: a diagnostic before the I/O layer names the file
 * and turns the pointer into a line and column.
 */
export type Finding = Pick<Diagnostic, 'code' | 'severity' | 'message' | 'pointer'>;

/** A stable text for a message, to sort and to deduplicate by. */
export function textKey(text: DiagnosticText): string {
  return typeof text === 'string' ? text : JSON.stringify(text);
}

/** A diagnostic as printed or serialized: its message written in one language. */
export type WrittenDiagnostic = Omit<Diagnostic, 'message'> & { message: string };
