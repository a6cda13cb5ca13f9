import type { Severity } from '../diagnostic.js';

/**
 * The codes `validate` adds to those of the loader, the schemas, `checkAnswers`,
 * `matchChecklist`, `checkIntegrity` and the lint rules. Stable: CI
 * configurations and SARIF consumers refer to them.
 */
export const VALIDATE_CODES = {
  'report-integrity-mismatch': ['error', 'The report changed after it was produced: its integrity digest does not match its content.'],
  'report-scoring-mismatch': ['error', 'The scoring model or bands in the report differ from those of its checklist.'],
  'report-score-mismatch': ['error', 'A stated score differs from the score recomputed from the answers.'],
  'report-band-mismatch': ['error', 'A stated maturity band differs from the band of the recomputed score.'],
  'report-counts-mismatch': ['error', 'Stated question counts differ from those recomputed from the answers.'],
  'report-completeness-mismatch': ['error', 'The stated completeness differs from the completeness of the answers.'],
  'report-completed-date-mismatch': ['error', 'A complete report lacks its completion date, or an incomplete one has one.'],
  'report-gaps-mismatch': ['error', 'The stated gaps differ from those recomputed from the answers.'],
  'report-assistance-mismatch': ['error', 'The stated assistance needs differ from those in the answers.'],
  'report-core-mismatch': ['error', 'The stated core-obligation statuses or band cap differ from those recomputed from the answers.'],
  'report-unknowns-mismatch': ['error', 'The stated unknowns differ from those recomputed from the answers.'],
  'report-model-unknown': ['error', 'The report names a scoring model version this selfassess does not know.'],
  'report-model-outdated': [
    'error',
    'The report was made with scoring model 1, which ignores the core obligations or unmet follow-ups its checklist declares.',
  ],
  'report-model-previous': ['info', 'The report was made with scoring model 1 (selfassess 0.1); it is checked with that model.'],
  'checklist-not-found': ['error', 'The checklist named is neither bundled nor in --checklists.'],
  'checklist-version-not-found': ['error', 'The checklist is known, but not in the version named.'],
  'checklist-hash-mismatch': ['error', 'The checklist named differs in content from the one found with the same id and version.'],
  'signature-missing': ['warning', 'With --trusted-keys: the report has no .sig file.'],
  'signature-wrong-key': ['warning', 'With --trusted-keys: the report is signed with a key that is not trusted.'],
  'signature-document-altered': ['error', 'With --trusted-keys: the report changed after it was signed.'],
  'signature-invalid': ['error', 'With --trusted-keys: the .sig file does not verify (forged or corrupted).'],
  'signature-malformed': ['error', 'With --trusted-keys: the .sig file is not a signature document.'],
  'validation-out-of-memory': ['error', 'Validating the file exhausted the memory allowed to one file.'],
  'validation-timeout': ['error', 'Validating the file took longer than the time allowed to one file.'],
  'validation-crashed': ['error', 'The validation of the file stopped unexpectedly.'],
} as const satisfies Record<string, readonly [Severity, string]>;

export type ValidateCode = keyof typeof VALIDATE_CODES;
