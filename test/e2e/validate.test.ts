import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import type { ValidatedFileOutput, ValidateOutput } from '../../src/domain/schemas/validate-output.js';
import { EXPECTED_CODES } from '../fixtures/validate/expected.js';
import { ROOT, hasStackTrace, runCli } from '../support/run-cli.js';

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => void;
const FIXTURES = 'test/fixtures/validate';
const CHECKLISTS = ['--checklists', `${FIXTURES}/checklists`];

function validateOutput(): (data: unknown) => boolean {
  const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true });
  addFormats(ajv);
  return ajv.compile(JSON.parse(readFileSync(path.join(ROOT, 'schemas/validate-output.schema.json'), 'utf8')));
}

const run = (args: string[]) => runCli(['validate', ...args]);
const json = (args: string[]): ValidateOutput => JSON.parse(run([...args, '-f', 'json']).stdout);
const codesOf = (f: ValidatedFileOutput): string[] => f.diagnostics.map((d) => d.code).sort();

describe('selfassess validate (built binary)', () => {
  it('finds exactly the defect each fixture is named after, in a json document that matches its JSON Schema', () => {
    const r = run([FIXTURES, ...CHECKLISTS, '-f', 'json']);
    expect(r.status).toBe(1);
    const output: ValidateOutput = JSON.parse(r.stdout);
    expect(validateOutput()(output)).toBe(true);
    const found = Object.fromEntries(output.files.map((f) => [path.relative(FIXTURES, f.file), codesOf(f)]));
    const expected = Object.fromEntries(Object.entries(EXPECTED_CODES).map(([name, codes]) => [name, [...codes].sort()]));
    expect(found).toEqual(expected);
    expect(output.summary).toMatchObject({ files: 33, valid: 4, withWarnings: 1, invalid: 28 });
    expect(output.summary.kinds).toEqual({ report: 23, answers: 3, draft: 1, checklist: 1, catalogue: 0, measures: 0, unknown: 5 });
  });

  it('gives every diagnostic a file, and a line and column where the file has positions', () => {
    const output = json([`${FIXTURES}/reports`, ...CHECKLISTS]);
    const score = output.files.find((f) => f.file.endsWith('score-altered.report.json') && !f.file.includes('section'));
    expect(score?.diagnostics).toEqual([
      expect.objectContaining({
        code: 'report-score-mismatch',
        file: `${FIXTURES}/reports/score-altered.report.json`,
        pointer: '/scores/overall/score',
        start: { line: 88, column: 16 },
      }),
    ]);
    const empty = output.files.find((f) => f.file.endsWith('empty.report.json'));
    expect(empty?.diagnostics[0]).not.toHaveProperty('start');
  });

  it('prints a table and a summary line by default, without colour outside a terminal', () => {
    const r = run([`${FIXTURES}/reports/valid.report.json`, `${FIXTURES}/reports/hidden-question-answered.report.json`, ...CHECKLISTS]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(
      /│ file +│ kind +│ country +│ period +│ checklist +│ score +│ band +│ completeness +│ status +│ errors +│ warnings │/,
    );
    expect(r.stdout).toMatch(
      /│ test\/fixtures\/validate\/reports\/valid\.report\.json +│ report +│ FRA +│ 2026 +│ validate-example 1\.0\.0 +│ 0\.7500 +│ High +│ complete +│ valid +│ 0 +│ 0 +│/,
    );
    expect(r.stdout).toMatch(/58:20 +warning +question "convictions" is not asked .* answer-hidden-question/);
    expect(r.stdout.endsWith('2 files: 1 valid, 1 with warnings, 0 invalid (0 errors, 1 warning)\n')).toBe(true);
    expect(r.stdout).not.toMatch(/\u001b\[/);
  });

  it('streams ndjson: one line per file, then the summary', () => {
    const lines = run([`${FIXTURES}/answers`, ...CHECKLISTS, '-f', 'ndjson'])
      .stdout.trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    const whole = json([`${FIXTURES}/answers`, ...CHECKLISTS]);
    expect(lines.slice(0, -1)).toEqual(whole.files);
    expect(lines.at(-1)).toEqual({ summary: whole.summary });
  });

  it('speaks junit, sarif and github with the same diagnostics', () => {
    const args = [`${FIXTURES}/reports/digest-altered.report.json`, `${FIXTURES}/reports/valid.report.json`, ...CHECKLISTS];
    const junit = run([...args, '-f', 'junit']).stdout;
    expect(junit).toContain('<testsuites name="selfassess" tests="2" failures="1">');
    expect(junit).toContain('<failure type="report-integrity-mismatch"');
    const sarif = JSON.parse(run([...args, '-f', 'sarif']).stdout);
    expect(sarif.runs[0].results.map((r: { ruleId: string }) => r.ruleId)).toEqual(['report-integrity-mismatch']);
    expect(sarif.runs[0].artifacts).toHaveLength(2);
    const github = run([...args, '-f', 'github']).stdout.split('\n');
    expect(github[0]).toMatch(
      /^::error file=test\/fixtures\/validate\/reports\/digest-altered\.report\.json,line=201,col=15,.*title=report-integrity-mismatch::/,
    );
    expect(github[1]).toBe('selfassess: 1 problem (1 error, 0 warnings) in 2 files');
  });

  it('gives the same output whatever the parallelism', () => {
    for (const format of ['json', 'ndjson', 'table', 'sarif']) {
      const serial = run([FIXTURES, ...CHECKLISTS, '-f', format, '--jobs', '1']);
      const parallel = run([FIXTURES, ...CHECKLISTS, '-f', format, '--jobs', '3']);
      expect(parallel.stdout, format).toBe(serial.stdout);
      expect(parallel.status).toBe(serial.status);
    }
  });

  it('exits 1 on warnings only with --fail-on warning or over --max-warnings', () => {
    const warned = [`${FIXTURES}/reports/hidden-question-answered.report.json`, ...CHECKLISTS, '-f', 'json'];
    expect(run(warned).status).toBe(0);
    expect(run([...warned, '--fail-on', 'warning']).status).toBe(1);
    expect(run([...warned, '--max-warnings', '0']).status).toBe(1);
    expect(run([...warned, '--max-warnings', '1']).status).toBe(0);
  });

  it('expands quoted globs and directories, and refuses a pattern that matches nothing (exit 2)', () => {
    const globbed = json([`${FIXTURES}/reports/*-altered.report.json`, ...CHECKLISTS]);
    expect(globbed.files.map((f) => path.basename(f.file))).toEqual([
      'assistance-altered.report.json',
      'band-altered.report.json',
      'counts-altered.report.json',
      'digest-altered.report.json',
      'gaps-altered.report.json',
      'score-altered.report.json',
      'scoring-altered.report.json',
      'section-score-altered.report.json',
    ]);
    expect(json([`${FIXTURES}/answers/`, ...CHECKLISTS]).summary.files).toBe(4);
    const none = run([`${FIXTURES}/answers`, 'no-such-dir/*.json']);
    expect(none.status).toBe(2);
    expect(none.stdout).toBe('');
    expect(none.stderr).toContain('pattern "no-such-dir/*.json" matched no file');
    expect(hasStackTrace(none.stderr)).toBe(false);
  });

  it('refuses a folder option that names no folder (exit 2)', () => {
    const r = run([`${FIXTURES}/answers`, '--checklists', 'no-such-folder']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--checklists no-such-folder: no such folder');
    // A file is not "no such folder": it exists, and the user must be told what it is.
    const file = run([`${FIXTURES}/answers`, '--checklists', 'package.json', '--lang', 'fr']);
    expect(file.status).toBe(2);
    expect(file.stderr).toContain('--checklists package.json\u00a0: c’est un fichier, non un dossier');
    expect(hasStackTrace(file.stderr)).toBe(false);
  });

  it('says clearly when a report names a checklist it cannot find', () => {
    const output = json([`${FIXTURES}/reports/valid.report.json`]);
    expect(output.files[0]?.diagnostics.map((d) => d.code)).toEqual(['checklist-not-found']);
  });
});
