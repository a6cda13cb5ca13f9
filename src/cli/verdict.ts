import type { Diagnostic } from '../domain/diagnostic.js';
import { EXIT } from './exit-codes.js';

export type FailOn = 'error' | 'warning';

/** Exit 1 when a diagnostic reaches --fail-on, or warnings exceed --max-warnings. */
export function exitForDiagnostics(diagnostics: readonly Diagnostic[], options: { failOn: FailOn; maxWarnings?: number }): number {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
  if (errors > 0) return EXIT.findings;
  if (options.failOn === 'warning' && warnings > 0) return EXIT.findings;
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) return EXIT.findings;
  return EXIT.ok;
}
