import type { ValidatedFile, ValidateOutput, ValidateSummary } from '../../domain/schemas/validate-output.js';
import { fileRecord, summaryRecord } from './record.js';
import { jsonTerminalSafe } from '../terminal-safe.js';

/**
 * `--format json`: one document, `ValidateOutput` (schemas/validate-output.schema.json),
 * pretty-printed with 2 spaces. Written in pieces as files are validated, so
 * that a batch of any size is never held in memory; the pieces join into
 * exactly `JSON.stringify(output, null, 2) + "\n"`.
 */
const indent = (text: string, by: string): string => text.replace(/\n/g, `\n${by}`);

export function jsonOpening(tool: ValidateOutput['tool']): string {
  const t =
    tool.informationUri === undefined
      ? { name: tool.name, version: tool.version }
      : { name: tool.name, version: tool.version, informationUri: tool.informationUri };
  return `{\n  "tool": ${indent(JSON.stringify(t, null, 2), '  ')},\n  "files": [`;
}

/** `index` is the file's position in the output, 0 for the first. */
export function jsonFile(file: ValidatedFile, index: number, language = 'en'): string {
  return `${index === 0 ? '' : ','}\n    ${indent(jsonTerminalSafe(JSON.stringify(fileRecord(file, language), null, 2)), '    ')}`;
}

export function jsonClosing(summary: ValidateSummary): string {
  const files = summary.files === 0 ? ']' : '\n  ]';
  return `${files},\n  "summary": ${indent(JSON.stringify(summaryRecord(summary), null, 2), '  ')}\n}\n`;
}

/** `--format ndjson`: one line per file (a `files` entry of the json format) as soon as it is known. */
export function ndjsonFile(file: ValidatedFile, language = 'en'): string {
  return jsonTerminalSafe(JSON.stringify(fileRecord(file, language))) + '\n';
}

/** The last ndjson line: `{"summary": …}`, so that a reader knows the batch is complete. */
export function ndjsonSummary(summary: ValidateSummary): string {
  return JSON.stringify({ summary: summaryRecord(summary) }) + '\n';
}
