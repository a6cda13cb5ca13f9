import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { AnswersDocument } from '../../src/domain/schemas/answers.js';
import { Report } from '../../src/domain/schemas/report.js';
import { FRANCE, WORKED_ANSWERS, WORKED_CHECKLIST, fillAnswersFile, lineOf, reportValidator } from '../support/answers-files.js';
import { hasStackTrace, runCli, type RunResult } from '../support/run-cli.js';

let dir: string;
const run = (...args: string[]): RunResult => runCli(args, { cwd: dir });
const file = (name: string): string => path.join(dir, name);
const exists = (name: string): Promise<boolean> =>
  readFile(file(name)).then(
    () => true,
    () => false,
  );

/** One department's file: the template of its section, filled with the worked example's answers. */
async function departmentFile(name: string, section: string, filling: Parameters<typeof fillAnswersFile>[1] = {}): Promise<void> {
  expect(run('template', WORKED_CHECKLIST, '--sections', section, '-o', name).status).toBe(0);
  await fillAnswersFile(file(name), { answers: WORKED_ANSWERS, ...filling });
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'selfassess-merge-'));
  await departmentFile('justice.yaml', 'crim', { party: FRANCE, period: '2025' });
  await departmentFile('social.yaml', 'prot', { period: '2025' });
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('selfassess merge', () => {
  it('split by section, merged, scored: the worked example of docs/scoring.md', async () => {
    const merged = run('merge', 'justice.yaml', 'social.yaml', '-o', 'merged.yaml', '--checklist', WORKED_CHECKLIST);
    expect(merged.stderr).toContain('merged 2 files: 8 answers, written to merged.yaml');
    expect(merged.status).toBe(0);

    const text = await readFile(file('merged.yaml'), 'utf8');
    const document = AnswersDocument.parse(parse(text));
    expect(Object.keys(document.answers)).toEqual([
      'crim.offence',
      'crim.attempt',
      'crim.organizing',
      'crim.convictions',
      'prot.recovery',
      'prot.child-shelters',
      'prot.residence',
      'prot.recovery-plan',
      'prot.focal-point',
      'prot.awareness',
    ]);
    expect(document.respondent?.party).toEqual(FRANCE);
    expect(document.period).toBe('2025');
    expect(document.answers['prot.residence']).toEqual(WORKED_ANSWERS['prot.residence']);
    // The merged file is commented like a template, so that it can be edited further.
    expect(text).toContain('  # prot.awareness — Are information and mass-media campaigns carried out?');

    const scored = run('score', 'merged.yaml', '--checklist', WORKED_CHECKLIST, '-o', 'merged.report.json');
    expect(scored.status).toBe(0);
    const report = Report.parse(JSON.parse(await readFile(file('merged.report.json'), 'utf8')));
    expect(report.scores.overall).toMatchObject({ score: 0.4571, band: 'developing' });
    expect(report.scores.sections.map((s) => [s.id, s.score, s.band])).toEqual([
      ['crim', 0.625, 'established'],
      ['prot', 0.2333, 'initial'],
    ]);
    expect(report.completeness.missing).toBe(1);
    expect(reportValidator()(report).valid).toBe(true);
  });

  it('accepts the same answer in two files', async () => {
    await departmentFile('justice-copy.yaml', 'crim', { party: FRANCE });
    const r = run('merge', 'justice.yaml', 'justice-copy.yaml', 'social.yaml', '-o', 'again.yaml', '--checklist', WORKED_CHECKLIST);
    expect(r.stderr).toContain('merged 3 files');
    expect(r.status).toBe(0);
  });

  it('reports conflicting answers with both files and lines, and writes nothing', async () => {
    await departmentFile('interior.yaml', 'crim', { answers: { 'crim.attempt': { value: 'no' } } });
    const r = run('merge', 'justice.yaml', 'interior.yaml', '-o', 'conflict.yaml', '--checklist', WORKED_CHECKLIST);
    expect(r.status).toBe(1);
    const justice = lineOf(await readFile(file('justice.yaml'), 'utf8'), '  crim.attempt:') + 1;
    const interior = lineOf(await readFile(file('interior.yaml'), 'utf8'), '  crim.attempt:') + 1;
    expect(r.stderr).toContain('interior.yaml\n');
    expect(r.stderr).toMatch(
      new RegExp(
        `\\n  ${interior}:12 +error +conflicting answers to question "crim.attempt": value is "no" here but "partly" in justice.yaml:${justice}:12 — agree on one answer`,
      ),
    );
    expect(r.stderr).toContain('nothing written');
    expect(await exists('conflict.yaml')).toBe(false);
    expect(hasStackTrace(r.stderr)).toBe(false);
  });

  it('compares answers, not the words they are written in: "en partie" in a French file is "partly" in an English one', async () => {
    expect(run('template', WORKED_CHECKLIST, '--sections', 'crim', '--lang', 'fr', '-o', 'justice-fr.yaml').status).toBe(0);
    await fillAnswersFile(file('justice-fr.yaml'), {
      party: FRANCE,
      answers: { ...WORKED_ANSWERS, 'crim.attempt': { value: 'en partie' }, 'crim.offence': { value: 'Oui' } },
    });
    const agreed = run('merge', 'justice.yaml', 'justice-fr.yaml', '-o', 'languages.yaml', '--checklist', WORKED_CHECKLIST);
    expect(agreed.stderr).not.toContain('conflicting answers');
    expect(agreed.status).toBe(0);
    const merged = AnswersDocument.parse(parse(await readFile(file('languages.yaml'), 'utf8')));
    expect(merged.answers['crim.attempt']?.value).toBe('partly');

    // A French file that says otherwise still conflicts, whatever the words.
    await fillAnswersFile(file('justice-fr.yaml'), { answers: { 'crim.attempt': { value: 'non' } } });
    const differ = run('merge', 'justice.yaml', 'justice-fr.yaml', '-o', 'differ.yaml', '--checklist', WORKED_CHECKLIST);
    expect(differ.status).toBe(1);
    expect(differ.stderr).toMatch(/conflicting answers to question "crim\.attempt": value is "no" here but "partly" in justice\.yaml/);
  });

  it('refuses files of different periods', async () => {
    await departmentFile('old.yaml', 'prot', { period: '2024' });
    const r = run('merge', 'justice.yaml', 'old.yaml', '-o', 'periods.yaml', '--checklist', WORKED_CHECKLIST);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/the period is "2024" here but "2025" in justice\.yaml:\d+:9/);
  });

  it('finds the checklist the files name in --checklists, and refuses files of another checklist', async () => {
    await writeFile(file('other.yaml'), 'kind: answers\nformatVersion: 1\nchecklist: { id: tip-protocol, version: 1.0.0 }\nanswers: {}\n');
    const r = run('merge', 'justice.yaml', 'other.yaml', '-o', 'mixed.yaml');
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(
      /3:12 +error +these answers are for checklist tip-protocol 1\.0\.0, those of justice\.yaml:\d+:3 for scoring-worked-example 1\.0\.0/,
    );
    const lost = run('merge', 'justice.yaml', 'social.yaml', '-o', 'lost.yaml');
    expect(lost.status).toBe(1);
    expect(lost.stderr).toContain('checklist "scoring-worked-example" is neither bundled nor in --checklists');
  });

  it('never replaces an existing file without --force, nor writes over one of its inputs', async () => {
    const before = await readFile(file('merged.yaml'), 'utf8');
    const refused = run('merge', 'justice.yaml', 'social.yaml', '-o', 'merged.yaml', '--checklist', WORKED_CHECKLIST);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('merged.yaml already exists — choose another name with -o, or pass --force to replace it');
    expect(await readFile(file('merged.yaml'), 'utf8')).toBe(before);
    expect(run('merge', 'justice.yaml', 'social.yaml', '-o', 'merged.yaml', '--force', '--checklist', WORKED_CHECKLIST).status).toBe(0);
    const input = run('merge', 'justice.yaml', 'social.yaml', '-o', 'social.yaml', '--force', '--checklist', WORKED_CHECKLIST);
    expect(input.status).toBe(2);
    expect(input.stderr).toContain('social.yaml is also one of the files to merge');
  });
});

