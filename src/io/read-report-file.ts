import { phrase, type Diagnostic, type Finding } from '../domain/diagnostic.js';
import type { ParsedDocument } from '../domain/lint.js';
import type { Report } from '../domain/schemas/report.js';
import { attachPositions, type LoadedDocument } from './load-document.js';
import { readDocument } from './read-document.js';
import { isUnopenable } from './read-text.js';

export type ReportFileResult =
  | { ok: true; report: Report; source: LoadedDocument }
  /** The file cannot be opened (a wrong path, a usage error in every command), or opens but is no valid document. */
  | { ok: false; problem: 'unopenable' | 'unreadable'; diagnostics: Diagnostic[] }
  /** A valid document of another kind: given back, for a command that says more about it than `not-a-report`. */
  | {
      ok: false;
      problem: 'not-a-report';
      diagnostics: Diagnostic[];
      document: Exclude<ParsedDocument, { kind: 'report' }>;
      source: LoadedDocument;
    };

/**
 * The one reader of a report file, for every command that takes one: the
 * file read and recognised (YAML or JSON with positions, kind, format
 * version and schema, by readDocument), then its kind checked. Diagnostics
 * name the file as it was given; the commands say what a problem means for them.
 */
export async function readReportFile(file: string): Promise<ReportFileResult> {
  const read = await readDocument(file);
  if (!read.ok)
    return { ok: false, problem: read.diagnostics.some(isUnopenable) ? 'unopenable' : 'unreadable', diagnostics: read.diagnostics };
  const { parsed, source } = read;
  if (parsed.kind !== 'report') {
    const finding: Finding = {
      code: 'not-a-report',
      severity: 'error',
      message: phrase('not-a-report', { kind: phrase(`cli.kind.${parsed.kind}`) }),
      pointer: '/kind',
    };
    return { ok: false, problem: 'not-a-report', diagnostics: attachPositions(source, [finding]), document: parsed, source };
  }
  return { ok: true, report: parsed.value, source };
}
