import { phrase, type Finding } from '../diagnostic.js';
import { jsonValueWord } from '../clipped.js';
import { isReadableFormatVersion, READABLE_FORMAT_VERSIONS } from '../format-version.js';
import { Report } from '../schemas/report.js';
import { zodFindings } from '../zod-findings.js';

export type ReadReportResult = { ok: true; report: Report } | { ok: false; findings: Finding[] };

function unknownVersion(version: unknown): Finding {
  const readable = READABLE_FORMAT_VERSIONS.join(', ');
  return {
    code: 'unknown-format-version',
    severity: 'error',
    message: phrase('unknown-format-version.report', { given: jsonValueWord(version), readable }),
    pointer: '/formatVersion',
  };
}

/**
 * Reads a report: its format version through the gate of `format-version.ts`,
 * then its schema. Given parsed data (JSON or YAML), returns the report, or
 * findings with JSON pointers.
 * It does not check the integrity digest: see `checkIntegrity`.
 */
export function readReport(data: unknown): ReadReportResult {
  const version = typeof data === 'object' && data !== null && !Array.isArray(data) ? Reflect.get(data, 'formatVersion') : undefined;
  // A missing or non-numeric version is a schema error, reported below with the others.
  if (typeof version === 'number' && !isReadableFormatVersion(version)) {
    // Migration point: once the gate reads an older version, such a report is
    // converted here, step by step, to the current shape
    // (e.g. `data = migrateReportV1ToV2(data)`), before it is validated below.
    return { ok: false, findings: [unknownVersion(version)] };
  }
  const result = Report.safeParse(data);
  if (result.success) return { ok: true, report: result.data };
  return { ok: false, findings: zodFindings(result.error, data, Report) };
}
