import type { Severity, WrittenDiagnostic as Diagnostic } from '../../domain/diagnostic.js';
import { groupByFile } from './summary.js';
import { writtenFirst } from './written.js';
import { jsonTerminalSafe } from '../terminal-safe.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

function encodeSegments(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/**
 * A file name as a SARIF URI: `/` separators, each segment percent-encoded
 * (spaces, `%`, `#`, `?`, non-ASCII, and a `:` that would otherwise read as a
 * scheme). Relative names stay relative references; absolute ones (POSIX,
 * Windows drive, UNC) become `file:` URIs since a bare `C:/x` is not a valid URI.
 */
export function fileUri(file: string): string {
  const path = file.replace(/\\/g, '/');
  const drive = /^([A-Za-z]):\/(.*)$/.exec(path);
  if (drive) return `file:///${drive[1] ?? ''}:/${encodeSegments(drive[2] ?? '')}`;
  if (path.startsWith('//')) return `file://${encodeSegments(path.slice(2))}`;
  if (path.startsWith('/')) return `file://${encodeSegments(path)}`;
  return encodeSegments(path.replace(/^(\.\/)+/, ''));
}

interface SarifRegion {
  startLine: number;
  startColumn: number;
  endLine?: number;
  endColumn?: number;
}

function region(d: Diagnostic): SarifRegion | undefined {
  if (!d.start) return undefined;
  const r: SarifRegion = { startLine: d.start.line, startColumn: d.start.column };
  if (d.end) {
    r.endLine = d.end.line;
    r.endColumn = d.end.column;
  }
  return r;
}

/**
 * SARIF 2.1.0 (for GitHub code scanning and other viewers): one run, one rule
 * per code described or reported (sorted, so `ruleIndex` is stable), one result
 * per diagnostic, and every checked file listed under `artifacts`.
 */
export const formatSarif = writtenFirst((report) => {
  // Every code the tool describes, reported or not, so that a viewer knows the whole rule set; then any other code reported.
  const ruleIds = [...new Set([...Object.keys(report.rules ?? {}), ...report.diagnostics.map((d) => d.code)])].sort();
  const ruleIndex = new Map(ruleIds.map((id, i) => [id, i]));
  const driver = {
    name: report.tool.name,
    version: report.tool.version,
    ...(report.tool.informationUri === undefined ? {} : { informationUri: report.tool.informationUri }),
    rules: ruleIds.map((id) => ({ id, shortDescription: { text: report.rules?.[id] ?? id } })),
  };
  const results = report.diagnostics.map((d) => {
    const r = region(d);
    return {
      ruleId: d.code,
      ruleIndex: ruleIndex.get(d.code) ?? -1,
      level: LEVEL[d.severity],
      message: { text: d.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: fileUri(d.file) },
            ...(r ? { region: r } : {}),
          },
        },
      ],
    };
  });
  const artifacts = groupByFile(report).map((g) => ({ location: { uri: fileUri(g.file) } }));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{ tool: { driver }, artifacts, results }],
  };
  return jsonTerminalSafe(JSON.stringify(log, null, 2)) + '\n';
});
