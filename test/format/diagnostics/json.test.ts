import { describe, expect, it } from 'vitest';
import { formatJson } from '../../../src/format/diagnostics/json.js';
import { clean, report } from './report-fixture.js';

describe('formatJson', () => {
  it('prints tool, summary and every diagnostic field, omitting absent positions', () => {
    const text = formatJson(report, { color: true });
    expect(text).toBe(`{
  "tool": {
    "name": "selfassess",
    "version": "0.1.0",
    "informationUri": "https://example.org/selfassess"
  },
  "summary": {
    "files": 2,
    "errors": 1,
    "warnings": 1,
    "infos": 1
  },
  "diagnostics": [
    {
      "code": "missing-translation",
      "severity": "info",
      "message": "Traduction manquante pour « Résumé » (fr).",
      "file": "checklists/national plan.yaml",
      "pointer": "/title"
    },
    {
      "code": "duplicate-id",
      "severity": "error",
      "message": "Id \\"q<1>\\" & 'q1' clash: 100% sure,\\nrename one",
      "file": "checklists/national plan.yaml",
      "pointer": "/questions/1/id",
      "start": {
        "line": 3,
        "column": 5
      },
      "end": {
        "line": 3,
        "column": 12
      }
    },
    {
      "code": "empty-section",
      "severity": "warning",
      "message": "L’indice est vide ; complétez-le.",
      "file": "checklists/national plan.yaml",
      "pointer": "/questions/0/hint",
      "start": {
        "line": 10,
        "column": 1
      }
    }
  ]
}
`);
    expect(text).not.toMatch(/\u001b\[/);
    expect(JSON.parse(text)).toMatchObject({ diagnostics: report.diagnostics });
  });

  it('handles an empty report and a tool without informationUri', () => {
    expect(formatJson({ ...clean, tool: { name: 't', version: '1' } }, { color: false })).toBe(
      '{\n  "tool": {\n    "name": "t",\n    "version": "1"\n  },\n' +
        '  "summary": {\n    "files": 2,\n    "errors": 0,\n    "warnings": 0,\n    "infos": 0\n  },\n' +
        '  "diagnostics": []\n}\n',
    );
  });
});
