import type { Severity, WrittenDiagnostic as Diagnostic } from '../../domain/diagnostic.js';
import { countSeverities, plural, problemSummary } from './summary.js';
import { writtenFirst } from './written.js';
import { terminalSafe } from '../terminal-safe.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** Same escaping as @actions/core's `escapeData`. */
export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Same escaping as @actions/core's `escapeProperty`. */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function annotation(d: Diagnostic): string {
  const props: Array<[string, string]> = [['file', d.file]];
  if (d.start) props.push(['line', String(d.start.line)], ['col', String(d.start.column)]);
  if (d.end) props.push(['endLine', String(d.end.line)], ['endColumn', String(d.end.column)]);
  props.push(['title', d.code]);
  const list = props.map(([k, v]) => `${k}=${escapeProperty(v)}`).join(',');
  return terminalSafe(`::${COMMAND[d.severity]} ${list}::${escapeData(d.message)}`);
}

/**
 * GitHub Actions workflow commands, one annotation per diagnostic, then a
 * plain summary line: GitHub caps how many annotations it displays, so the
 * log must still say how many problems there were.
 */
export const formatGithub = writtenFirst((report) => {
  const counts = countSeverities(report.diagnostics);
  const files = plural(report.files.length, 'file');
  const summary =
    counts.total === 0 ? `${report.tool.name}: no problems in ${files}` : `${report.tool.name}: ${problemSummary(counts)} in ${files}`;
  return [...report.diagnostics.map(annotation), summary].join('\n') + '\n';
});
