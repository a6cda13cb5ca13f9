import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { Report } from '../../src/domain/schemas/report.js';
import { FRANCE, WORKED_ANSWERS, WORKED_CHECKLIST, fillAnswersFile, lineOf, reportValidator } from '../support/answers-files.js';
import { hasStackTrace, runCli, type RunResult } from '../support/run-cli.js';

let dir: string;
const run = (...args: string[]): RunResult => runCli(args, { cwd: dir });
const file = (name: string): string => path.join(dir, name);
const readReport = async (name: string): Promise<Report> => Report.parse(JSON.parse(await readFile(file(name), 'utf8')));
const counts = (answered: number, dontKnow: number, notApplicable: number, hidden: number, unanswered: number, total: number) => ({
  answered,
  dontKnow,
  notApplicable,
  hidden,
  unanswered,
  total,
});

/** A fresh template of the worked example, filled with `fill`. */
async function filledTemplate(name: string, filling: Parameters<typeof fillAnswersFile>[1]): Promise<void> {
  expect(run('template', WORKED_CHECKLIST, '-o', name).status).toBe(0);
  await fillAnswersFile(file(name), filling);
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'selfassess-score-'));
  // The worked example is not bundled: it is found by id in --checklists, as a ministry's own checklist would be.
  await mkdir(file('checklists'));
  await copyFile(WORKED_CHECKLIST, file('checklists/worked.yaml'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('selfassess score', () => {
  it('template → filled in place → score: the report holds the figures of docs/scoring.md', async () => {
    await filledTemplate('filled.yaml', { party: FRANCE, period: '2025', answers: WORKED_ANSWERS });
    const text = await readFile(file('filled.yaml'), 'utf8');
    expect(text).toContain('  # crim.attempt — Is attempting to commit the offence a criminal offence?');

    const r = run('score', 'filled.yaml', '--checklists', 'checklists');
    expect(r.stderr).toContain('Overall score: 45.71% (0.4571) — Developing');
    expect(r.stderr).toContain('INCOMPLETE: 1 question unanswered');
    expect(r.stderr).toContain('Report written to: fra-scoring-worked-example-2025.report.json');
    expect(r.stderr).toContain('question "prot.recovery-plan" is not asked (its condition is false): this answer is ignored');
    expect(r.status).toBe(0);

    const report = await readReport('fra-scoring-worked-example-2025.report.json');
    expect(report.scores.overall).toEqual({ score: 0.4571, band: 'developing', counts: counts(5, 1, 1, 1, 2, 10) });
    expect(report.scores.sections).toEqual([
      { id: 'crim', score: 0.625, band: 'established', counts: counts(2, 1, 0, 0, 1, 4) },
      { id: 'prot', score: 0.2333, band: 'initial', counts: counts(3, 0, 1, 1, 1, 6) },
    ]);
    expect(report.scores.pillars.map((p) => [p.id, p.score])).toEqual([
      ['prosecution', 0.625],
      ['protection', 0.35],
      ['prevention', 0],
      ['partnership', null],
    ]);
    expect(report.completeness).toEqual({
      complete: false,
      missing: 1,
      missingQuestions: [{ question: 'prot.awareness', section: 'prot' }],
    });
    expect(report.gaps.map((g) => [g.question, g.current, g.best, g.gap])).toEqual([
      ['prot.child-shelters', 0, 1, 0.1429],
      ['crim.attempt', 0.5, 1, 0.0714],
      ['prot.recovery', 0.7, 1, 0.0429],
    ]);
    expect(report.assistance).toEqual([
      { category: 'legislative', questions: ['crim.attempt', 'prot.child-shelters'] },
      { category: 'training', questions: ['prot.child-shelters'] },
    ]);
    // Blanks left in the template are not carried into the report.
    expect(report.respondent).toEqual({ party: FRANCE });
    expect(report.dates.completed).toBeUndefined();
  });

  it('writes a report that validates against its JSON Schema (ajv)', async () => {
    const validate = reportValidator();
    const result = validate(JSON.parse(await readFile(file('fra-scoring-worked-example-2025.report.json'), 'utf8')));
    expect(result.errors).toBe('No errors');
    expect(result.valid).toBe(true);
  });

  it('never replaces an existing report without --force', async () => {
    const name = 'fra-scoring-worked-example-2025.report.json';
    const before = await readFile(file(name), 'utf8');
    const refused = run('score', 'filled.yaml', '--checklists', 'checklists');
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain(`${name} already exists — choose another name with -o, or pass --force to replace it`);
    expect(await readFile(file(name), 'utf8')).toBe(before);
    expect(run('score', 'filled.yaml', '--checklists', 'checklists', '--force').status).toBe(0);
    expect(run('score', 'filled.yaml', '--checklist', WORKED_CHECKLIST, '-o', 'other.report.json').status).toBe(0);
    expect((await readReport('other.report.json')).scores.overall.score).toBe(0.4571);
  });

  it('writes the report to stdout with -o -', () => {
    const r = run('score', 'filled.yaml', '--checklists', 'checklists', '-o', '-');
    expect(r.status).toBe(0);
    expect(Report.parse(JSON.parse(r.stdout)).scores.overall.band).toBe('developing');
    expect(r.stderr).not.toContain('Report written to');
  });

  it('scores an unfilled template as an incomplete report', async () => {
    await filledTemplate('unfilled.yaml', { party: FRANCE, period: '2025' });
    const r = run('score', 'unfilled.yaml', '--checklists', 'checklists', '-o', 'unfilled.report.json');
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('INCOMPLETE: 6 questions unanswered');
    const report = await readReport('unfilled.report.json');
    expect(report.completeness).toMatchObject({ complete: false, missing: 6 });
    expect(report.scores.overall.score).toBe(0);
  });

  it('says which field to add when the party or the period is missing, and writes nothing', async () => {
    expect(run('template', WORKED_CHECKLIST, '-o', 'blank.yaml').status).toBe(0);
    const text = await readFile(file('blank.yaml'), 'utf8');
    const r = run('score', 'blank.yaml', '--checklists', 'checklists', '-o', 'blank.report.json');
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(
      new RegExp(
        `${lineOf(text, 'respondent:') + 6}:3 +error +a report names the State or organization that responds: add respondent.party`,
      ),
    );
    expect(r.stderr).toContain('a report names its reporting period: add period (e.g. "2026")');
    expect(r.stderr).toContain('no report written');
    await expect(readFile(file('blank.report.json'))).rejects.toThrow();
  });

  it('shows a wrong code, an unknown question and a missing justification at their file:line:col', async () => {
    await filledTemplate('wrong.yaml', {
      party: FRANCE,
      period: '2025',
      answers: { 'crim.offence': { value: 'maybe' }, 'prot.residence': { value: 'not-applicable' } },
    });
    const filled = await readFile(file('wrong.yaml'), 'utf8');
    await writeFile(file('wrong.yaml'), filled.replace('  crim.attempt:\n', '  crim.atempt:\n'));
    const text = await readFile(file('wrong.yaml'), 'utf8');
    const r = run('score', 'wrong.yaml', '--checklists', 'checklists');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('wrong.yaml\n');
    const offence = lineOf(text, '  crim.offence:') + 1;
    const attempt = lineOf(text, '  crim.atempt:') + 1;
    const residence = lineOf(text, '  prot.residence:') + 1;
    expect(r.stderr).toMatch(
      new RegExp(
        `\\n  ${offence}:12 +error +"maybe" is not an option of question "crim.offence"; allowed: yes \\(Yes\\), no \\(No\\), dont-know`,
      ),
    );
    expect(r.stderr).toMatch(
      new RegExp(
        `\\n  ${attempt}:5 +error +checklist "scoring-worked-example" has no question "crim.atempt" \\(did you mean "crim.attempt"\\?\\)`,
      ),
    );
    expect(r.stderr).toMatch(new RegExp(`\\n  ${residence}:5 +error +a "not applicable" answer needs a justification`));
    expect(r.stderr).toContain('no report written');
    expect(hasStackTrace(r.stderr)).toBe(false);
  });

  it('reads JSON answers and drafts, and finds a bundled checklist by the id the answers name', async () => {
    const answers = {
      kind: 'answers',
      formatVersion: 1,
      checklist: { id: 'tip-protocol', version: '1.0.0' },
      respondent: { party: { type: 'organization', code: 'EU', name: 'European Union' } },
      period: '2026',
      answers: { 'adherence-protocol-status': { value: 'approval' } },
      draft: { position: 'adherence-convention-status', savedAt: '2026-03-01T09:30:00Z' },
    };
    await writeFile(file('draft.json'), JSON.stringify(answers, null, 2));
    const r = run('score', 'draft.json');
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('Report written to: eu-tip-protocol-2026.report.json');
    await writeFile(file('draft.yaml'), stringify(answers));
    expect(run('score', 'draft.yaml', '-o', '-').status).toBe(0);
  });

  it('points at the checklist reference when the checklist cannot be found', async () => {
    await writeFile(file('lost.yaml'), 'kind: answers\nformatVersion: 1\nchecklist: { id: national-plan, version: 2.0.0 }\nanswers: {}\n');
    const r = run('score', 'lost.yaml');
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(
      /3:18 +error +checklist "national-plan" is neither bundled nor in --checklists — pass the folder that holds it with --checklists <dir>/,
    );
  });

  it('refuses a file that is not answers, and a missing file', async () => {
    const report = run('score', 'other.report.json');
    expect(report.status).toBe(1);
    expect(report.stderr).toContain('this is a report, not an answers file');
    const missing = run('score', 'nowhere.yaml');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('file not found');
  });
});
