import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeIntegrity } from '../../src/domain/report/integrity.js';
import type { Report } from '../../src/domain/schemas/report.js';
import { hasStackTrace, runCli, type RunResult } from '../support/run-cli.js';
import { sampleReport, writeSampleReport } from '../support/sample-reports.js';
import { runInTerminal } from './bad-inputs-helpers.js';

/*
 * Every command that shows a report checks it as validate does: a report whose
 * scores were raised and whose digest was computed again is marked, and the
 * command exits 1.
 */
let dir: string;
const run = (...args: string[]): RunResult => runCli(args, { cwd: dir });

/** A report with a raised overall score, resealed: its digest matches, its figures do not. */
function resealed(report: Report): Report {
  const body = { ...report, scores: { ...report.scores, overall: { ...report.scores.overall, score: 0.9 } } };
  return { ...body, integrity: computeIntegrity(body) };
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'selfassess-checks-'));
  await writeSampleReport(dir, await sampleReport('FRA', '2025'));
  await writeSampleReport(dir, resealed(await sampleReport('KEN', '2025')), 'ken-resealed.report.json');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function flagged(r: RunResult): void {
  expect(r.status, r.stderr).toBe(1);
  expect(r.stderr).toContain('report-score-mismatch');
  expect(r.stderr).toContain('ken-resealed.report.json');
  expect(hasStackTrace(r.stderr)).toBe(false);
}

describe('a resealed report is not shown as genuine', () => {
  it('show: the recomputed figures are said, the summary marked, exit 1', () => {
    const r = run('show', 'ken-resealed.report.json');
    flagged(r);
    expect(r.stdout.split('\n')[0]).toMatch(/^NOT GENUINE — the figures or the digest of this report do not hold/);
  });

  it('render: the page carries the warning, exit 1', () => {
    const r = run('render', 'ken-resealed.report.json', '-f', 'md');
    flagged(r);
    expect(r.stdout).toContain('Warning: this report does not hold');
  });

  it('compare: the table names the report that does not hold, exit 1', () => {
    const r = run('compare', 'fra-2025.report.json', 'ken-resealed.report.json', '--lang', 'en');
    flagged(r);
    expect(r.stdout.split('\n')[0]).toMatch(/^NOT GENUINE — .*KEN 2025 \(ken-resealed\.report\.json\)/);
  });

  it('compare: CSV and JSON mark the report that does not hold on its own row', () => {
    const csv = run('compare', 'fra-2025.report.json', 'ken-resealed.report.json', '--lang', 'en', '--format', 'csv');
    flagged(csv);
    const lines = csv.stdout.split('\r\n');
    expect(lines[0]).toContain('Holds (checked)');
    expect(lines.find((l) => l.startsWith('KEN,'))).toMatch(/,no,/);
    expect(lines.find((l) => l.startsWith('FRA,'))).toMatch(/,yes,/);
    const json = JSON.parse(run('compare', 'fra-2025.report.json', 'ken-resealed.report.json', '--format', 'json').stdout);
    expect(json.rows.map((r: { party: { code: string }; genuine: boolean }) => [r.party.code, r.genuine])).toEqual([
      ['FRA', true],
      ['KEN', false],
    ]);
  });

  it('a genuine report is shown as before, exit 0', () => {
    expect(run('show', 'fra-2025.report.json').status).toBe(0);
    expect(run('compare', 'fra-2025.report.json', 'fra-2025.report.json').stdout).not.toContain('NOT GENUINE');
  });

  it('assess --from: says the previous report does not hold before proposing its answers', async () => {
    const home = await mkdtemp(path.join(os.tmpdir(), 'selfassess-from-'));
    try {
      const result = await runInTerminal(['assess', '--from', path.join(dir, 'ken-resealed.report.json')], home, { timeout: 8000 });
      expect(result.stdout).toContain('report-score-mismatch');
      expect(result.stdout).toMatch(/Warning: the previous report .*ken-resealed\.report\.json does not hold/);
    } finally {
      await rm(home, { recursive: true, force: true });
    }
  }, 30_000);
});
