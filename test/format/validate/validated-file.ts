import type { ValidatedFile } from '../../../src/domain/schemas/validate-output.js';

/** A valid report's record as `validate` gives it, for the formatters' tests of this folder. */
export function validatedFile(name: string, extra: Partial<ValidatedFile> = {}): ValidatedFile {
  return {
    file: name,
    kind: 'report',
    status: 'valid',
    country: 'FRA',
    period: '2026',
    checklist: { id: 'tip-protocol', version: '1.0.0', hash: 'ab'.repeat(32) },
    score: 0.4571,
    complete: true,
    missing: 0,
    band: 'developing',
    cappedBy: null,
    errors: 0,
    warnings: 0,
    diagnostics: [],
    ...extra,
  };
}
