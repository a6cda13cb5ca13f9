import { RESERVED_KEYS } from '../reserved-keys.js';
import type { Report } from '../schemas/report.js';
import { CANONICAL_PARTS } from '../canonical-bytes.js';
import { REPORT_NESTING, reportCheck, reportWriter } from './report-check.generated.js';

/**
 * The report's JSON Schema compiled at build time (scripts/generate-report-check.mjs),
 * its check and its canonical writer each made on first use — `validate` of anything
 * but a report never needs them.
 */
let check: ((value: unknown) => boolean) | undefined;

/**
 * The fast path of a report's schema check: true only when the report's JSON
 * Schema accepts the data and it holds no reserved key — then zod would accept
 * it too, unchanged (every object of the schema is strict, no member has a
 * default or a transform). False says nothing about why: the caller parses
 * such a file with zod, for its exact diagnostics.
 */
export function isWellFormedReport(data: unknown): data is Report {
  check ??= reportCheck(RESERVED_KEYS);
  return check(data);
}

/**
 * The deepest nesting of a report the schema accepts (a scalar 0, `[]` 1):
 * every container of the schema says what it holds, so a report it accepts is
 * no deeper than the schema, and the loader's bound on nesting then holds
 * without measuring the data.
 */
export function reportNesting(): number {
  return REPORT_NESTING;
}

let writer: ((report: object) => void) | undefined;

/**
 * Writes the canonical JSON of a report's members (without `integrity`, as its digest takes them)
 * through the byte writer (canonical-bytes.ts, between its start and its end), by the writer
 * compiled from the schema: the same bytes as writeCanonical, for data isWellFormedReport accepted
 * only — the caller checks first.
 */
export function writeWellFormedReport(body: object): void {
  writer ??= reportWriter(CANONICAL_PARTS);
  writer(body);
}
