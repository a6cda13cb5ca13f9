import { describe, expect, it } from 'vitest';
import { formatStylish } from '../../../src/format/diagnostics/stylish.js';
import { clean, report } from './report-fixture.js';

const ANSI = /\u001b\[/;

describe('formatStylish', () => {
  it('aligns columns, folds multi-line messages and shows - for a missing position', () => {
    const text = formatStylish(report, { color: false });
    expect(text).toBe(
      [
        'checklists/national plan.yaml',
        '  -     info     Traduction manquante pour « Résumé » (fr).     missing-translation',
        '  3:5   error    Id "q<1>" & \'q1\' clash: 100% sure, rename one  duplicate-id',
        '  10:1  warning  L’indice est vide ; complétez-le.              empty-section',
        '',
        '✖ 3 problems (1 error, 1 warning, 1 info)',
        '',
      ].join('\n'),
    );
    expect(text).not.toMatch(ANSI);
  });

  it('colours severities, positions, codes, path and summary when asked', () => {
    const text = formatStylish(report, { color: true });
    expect(text).toBe(
      '\u001b[4mchecklists/national plan.yaml\u001b[24m\n' +
        '  \u001b[2m-\u001b[22m     \u001b[34minfo\u001b[39m     Traduction manquante pour « Résumé » (fr).     \u001b[2mmissing-translation\u001b[22m\n' +
        '  \u001b[2m3:5\u001b[22m   \u001b[31merror\u001b[39m    Id "q<1>" & \'q1\' clash: 100% sure, rename one  \u001b[2mduplicate-id\u001b[22m\n' +
        '  \u001b[2m10:1\u001b[22m  \u001b[33mwarning\u001b[39m  L’indice est vide ; complétez-le.              \u001b[2mempty-section\u001b[22m\n' +
        '\n' +
        '\u001b[31m\u001b[1m✖ 3 problems (1 error, 1 warning, 1 info)\u001b[22m\u001b[39m\n',
    );
  });

  it('separates files with a blank line and uses singular forms', () => {
    const text = formatStylish(
      {
        tool: report.tool,
        files: ['a.yaml', 'b.yaml'],
        diagnostics: [
          { code: 'duplicate-id', severity: 'warning', message: 'm1', file: 'a.yaml', pointer: '', start: { line: 1, column: 2 } },
          { code: 'empty-section', severity: 'warning', message: 'm2', file: 'b.yaml', pointer: '' },
        ],
      },
      { color: false },
    );
    expect(text).toBe(
      'a.yaml\n  1:2  warning  m1  duplicate-id\n\nb.yaml\n  -  warning  m2  empty-section\n\n✖ 2 problems (0 errors, 2 warnings)\n',
    );
  });

  it('says it ran when there is nothing to report', () => {
    expect(formatStylish(clean, { color: false })).toBe('✔ 2 files checked, no problems\n');
    expect(formatStylish({ ...clean, files: ['a.yaml'] }, { color: false })).toBe('✔ 1 file checked, no problems\n');
    expect(formatStylish(clean, { color: true })).toBe('\u001b[32m✔ 2 files checked, no problems\u001b[39m\n');
  });
});
