import {
  canonicalColons,
  canonicalDigest,
  encodedKey,
  endCanonicalBytes,
  startCanonicalBytes,
  writeCanonical,
  writeCanonicalEncoded,
} from '../canonical-bytes.js';
import type { Report } from '../schemas/report.js';
import { isWellFormedReport, reportNesting } from './report-shape.js';

/** A report the schema accepts, with the digest of its content. */
export interface DigestedReport {
  report: Report;
  /**
   * What computeIntegrity (report/integrity.ts) gives: SHA-256 of the canonical
   * JSON of the report without `integrity`; undefined when the data holds what
   * JSON cannot (then computeIntegrity throws, as it would have).
   */
  digest: string | undefined;
  /**
   * The ":" of the canonical JSON of the whole report, `integrity` included
   * (canonicalColons), and the deepest nesting a report the schema accepts can
   * have: what the loader's bounds need (io/load-document.ts), which it then
   * need not measure on the data with a walk of its own.
   */
  colons: number;
  nesting: number;
}

/**
 * The schema check of a report and its digest, with what the loader's bounds
 * need, which the writing of the digest counts on the way: undefined when the
 * schema refuses the data. (A walk that wrote each value as it checked it,
 * one walk instead of two, was measured no faster, and was four times the code.)
 */
export function digestedReport(data: unknown): DigestedReport | undefined {
  if (!isWellFormedReport(data)) return undefined;
  const { integrity, ...body } = data;
  startCanonicalBytes();
  try {
    writeCanonical(body);
    const digest = canonicalDigest();
    // Then `integrity`, for the count of ":" alone.
    writeCanonicalEncoded(encodedKey('integrity'));
    writeCanonical(integrity);
    return { report: data, digest, colons: canonicalColons(), nesting: reportNesting() };
  } catch {
    // Only what canonical JSON cannot hold throws (it cannot come from JSON.parse): computeIntegrity will say.
    return { report: data, digest: undefined, colons: -1, nesting: Infinity };
  } finally {
    endCanonicalBytes();
  }
}
