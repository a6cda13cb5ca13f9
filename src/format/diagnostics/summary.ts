import type { Severity, WrittenDiagnostic } from '../../domain/diagnostic.js';
import type { Phrase } from '../../domain/diagnostic.js';
import { writePhrase } from '../../i18n/write-text.js';
import { toolLanguage } from '../../i18n/translate.js';
import type { WrittenReport } from './written.js';

export interface SeverityCounts {
  errors: number;
  warnings: number;
  infos: number;
  total: number;
}

export function countSeverities(diagnostics: ReadonlyArray<{ severity: Severity }>): SeverityCounts {
  const counts: SeverityCounts = { errors: 0, warnings: 0, infos: 0, total: diagnostics.length };
  for (const d of diagnostics) {
    if (d.severity === 'error') counts.errors++;
    else if (d.severity === 'warning') counts.warnings++;
    else counts.infos++;
  }
  return counts;
}

/** `plural(1, 'problem')` → `1 problem`; `plural(2, 'problem')` → `2 problems` (English only: the GitHub title and the validate table). */
export function plural(n: number, singular: string, pluralForm = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : pluralForm}`;
}

const counted = (key: string, count: number, language: string | undefined): string =>
  writePhrase({ key, params: { count } } satisfies Phrase, toolLanguage(language));

/** `2 files checked, no problems`, in the language asked. */
export function noProblems(files: number, language: string | undefined): string {
  return counted('stylish.no-problems', files, language);
}

/** A severity as the stylish list names it: `error`, `erreur`. */
export function severityName(severity: Severity, language: string | undefined): string {
  return writePhrase({ key: `stylish.severity.${severity}` }, toolLanguage(language));
}

/**
 * `3 problems (1 error, 1 warning, 1 info)`. Infos are only mentioned when
 * present, so the common case reads exactly like ESLint's summary.
 */
export function problemSummary(counts: SeverityCounts, language?: string): string {
  const parts = [counted('stylish.errors', counts.errors, language), counted('stylish.warnings', counts.warnings, language)];
  if (counts.infos > 0) parts.push(counted('stylish.infos', counts.infos, language));
  return `${counted('stylish.problems', counts.total, language)} (${parts.join(', ')})`;
}

export interface FileGroup {
  file: string;
  diagnostics: WrittenDiagnostic[];
}

/**
 * Diagnostics grouped by file: the report's files first, in their order, then
 * any file that only appears in a diagnostic (so nothing is ever dropped).
 */
export function groupByFile(report: WrittenReport): FileGroup[] {
  const groups = new Map<string, WrittenDiagnostic[]>();
  for (const file of report.files) if (!groups.has(file)) groups.set(file, []);
  for (const d of report.diagnostics) {
    const list = groups.get(d.file);
    if (list) list.push(d);
    else groups.set(d.file, [d]);
  }
  return [...groups].map(([file, diagnostics]) => ({ file, diagnostics }));
}

/** `line:column`, or undefined when the diagnostic has no position. */
export function positionText(d: Pick<WrittenDiagnostic, 'start'>): string | undefined {
  return d.start ? `${d.start.line}:${d.start.column}` : undefined;
}
