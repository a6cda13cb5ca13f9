import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/domain/schemas/report.js';
import { runCli, type RunResult } from '../support/run-cli.js';
import { bundledChecklist, leaveSectionUnanswered, sampleReport, writeSampleReport } from '../support/sample-reports.js';

/* An incomplete report — nothing answered in "prevention" — through validate, compare, show and render (built binary). */

let dir: string;
let incomplete: Report;
const run = (args: string[]): RunResult => runCli(args, { cwd: dir });

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'selfassess-incomplete-'));
  const { checklist } = await bundledChecklist();
  incomplete = await sampleReport('GBR', '2025', { tweak: leaveSectionUnanswered(checklist, 'prevention') });
  await writeSampleReport(dir, incomplete, 'gbr-incomplete.report.json');
  await writeSampleReport(dir, await sampleReport('GBR', '2024'), 'gbr-2024.report.json');
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('an incomplete report is visible as such', () => {
  it('holds an incomplete completeness and a section nobody answered', () => {
    expect(incomplete.completeness.complete).toBe(false);
    expect(incomplete.completeness.missing).toBeGreaterThan(1);
    expect(incomplete.scores.sections.find((s) => s.id === 'prevention')?.counts.answered).toBe(0);
  });

  it('validate: its completeness column, and its record', () => {
    const table = run(['validate', 'gbr-incomplete.report.json', 'gbr-2024.report.json']);
    expect(table.status).toBe(0);
    expect(table.stdout).toMatch(/│ gbr-2024\.report\.json +│ report │ GBR .*│ complete +│ (valid|warnings) +│/);
    expect(table.stdout).toMatch(
      new RegExp(
        `│ gbr-incomplete\\.report\\.json │ report │ GBR .*│ incomplete: ${incomplete.completeness.missing} unanswered │ (valid|warnings) +│`,
      ),
    );
    const ndjson = run(['validate', 'gbr-incomplete.report.json', '--format', 'ndjson']);
    expect(JSON.parse(ndjson.stdout.split('\n')[0] ?? '')).toMatchObject({ complete: false, missing: incomplete.completeness.missing });
  });

  it('compare: a completeness row, and "not assessed" for the section', () => {
    const r = run(['compare', 'gbr-2024.report.json', 'gbr-incomplete.report.json']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/│ Completeness +│ complete +│ incomplete: \d+ +│/);
    expect(r.stdout).toMatch(/│ \d+\. Prevention [^│]*│ \d+\.\d% +│ not assessed +│/);
    const csv = run(['compare', 'gbr-2024.report.json', 'gbr-incomplete.report.json', '-f', 'csv']);
    expect(csv.stdout.split('\r\n')[2]).toMatch(new RegExp(`^GBR,.*,2025,2\\.0\\.1,no,${incomplete.completeness.missing},`));
  });

  it('show: the mark beside the overall score, and "not assessed" for the section, in English and French', () => {
    const en = run(['show', 'gbr-incomplete.report.json']);
    expect(en.status).toBe(0);
    expect(en.stdout).toMatch(/^Overall score: \d+\.\d% — .* \(assessment incomplete\) /m);
    expect(en.stdout).toContain(`INCOMPLETE: ${incomplete.completeness.missing} questions unanswered`);
    expect(en.stdout).toMatch(/^ {2}Prevention[^\n]* not assessed$/m);
    const fr = run(['show', 'gbr-incomplete.report.json', '--lang', 'fr']);
    expect(fr.stdout).toMatch(/^Note globale\u00a0: .* \(évaluation incomplète\) /m);
    expect(fr.stdout).toMatch(/^ {2}Prévention[^\n]* non évalué$/m);
  });

  it('render: the mark in the cover’s score box (HTML) and on the overall score’s line (Markdown)', async () => {
    const html = run(['render', 'gbr-incomplete.report.json']);
    expect(html.status).toBe(0);
    const box = html.stdout.slice(html.stdout.indexOf('<div class="score-box">'), html.stdout.indexOf('<p class="tool">'));
    expect(box).toContain(`<div class="incomplete" role="note">Incomplete: ${incomplete.completeness.missing} questions unanswered</div>`);
    expect(html.stdout).toContain('Section score: not assessed (no question of this section has been answered)');
    const md = run(['render', 'gbr-incomplete.report.json', '-f', 'md', '--lang', 'fr']);
    expect(md.stdout).toMatch(
      new RegExp(`^\\*\\*Note globale.* — \\*\\*Incomplète\\u00a0: ${incomplete.completeness.missing} questions sans réponse\\*\\*$`, 'm'),
    );
    const complete = run(['render', 'gbr-2024.report.json']);
    expect(complete.stdout).not.toContain('class="incomplete"');
  });
});

describe('a truncated .json file: one JSON diagnostic with its position, whatever the command', () => {
  const truncated = path.join('test', 'fixtures', 'bad-inputs', 'truncated.json');
  const commands: Array<[string, (file: string) => string[]]> = [
    ['validate', (f) => ['validate', f]],
    ['show', (f) => ['show', f]],
    ['render', (f) => ['render', f, '-f', 'md']],
    ['compare', (f) => ['compare', f, path.join('test', 'fixtures', 'bad-inputs', 'valid-report.json')]],
    ['score', (f) => ['score', f, '-o', '-']],
    ['merge', (f) => ['merge', f, path.join('test', 'fixtures', 'bad-inputs', 'valid-answers.yaml'), '-o', '-']],
  ];
  it.each(commands)('%s', async (_name, args) => {
    const text = await readFile(path.join(process.cwd(), truncated), 'utf8');
    const lines = text.split('\n');
    const at = `${lines.length}:${(lines.at(-1) ?? '').length + 1}`;
    const r = runCli(args(truncated));
    expect(r.status).toBe(1);
    const output = r.stdout + r.stderr;
    const diagnostics = output.split('\n').filter((l) => /^\s+\d+:\d+\s+(error|warning)\s/.test(l));
    expect(diagnostics).toEqual([
      `  ${at}  error  the file ends before the document does (truncated?) — check that the whole file was received  json-syntax`,
    ]);
    expect(output).not.toContain('yaml-');
  });
});
