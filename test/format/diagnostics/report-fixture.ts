import type { DiagnosticReport } from '../../../src/format/diagnostics/types.js';

const A = 'checklists/national plan.yaml';
const B = 'checklists/b.yaml';

/** Shared by every formatter test: two files (one clean), all three severities, one unpositioned diagnostic. */
export const report: DiagnosticReport = {
  tool: { name: 'selfassess', version: '0.1.0', informationUri: 'https://example.org/selfassess' },
  files: [A, B],
  diagnostics: [
    {
      code: 'missing-translation',
      severity: 'info',
      message: 'Traduction manquante pour « Résumé » (fr).',
      file: A,
      pointer: '/title',
    },
    {
      code: 'duplicate-id',
      severity: 'error',
      message: 'Id "q<1>" & \'q1\' clash: 100% sure,\nrename one',
      file: A,
      pointer: '/questions/1/id',
      start: { line: 3, column: 5 },
      end: { line: 3, column: 12 },
    },
    {
      code: 'empty-section',
      severity: 'warning',
      message: 'L’indice est vide ; complétez-le.',
      file: A,
      pointer: '/questions/0/hint',
      start: { line: 10, column: 1 },
    },
  ],
  rules: { 'duplicate-id': 'Question ids must be unique', 'empty-section': 'Hints must not be empty' },
};

export const clean: DiagnosticReport = { tool: report.tool, files: [A, B], diagnostics: [] };
