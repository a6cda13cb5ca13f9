import type { WrittenDiagnostic as Diagnostic } from '../../domain/diagnostic.js';
import { countSeverities } from './summary.js';
import type { DiagnosticReport } from './types.js';
import { writtenFirst } from './written.js';
import { jsonTerminalSafe } from '../terminal-safe.js';

/**
 * The machine-readable format. Stable shape (pretty-printed, 2 spaces, trailing newline):
 *
 * ```
 * {
 *   "tool": { "name": string, "version": string, "informationUri"?: string },
 *   "summary": { "files": number, "errors": number, "warnings": number, "infos": number },
 *   "diagnostics": [
 *     { "code": string, "severity": "error" | "warning" | "info", "message": string,
 *       "file": string, "pointer": string,
 *       "start"?: { "line": number, "column": number },   // 1-based, absent when unknown
 *       "end"?: { "line": number, "column": number } }
 *   ]
 * }
 * ```
 *
 * `summary.files` is the number of files checked (`report.files.length`).
 * Diagnostics keep the caller's order.
 */
export const formatJson = writtenFirst((report) => {
  const counts = countSeverities(report.diagnostics);
  const output = {
    tool: toolJson(report.tool),
    summary: { files: report.files.length, errors: counts.errors, warnings: counts.warnings, infos: counts.infos },
    diagnostics: report.diagnostics.map(diagnosticJson),
  };
  return jsonTerminalSafe(JSON.stringify(output, null, 2)) + '\n';
});

// Rebuilt field by field so the key order is fixed and no stray property leaks out.
function toolJson(tool: DiagnosticReport['tool']): DiagnosticReport['tool'] {
  return tool.informationUri === undefined
    ? { name: tool.name, version: tool.version }
    : { name: tool.name, version: tool.version, informationUri: tool.informationUri };
}

function diagnosticJson(d: Diagnostic): Diagnostic {
  const out: Diagnostic = { code: d.code, severity: d.severity, message: d.message, file: d.file, pointer: d.pointer };
  if (d.start) out.start = { line: d.start.line, column: d.start.column };
  if (d.end) out.end = { line: d.end.line, column: d.end.column };
  return out;
}
