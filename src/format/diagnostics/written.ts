import type { WrittenDiagnostic } from '../../domain/diagnostic.js';
import { writeDiagnostics } from '../../i18n/write-text.js';
import type { DiagnosticFormatter, DiagnosticReport, FormatOptions } from './types.js';

/** A report whose messages are sentences in its language. */
export type WrittenReport = Omit<DiagnosticReport, 'diagnostics'> & { diagnostics: WrittenDiagnostic[] };

/**
 * Every diagnostic formatter writes the messages first, in the report's
 * language: the one edge where a phrase becomes a sentence for these formats.
 */
export function writtenFirst(format: (report: WrittenReport, options: FormatOptions) => string): DiagnosticFormatter {
  return (report, options) => format({ ...report, diagnostics: writeDiagnostics(report.diagnostics, report.language) }, options);
}