describe('hostile free text through merge → score', () => {
  /** Notes that a careless writer would turn into structure: line breaks of every kind, YAML syntax, controls. */
  const HOSTILE = [
    'first\rinjected: true',
    'line one\n  value: "no"\n- item',
    'a\r\nb\u2028c\u2029d\u0085e',
    '#not a comment',
    'key: value',
    '- listed',
    '\'single\' "double" \\back',
    '&anchor *alias !!binary aGk=',
    '|\n  literal block',
    '---\n...\nkind: report',
    ' leading and trailing ',
    'yes',
    '\u001b]0;title\u0007\u001b[2J\b\u007f\u009b',
    '\u202eevil\u2066isolate\u2069',
    'tab\there',
    'emoji 😀 and ✓',
  ];

  it('every answer (value, notes, evidence) reaches the report exactly as written', async () => {
    const ids = Object.keys(WORKED_ANSWERS);
    const hostileAnswers = Object.fromEntries(
      ids.map((id, i) => [id, { ...WORKED_ANSWERS[id], notes: HOSTILE[i % HOSTILE.length], evidence: HOSTILE[(i + 5) % HOSTILE.length] }]),
    );
    expect(run('template', WORKED_CHECKLIST, '--sections', 'crim', '-o', 'h-justice.yaml').status).toBe(0);
    expect(run('template', WORKED_CHECKLIST, '--sections', 'prot', '-o', 'h-social.yaml').status).toBe(0);
    await fillAnswersFile(file('h-justice.yaml'), { answers: hostileAnswers, party: FRANCE, period: '2025' });
    await fillAnswersFile(file('h-social.yaml'), { answers: hostileAnswers });
    const merged = run('merge', 'h-justice.yaml', 'h-social.yaml', '-o', 'h-merged.yaml', '--checklist', WORKED_CHECKLIST);
    expect(merged.status, merged.stderr).toBe(0);
    const mergedDocument = AnswersDocument.parse(parse(await readFile(file('h-merged.yaml'), 'utf8')));
    const scored = run('score', 'h-merged.yaml', '--checklist', WORKED_CHECKLIST, '-o', 'h.report.json');
    expect(scored.status, scored.stderr).toBe(0);
    const report = Report.parse(JSON.parse(await readFile(file('h.report.json'), 'utf8')));
    for (const id of ids) {
      const written = hostileAnswers[id];
      expect(mergedDocument.answers[id]?.notes, `${id} notes in the merged file`).toBe(written?.notes);
      expect(report.answers[id]?.notes, `${id} notes`).toBe(written?.notes);
      expect(report.answers[id]?.evidence, `${id} evidence`).toBe(written?.evidence);
      expect(report.answers[id]?.value, `${id} value`).toEqual(written?.value);
    }
    expect(Object.keys(report.answers)).toEqual(expect.arrayContaining(ids));
  });
});
