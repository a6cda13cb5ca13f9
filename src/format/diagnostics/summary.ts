import type { Diagnostic } from '../../domain/diagnostic.js';
import type { DiagnosticReport } from './types.js';

export interface SeverityCounts {
  errors: number;
  warnings: number;
  infos: number;
  total: number;
}

export function countSeverities(diagnostics: readonly Diagnostic[]): SeverityCounts {
  const counts: SeverityCounts = { errors: 0, warnings: 0, infos: 0, total: diagnostics.length };
  for (const d of diagnostics) {
    if (d.severity === 'error') counts.errors++;
    else if (d.severity === 'warning') counts.warnings++;
    else counts.infos++;
  }
  return counts;
}

/** `plural(1, 'problem')` → `1 problem`; `plural(2, 'problem')` → `2 problems`. */
export function plural(n: number, singular: string, pluralForm = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : pluralForm}`;
}

/**
 * `3 problems (1 error, 1 warning, 1 info)`. Infos are only mentioned when
 * present, so the common case reads exactly like ESLint's summary.
 */
export function problemSummary(counts: SeverityCounts): string {
  const parts = [plural(counts.errors, 'error'), plural(counts.warnings, 'warning')];
  // "info" is used as a mass noun: "2 info" reads better than "2 infos".
  if (counts.infos > 0) parts.push(plural(counts.infos, 'info', 'info'));
  return `${plural(counts.total, 'problem')} (${parts.join(', ')})`;
}

export interface FileGroup {
  file: string;
  diagnostics: Diagnostic[];
}

/**
 * Diagnostics grouped by file: the report's files first, in their order, then
 * any file that only appears in a diagnostic (so nothing is ever dropped).
 */
export function groupByFile(report: DiagnosticReport): FileGroup[] {
  const groups = new Map<string, Diagnostic[]>();
  for (const file of report.files) if (!groups.has(file)) groups.set(file, []);
  for (const d of report.diagnostics) {
    const list = groups.get(d.file);
    if (list) list.push(d);
    else groups.set(d.file, [d]);
  }
  return [...groups].map(([file, diagnostics]) => ({ file, diagnostics }));
}

/** `line:column`, or undefined when the diagnostic has no position. */
export function positionText(d: Diagnostic): string | undefined {
  return d.start ? `${d.start.line}:${d.start.column}` : undefined;
}
