/**
 * `lint`, `coverage`, `plan`, `db`, `keygen`, `sign`, `verify` and `schema`
 * run in French print no English sentence of the tool: lint over every lint
 * fixture and over broken measures, and each command's own errors and notices.
 * The English strings are taken from the English catalogue (see
 * french-messages.test.ts, which does the same for the other commands).
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { englishFragments } from '../support/english-fragments.js';
import { ROOT, runCli, type RunResult } from '../support/run-cli.js';
import { sampleReport, writeSampleReport } from '../support/sample-reports.js';

const FIXTURES = path.join(ROOT, 'test/fixtures');
const LINT = path.join(FIXTURES, 'lint');
const BAD = path.join(FIXTURES, 'bad-inputs');
const FR = ['--lang', 'fr'];

let dir: string;
const runs = new Map<string, RunResult>();
let altered: RunResult;
const run = (name: string, args: string[], env: Record<string, string> = {}): void => {
  runs.set(name, runCli(args, { cwd: dir, env }));
};

/** The worked example's measures, broken in every way lint checks: unknown provision, actor and tool, a reused id, a missing French title. */
function brokenMeasures(): string {
  return readFileSync(path.join(FIXTURES, 'measures/core-example.measures.yaml'), 'utf8')
    .replace('provision: "5.1"', 'provision: "99.9"')
    .replace('actors: [justice]', 'actors: [nobody]')
    .replace('tools: [unodc-model-law-2009]', 'tools: [nothing]')
    .replace('- id: shelter-agreements', '- id: enact-offence')
    .replace(', fr: Ministère de la justice', '');
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'selfassess-french-tools-'));
  await writeSampleReport(dir, await sampleReport('SEN', '2024'));
  await writeSampleReport(dir, await sampleReport('KEN', '2026'));
  writeFileSync(path.join(dir, 'broken.measures.yaml'), brokenMeasures());
  writeFileSync(path.join(dir, 'not-json.txt'), 'plain text\n');
  writeFileSync(path.join(dir, 'infinite.yaml'), 'kind: answers\nformatVersion: 1\nvalue: .inf\n');
  mkdirSync(path.join(dir, 'no-reports'));
  writeFileSync(path.join(dir, 'no-reports/notes.yaml'), 'note: no report here\n');
  mkdirSync(path.join(dir, 'schemas'));
  const fixtures = readdirSync(LINT)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => path.join(LINT, f));
  expect(runCli(['plan', 'sen-2024.report.json', '--format', 'json', '-o', 'sen-plan.json'], { cwd: dir }).status).toBe(0);

  run('lint, every fixture', ['lint', ...fixtures, ...FR]);
  run('lint, broken measures', ['lint', 'broken.measures.yaml', path.join(ROOT, 'checklists/tip-protocol.yaml')], { LANG: 'fr_FR.UTF-8' });
  run('coverage, with measures', ['coverage', 'tip-protocol', '--measures', ...FR]);
  run('coverage, unreadable measures', ['coverage', 'tip-protocol', '--measures', 'not-json.txt', ...FR]);
  run('plan, broken measures', ['plan', 'sen-2024.report.json', '--measures', 'broken.measures.yaml', ...FR]);
  run('plan, xlsx without -o', ['plan', 'sen-2024.report.json', '--format', 'xlsx', ...FR]);
  // Only the refusal is plan's own line: the findings above it are validate's report checks, not yet phrases.
  altered = runCli(['plan', path.join(BAD, 'report-score-altered.json'), '--checklists', path.join(BAD, 'checklists'), ...FR], {
    cwd: dir,
  });
  run('plan, no such plan', ['plan', 'sen-2024.report.json', '--progress', 'missing.json', ...FR]);
  run('plan, plan not JSON', ['plan', 'sen-2024.report.json', '--progress', 'not-json.txt', ...FR]);
  run('plan, not a plan', ['plan', 'sen-2024.report.json', '--progress', 'sen-2024.report.json', ...FR]);
  run('plan, another State', ['plan', 'ken-2026.report.json', '--progress', 'sen-plan.json', ...FR]);
  run('db rebuild, nothing', ['db', 'rebuild', 'no-reports', '--db', 'store', ...FR]);
  run('db status, unknown region', ['db', 'status', '--region', 'Atlantis', '--db', 'store', ...FR]);
  run('db status, xlsx without -o', ['db', 'status', '--format', 'xlsx', '--db', 'store', ...FR]);
  run('db status, unreachable', ['db', 'status', '--db', 'postgres://nobody@127.0.0.1:1/none', ...FR]);
  run('db status, bad schema name', ['db', 'status', '--db', 'store', ...FR], { SELFASSESS_DB_SCHEMA: 'Bad-Name' });
  run('keygen', ['keygen', '-o', 'ministry', ...FR]);
  run('sign', ['sign', 'sen-2024.report.json', '--key', 'ministry.key', ...FR]);
  run('sign, signature exists', ['sign', 'sen-2024.report.json', '--key', 'ministry.key', ...FR]);
  run('sign, no such file', ['sign', 'missing.yaml', '--key', 'ministry.key', ...FR]);
  run('sign, not a document', ['sign', 'not-json.txt', '--key', 'ministry.key', ...FR]);
  run('sign, infinite value', ['sign', 'infinite.yaml', '--key', 'ministry.key', ...FR]);
  run('sign, public key', ['sign', 'sen-2024.report.json', '--key', 'ministry.pub', ...FR]);
  run('verify, no such key', ['verify', 'sen-2024.report.json', '--key', 'missing.pub', ...FR]);
  run('keygen, key exists', ['keygen', '-o', 'ministry', ...FR]);
  run('verify, no such file', ['verify', 'missing.yaml', '--key', 'ministry.pub', ...FR]);
  run('schema, out of date', ['schema', '--check', '--out', 'schemas', ...FR]);
  run('schema, written', ['schema', '--out', 'schemas', ...FR]);
  run('schema, up to date', ['schema', '--check', '--out', 'schemas', ...FR]);
}, 300_000);

