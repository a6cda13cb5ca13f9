import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { hasStackTrace, runCli, type RunResult } from '../support/run-cli.js';
import { laterChecklistVersion, SAMPLE_COUNTRIES, sampleReport, writeSampleReport } from '../support/sample-reports.js';

let dir: string;
const run = (...args: string[]): RunResult => runCli(args, { cwd: dir });
/** The lines of the tables in an output (their borders and rows). */
const tableLines = (text: string): string[] => text.split('\n').filter((line) => /^[┌│├└]/.test(line));
const COUNTRIES = SAMPLE_COUNTRIES.map((c) => `${c.code.toLowerCase()}-2025.report.json`);

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'selfassess-compare-'));
  for (const c of SAMPLE_COUNTRIES) await writeSampleReport(dir, await sampleReport(c.code, '2025'));
  await writeSampleReport(dir, await sampleReport('FRA', '2024'));
  const later = await laterChecklistVersion();
  await mkdir(path.join(dir, 'checklists'));
  await writeFile(path.join(dir, 'checklists', 'tip-protocol-1.1.0.yaml'), stringify(later.checklist));
  await writeSampleReport(dir, await sampleReport('FRA', '2026', { checklist: later }));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('selfassess compare', () => {
  it('sets five countries side by side in a table, in a terminal wide enough', () => {
    const r = runCli(['compare', ...COUNTRIES, '--lang', 'en'], { cwd: dir, env: { COLUMNS: '200' } });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Comparison of 5 reports');
    expect(r.stdout).toMatch(/│\s+│ FRA\s+│ KEN\s+│ PHL\s+│ SEN\s+│ GBR\s+│/);
    expect(r.stdout).toContain('GBR: United Kingdom of Great Britain and Northern Ireland');
    for (const label of ['Overall score', 'Maturity band', '3. Criminalization (art. 5)', 'Partnership']) expect(r.stdout).toContain(label);
    expect(tableLines(r.stdout).every((line) => [...line].length <= 200)).toBe(true);
  });

  it('in 80 columns, sets the countries out in several tables that fit, each with every title, none cut', () => {
    for (const language of ['en', 'fr']) {
      const r = run('compare', ...COUNTRIES, '--lang', language);
      expect(r.status).toBe(0);
      const lines = tableLines(r.stdout);
      expect(lines.every((line) => [...line].length <= 80)).toBe(true);
      expect(lines.some((line) => line.includes('…'))).toBe(false);
      const tables = r.stdout.split('\n').filter((line) => line.startsWith('┌')).length;
      expect(tables).toBeGreaterThan(1);
      // Each country once, in a table's head, in the order given.
      const heads = lines.filter((line) => /^│\s+│/.test(line)).join(' ');
      expect(heads.match(/\b(FRA|KEN|PHL|SEN|GBR)\b/g)).toEqual(['FRA', 'KEN', 'PHL', 'SEN', 'GBR']);
      const partnership = language === 'en' ? '│ Partnership' : '│ Partenariat';
      expect(lines.filter((line) => line.startsWith(partnership))).toHaveLength(tables);
    }
    // French puts a no-break space before the colon of "GBR : …".
    expect(run('compare', ...COUNTRIES, '--lang', 'fr').stdout).toContain('FRA\u00a0: France');
  });

  it('writes a CSV a spreadsheet opens: BOM, one row per country, ";" and decimal commas in French', () => {
    const r = run('compare', ...COUNTRIES, '-f', 'csv');
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(6);
    expect(lines[0]?.startsWith('\uFEFFCode;État ou organisation;Période;')).toBe(true);
    expect(lines[1]).toMatch(
      /^FRA;France;2025;2\.0\.1;oui;0;0,\d+;(Consolidé|\x22En développement \(plafonné\u00a0: obligation fondamentale non (remplie|connue)\u00a0: [^\x22]+\)\x22);/,
    );
  });

  it('writes an xlsx workbook that opens, with a row per country', async () => {
    expect(run('compare', ...COUNTRIES, '-f', 'xlsx', '-o', 'countries.xlsx', '--lang', 'en').status).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path.join(dir, 'countries.xlsx'));
    expect(book.worksheets.map((s) => s.name)).toEqual(['Scores', 'About']);
    const sheet = book.getWorksheet('Scores');
    expect(sheet?.rowCount).toBe(6);
    expect(sheet?.getRow(1).getCell(2).value).toBe('State or organization');
    const overall = sheet?.getRow(2).getCell(7);
    expect(typeof overall?.value).toBe('number');
    expect(overall?.numFmt).toBe('0%');
    expect(run('compare', ...COUNTRIES, '-f', 'xlsx').status).toBe(2);
  });

  it('shows what changed between two periods of one country', async () => {
    const r = run('compare', 'fra-2025.report.json', 'fra-2024.report.json', '--lang', 'en');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('France: reporting periods compared');
    expect(r.stdout).toContain('Changes from 2024 to 2025');
    expect(r.stdout).toMatch(/Answers that changed \(\d+\)/);
    expect(r.stdout).toMatch(/│ Overall score\s+│ \d+\.\d%\s+│ \d+\.\d%\s+│ [+−]?\d+\.\d\s+│/);
    const json = JSON.parse(run('compare', 'fra-2024.report.json', 'fra-2025.report.json', '-f', 'json').stdout);
    expect(json.kind).toBe('periods');
    expect(json.changes).toHaveLength(1);
    expect(json.changes[0].answers.length).toBeGreaterThan(0);
    expect(json.changes[0].answers[0]).toHaveProperty('labels.before');
  });

  it('compares reports on different checklist versions on the questions they share, and says so', () => {
    const r = run('compare', 'fra-2025.report.json', 'fra-2026.report.json', '--checklists', 'checklists', '--lang', 'en');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(
      'The reports answer different versions of checklist tip-protocol (2.0.1, 2.1.0). They are compared on the 113 questions all versions share',
    );
    const without = run('compare', 'fra-2025.report.json', 'fra-2026.report.json');
    expect(without.status).toBe(1);
    expect(without.stderr).toContain('checklist "tip-protocol" version 2.1.0 was not found');
    expect(hasStackTrace(without.stderr)).toBe(false);
  });

  it('refuses fewer than two reports, and two reports of one country for one period', () => {
    expect(run('compare', 'fra-2025.report.json').status).toBe(2);
    const twice = run('compare', 'fra-2025.report.json', 'fra-2025.report.json');
    expect(twice.status).toBe(1);
    expect(twice.stderr).toContain('two reports of France for the period 2025');
  });
});
