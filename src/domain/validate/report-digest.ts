import {
  canonicalColons,
  canonicalDigest,
  encodedKey,
  endCanonicalBytes,
  startCanonicalBytes,
  writeCanonical,
  writeCanonicalEncoded,
} from '../canonical-bytes.js';
import { canonicalJson, textDigest, writesAsText } from '../canonical.js';
import type { Report } from '../schemas/report.js';
import { isWellFormedReport, reportNesting, writeWellFormedReport } from './report-shape.js';

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
 * schema refuses the data. `asText`: the canonical text written as a string
 * rather than as bytes, as writesAsText decides by default. (A walk that wrote each value as it checked it,
 * one walk instead of two, was measured no faster, and was four times the code.)
 */
export function digestedReport(data: unknown, asText?: boolean): DigestedReport | undefined {
  if (!isWellFormedReport(data)) return undefined;
  const { integrity, ...body } = data;
  // Written as a string while the process is cold (canonical.ts, writesAsText); the tests choose.
  if (asText ?? writesAsText()) return textDigested(data, body, integrity);
  startCanonicalBytes();
  try {
    // The writer compiled from the schema: the data passed its check just above.
    writeWellFormedReport(body);
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

/** ":" in a text. */
function colonsIn(text: string): number {
  let count = 0;
  for (let at = text.indexOf(':'); at !== -1; at = text.indexOf(':', at + 1)) count++;
  return count;
}

/**
 * The same as digestedReport's bytes, from the canonical text written as a
 * string: what the first documents of a process take (canonical.ts, writesAsText).
 * The ":" of the whole report's text are the body's, the one after the key
 * `integrity`, and those of its value: where the key sorts does not change them.
 */
function textDigested(report: Report, body: Omit<Report, 'integrity'>, integrity: Report['integrity']): DigestedReport {
  try {
    const text = canonicalJson(body);
    return { report, digest: textDigest(text), colons: colonsIn(text) + 1 + colonsIn(canonicalJson(integrity)), nesting: reportNesting() };
  } catch {
    return { report, digest: undefined, colons: -1, nesting: Infinity };
  }
}
