import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, formatGithub } from '../../../src/format/diagnostics/github.js';
import { clean, report } from './report-fixture.js';

describe('formatGithub', () => {
  it('prints one workflow command per diagnostic, then a summary line', () => {
    expect(formatGithub(report, { color: true })).toBe(
      [
        '::notice file=checklists/national plan.yaml,title=missing-translation::Traduction manquante pour « Résumé » (fr).',
        '::error file=checklists/national plan.yaml,line=3,col=5,endLine=3,endColumn=12,title=duplicate-id::Id "q<1>" & \'q1\' clash: 100%25 sure,%0Arename one',
        '::warning file=checklists/national plan.yaml,line=10,col=1,title=empty-section::L’indice est vide ; complétez-le.',
        'selfassess: 3 problems (1 error, 1 warning, 1 info) in 2 files',
        '',
      ].join('\n'),
    );
  });

  it('escapes properties and data like @actions/core', () => {
    expect(escapeData('a%b\r\nc:d,e')).toBe('a%25b%0D%0Ac:d,e');
    expect(escapeProperty('a%b\r\nc:d,e')).toBe('a%25b%0D%0Ac%3Ad%2Ce');
    const text = formatGithub(
      {
        tool: report.tool,
        files: ['C:\\x\\a,b.yaml'],
        diagnostics: [{ code: 'duplicate-id', severity: 'error', message: 'm', file: 'C:\\x\\a,b.yaml', pointer: '' }],
      },
      { color: false },
    );
    expect(text).toBe('::error file=C%3A\\x\\a%2Cb.yaml,title=duplicate-id::m\nselfassess: 1 problem (1 error, 0 warnings) in 1 file\n');
  });

  it('says there is nothing to report', () => {
    expect(formatGithub(clean, { color: false })).toBe('selfassess: no problems in 2 files\n');
  });
});
