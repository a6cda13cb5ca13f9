import { canonicalHash } from '../canonical.js';
import type { Finding } from '../diagnostic.js';
import type { Integrity, Report, ReportBody } from '../schemas/report.js';

/**
 * The integrity member of a report: the SHA-256 of the RFC 8785 JSON of the
 * report without its `integrity` member (which a full report may still carry:
 * it is left out either way).
 */
export function computeIntegrity(report: ReportBody | Report): Integrity {
  const { integrity: _ignored, ...body } = { integrity: undefined, ...report };
  return { algorithm: 'sha256', canonicalization: 'RFC8785', digest: canonicalHash(body) };
}

/** No findings when the stored digest matches the report's content. */
export function checkIntegrity(report: Report): Finding[] {
  const expected = computeIntegrity(report).digest;
  if (report.integrity.digest === expected) return [];
  return [
    {
      code: 'report-integrity-mismatch',
      severity: 'error',
      message:
        'the report was changed after it was produced: its content no longer matches its integrity digest ' +
        `(stored ${report.integrity.digest}, computed ${expected}); produce it again from the answers`,
      pointer: '/integrity/digest',
    },
  ];
}
