import { describe, expect, it } from 'vitest';
import type { ValidatedFile } from '../../../src/domain/schemas/validate-output.js';
import { ValidateOutput } from '../../../src/domain/schemas/validate-output.js';
import { sameJson } from '../../../src/domain/validate/compare-report.js';
import { addToSummary, emptySummary } from '../../../src/domain/validate/summary.js';
import { jsonClosing, jsonFile, jsonOpening, ndjsonFile, ndjsonSummary } from '../../../src/format/validate/json.js';
import { progressLine } from '../../../src/format/validate/progress.js';
import { formatValidateTable, summaryLine } from '../../../src/format/validate/table.js';
import { fileRecord } from '../../../src/format/validate/record.js';
import { validatedFile } from './validated-file.js';

const tool = { name: 'selfassess', version: '0.1.0' };

const file = validatedFile;

const invalid = file('b.report.json', {
  status: 'invalid',
  errors: 1,
  diagnostics: [
    {
      code: 'report-score-mismatch',
      severity: 'error',
      message: 'overall score is 0.9 in the report, but its answers give 0.4571',
      file: 'b.report.json',
      pointer: '/scores/overall/score',
      start: { line: 87, column: 16 },
    },
  ],
});

describe('validate output formats', () => {
  it('json pieces, written file by file, make the same text as one JSON.stringify, and match the schema', () => {
    for (const files of [[], [file('a.report.json')], [file('a.report.json'), invalid]]) {
      const summary = emptySummary();
      files.forEach((f) => addToSummary(summary, f));
      const text = jsonOpening(tool) + files.map((f, i) => jsonFile(f, i)).join('') + jsonClosing(summary);
      expect(text).toBe(JSON.stringify({ tool, files, summary }, null, 2) + '\n');
      expect(ValidateOutput.safeParse(JSON.parse(text)).success).toBe(true);
    }
  });

  it('writes records with a fixed key order, whatever order they were built in', () => {
    const shuffled = Object.fromEntries(Object.entries(file('a.report.json')).reverse()) as ValidatedFile;
    expect(ndjsonFile(shuffled)).toBe(ndjsonFile(file('a.report.json')));
    expect(Object.keys(JSON.parse(ndjsonFile(file('a.report.json'))))).toEqual([
      'file',
      'kind',
      'status',
      'country',
      'period',
      'checklist',
      'score',
      'complete',
      'missing',
      'band',
      'cappedBy',
      'errors',
      'warnings',
      'diagnostics',
    ]);
    expect(JSON.parse(ndjsonSummary(emptySummary()))).toEqual({ summary: emptySummary() });
  });

  it('counts files by status and kind', () => {
    const summary = emptySummary();
    for (const f of [file('a'), invalid, file('c', { status: 'warnings', warnings: 2, kind: null }), file('d', { kind: 'draft' })])
      addToSummary(summary, f);
    expect(summary).toEqual({
      files: 4,
      valid: 2,
      withWarnings: 1,
      invalid: 1,
      errors: 1,
      warnings: 2,
      kinds: { report: 2, answers: 0, draft: 1, checklist: 0, catalogue: 0, measures: 0, unknown: 1 },
    });
    expect(summaryLine(summary)).toBe('4 files: 2 valid, 1 with warnings, 1 invalid (1 error, 2 warnings)');
    expect(summaryLine(summary, 'fr')).toBe(
      '4\u00a0fichiers\u00a0: 2\u00a0valides, 1\u00a0avec avertissements, 1\u00a0non valide (1\u00a0erreur, 2\u00a0avertissements)',
    );
  });

  it('draws one seamless table however many rows, then the problems and the summary', () => {
    const files = Array.from({ length: 450 }, (_, i) => file(`r${String(i).padStart(3, '0')}.report.json`));
    const summary = emptySummary();
    files.forEach((f) => addToSummary(summary, f));
    const lines = formatValidateTable(files, summary, tool, { color: false, signatures: false }).split('\n');
    expect(lines[0]).toMatch(/^┌─+┬/);
    expect(lines[1]).toMatch(
      /^│ file +│ kind +│ country │ period │ checklist +│ score +│ band +│ completeness │ status │ errors │ warnings │$/,
    );
    expect(lines[2]).toMatch(/^├─+┼/);
    expect(lines[3]).toBe(
      '│ r000.report.json │ report │ FRA     │ 2026   │ tip-protocol 1.0.0 │ 0.4571 │ developing │ complete     │ valid  │ 0      │ 0        │',
    );
    expect(lines.filter((l) => l.startsWith('│ r'))).toHaveLength(450);
    expect(lines.filter((l) => /^[┌└├]/.test(l))).toHaveLength(3);
    expect(lines.at(-2)).toBe('450 files: 450 valid, 0 with warnings, 0 invalid (0 errors, 0 warnings)');
    const withProblem = formatValidateTable([invalid], summary, tool, { color: false, signatures: true });
    expect(withProblem).toMatch(/│ warnings │ signature │/);
    expect(withProblem).toMatch(/b\.report\.json\n {2}87:16 +error +overall score is 0\.9 .* report-score-mismatch/);
  });

  it('gives each report its completeness as it states it: complete, or incomplete with how many are unanswered', () => {
    const files = [
      file('a.report.json'),
      file('b.report.json', { complete: false, missing: 12 }),
      file('c.yaml', { kind: 'checklist', complete: null, missing: null, score: null }),
    ];
    const summary = emptySummary();
    files.forEach((f) => addToSummary(summary, f));
    const rows = formatValidateTable(files, summary, tool, { color: false, signatures: false })
      .split('\n')
      .filter((l) => /^│ [abc]\./.test(l));
    expect(rows.map((l) => l.split('│')[8]?.trim())).toEqual(['complete', 'incomplete: 12 unanswered', '—']);
    expect(JSON.parse(ndjsonFile(files[1] ?? file('x')))).toMatchObject({ complete: false, missing: 12 });
  });

  it("says on the band's own line why a band is capped", () => {
    const capped = file('capped.report.json', {
      band: 'developing',
      cappedBy: [
        { question: 'art5-1-criminalization-offence', status: 'not-met', sources: [{ catalogue: 'un-tip-protocol', provision: '5.1' }] },
      ],
    });
    const summary = emptySummary();
    addToSummary(summary, capped);
    const table = formatValidateTable([capped], summary, tool, { color: false, signatures: false });
    expect(table).toMatch(/│ 0\.4571 │ developing \(capped: core obligation not met: Protocol, art\. 5\(1\)\) │ complete +│/);
  });

  it('writes each row its own words, whatever the rows before it said (the words are kept from row to row)', () => {
    const capped = (name: string, provision: string, status: 'not-met' | 'unknown') =>
      file(name, {
        band: 'developing',
        cappedBy: [{ question: `q-${provision}`, status, sources: [{ catalogue: 'un-tip-protocol', provision }] }],
      });
    const files = [
      capped('a.report.json', '5.1', 'not-met'),
      capped('b.report.json', '5.1', 'unknown'),
      capped('c.report.json', '6.1', 'not-met'),
      file('d.report.json', { complete: false, missing: 3 }),
      file('e.report.json', { complete: false, missing: 4 }),
      file('f.report.json', { band: 'developing', bandLabel: { en: 'Developing', fr: 'En développement' } }),
      file('g.report.json', { band: 'developing', bandLabel: { en: 'In progress', fr: 'En cours' } }),
    ];
    const summary = emptySummary();
    files.forEach((f) => addToSummary(summary, f));
    const rows = formatValidateTable(files, summary, tool, { color: false, signatures: false }).split('\n');
    const rowOf = (name: string): string => rows.find((line) => line.includes(name)) ?? '';
    expect(rowOf('a.report.json')).toContain('developing (capped: core obligation not met: Protocol, art. 5(1))');
    expect(rowOf('b.report.json')).not.toContain('not met');
    expect(rowOf('c.report.json')).toContain('art. 6(1)');
    expect(rowOf('d.report.json')).toContain('incomplete: 3 unanswered');
    expect(rowOf('e.report.json')).toContain('incomplete: 4 unanswered');
    expect(rowOf('f.report.json')).toContain(' Developing ');
    expect(rowOf('g.report.json')).toContain(' In progress ');
  });

  it('draws a progress bar', () => {
    expect(progressLine(2500, 10000, 8)).toBe('validating ██░░░░░░ 2,500 / 10,000 files');
    // In French: French digit grouping (a narrow no-break space) and a real plural.
    expect(progressLine(2500, 10000, 8, 'fr')).toBe('validation ██░░░░░░ 2\u202f500 / 10\u202f000\u00a0fichiers');
    expect(progressLine(0, 1, 8, 'fr')).toBe('validation ░░░░░░░░ 0 / 1\u00a0fichier');
  });

  it('compares JSON values deeply, ignoring key order and undefined members', () => {
    expect(sameJson({ a: [1, { b: 2 }], c: undefined }, { a: [1, { b: 2 }] })).toBe(true);
    expect(sameJson({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
    expect(sameJson({ a: null }, { a: 0 })).toBe(false);
    expect(sameJson([], {})).toBe(false);
  });
});

describe('the validate table in French', () => {
  it('writes the score with a decimal comma, as the report states it to four places', () => {
    const one = file('a.report.json', { score: 0.4272 });
    const summary = emptySummary();
    addToSummary(summary, one);
    const table = formatValidateTable([one], summary, tool, { color: false, signatures: false, language: 'fr' });
    expect(table).toContain(' 0,4272 ');
    expect(table).not.toContain('0.4272');
    expect(formatValidateTable([one], summary, tool, { color: false, signatures: false })).toContain(' 0.4272 ');
  });

  it("names the band by the report's label in the reader's language, its id where the report has none in it", () => {
    const labelled = file('a.report.json', {
      bandLabel: { en: 'Developing', fr: 'En développement' },
      cappedBy: [
        { question: 'art5-1-criminalization-offence', status: 'not-met', sources: [{ catalogue: 'un-tip-protocol', provision: '5.1' }] },
      ],
    });
    const englishOnly = file('b.report.json', { bandLabel: { en: 'Developing' } });
    const summary = emptySummary();
    addToSummary(summary, labelled);
    addToSummary(summary, englishOnly);
    const fr = formatValidateTable([labelled, englishOnly], summary, tool, { color: false, signatures: false, language: 'fr' });
    expect(fr).toMatch(/│ En développement \(plafonné\u00a0: obligation fondamentale non remplie\u00a0: Protocole, art\. 5, par\. 1\) │/);
    expect(fr).toMatch(/│ developing +│/);
    expect(fr).not.toContain('Developing');
    const en = formatValidateTable([labelled, englishOnly], summary, tool, { color: false, signatures: false });
    expect(en).toMatch(/│ Developing \(capped: core obligation not met: Protocol, art\. 5\(1\)\) │/);
    // The JSON output keeps the band's id alone.
    expect(Object.keys(fileRecord(labelled, 'fr'))).not.toContain('bandLabel');
  });
});
