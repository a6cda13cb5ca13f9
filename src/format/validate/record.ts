import type { Diagnostic } from '../../domain/diagnostic.js';
import type { DiagnosticOutput, ValidatedFile, ValidatedFileOutput, ValidateSummary } from '../../domain/schemas/validate-output.js';
import { writeText } from '../../i18n/write-text.js';

// Rebuilt field by field, so that the key order is fixed whatever built the
// record (a worker, the main thread) and no stray property leaks out.

function diagnosticRecord(d: Diagnostic, language: string): DiagnosticOutput {
  const out: DiagnosticOutput = {
    code: d.code,
    severity: d.severity,
    message: writeText(d.message, language),
    file: d.file,
    pointer: d.pointer,
  };
  if (d.start) out.start = { line: d.start.line, column: d.start.column };
  if (d.end) out.end = { line: d.end.line, column: d.end.column };
  return out;
}

/** `language`: that of the messages (the tool's words). */
export function fileRecord(f: ValidatedFile, language: string): ValidatedFileOutput {
  const signature =
    f.signature === undefined
      ? {}
      : { signature: f.signature && { status: f.signature.status, fingerprint: f.signature.fingerprint, signedAt: f.signature.signedAt } };
  return {
    file: f.file,
    kind: f.kind,
    status: f.status,
    country: f.country,
    period: f.period,
    checklist: f.checklist && { id: f.checklist.id, version: f.checklist.version, hash: f.checklist.hash },
    score: f.score,
    complete: f.complete,
    missing: f.missing,
    band: f.band,
    cappedBy: f.cappedBy
      ? f.cappedBy.map((c) => ({
          question: c.question,
          status: c.status,
          sources: c.sources.map((x) => ({ catalogue: x.catalogue, provision: x.provision })),
        }))
      : null,
    errors: f.errors,
    warnings: f.warnings,
    ...signature,
    // Last, so that the one long member does not hide the others.
    diagnostics: f.diagnostics.map((d) => diagnosticRecord(d, language)),
  };
}

export function summaryRecord(s: ValidateSummary): ValidateSummary {
  const k = s.kinds;
  return {
    files: s.files,
    valid: s.valid,
    withWarnings: s.withWarnings,
    invalid: s.invalid,
    errors: s.errors,
    warnings: s.warnings,
    kinds: {
      report: k.report,
      answers: k.answers,
      draft: k.draft,
      checklist: k.checklist,
      catalogue: k.catalogue,
      measures: k.measures,
      unknown: k.unknown,
    },
  };
}