describe('lint, coverage, plan, db, keygen, sign, verify and schema in French', () => {
  const fragments = englishFragments();

  it('look for English that the same runs print in English (the check is not empty)', () => {
    const fixtures = readdirSync(LINT)
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => path.join(LINT, f));
    const english = runCli(['lint', ...fixtures, '--lang', 'en'], { cwd: dir });
    expect(fragments.filter((f) => english.stdout.includes(f)).length).toBeGreaterThan(40);
    const plan = runCli(['plan', 'ken-2026.report.json', '--progress', 'sen-plan.json', '--lang', 'en'], { cwd: dir });
    expect(plan.stderr).toContain('cannot be measured against the plan');
  });

  it('print no English sentence of the tool', () => {
    const found = [...runs].flatMap(([name, result]) =>
      fragments.filter((f) => result.stdout.includes(f) || result.stderr.includes(f)).map((f) => `${name}: "${f}"`),
    );
    expect(found).toEqual([]);
  });

  it('say in French what each run found, and exit as before', () => {
    const said = (name: string): string => `${runs.get(name)?.stdout ?? ''}${runs.get(name)?.stderr ?? ''}`;
    expect(runs.get('lint, every fixture')?.status).toBe(1);
    expect(said('lint, every fixture')).toContain('une condition ne peut renvoyer qu’à des questions antérieures');
    expect(said('lint, broken measures')).toContain('l’acteur «\u00a0nobody\u00a0» n’est pas déclaré');
    expect(said('lint, broken measures')).toContain('n’a aucune mesure');
    expect(said('coverage, with measures')).toMatch(/dispositions du champ couvertes\u00a0: \d+ sur \d+/);
    expect(said('coverage, with measures')).toContain('│ disposition');
    expect(said('plan, broken measures')).toContain('les mesures de mise en œuvre comportent des erreurs');
    expect(said('plan, another State')).toContain('ne peut pas être mesuré au regard du plan');
    expect(runs.get('plan, another State')?.status).toBe(1);
    expect(said('db rebuild, nothing')).toContain('aucun fichier *.report.json');
    expect(runs.get('db rebuild, nothing')?.status).toBe(2);
    const refusal = altered.stderr.trim().split('\n').at(-1) ?? '';
    expect(refusal).toContain('a été modifié après son établissement\u00a0: aucun plan n’est tiré de ce rapport');
    expect(fragments.filter((f) => refusal.includes(f))).toEqual([]);
    expect(altered.status).toBe(1);
    expect(said('keygen')).toContain('la clé PRIVÉE');
    expect(said('sign')).toContain('envoyez-le avec le document');
    expect(said('sign, signature exists')).toContain('pour remplacer cette signature');
    expect(said('sign, public key')).toContain('la signature demande la clé privée');
    expect(said('keygen, key exists')).toContain('n’écrase jamais une clé');
    expect(said('schema, out of date')).toContain('pas à jour');
    expect(said('schema, up to date')).toContain('est à jour');
  });
});
