/**
 * The report checks, the validate table and failed writes in French: validate
 * on the corpus of altered reports (one defect each), render, compare and
 * show on them, and writes into a folder that does not exist. No English
 * sentence of the catalogue may appear (see french-messages.test.ts).
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { englishFragments } from '../support/english-fragments.js';
import { ROOT, runCli, type RunResult } from '../support/run-cli.js';

const CORPUS = path.join(ROOT, 'test/fixtures/validate');
const REPORTS = path.join(CORPUS, 'reports');
const CHECKLISTS = path.join(CORPUS, 'checklists');
const WORKED = path.join(ROOT, 'test/fixtures/answers/scoring-worked-example.answers.yaml');
const WORKED_CHECKLISTS = path.join(ROOT, 'test/fixtures/checklists');
const MISSING = path.join(os.tmpdir(), 'selfassess-no-such-folder', 'nested');

/** The altered reports of the corpus that still parse as reports: each differs from its answers in one figure. */
const ALTERED = [
  'score-altered',
  'band-altered',
  'counts-altered',
  'section-score-altered',
  'completeness-misstated',
  'completed-date-missing',
  'gaps-altered',
  'assistance-altered',
  'scoring-altered',
  'digest-altered',
].map((name) => path.join(REPORTS, `${name}.report.json`));

let dir: string;
const runs: Array<{ name: string; result: RunResult }> = [];
const fr = ['--lang', 'fr'];

function run(name: string, args: string[], env: Record<string, string> = {}): RunResult {
  const result = runCli(args, { cwd: dir, env });
  runs.push({ name, result });
  return result;
}

const found = (name: string): RunResult | undefined => runs.find((r) => r.name === name)?.result;

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'selfassess-french-reports-'));
  const corpus = readdirSync(REPORTS).map((f) => path.join(REPORTS, f));
  run('validate, altered reports', ['validate', ...corpus, `${CORPUS}/answers/*.json`, '--checklists', CHECKLISTS, ...fr]);
  run('validate, altered reports, French locale', ['validate', ...ALTERED, '--checklists', CHECKLISTS], { LC_ALL: 'fr_FR.UTF-8' });
  run('validate, json', ['validate', ...ALTERED, '--checklists', CHECKLISTS, '--format', 'json', ...fr]);
  for (const report of ALTERED.slice(0, 4)) {
    const name = path.basename(report);
    run(`render ${name}`, ['render', report, '--checklists', CHECKLISTS, '-o', 'x.html', '--force', ...fr]);
    run(`show ${name}`, ['show', report, '--checklists', CHECKLISTS, ...fr]);
  }
  // Signatures: one by a key not trusted, one missing (keygen and sign are set-up here, not checked).
  for (const key of ['signer', 'other']) expect(runCli(['keygen', '-o', key], { cwd: dir }).status).toBe(0);
  mkdirSync(path.join(dir, 'trusted'));
  copyFileSync(path.join(dir, 'other.pub'), path.join(dir, 'trusted/other.pub'));
  for (const name of ['signed', 'unsigned']) copyFileSync(path.join(REPORTS, 'valid.report.json'), path.join(dir, `${name}.report.json`));
  expect(runCli(['sign', 'signed.report.json', '--key', 'signer.key'], { cwd: dir }).status).toBe(0);
  run('validate, signatures', [
    'validate',
    'signed.report.json',
    'unsigned.report.json',
    '--trusted-keys',
    'trusted',
    '--checklists',
    CHECKLISTS,
    ...fr,
  ]);
  run('compare, altered', ['compare', ...ALTERED.slice(0, 3), '--checklists', CHECKLISTS, ...fr]);
  const valid = path.join(REPORTS, 'valid.report.json');
  run('compare, the same report twice', ['compare', valid, valid, '--checklists', CHECKLISTS, ...fr]);
  run('compare, one report', ['compare', valid, ...fr]);
  run('compare, xlsx without -o', ['compare', valid, valid, '--format', 'xlsx', ...fr]);
  run('render, pdf without -o', ['render', valid, '--format', 'pdf', ...fr]);
  run('score, missing folder', ['score', WORKED, '--checklists', WORKED_CHECKLISTS, '-o', path.join(MISSING, 'x.json'), ...fr]);
  run('template, missing folder', ['template', 'tip-protocol', '-o', path.join(MISSING, 't.yaml'), ...fr]);
  run('score, missing folder, French locale', ['score', WORKED, '--checklists', WORKED_CHECKLISTS, '-o', path.join(MISSING, 'x.json')], {
    LANG: 'fr_FR.UTF-8',
  });
}, 240_000);

describe('report checks, the validate table and failed writes in French', () => {
  const fragments = englishFragments();

  it('says the same things in English (the check is not empty)', () => {
    const english = runCli(['validate', ...ALTERED, '--checklists', CHECKLISTS], { cwd: dir });
    expect(english.stdout).toContain('produce the report again from its answers');
    expect(english.stdout).toMatch(/\d+ files: \d+ valid/);
    expect(fragments.filter((f) => english.stdout.includes(f)).length).toBeGreaterThan(5);
    const write = runCli(['score', WORKED, '--checklists', WORKED_CHECKLISTS, '-o', path.join(MISSING, 'x.json')], { cwd: dir });
    expect(write.stderr).toContain('the folder does not exist');
  });

  it('prints no English sentence of the tool', () => {
    expect(runs.length).toBeGreaterThan(10);
    const english = runs.flatMap(({ name, result }) =>
      fragments.filter((f) => result.stdout.includes(f) || result.stderr.includes(f)).map((f) => `${name}: "${f}"`),
    );
    expect(english).toEqual([]);
  });

  it('writes the table, the report checks and the summary line in French', () => {
    const table = found('validate, altered reports, French locale');
    expect(table?.stdout).toMatch(/│ fichier +│ type +│ pays +│/);
    expect(table?.stdout).toContain('non valide');
    expect(table?.stdout).toContain('produisez de nouveau le rapport à partir de ses réponses');
    expect(table?.stdout).toMatch(/10\u00a0fichiers\u00a0: 0\u00a0valide, 0\u00a0avec avertissements, 10\u00a0non valides/);
    expect(table?.status).toBe(1);
  });

  it('says in French what is wrong with a signature', () => {
    const result = found('validate, signatures');
    expect(result?.stdout).toMatch(/│ signature +│/);
    expect(result?.stdout).toContain('clé inconnue');
    expect(result?.stdout).toContain('absente');
    expect(result?.stdout).toContain('qui n’est pas la clé publique indiquée');
    expect(result?.stdout).toContain('le document n’est pas signé');
  });

  it('refuses in French what compare and render cannot do', () => {
    expect(found('compare, the same report twice')?.stderr).toContain('deux rapports de France pour la période 2026');
    expect(found('compare, one report')?.stderr).toContain('compare demande au moins deux rapports');
    expect(found('compare, xlsx without -o')?.stderr).toContain('un classeur xlsx est un fichier binaire');
    expect(found('render, pdf without -o')?.stderr).toContain('un PDF est un fichier binaire');
  });

  it('says in French that the folder to write in does not exist, and exits 2', () => {
    for (const name of ['score, missing folder', 'template, missing folder', 'score, missing folder, French locale']) {
      const result = found(name);
      expect(result?.stderr, name).toContain('le dossier n’existe pas');
      expect(result?.stderr, name).toContain('impossible d’écrire');
      expect(result?.status, name).toBe(2);
    }
  });
});
