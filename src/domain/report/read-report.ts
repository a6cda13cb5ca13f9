import { phrase, type Finding } from '../diagnostic.js';
import { FORMAT_VERSION } from '../schemas/common.js';
import { Report } from '../schemas/report.js';
import { zodFindings } from '../zod-findings.js';

/** Report format versions this version of selfassess reads. */
export const READABLE_REPORT_VERSIONS: readonly number[] = [FORMAT_VERSION];

export type ReadReportResult = { ok: true; report: Report } | { ok: false; findings: Finding[] };

function unknownVersion(version: unknown): Finding {
  const readable = READABLE_REPORT_VERSIONS.join(', ');
  return {
    code: 'unknown-format-version',
    severity: 'error',
    message: phrase('unknown-format-version.report', { given: JSON.stringify(version), readable }),
    pointer: '/formatVersion',
  };
}

/**
 * The one place where a report's format version is recognised. Given parsed
 * data (JSON or YAML), returns the report, or findings with JSON pointers.
 * It does not check the integrity digest: see `checkIntegrity`.
 */
export function readReport(data: unknown): ReadReportResult {
  const version = typeof data === 'object' && data !== null && !Array.isArray(data) ? Reflect.get(data, 'formatVersion') : undefined;
  // A missing or non-numeric version is a schema error, reported below with the others.
  if (typeof version === 'number' && version !== FORMAT_VERSION) {
    // Migration point: once FORMAT_VERSION is above 1, a report of an older
    // version that READABLE_REPORT_VERSIONS lists is converted here, step by
    // step, to the current shape (e.g. `data = migrateReportV1ToV2(data)`),
    // before it is validated below. Its digest covers the original, so its
    // integrity is checked on the data as read, before any migration.
    return { ok: false, findings: [unknownVersion(version)] };
  }
  const result = Report.safeParse(data);
  if (result.success) return { ok: true, report: result.data };
  return { ok: false, findings: zodFindings(result.error, data, Report) };
}
