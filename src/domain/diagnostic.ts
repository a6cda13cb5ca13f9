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

export interface Diagnostic {
  /** Stable code from a closed list (see `codes.ts`), e.g. `duplicate-question-id`. */
  code: string;
  severity: Severity;
  /** What is wrong and how to fix it, in plain words. */
  message: string;
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
  return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
}

/** Encode one JSON-pointer segment (RFC 6901). */
export function pointerSegment(segment: string | number): string {
  return String(segment).replace(/~/g, '~0').replace(/\//g, '~1');
}

export function toPointer(path: ReadonlyArray<string | number>): string {
  return path.map((s) => '/' + pointerSegment(s)).join('');
}

/**
 * What a pure rule reports: a diagnostic before the I/O layer names the file
 * and turns the pointer into a line and column.
 */
export type Finding = Pick<Diagnostic, 'code' | 'severity' | 'message' | 'pointer'>;
