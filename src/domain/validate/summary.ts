import type { Diagnostic } from '../diagnostic.js';
import type { FileStatus, ValidatedFile, ValidateSummary } from '../schemas/validate-output.js';

export function fileStatus(errors: number, warnings: number): FileStatus {
  return errors > 0 ? 'invalid' : warnings > 0 ? 'warnings' : 'valid';
}

export function severityCounts(diagnostics: readonly Pick<Diagnostic, 'severity'>[]): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const d of diagnostics) {
    if (d.severity === 'error') errors++;
    else if (d.severity === 'warning') warnings++;
  }
  return { errors, warnings };
}

export function emptySummary(): ValidateSummary {
  return {
    files: 0,
    valid: 0,
    withWarnings: 0,
    invalid: 0,
    errors: 0,
    warnings: 0,
    kinds: { report: 0, answers: 0, draft: 0, checklist: 0, catalogue: 0, measures: 0, unknown: 0 },
  };
}

/** Adds one file to the running counts (results stream: nothing else is kept). */
export function addToSummary(summary: ValidateSummary, file: Pick<ValidatedFile, 'kind' | 'status' | 'errors' | 'warnings'>): void {
  summary.files++;
  if (file.status === 'valid') summary.valid++;
  else if (file.status === 'warnings') summary.withWarnings++;
  else summary.invalid++;
  summary.errors += file.errors;
  summary.warnings += file.warnings;
  summary.kinds[file.kind ?? 'unknown']++;
}
