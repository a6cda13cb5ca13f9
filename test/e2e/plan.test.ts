import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasStackTrace, ROOT, runCli, type RunResult } from '../support/run-cli.js';
import { sampleReport, writeSampleReport } from '../support/sample-reports.js';

let dir: string;
const run = (...args: string[]): RunResult => runCli(args, { cwd: dir });

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'selfassess-plan-'));
  await writeSampleReport(dir, await sampleReport('SEN', '2024'));
  await writeSampleReport(dir, await sampleReport('SEN', '2026'));
  await writeSampleReport(dir, await sampleReport('KEN', '2026'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('selfassess plan', () => {
  it('draws a plan from a report of tip-protocol, in French and in English, every item with measures', async () => {
    const fr = run('plan', 'sen-2024.report.json', '--lang', 'fr');
    expect(fr.status, fr.stderr).toBe(0);
    expect(fr.stdout).toMatch(/^# Projet de plan d’action national\u00a0: /);
    expect(fr.stdout).toContain('Institution responsable | Échéance | Budget');
    expect(hasStackTrace(fr.stderr)).toBe(false);
    const en = run('plan', 'sen-2024.report.json', '--lang', 'en', '--format', 'json');
    expect(en.status, en.stderr).toBe(0);
    const plan = JSON.parse(en.stdout);
    expect(plan.kind).toBe('plan');
    expect(plan.items.length).toBeGreaterThan(0);
    const firstOther = plan.items.findIndex((i: { kind: string }) => i.kind !== 'core');
    expect(plan.items.slice(Math.max(0, firstOther)).every((i: { kind: string }) => i.kind !== 'core')).toBe(true);
    expect(plan.items.every((i: { measures: string[] }) => i.measures.length > 0)).toBe(true);
  });

  it('writes HTML grouped by pillar, and CSV with one row per measure', () => {
    const html = run('plan', 'sen-2024.report.json', '--format', 'html', '--group', 'pillar', '-o', 'plan.html');
    expect(html.status, html.stderr).toBe(0);
    const csv = run('plan', 'sen-2024.report.json', '--format', 'csv', '--lang', 'en');
    expect(csv.status).toBe(0);
    expect(csv.stdout.startsWith('\uFEFFRank,Priority,No.,Question')).toBe(true);
  });

  it("measures a later report against the plan, and refuses another State's report", async () => {
    expect(run('plan', 'sen-2024.report.json', '--format', 'json', '-o', 'sen-plan.json').status).toBe(0);
    const progress = run('plan', 'sen-2026.report.json', '--progress', 'sen-plan.json', '--format', 'json');
    expect(progress.status, progress.stderr).toBe(0);
    const result = JSON.parse(progress.stdout);
    expect(result.kind).toBe('plan-progress');
    expect(result.from.period).toBe('2024');
    expect(result.to.period).toBe('2026');
    const planned = JSON.parse(await readFile(path.join(dir, 'sen-plan.json'), 'utf8')).items.length;
    expect(result.items.closed.length + result.items.remaining.length).toBe(planned);
    const md = run('plan', 'sen-2026.report.json', '--progress', 'sen-plan.json', '--lang', 'fr');
    expect(md.stdout).toContain('# Progrès au regard du plan d’action\u00a0:');
    const other = run('plan', 'ken-2026.report.json', '--progress', 'sen-plan.json');
    expect(other.status).toBe(1);
    expect(other.stderr).toContain('plan-other-party');
  });

  it('says clearly when the measures or the plan cannot be read', () => {
    const missing = run('plan', 'sen-2024.report.json', '--measures', 'nowhere.yaml');
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('nowhere.yaml');
    const notPlan = run('plan', 'sen-2026.report.json', '--progress', 'sen-2024.report.json');
    expect(notPlan.status).toBe(1);
    expect(notPlan.stderr).toContain('is not an action plan');
    expect(hasStackTrace(missing.stderr + notPlan.stderr)).toBe(false);
  });

  it('lint checks measures: the bundled ones pass, an unknown provision is reported with its line and column', async () => {
    const ok = runCli(['lint', 'measures/', '--fail-on', 'warning']);
    expect(ok.stdout).toContain('no problems');
    expect(ok.status).toBe(0);
    const text = (await readFile(path.join(ROOT, 'measures/tip-measures.yaml'), 'utf8')).replace('provision: "5.1"', 'provision: "5.9"');
    await writeFile(path.join(dir, 'broken.measures.yaml'), text);
    const bad = run('lint', 'broken.measures.yaml');
    expect(bad.status).toBe(1);
    expect(bad.stdout).toMatch(/\d+:\d+ +error +un-tip-protocol has no provision "5\.9" here .* measure-unknown-provision/);
  });

  it('writes an xlsx workbook with one sheet for the plan and one per pillar', async () => {
    expect(run('plan', 'sen-2024.report.json', '--format', 'xlsx').status).toBe(2);
    const r = run('plan', 'sen-2024.report.json', '--format', 'xlsx', '--lang', 'en', '-o', 'plan.xlsx');
    expect(r.status, r.stderr).toBe(0);
    const { default: ExcelJS } = await import('exceljs');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path.join(dir, 'plan.xlsx'));
    const names = book.worksheets.map((w) => w.name);
    expect(names[0]).toBe('Draft national action plan');
    expect(names.slice(1)).toEqual(expect.arrayContaining(['Prosecution', 'Protection']));
    expect(book.worksheets[0]?.getRow(1).getCell(1).value).toBe('Rank');
  });

  it('writes progress against a plan in HTML and xlsx too', async () => {
    expect(run('plan', 'sen-2024.report.json', '--format', 'json', '-o', 'sen-plan-2.json').status).toBe(0);
    const html = run('plan', 'sen-2026.report.json', '--progress', 'sen-plan-2.json', '--format', 'html', '--lang', 'en');
    expect(html.status, html.stderr).toBe(0);
    expect(html.stdout).toContain('<h1>Progress against the action plan: ');
    const xlsx = run(
      'plan',
      'sen-2026.report.json',
      '--progress',
      'sen-plan-2.json',
      '--format',
      'xlsx',
      '--lang',
      'en',
      '-o',
      'progress.xlsx',
    );
    expect(xlsx.status, xlsx.stderr).toBe(0);
    const { default: ExcelJS } = await import('exceljs');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path.join(dir, 'progress.xlsx'));
    expect(book.worksheets[0]?.getRow(1).getCell(1).value).toBe('Measure');
  });
});
