import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeIntegrity } from '../../../src/domain/report/integrity.js';
import { isWellFormedReport } from '../../../src/domain/validate/report-shape.js';
import { Report } from '../../../src/domain/schemas/report.js';
import { readText } from '../../../src/io/read-text.js';
import { createValidationEnvironment, type ValidationSources } from '../../../src/io/validate-environment.js';
import { validateText } from '../../../src/io/validate-file.js';
import { colonCount } from '../../../src/io/depth.js';
import { walkReport } from '../../../src/domain/validate/validate-document.js';
import { sampleReport } from '../../support/sample-reports.js';

/*
 * validate checks a well-formed report with a compiled JSON Schema and parses
 * only the others with zod: both paths must give exactly the same record, on
 * every file of the altered-report and bad-input corpora.
 */
const ROOT = path.resolve(import.meta.dirname, '../../..');
const CORPORA: Array<{ dir: string; sources: ValidationSources }> = [
  { dir: 'test/fixtures/validate', sources: { checklists: path.join(ROOT, 'test/fixtures/validate/checklists') } },
  { dir: 'test/fixtures/bad-inputs', sources: { checklists: path.join(ROOT, 'test/fixtures/bad-inputs/checklists') } },
];

function documents(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(json|ya?ml)$/.test(name))
    .sort()
    .map((name) => path.join(ROOT, dir, name));
}

describe('the fast path of validate', () => {
  for (const { dir, sources } of CORPORA) {
    it(`gives the same record as the complete path on every file of ${dir}`, async () => {
      const env = createValidationEnvironment(sources);
      const files = documents(dir);
      expect(files.length).toBeGreaterThan(20);
      for (const file of files) {
        const text = await readText(file);
        const fast = await validateText(file, text, env);
        const complete = await validateText(file, text, env, { complete: true });
        expect(fast, path.relative(ROOT, file)).toEqual(complete);
      }
    });
  }

  it('is taken by a valid report, and by a report whose figures alone were altered', async () => {
    const valid = await sampleReport('FRA', '2025');
    expect(isWellFormedReport(JSON.parse(JSON.stringify(valid)))).toBe(true);
    const body = { ...valid, scores: { ...valid.scores, overall: { ...valid.scores.overall, score: 0.9 } } };
    expect(isWellFormedReport(JSON.parse(JSON.stringify({ ...body, integrity: computeIntegrity(body) })))).toBe(true);
  });

  it('accepts only what zod accepts, unchanged by zod', async () => {
    const valid: unknown = JSON.parse(JSON.stringify(await sampleReport('KEN', '2025')));
    const parsed = Report.safeParse(valid);
    expect(parsed.success).toBe(true);
    expect(parsed.data).toEqual(valid);
  });

  it('leaves to zod a report with a wrong type, an unknown member, a reserved key or an empty string', async () => {
    const report = await sampleReport('SEN', '2025');
    const variants: unknown[] = [
      { ...report, period: 2025 },
      { ...report, extra: true },
      JSON.parse(JSON.stringify(report).replace('"answers":{', '"answers":{"__proto__":{"value":"yes"},')),
      { ...report, respondent: { ...report.respondent, party: { ...report.respondent.party, name: '' } } },
      { ...report, dates: { created: '2025-02-30T10:00:00Z' } },
      { ...report, scores: { ...report.scores, overall: { ...report.scores.overall, score: 1.5 } } },
    ];
    for (const [i, variant] of variants.entries()) {
      expect(isWellFormedReport(variant), `variant ${i}`).toBe(false);
      // zod accepts a reserved key in a record: the rule on reserved keys refuses it (variant 2).
      expect(Report.safeParse(variant).success, `variant ${i}`).toBe(i === 2);
    }
  });

  it('counts, as it writes a report\'s digest, the ":" of the text outside and inside strings, which the loader then need not count on the data', async () => {
    for (const [country, period] of [
      ['FRA', '2025'],
      ['KEN', '2025'],
    ] as const) {
      const report = await sampleReport(country, period);
      for (const text of [JSON.stringify(report), JSON.stringify(report, null, 2), JSON.stringify({ ...report, period: 'a:b::c' })]) {
        const walk = walkReport(JSON.parse(text));
        expect(walk?.checked?.colons).toBe(colonCount(text));
        expect(walk?.checked?.nesting).toBeLessThan(10);
      }
    }
  });

  it('gives the same record on both paths for a report with a repeated key, wherever it is and whatever the dropped value holds', async () => {
    const env = createValidationEnvironment({});
    const text = JSON.stringify(await sampleReport('FRA', '2025'), null, 2);
    const variants = [
      text.replace('"period": ', '"period": "1999:x:y",\n  "period": '),
      text.replace('"period": ', '"period": {"a": 1, "b:": [2]},\n  "period": '),
      text.replace(/("period": "[^"]*")/, '$1,\n  "period": "2024"'),
      text.replace('"answers": {', '"answers": {\n    "art3-a-acts": {"value": "no"},'),
      text.replace('"integrity": {', '"integrity": {"digest": "x:y",'),
      text.replace('"counts": {', '"counts": {"total": 1,'),
      text.replace('"kind": "report",', '"kind": "report",\n  "kind": "report",'),
    ];
    for (const [i, variant] of variants.entries()) {
      expect(variant, `variant ${i}`).not.toBe(text);
      const fast = await validateText(`repeated-${i}.report.json`, { ok: true, text: variant }, env);
      const complete = await validateText(`repeated-${i}.report.json`, { ok: true, text: variant }, env, { complete: true });
      expect(fast, `variant ${i}`).toEqual(complete);
      expect(
        fast.diagnostics.map((d) => d.code),
        `variant ${i}`,
      ).toContain('yaml-duplicate-key');
    }
    const valid = await validateText('valid.report.json', { ok: true, text }, env);
    expect(valid.errors).toBe(0);
    expect(valid).toEqual(await validateText('valid.report.json', { ok: true, text }, env, { complete: true }));
  });
});
