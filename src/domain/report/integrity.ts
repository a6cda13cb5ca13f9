import { canonicalHash } from '../canonical.js';
import { phrase, type Finding } from '../diagnostic.js';
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

/** No findings when the stored digest matches the report's content; `digest` when the caller computed it already (report-digest.ts). */
export function checkIntegrity(report: Report, digest?: string): Finding[] {
  const expected = digest ?? computeIntegrity(report).digest;
  if (report.integrity.digest === expected) return [];
  return [
    {
      code: 'report-integrity-mismatch',
      severity: 'error',
      message: phrase('report-integrity-mismatch', { stored: report.integrity.digest, computed: expected }),
      pointer: '/integrity/digest',
    },
  ];
}
