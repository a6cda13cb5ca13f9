/**
 * Every command run in French, on inputs that provoke its messages, prints no
 * English sentence of the tool: the English strings it can print are taken
 * from the English catalogue itself, so a new message is checked as soon as
 * it is written there.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { englishFragments } from '../support/english-fragments.js';
import { ROOT, runCli, type RunResult } from '../support/run-cli.js';

const FIXTURES = path.join(ROOT, 'test/fixtures');
const BAD = path.join(FIXTURES, 'bad-inputs');
const CHECKLISTS = path.join(BAD, 'checklists');

let dir: string;
const runs: Array<{ name: string; result: RunResult }> = [];

function run(name: string, args: string[], env: Record<string, string> = {}): void {
  runs.push({ name, result: runCli(args, { cwd: dir, env }) });
}

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'selfassess-french-'));
  const worked = path.join(FIXTURES, 'answers/scoring-worked-example.answers.yaml');
  cpSync(worked, path.join(dir, 'a.yaml'));
  // The same answers for another period, and one answer changed: merge must refuse both, naming each place.
  const other = readFileSync(worked, 'utf8')
    .replace(/period: .*/, 'period: "1999"')
    .replace(/value: yes/, 'value: no');
  writeFileSync(path.join(dir, 'b.yaml'), other);
  const fr = ['--lang', 'fr'];
  const altered = ['report-score-altered.json', 'report-answer-altered.json', 'report-digest-altered.json'].map((f) => path.join(BAD, f));
  run('template', ['template', 'tip-protocol', '-o', 't.yaml', ...fr]);
  run('template, existing file', ['template', 'tip-protocol', '-o', 't.yaml', ...fr]);
  run('template, unknown checklist', ['template', 'no-such-checklist', ...fr]);
  run('template, unknown section', ['template', 'tip-protocol', '--sections', 'nope,neither', ...fr]);
  run('score, bad answers', ['score', path.join(BAD, 'lf-answers-unknown-code.yaml'), '--checklists', CHECKLISTS, '-o', 'r.json', ...fr]);
  run('score, wrong types', ['score', path.join(BAD, 'wrong-types-everywhere-answers.yaml'), ...fr]);
  run('score, no such file', ['score', 'missing.yaml', ...fr]);
  run('merge, conflicts', ['merge', 'a.yaml', 'b.yaml', '-o', 'm.yaml', ...fr]);
  run('validate, bad inputs', ['validate', `${BAD}/*.yaml`, `${BAD}/*.json`, '--checklists', CHECKLISTS, ...fr]);
  run('validate, json', ['validate', `${BAD}/*.yaml`, '--format', 'json', ...fr]);
  run('validate, no match', ['validate', 'nothing-here/*.yaml', ...fr]);
  run('render, altered', ['render', altered[0] ?? '', '--checklists', CHECKLISTS, '-o', 'x.html', ...fr]);
  run('render, not a report', ['render', path.join(BAD, 'valid-answers.yaml'), ...fr]);
  run('show, altered', ['show', altered[1] ?? '', '--checklists', CHECKLISTS, ...fr]);
  run('show, unknown checklist', ['show', altered[1] ?? '', ...fr]);
  run('compare, altered', ['compare', ...altered, '--checklists', CHECKLISTS, ...fr]);
  run('lint, unknown fields', ['lint', path.join(FIXTURES, 'lint/unknown-field-typo.yaml'), ...fr]);
  // No --lang: the locale decides.
  run('validate, French locale', ['validate', `${BAD}/*.yaml`, '--checklists', CHECKLISTS], { LANG: 'fr_FR.UTF-8' });
  run('merge, French locale', ['merge', 'a.yaml', 'b.yaml', '-o', 'm.yaml'], { LC_ALL: 'fr_FR.UTF-8' });
}, 240_000);

afterAll(() => {
  runs.length = 0;
});

describe('every command in French', () => {
  const fragments = englishFragments();

  it('has English fragments to look for, and English runs print them (the check is not empty)', () => {
    expect(fragments.length).toBeGreaterThan(100);
    const english = runCli(['validate', `${BAD}/*.yaml`, '--checklists', CHECKLISTS], { cwd: dir });
    expect(fragments.filter((f) => english.stdout.includes(f)).length).toBeGreaterThan(3);
  });

  it('prints no English sentence of the tool, with --lang fr or a French locale', () => {
    expect(runs.length).toBeGreaterThan(15);
    const found = runs.flatMap(({ name, result }) =>
      fragments.filter((f) => result.stdout.includes(f) || result.stderr.includes(f)).map((f) => `${name}: "${f}"`),
    );
    expect(found).toEqual([]);
  });

  it('names severities and counts problems in French', () => {
    const validate = runs.find((r) => r.name === 'validate, French locale')?.result;
    expect(validate?.stdout).toMatch(/\d+\u00a0problèmes \(\d+\u00a0erreurs/);
    expect(validate?.stdout).not.toMatch(/ {2}(error|warning) {2}/);
    const merge = runs.find((r) => r.name === 'merge, French locale')?.result;
    expect(merge?.stderr).toContain('la période est');
    expect(merge?.stderr).toContain('rien n’a été écrit');
  });
});
