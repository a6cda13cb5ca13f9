import { describe, expect, it } from 'vitest';
import { fileUri, formatSarif } from '../../../src/format/diagnostics/sarif.js';
import { clean, report } from './report-fixture.js';

const location = (uri: string, region?: object) => ({
  physicalLocation: { artifactLocation: { uri }, ...(region ? { region } : {}) },
});

describe('formatSarif', () => {
  it('prints a valid SARIF 2.1.0 log', () => {
    const text = formatSarif(report, { color: true });
    expect(text.endsWith('}\n')).toBe(true);
    // Pretty-printed with two spaces, exactly as JSON.stringify would.
    expect(text).toBe(JSON.stringify(JSON.parse(text), null, 2) + '\n');
    expect(JSON.parse(text)).toStrictEqual({
      $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
      version: '2.1.0',
      runs: [
        {
          tool: {
            driver: {
              name: 'selfassess',
              version: '0.1.0',
              informationUri: 'https://example.org/selfassess',
              rules: [
                { id: 'duplicate-id', shortDescription: { text: 'Question ids must be unique' } },
                { id: 'empty-section', shortDescription: { text: 'Hints must not be empty' } },
                { id: 'missing-translation', shortDescription: { text: 'missing-translation' } },
              ],
            },
          },
          artifacts: [{ location: { uri: 'checklists/national%20plan.yaml' } }, { location: { uri: 'checklists/b.yaml' } }],
          results: [
            {
              ruleId: 'missing-translation',
              ruleIndex: 2,
              level: 'note',
              message: { text: 'Traduction manquante pour « Résumé » (fr).' },
              locations: [location('checklists/national%20plan.yaml')],
            },
            {
              ruleId: 'duplicate-id',
              ruleIndex: 0,
              level: 'error',
              message: { text: 'Id "q<1>" & \'q1\' clash: 100% sure,\nrename one' },
              locations: [location('checklists/national%20plan.yaml', { startLine: 3, startColumn: 5, endLine: 3, endColumn: 12 })],
            },
            {
              ruleId: 'empty-section',
              ruleIndex: 1,
              level: 'warning',
              message: { text: 'L’indice est vide ; complétez-le.' },
              locations: [location('checklists/national%20plan.yaml', { startLine: 10, startColumn: 1 })],
            },
          ],
        },
      ],
    });
  });

  it('keeps ruleIndex consistent with the rules array and lists clean files', () => {
    const log = JSON.parse(formatSarif(report, { color: false }));
    const run = log.runs[0];
    for (const result of run.results) expect(run.tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId);
    const empty = JSON.parse(formatSarif({ ...clean, tool: { name: 't', version: '1' } }, { color: false }));
    expect(empty.runs[0].results).toEqual([]);
    expect(empty.runs[0].tool.driver).toStrictEqual({ name: 't', version: '1', rules: [] });
    expect(empty.runs[0].artifacts).toHaveLength(2);
  });

  it('turns file names into URIs', () => {
    expect(fileUri('./a/b c%#?é.yaml')).toBe('a/b%20c%25%23%3F%C3%A9.yaml');
    expect(fileUri('dir\\sub\\x.yaml')).toBe('dir/sub/x.yaml');
    expect(fileUri('a:b.yaml')).toBe('a%3Ab.yaml');
    expect(fileUri('/home/u/x y.yaml')).toBe('file:///home/u/x%20y.yaml');
    expect(fileUri('C:\\Users\\u\\x.yaml')).toBe('file:///C:/Users/u/x.yaml');
    expect(fileUri('\\\\server\\share\\x.yaml')).toBe('file://server/share/x.yaml');
  });
});
