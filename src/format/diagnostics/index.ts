import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';
import type { DiagnosticFormatter } from './types.js';
import { DIAGNOSTIC_FORMATS, type DiagnosticFormat } from './formats.js';

export type { DiagnosticFormatter } from './types.js';
export { DIAGNOSTIC_FORMATS, type DiagnosticFormat } from './formats.js';

// A Record keyed by the union makes the compiler reject a format without a formatter.
const FORMATTERS: Record<DiagnosticFormat, DiagnosticFormatter> = {
  stylish: formatStylish,
  json: formatJson,
  github: formatGithub,
  junit: formatJunit,
  sarif: formatSarif,
};

export function isDiagnosticFormat(name: string): name is DiagnosticFormat {
  return (DIAGNOSTIC_FORMATS as readonly string[]).includes(name);
}

export function getDiagnosticFormatter(name: DiagnosticFormat): DiagnosticFormatter {
  return FORMATTERS[name];
}
